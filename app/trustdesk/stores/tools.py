"""Which CA file each developer tool really uses, whether it replaces or adds to the tool's default
roots, and what is wrong with that choice.

Each tool's precedence is written down in ``RULES`` with the version it was read from. Problems
are a stable ``ProblemCode`` plus facts; the GUI turns each code into a sentence. The botocore
result comes from botocore itself (its own config chain and profile loader), not from a copy of
its rules.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import (
    BlockKind,
    ReadError,
    ReadErrorCode,
    ReadResult,
    read_certificate_bytes,
)
from trustdesk.stores import settings as found
from trustdesk.stores.commands import Runner, run_command
from trustdesk.stores.inventory import read_cached
from trustdesk.stores.settings import CaSetting, expand_home

log = logging.getLogger(__name__)

# A replacing bundle "keeps the public roots" when it holds at least this share of certifi's roots.
# Distribution bundles and certifi both derive from Mozilla's list and overlap far above this.
PUBLIC_ROOTS_MIN_SHARE = 0.5

# NODE_USE_SYSTEM_CA=1 is read from these releases on (Node's doc/api/cli.md and its changelog).
NODE_USE_SYSTEM_CA_SINCE = ((22, 19, 0), (24, 6, 0))


class ToolId(enum.Enum):
    BOTOCORE = "botocore"
    AWS_CLI_V2 = "aws-cli-v2"
    AWS_SDK_JS_V3 = "aws-sdk-js-v3"
    REQUESTS = "requests"
    PIP = "pip"
    NODE = "node"
    NPM = "npm"
    GIT = "git"
    CURL = "curl"


class TrustMode(enum.Enum):
    """The relation of the effective source to the tool's default roots."""

    DEFAULT = "default"  # no setting: the tool's own default roots
    REPLACES = "replaces"
    ADDS = "adds"
    DISABLED = "disabled"  # verification is off


class ProblemCode(enum.Enum):
    VARIABLE_EMPTY = "variable-empty"
    FILE_MISSING = "file-missing"
    IS_DIRECTORY = "is-directory"
    FILE_EMPTY = "file-empty"
    FILE_UNREADABLE = "file-unreadable"
    NO_CERTIFICATE = "no-certificate"
    DAMAGED_BLOCK = "damaged-block"
    TILDE_NOT_EXPANDED = "tilde-not-expanded"
    RELATIVE_PATH = "relative-path"
    NO_PUBLIC_ROOTS = "no-public-roots"
    ORGANISATION_CA_MISSING = "organisation-ca-missing"
    NODE_IGNORES_FILE = "node-ignores-file"
    NODE_STOPS_AT_BLOCK = "node-stops-at-block"
    SHADOWED = "shadowed"
    SETTING_IGNORED = "setting-ignored"
    INSECURE_SETTING = "insecure-setting"
    CONFIG_UNREADABLE = "config-unreadable"
    PROBE_FAILED = "probe-failed"
    AWS_PROFILE_NOT_FOUND = "aws-profile-not-found"


@dataclass(frozen=True)
class Problem:
    """One finding. ``facts`` holds names, paths and counts for the GUI's sentence; it never holds prose."""

    code: ProblemCode
    facts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolTrust:
    """The roots one tool will trust. ``path`` is None when it uses its default roots.

    ``source`` names the winning setting ("env:AWS_CA_BUNDLE", "aws-config:dev", "default").
    """

    tool: ToolId
    source: str
    path: Path | None
    mode: TrustMode
    default_roots: str
    rule_source: str
    problems: tuple[Problem, ...] = ()

    def codes(self) -> set[ProblemCode]:
        return {problem.code for problem in self.problems}


RULES: Mapping[ToolId, str] = {
    ToolId.BOTOCORE: (
        "botocore 1.44 (session.py create_client, endpoint.py EndpointCreator._get_verify_value, httpsession.py "
        "get_cert_path): verify parameter > AWS_CA_BUNDLE > ca_bundle of the active profile (config or credentials "
        "file) > REQUESTS_CA_BUNDLE > certifi.where(); the file replaces the default roots; an empty value raises "
        "InvalidConfigError; SSL_CERT_FILE and CURL_CA_BUNDLE are not read; '~' is not expanded"
    ),
    ToolId.AWS_CLI_V2: (
        "AWS CLI v2 (awscli/botocore fork, endpoint.py EndpointCreator._get_verify_value): --ca-bundle > "
        "AWS_CA_BUNDLE > ca_bundle of the active profile > REQUESTS_CA_BUNDLE > the CLI's bundled roots; replaces"
    ),
    ToolId.AWS_SDK_JS_V3: (
        "AWS SDK for JavaScript v3: AWS_CA_BUNDLE and ca_bundle are not read (the v2 SDK's maintainers confirmed "
        "it, and v3 leaves TLS to Node's https agent), so trust is Node's: NODE_EXTRA_CA_CERTS adds to the bundled roots"
    ),
    ToolId.REQUESTS: (
        "requests 2.34 (sessions.py merge_environment_settings): verify argument > REQUESTS_CA_BUNDLE > "
        "CURL_CA_BUNDLE (empty values are skipped) > Session.verify > certifi.where(); replaces"
    ),
    ToolId.PIP: (
        "pip 26.3 (cli/index_command.py _build_session, vendored requests 2.34): REQUESTS_CA_BUNDLE > "
        "CURL_CA_BUNDLE > --cert > PIP_CERT > cert in PIP_CONFIG_FILE > site > user > global config; the "
        "environment wins because requests merges it per request; with the default truststore backend "
        "(pip 24.2+) the file adds to the OS store plus certifi"
    ),
    ToolId.NODE: (
        "Node.js 20-24 (cli.md NODE_EXTRA_CA_CERTS, NODE_USE_SYSTEM_CA): NODE_EXTRA_CA_CERTS adds PEM "
        "certificates to the bundled roots, read once at start; DER, UTF-16 and TRUSTED CERTIFICATE files "
        "are skipped without a warning; a damaged block ends the read; a 'ca' option replaces everything; "
        "NODE_USE_SYSTEM_CA=1 (22.19+/24.6+) adds the OS store; --use-openssl-ca uses SSL_CERT_FILE/SSL_CERT_DIR"
    ),
    ToolId.NPM: (
        "npm 9-11 (@npmcli/config): cafile/ca replace Node's roots for registry requests; precedence "
        "npm_config_* environment > user .npmrc (NPM_CONFIG_USERCONFIG) > global npmrc; without them "
        "Node's rules apply (NODE_EXTRA_CA_CERTS adds)"
    ),
    ToolId.GIT: (
        "git 2.x (git-config http.sslCAInfo): GIT_SSL_CAINFO > http.sslCAInfo (global > system) > libcurl's "
        "built-in bundle; replaces; GIT_SSL_NO_VERIFY / http.sslVerify=false disable checks; with "
        "http.sslBackend=schannel the file is ignored unless http.schannelUseSSLCAInfo=true; CURL_CA_BUNDLE "
        "and SSL_CERT_FILE are not read (checked with git 2.39 on libcurl-gnutls)"
    ),
    ToolId.CURL: (
        "curl 7.x/8.x tool (tool_operate.c, curl.1 --cacert): --cacert or cacert in .curlrc > CURL_CA_BUNDLE > "
        "SSL_CERT_FILE (SSL_CERT_DIR as capath) > built-in bundle; replaces; -k/insecure disables checks"
    ),
}

DEFAULT_ROOTS: Mapping[ToolId, str] = {
    ToolId.BOTOCORE: "certifi",
    ToolId.AWS_CLI_V2: "aws-cli-bundled",
    ToolId.AWS_SDK_JS_V3: "node-bundled",
    ToolId.REQUESTS: "certifi",
    ToolId.PIP: "os-store+certifi",
    ToolId.NODE: "node-bundled",
    ToolId.NPM: "node-bundled",
    ToolId.GIT: "libcurl-default",
    ToolId.CURL: "libcurl-default",
}


# --- reading the file a tool uses ----------------------------------------------------------------


@dataclass
class _Context:
    environ: Mapping[str, str]
    organisation_fingerprints: set[str]
    public_fingerprints: frozenset[str]
    cache: dict[Path, ReadResult | ReadError] = field(default_factory=dict)

    def raw(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError:
            return None

    def read(self, path: Path) -> ReadResult | ReadError:
        cached = self.cache.get(path)
        if cached is not None:
            return cached
        try:
            outcome: ReadResult | ReadError = read_cached(path)
        except ReadError as error:
            outcome = error
        self.cache[path] = outcome
        return outcome


def _public_fingerprints() -> frozenset[str]:
    try:
        return frozenset(sha256_fingerprint(c) for c in read_cached(Path(certifi.where())).certificates)
    except ReadError as error:
        log.warning("certifi's bundle could not be read, public roots cannot be recognised: %s", error)
        return frozenset()


_READ_ERROR_PROBLEMS = {
    ReadErrorCode.NOT_FOUND: ProblemCode.FILE_MISSING,
    ReadErrorCode.IS_DIRECTORY: ProblemCode.IS_DIRECTORY,
    ReadErrorCode.EMPTY: ProblemCode.FILE_EMPTY,
    ReadErrorCode.NO_CERTIFICATE: ProblemCode.NO_CERTIFICATE,
    ReadErrorCode.PERMISSION_DENIED: ProblemCode.FILE_UNREADABLE,
    ReadErrorCode.UNREADABLE: ProblemCode.FILE_UNREADABLE,
    ReadErrorCode.TOO_LARGE: ProblemCode.FILE_UNREADABLE,
}


def _file_problems(
    ctx: _Context,
    setting: str,
    value: str,
    mode: TrustMode,
    *,
    expands_tilde: bool,
    node_reader: bool = False,
    folder_allowed: bool = False,
) -> tuple[Path | None, list[Problem]]:
    """Check the file a tool will load for ``setting``; return the path the tool opens and the problems."""
    facts = {"setting": setting, "value": value}
    if not value.strip():
        return None, [Problem(ProblemCode.VARIABLE_EMPTY, facts)]
    if value.startswith("~"):
        if not expands_tilde:
            return None, [Problem(ProblemCode.TILDE_NOT_EXPANDED, facts)]
        path = expand_home(value, ctx.environ)
    else:
        path = Path(value)
    if not path.is_absolute():
        return None, [Problem(ProblemCode.RELATIVE_PATH, facts)]
    facts = {**facts, "path": str(path)}
    if folder_allowed and path.is_dir():
        return path, []

    outcome = ctx.read(path)
    if isinstance(outcome, ReadError):
        return path, [Problem(_READ_ERROR_PROBLEMS[outcome.code], {**facts, "detail": outcome.detail})]

    problems = [
        Problem(
            ProblemCode.DAMAGED_BLOCK,
            {**facts, "block": str(block.index), "label": block.label, "error": block.error or ""},
        )
        for block in outcome.blocks
        if block.error is not None and block.kind is not BlockKind.PRIVATE_KEY
    ]
    certificates = outcome.certificates
    if node_reader:
        loaded, node_problems = _node_view(ctx.raw(path) or b"", facts)
        problems += node_problems
        certificates = loaded
    fingerprints = {sha256_fingerprint(certificate) for certificate in certificates}

    if mode is TrustMode.REPLACES and ctx.public_fingerprints:
        public = len(fingerprints & ctx.public_fingerprints)
        if public < PUBLIC_ROOTS_MIN_SHARE * len(ctx.public_fingerprints):
            problems.append(
                Problem(
                    ProblemCode.NO_PUBLIC_ROOTS,
                    {**facts, "public_roots": str(public), "certifi_roots": str(len(ctx.public_fingerprints))},
                )
            )
    missing = ctx.organisation_fingerprints - fingerprints
    if missing:
        problems.append(Problem(ProblemCode.ORGANISATION_CA_MISSING, {**facts, "missing": ",".join(sorted(missing))}))
    return path, problems


def _node_view(data: bytes, facts: Mapping[str, str]) -> tuple[list[x509.Certificate], list[Problem]]:
    """Return the certificates Node.js takes from a NODE_EXTRA_CA_CERTS or npm cafile, and why it takes fewer.

    Node reads PEM ``CERTIFICATE`` blocks with OpenSSL's PEM_read_bio_X509 in file order: other labels
    (TRUSTED CERTIFICATE, PKCS7, keys) are skipped, and the first damaged certificate block ends the read,
    keeping the blocks before it. DER and UTF-16 files yield nothing, without a warning (checked with Node 20.20).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) >= 4 and data[1::2].count(0) > len(data) // 4):
        return [], [Problem(ProblemCode.NODE_IGNORES_FILE, {**facts, "reason": "utf-16"})]
    if b"-----BEGIN " not in data:
        try:
            pkcs7.load_der_pkcs7_certificates(data)
            reason = "pkcs7"
        except ValueError:
            reason = "der"
        return [], [Problem(ProblemCode.NODE_IGNORES_FILE, {**facts, "reason": reason})]

    try:
        result = read_certificate_bytes(data.removeprefix(b"\xef\xbb\xbf"))
    except ReadError:
        return [], [Problem(ProblemCode.NODE_IGNORES_FILE, {**facts, "reason": "no-certificate-block"})]
    loaded: list[x509.Certificate] = []
    skipped_labels: set[str] = set()
    for position, block in enumerate(result.blocks):
        if block.label not in ("CERTIFICATE", "X509 CERTIFICATE"):
            skipped_labels.add(block.label)
            continue
        if block.certificate is None:
            lost = sum(1 for later in result.blocks[position + 1 :] if later.certificate is not None)
            problem = Problem(
                ProblemCode.NODE_STOPS_AT_BLOCK,
                {**facts, "block": str(block.index), "label": block.label, "certificates_lost": str(lost)},
            )
            return loaded, [problem]
        loaded.append(block.certificate)
    if not loaded:
        reason = (
            "trusted-certificate"
            if "TRUSTED CERTIFICATE" in skipped_labels
            else "pkcs7"
            if "PKCS7" in skipped_labels
            else "no-certificate-block"
        )
        return [], [Problem(ProblemCode.NODE_IGNORES_FILE, {**facts, "reason": reason})]
    return loaded, []


# --- picking the winner of a precedence chain -------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    source: str
    value: str
    mode: TrustMode
    folder: bool = False


def _choose(
    tool: ToolId,
    ctx: _Context,
    candidates: Sequence[_Candidate],
    *,
    expands_tilde: bool,
    empty_is_unset: bool = False,
    node_reader: bool = False,
    extra: Sequence[Problem] = (),
) -> ToolTrust:
    """Pick the first candidate (highest precedence first), check its file, and report the others as shadowed."""
    problems: list[Problem] = list(extra)
    live: list[_Candidate] = []
    for candidate in candidates:
        if empty_is_unset and not candidate.value.strip():
            problems.append(
                Problem(
                    ProblemCode.VARIABLE_EMPTY,
                    {"setting": candidate.source, "value": candidate.value, "effect": "ignored"},
                )
            )
            continue
        live.append(candidate)
    if not live:
        return ToolTrust(tool, "default", None, TrustMode.DEFAULT, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems))

    winner = live[0]
    for hidden in live[1:]:
        problems.append(
            Problem(
                ProblemCode.SHADOWED, {"winner": winner.source, "hidden": hidden.source, "hidden_value": hidden.value}
            )
        )
    path, file_problems = _file_problems(
        ctx,
        winner.source,
        winner.value,
        winner.mode,
        expands_tilde=expands_tilde,
        node_reader=node_reader,
        folder_allowed=winner.folder,
    )
    return ToolTrust(
        tool, winner.source, path, winner.mode, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems + file_problems)
    )


# --- botocore, asked directly ----------------------------------------------------------------------


@dataclass(frozen=True)
class BotocoreVerify:
    """botocore's ``verify`` for a new client: a CA path, True (certifi) or False; ``error`` when creation fails."""

    value: str | bool | None
    source: str
    profile: str | None
    error: str | None = None


def botocore_verify(environ: Mapping[str, str] | None = None, verify: str | bool | None = None) -> BotocoreVerify:
    """Ask botocore which CA bundle a client created with ``verify`` would use under ``environ``.

    The session reads AWS_CA_BUNDLE, AWS_PROFILE, AWS_CONFIG_FILE and the profile's ca_bundle through
    botocore's own ``ConfigChainFactory`` and ``Session.full_config``, so its precedence is botocore's.
    The last step, the REQUESTS_CA_BUNDLE fallback, lives in ``EndpointCreator._get_verify_value``,
    which reads ``os.environ`` directly; it is applied here to ``environ`` in the same order.
    """
    # Imported here: botocore takes about 0.3 s to import, and the window imports this module's types.
    import botocore.exceptions
    import botocore.session
    from botocore.configprovider import BOTOCORE_DEFAUT_SESSION_VARIABLES, ConfigChainFactory

    environ = os.environ if environ is None else environ
    session = botocore.session.Session()
    chain = ConfigChainFactory(session=session, environ=environ)
    store = session.get_component("config_store")
    for name in ("profile", "config_file", "credentials_file", "ca_bundle"):
        config_key, env_vars, default, conversion = BOTOCORE_DEFAUT_SESSION_VARIABLES[name]
        if isinstance(default, str) and default.startswith("~"):
            default = str(expand_home(default, environ))
        store.set_config_provider(
            name,
            chain.create_config_chain(
                env_var_names=env_vars, config_property_names=config_key, default=default, conversion_func=conversion
            ),
        )

    profile = session.get_config_variable("profile")
    if verify is not None:
        value: str | bool | None = verify
        source = "verify-parameter"
    else:
        try:
            value = session.get_config_variable("ca_bundle")
        except botocore.exceptions.ProfileNotFound as error:
            return BotocoreVerify(None, "profile", profile, error=f"profile-not-found: {error}")
        if value is not None:
            source = "env:AWS_CA_BUNDLE" if "AWS_CA_BUNDLE" in environ else f"aws-config:{profile or 'default'}"
        elif "REQUESTS_CA_BUNDLE" in environ:
            value, source = environ["REQUESTS_CA_BUNDLE"], "env:REQUESTS_CA_BUNDLE"
        else:
            value, source = True, "default"
    if isinstance(value, str) and not value.strip():
        return BotocoreVerify(value, source, profile, error="invalid-ca-bundle: empty value")
    return BotocoreVerify(value, source, profile)


def _resolve_botocore(
    ctx: _Context, aws: found.AwsConfig, verify: str | bool | None, tool: ToolId = ToolId.BOTOCORE
) -> ToolTrust:
    answer = botocore_verify(ctx.environ, verify)
    problems: list[Problem] = [
        Problem(
            ProblemCode.CONFIG_UNREADABLE,
            {"source": failure.source, "path": str(failure.path), "detail": failure.detail},
        )
        for failure in aws.failures
    ]
    if answer.error and answer.error.startswith("profile-not-found"):
        problems.append(Problem(ProblemCode.AWS_PROFILE_NOT_FOUND, {"profile": str(answer.profile)}))
        return ToolTrust(tool, "profile", None, TrustMode.DEFAULT, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems))

    # The settings botocore passed over, in its order, for the shadowing report.
    profile_name = answer.profile or "default"
    profile_value = aws.profiles.get(profile_name, {}).get("ca_bundle")
    ordered = [
        ("verify-parameter", verify if isinstance(verify, str) else None),
        ("env:AWS_CA_BUNDLE", ctx.environ.get("AWS_CA_BUNDLE")),
        (f"aws-config:{profile_name}", profile_value if isinstance(profile_value, str) else None),
        ("env:REQUESTS_CA_BUNDLE", ctx.environ.get("REQUESTS_CA_BUNDLE")),
    ]
    present = [(source, value) for source, value in ordered if value is not None]
    for source, value in present:
        if source != answer.source:
            problems.append(
                Problem(ProblemCode.SHADOWED, {"winner": answer.source, "hidden": source, "hidden_value": value})
            )
    for ignored in ("SSL_CERT_FILE", "CURL_CA_BUNDLE"):
        if ignored in ctx.environ and answer.source == "default":
            problems.append(Problem(ProblemCode.SETTING_IGNORED, {"setting": f"env:{ignored}"}))

    if answer.value is False:
        problems.append(Problem(ProblemCode.INSECURE_SETTING, {"setting": answer.source, "value": "False"}))
        return ToolTrust(
            tool, answer.source, None, TrustMode.DISABLED, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems)
        )
    if answer.value is True or answer.value is None:
        return ToolTrust(tool, "default", None, TrustMode.DEFAULT, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems))
    path, file_problems = _file_problems(ctx, answer.source, str(answer.value), TrustMode.REPLACES, expands_tilde=False)
    if answer.error and tool is ToolId.BOTOCORE:
        file_problems = [
            Problem(
                ProblemCode.VARIABLE_EMPTY,
                {"setting": answer.source, "value": str(answer.value), "effect": "client-creation-fails"},
            )
        ]
    return ToolTrust(
        tool, answer.source, path, TrustMode.REPLACES, DEFAULT_ROOTS[tool], RULES[tool], tuple(problems + file_problems)
    )


# --- the other tools ----------------------------------------------------------------------------


def _env(ctx: _Context, name: str, mode: TrustMode, folder: bool = False) -> list[_Candidate]:
    return [_Candidate(f"env:{name}", ctx.environ[name], mode, folder)] if name in ctx.environ else []


def _resolve_requests(ctx: _Context) -> ToolTrust:
    candidates = _env(ctx, "REQUESTS_CA_BUNDLE", TrustMode.REPLACES) + _env(ctx, "CURL_CA_BUNDLE", TrustMode.REPLACES)
    return _choose(ToolId.REQUESTS, ctx, candidates, expands_tilde=False, empty_is_unset=True)


def _resolve_pip(ctx: _Context, pip_found: list[CaSetting], failures: list[found.ConfigReadFailure]) -> ToolTrust:
    extra = [
        Problem(ProblemCode.CONFIG_UNREADABLE, {"source": f.source, "path": str(f.path), "detail": f.detail})
        for f in failures
    ]
    cert_settings = [s for s in pip_found if s.key == "cert"]
    # Within one level the command section ([install]) beats [global]; env beats every file.
    level_order = {"env": 0, "env-file": 1, "site": 2, "user": 3, "global": 4}

    def rank(setting: CaSetting) -> tuple[int, int]:
        if setting.source.startswith("env:"):
            return (level_order["env"], 0)
        level = setting.source.split(":")[1]
        level = "env-file" if level == "env" else level
        return (level_order[level], 0 if setting.scope != "global" else 1)

    ordered = sorted(cert_settings, key=rank)
    candidates = _env(ctx, "REQUESTS_CA_BUNDLE", TrustMode.ADDS) + _env(ctx, "CURL_CA_BUNDLE", TrustMode.ADDS)
    candidates = [c for c in candidates if c.value.strip()]
    candidates += [_Candidate(s.source, s.value, TrustMode.ADDS) for s in ordered]

    for setting in pip_found:
        if setting.key != "trusted-host":
            continue
        for host in setting.value.split():
            if host.split(":")[0] in ("pypi.org", "files.pythonhosted.org", "pypi.python.org"):
                extra.append(
                    Problem(
                        ProblemCode.INSECURE_SETTING, {"setting": setting.source, "key": "trusted-host", "value": host}
                    )
                )
    # pip's option parser runs paths through os.path.expanduser (cmdoptions "path" type), so '~' works.
    return _choose(ToolId.PIP, ctx, candidates, expands_tilde=True, extra=extra)


def _node_extra(ctx: _Context, runtime: found.NodeRuntime) -> tuple[list[_Candidate], list[Problem]]:
    problems: list[Problem] = []
    if ctx.environ.get("NODE_TLS_REJECT_UNAUTHORIZED") == "0":
        problems.append(
            Problem(ProblemCode.INSECURE_SETTING, {"setting": "env:NODE_TLS_REJECT_UNAUTHORIZED", "value": "0"})
        )
    if "NODE_USE_SYSTEM_CA" in ctx.environ and runtime.version is not None and not _supports_system_ca(runtime.version):
        problems.append(
            Problem(
                ProblemCode.SETTING_IGNORED,
                {"setting": "env:NODE_USE_SYSTEM_CA", "node_version": ".".join(map(str, runtime.version))},
            )
        )
    if runtime.failure is not None:
        problems.append(Problem(ProblemCode.PROBE_FAILED, {"program": "node", "detail": runtime.failure}))
    return _env(ctx, "NODE_EXTRA_CA_CERTS", TrustMode.ADDS), problems


def _supports_system_ca(version: tuple[int, int, int]) -> bool:
    # Node 23 reached end of life before the variable landed, so no 23.x release reads it.
    if version[0] == 22:
        return version >= NODE_USE_SYSTEM_CA_SINCE[0]
    if version[0] == 24:
        return version >= NODE_USE_SYSTEM_CA_SINCE[1]
    return version[0] >= 25


def _resolve_node(ctx: _Context, runtime: found.NodeRuntime, tool: ToolId = ToolId.NODE) -> ToolTrust:
    candidates, problems = _node_extra(ctx, runtime)
    if tool is ToolId.AWS_SDK_JS_V3:
        for name in ("AWS_CA_BUNDLE",):
            if name in ctx.environ:
                problems.append(Problem(ProblemCode.SETTING_IGNORED, {"setting": f"env:{name}"}))
    return _choose(tool, ctx, candidates, expands_tilde=False, node_reader=True, extra=problems)


def _resolve_npm(
    ctx: _Context, runtime: found.NodeRuntime, npm_found: list[CaSetting], failures: list[found.ConfigReadFailure]
) -> ToolTrust:
    node_candidates, problems = _node_extra(ctx, runtime)
    problems += [
        Problem(ProblemCode.CONFIG_UNREADABLE, {"source": f.source, "path": str(f.path), "detail": f.detail})
        for f in failures
    ]
    for setting in npm_found:
        if setting.key == "strict-ssl" and setting.value.strip().lower() == "false":
            problems.append(
                Problem(
                    ProblemCode.INSECURE_SETTING,
                    {"setting": setting.source, "key": "strict-ssl", "value": setting.value},
                )
            )

    # Later entries of npm_found have higher precedence (global, user, then environment).
    # NOTE: when one level sets both cafile and ca, cafile is taken here; npm's own order for that case was not checked.
    npm_ca = [
        s for s in reversed(npm_found) if s.key in ("cafile", "ca") and s.value.strip() and s.value.strip() != "null"
    ]
    npm_ca.sort(key=lambda s: (s.source, s.key != "cafile"))
    npm_ca.sort(
        key=lambda s: ["env", "npmrc:user", "npmrc:global"].index(
            s.source.split(":")[0] if s.source.startswith("env:") else s.source
        )
    )
    if npm_ca and npm_ca[0].key == "ca":
        # An inline ca holds PEM text, not a path: it replaces Node's roots and is not read here.
        winner = f"{npm_ca[0].source}:ca"
        hidden_sources = [(s.source, s.value) for s in npm_ca[1:]] + [(c.source, c.value) for c in node_candidates]
        for hidden_source, hidden_value in hidden_sources:
            problems.append(
                Problem(ProblemCode.SHADOWED, {"winner": winner, "hidden": hidden_source, "hidden_value": hidden_value})
            )
        return ToolTrust(
            ToolId.NPM, winner, None, TrustMode.REPLACES, DEFAULT_ROOTS[ToolId.NPM], RULES[ToolId.NPM], tuple(problems)
        )
    cafiles = [_Candidate(s.source, s.value, TrustMode.REPLACES) for s in npm_ca if s.key == "cafile"]
    candidates = cafiles + [_Candidate(c.source, c.value, TrustMode.ADDS) for c in node_candidates]
    # @npmcli/config types cafile as a path, and nopt expands a leading '~/'.
    return _choose(ToolId.NPM, ctx, candidates, expands_tilde=True, node_reader=True, extra=problems)


def _resolve_git(ctx: _Context, git_found: list[CaSetting], failures: list[found.ConfigReadFailure]) -> ToolTrust:
    problems = [Problem(ProblemCode.PROBE_FAILED, {"program": "git", "detail": f.detail}) for f in failures]
    by_key: dict[str, list[CaSetting]] = {}
    for setting in git_found:
        by_key.setdefault(setting.key, []).append(setting)

    def last(key: str) -> CaSetting | None:
        values = [s for s in by_key.get(key, []) if not s.source.startswith("env:")]
        return values[-1] if values else None

    verify = last("http.sslverify")
    if verify is not None and verify.value.strip().lower() in ("false", "no", "off", "0"):
        problems.append(
            Problem(
                ProblemCode.INSECURE_SETTING, {"setting": verify.source, "key": "http.sslVerify", "value": verify.value}
            )
        )
    if ctx.environ.get("GIT_SSL_NO_VERIFY", "") not in ("",):
        problems.append(
            Problem(
                ProblemCode.INSECURE_SETTING,
                {"setting": "env:GIT_SSL_NO_VERIFY", "value": ctx.environ["GIT_SSL_NO_VERIFY"]},
            )
        )
    backend = last("http.sslbackend")
    use_cainfo = last("http.schannelusesslcainfo")
    schannel = backend is not None and backend.value.strip().lower() == "schannel"

    candidates = _env(ctx, "GIT_SSL_CAINFO", TrustMode.REPLACES)
    config_files = [s for s in reversed(by_key.get("http.sslcainfo", [])) if not s.source.startswith("env:")]
    candidates += [_Candidate(s.source, s.value, TrustMode.REPLACES) for s in config_files]
    if schannel and not (use_cainfo is not None and use_cainfo.value.strip().lower() == "true"):
        for candidate in candidates:
            problems.append(Problem(ProblemCode.SETTING_IGNORED, {"setting": candidate.source, "backend": "schannel"}))
        return ToolTrust(
            ToolId.GIT, "schannel", None, TrustMode.DEFAULT, "windows-store", RULES[ToolId.GIT], tuple(problems)
        )
    for ignored in ("CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        if ignored in ctx.environ and not candidates:
            problems.append(Problem(ProblemCode.SETTING_IGNORED, {"setting": f"env:{ignored}"}))
    # git expands '~/' in http.sslCAInfo (a pathname setting) but not in GIT_SSL_CAINFO.
    tilde_ok = bool(candidates) and not candidates[0].source.startswith("env:")
    return _choose(ToolId.GIT, ctx, candidates, expands_tilde=tilde_ok, extra=problems)


def _resolve_curl(ctx: _Context, curl_found: list[CaSetting]) -> ToolTrust:
    problems = [
        Problem(ProblemCode.INSECURE_SETTING, {"setting": s.source, "key": "insecure", "value": s.value})
        for s in curl_found
        if s.key == "insecure"
    ]
    candidates = [
        _Candidate(f"{s.source}:{s.key}", s.value, TrustMode.REPLACES, s.key == "capath")
        for s in curl_found
        if s.key in ("cacert", "capath")
    ]
    candidates += _env(ctx, "CURL_CA_BUNDLE", TrustMode.REPLACES)
    candidates += _env(ctx, "SSL_CERT_FILE", TrustMode.REPLACES)
    candidates += _env(ctx, "SSL_CERT_DIR", TrustMode.REPLACES, folder=True)
    return _choose(ToolId.CURL, ctx, candidates, expands_tilde=False, extra=problems)


def _python_insecure(ctx: _Context) -> list[Problem]:
    # PYTHONHTTPSVERIFY=0 (PEP 493) turns off checks in urllib and http.client only, and only in Python
    # builds that carry the PEP 493 patch (RHEL and CentOS). requests, pip and botocore build their own
    # contexts and ignore it, so it is reported once, on the requests row, with that scope as a fact.
    if ctx.environ.get("PYTHONHTTPSVERIFY") == "0":
        facts = {"setting": "env:PYTHONHTTPSVERIFY", "value": "0", "applies_to": "python-stdlib-pep493"}
        return [Problem(ProblemCode.INSECURE_SETTING, facts)]
    return []


# --- entry point --------------------------------------------------------------------------------


def resolve_tools(
    organisation_fingerprints: set[str] | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    runner: Runner = run_command,
    botocore_verify_parameter: str | bool | None = None,
    site_prefix: Path | None = None,
) -> list[ToolTrust]:
    """Resolve every tool in ``ToolId`` order. Nothing here raises for a broken setting or tool.

    ``runner`` runs git and node (tests pass recorded output); ``botocore_verify_parameter`` is the
    ``verify`` argument the caller's code passes to ``create_client``, when known.
    """
    environ = os.environ if environ is None else environ
    ctx = _Context(environ, set(organisation_fingerprints or ()), _public_fingerprints())

    aws = found.aws_config(environ)
    pip_found, pip_failures = found.pip_settings(environ, site_prefix)
    runtime = found.node_runtime(environ, runner)
    npm_found, npm_failures = found.npm_settings(environ, runtime.executable_prefix)
    git_found, git_failures = found.git_settings(environ, runner)
    curl_found = found.curl_settings(environ)
    python_insecure = _python_insecure(ctx)

    results = [
        _resolve_botocore(ctx, aws, botocore_verify_parameter),
        _resolve_botocore(ctx, aws, None, ToolId.AWS_CLI_V2),
        _resolve_node(ctx, runtime, ToolId.AWS_SDK_JS_V3),
        _with(_resolve_requests(ctx), python_insecure),
        _resolve_pip(ctx, pip_found, pip_failures),
        _resolve_node(ctx, runtime),
        _resolve_npm(ctx, runtime, npm_found, npm_failures),
        _resolve_git(ctx, git_found, git_failures),
        _resolve_curl(ctx, curl_found),
    ]
    results = [_with(result, _default_roots_problems(ctx, result)) for result in results]
    for result in results:
        if result.problems:
            log.info("%s uses %s: %s", result.tool.value, result.source, sorted(code.value for code in result.codes()))
    return results


def _default_roots_problems(ctx: _Context, result: ToolTrust) -> list[Problem]:
    """Report the organisation CA missing from a tool's built-in roots, as it is from a named file.

    Without this, a tool left on its built-in list looks fine although every inspected site fails.
    certifi stands for the lists that copy Mozilla's roots (the AWS CLI's, Node's); the OS bundle
    is read on Linux only, so on Windows and macOS the OS-based defaults are not judged here.
    """
    if result.mode is not TrustMode.DEFAULT or not ctx.organisation_fingerprints:
        return []
    if any(problem.code is ProblemCode.ORGANISATION_CA_MISSING for problem in result.problems):
        return []

    if result.default_roots in ("certifi", "aws-cli-bundled", "node-bundled"):
        available = set(ctx.public_fingerprints)
    elif result.default_roots in ("os-store+certifi", "libcurl-default") and sys.platform.startswith("linux"):
        from trustdesk.stores.linux import os_bundle_path

        bundle = os_bundle_path()
        outcome = ctx.read(bundle) if bundle is not None else None
        if not isinstance(outcome, ReadResult):
            return []
        available = {sha256_fingerprint(certificate) for certificate in outcome.certificates}
        if result.default_roots == "os-store+certifi":
            available |= ctx.public_fingerprints
    else:
        return []

    missing = ctx.organisation_fingerprints - available
    if not missing:
        return []
    facts = {"setting": "default", "roots": result.default_roots, "missing": ",".join(sorted(missing))}
    return [Problem(ProblemCode.ORGANISATION_CA_MISSING, facts)]


def _with(result: ToolTrust, problems: list[Problem]) -> ToolTrust:
    if not problems:
        return result
    return ToolTrust(
        result.tool,
        result.source,
        result.path,
        result.mode,
        result.default_roots,
        result.rule_source,
        result.problems + tuple(problems),
    )
