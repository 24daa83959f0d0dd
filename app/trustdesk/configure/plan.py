"""Compute the changes that point the chosen tools at TrustDesk's files, from the resolver's view of them.

What each tool gets (the upstream rule for each is in ``stores.tools.RULES``):

- botocore and the AWS CLI v2: ``ca_bundle`` on the chosen AWS profiles (AWS_CONFIG_FILE honoured)
  and the user variable AWS_CA_BUNDLE, both → the merged bundle;
- requests: REQUESTS_CA_BUNDLE → the merged bundle;
- pip: ``cert`` in the user pip config → the merged bundle;
- npm: ``cafile`` in the user ``.npmrc`` → the merged bundle (cafile replaces Node's roots for npm);
- Node.js and the AWS SDK for JavaScript v3: NODE_EXTRA_CA_CERTS → the organisation-only PEM
  (Node adds it to its bundled roots);
- git: ``http.sslCAInfo`` in the global config → the merged bundle, skipped under schannel.

A variable that a tool currently takes from the environment is set too when the tool is chosen,
because the environment wins over the config files (pip and REQUESTS_CA_BUNDLE, for example).
Removing an insecure setting is always a separate change with ``insecure_fix`` set.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from cryptography import x509

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.configure import editors, upkeep
from trustdesk.configure.editors import EditError
from trustdesk.configure.environment import (
    Context,
    environment_file,
    insecure_search_files,
    profile_files,
    unsafe_values,
    variable_backend_name,
)
from trustdesk.configure.model import (
    Action,
    Change,
    ChangeKind,
    FileRender,
    Plan,
    PlanError,
    Skipped,
    SkipReason,
    VariableState,
)
from trustdesk.stores import settings as found
from trustdesk.stores.commands import clean_environment
from trustdesk.stores.settings import expand_home
from trustdesk.stores.tools import ProblemCode, ToolId, ToolTrust, resolve_tools

log = logging.getLogger(__name__)

SUPPORTED_TOOLS: tuple[ToolId, ...] = (
    ToolId.BOTOCORE,
    ToolId.AWS_CLI_V2,
    ToolId.AWS_SDK_JS_V3,
    ToolId.REQUESTS,
    ToolId.PIP,
    ToolId.NODE,
    ToolId.NPM,
    ToolId.GIT,
)
NODE_TOOLS = (ToolId.NODE, ToolId.AWS_SDK_JS_V3)
BUNDLE_TOOLS = tuple(tool for tool in SUPPORTED_TOOLS if tool not in NODE_TOOLS)

# The variables TrustDesk manages, the tools each one serves, and whether it names the organisation-only PEM.
VARIABLES: Mapping[str, tuple[tuple[ToolId, ...], bool]] = {
    "AWS_CA_BUNDLE": ((ToolId.BOTOCORE, ToolId.AWS_CLI_V2), False),
    "REQUESTS_CA_BUNDLE": ((ToolId.REQUESTS,), False),
    "NODE_EXTRA_CA_CERTS": (NODE_TOOLS, True),
}


def _off(value: str) -> bool:
    return value.strip() == "0"


def _false(value: str) -> bool:
    return value.strip().lower() == "false"


def _any(value: str) -> bool:
    return value != ""


# Insecure variables by lower-cased name, with the test for the values that turn verification off.
INSECURE_VARIABLES: Mapping[str, Callable[[str], bool]] = {
    "node_tls_reject_unauthorized": _off,
    "pythonhttpsverify": _off,
    "git_ssl_no_verify": _any,
    "npm_config_strict_ssl": _false,
}

GIT_TIMEOUT_S = 10.0


def parse_tools(names: Sequence[str]) -> tuple[ToolId, ...]:
    """Return the ToolIds for ``names`` (their ``ToolId`` values); raises ``ValueError`` for an unsupported one."""
    tools = []
    for name in names:
        tool = ToolId(name.strip())
        if tool not in SUPPORTED_TOOLS:
            raise ValueError(name)
        if tool not in tools:
            tools.append(tool)
    return tuple(tools)


def make_plan(
    ctx: Context,
    organisation: Sequence[x509.Certificate],
    tools: Sequence[ToolId] = SUPPORTED_TOOLS,
    profiles: Sequence[str] | None = None,
    trusts: Sequence[ToolTrust] | None = None,
) -> Plan:
    """Return the changes that make each of ``tools`` trust the organisation CAs; nothing is written.

    Raises ``PlanError`` ("no-organisation-ca") when no organisation CA is imported, ("unsafe-path")
    when TrustDesk's data folder cannot be written into a variable safely, and ("bundle-failed")
    when the merged bundle cannot be built.
    """
    if not organisation:
        raise PlanError("no-organisation-ca", "import the organisation root certificate first")
    chosen = tuple(tool for tool in SUPPORTED_TOOLS if tool in tools)
    if trusts is None:
        fingerprints = {sha256_fingerprint(certificate) for certificate in organisation}
        trusts = resolve_tools(fingerprints, ctx.environ, runner=ctx.runner)
    by_tool = {trust.tool: trust for trust in trusts}

    builder = _Builder(ctx)
    folder = ctx.data_folder()
    bundle = folder / upkeep.BUNDLE_NAME
    node_file = folder / upkeep.NODE_CERTIFICATES_NAME

    _plan_files(builder, organisation, chosen, bundle, node_file)
    if ToolId.BOTOCORE in chosen or ToolId.AWS_CLI_V2 in chosen:
        _plan_aws(builder, chosen, profiles, str(bundle))
    if ToolId.PIP in chosen:
        _plan_pip(builder, str(bundle))
    if ToolId.NPM in chosen:
        _plan_npm(builder, str(bundle))
    if ToolId.GIT in chosen:
        _plan_git(builder, by_tool.get(ToolId.GIT), str(bundle))
    _plan_variables(builder, chosen, by_tool, {"bundle": str(bundle), "node": str(node_file)})
    _plan_insecure(builder, chosen, by_tool)

    plan = Plan(
        chosen,
        tuple(builder.changes),
        tuple(builder.skipped),
        bundle,
        node_file,
        dict(builder.variables),
        {name: tuple(ids) for name, ids in builder.variable_changes.items()},
    )
    log.info(
        "Plan for %s: %d changes, %d skipped",
        ",".join(tool.value for tool in chosen),
        len(plan.changes),
        len(plan.skipped),
    )
    return plan


def plan_own_files(ctx: Context, organisation: Sequence[x509.Certificate], tools: Sequence[ToolId]) -> Plan:
    """Return a plan with only TrustDesk's own files (merged bundle, Node PEM) for ``tools``, for upkeep."""
    builder = _Builder(ctx)
    folder = ctx.data_folder()
    bundle = folder / upkeep.BUNDLE_NAME
    node_file = folder / upkeep.NODE_CERTIFICATES_NAME
    _plan_files(builder, organisation, tools, bundle, node_file)
    return Plan(tuple(tools), tuple(builder.changes), (), bundle, node_file)


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.changes: list[Change] = []
        self.skipped: list[Skipped] = []
        self.variables: dict[str, str | None] = {}
        self.variable_changes: dict[str, list[str]] = {}

    def file(
        self,
        change_id: str,
        action: Action,
        tools: Sequence[ToolId],
        path: Path,
        render: FileRender,
        *,
        insecure_fix: bool = False,
        facts: Mapping[str, str] | None = None,
        validate: Callable[[Path], None] | None = None,
    ) -> Change | None:
        """Add a file change unless the file already has the wanted content; return it."""
        current = read_optional(path)
        after = render(current)
        if after == current:
            return None
        change = Change(
            change_id,
            ChangeKind.FILE,
            action,
            tuple(tools),
            str(path),
            current,
            after,
            render_file=render,
            validate=validate,
            insecure_fix=insecure_fix,
            facts=dict(facts or {}),
        )
        self.changes.append(change)
        return change

    def variable(
        self,
        change_id: str,
        action: Action,
        tools: Sequence[ToolId],
        backend: str,
        name: str,
        value: str | None,
        *,
        insecure_fix: bool = False,
    ) -> Change | None:
        current = self.ctx.backend(backend).read(name)
        wanted = VariableState(value) if value is not None else None

        def render(state: VariableState | None) -> VariableState | None:
            if wanted is None:
                return None
            if state is not None and state.value == wanted.value:
                return state
            return wanted

        after = render(current)
        if after == current:
            return None
        change = Change(
            change_id,
            ChangeKind.VARIABLE,
            action,
            tuple(tools),
            name,
            current,
            after,
            render_variable=render,
            backend=backend,
            insecure_fix=insecure_fix,
            facts={"variable": name},
        )
        self.changes.append(change)
        return change

    def provides(self, name: str, value: str | None, change_id: str) -> None:
        self.variables[name] = value
        self.variable_changes.setdefault(name, []).append(change_id)


def read_optional(path: Path) -> bytes | None:
    """Return the file's bytes, or None when it does not exist. Other read errors are raised (OSError)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _text_render(edit: Callable[[str], str]) -> FileRender:
    """Wrap a text editor as a render function; an absent file is edited as empty text, UTF-8 throughout."""

    def render(current: bytes | None) -> bytes | None:
        text = "" if current is None else current.decode("utf-8")
        result = edit(text)
        if result == text:
            return current
        return result.encode("utf-8")

    return render


def _try_text(builder: _Builder, tools: Sequence[ToolId], path: Path, action: Action) -> bool:
    """Return True when ``path`` can be read as UTF-8 text; otherwise record a skip."""
    try:
        data = read_optional(path)
        if data is not None:
            data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        for tool in tools:
            builder.skipped.append(
                Skipped(tool, SkipReason.CONFIG_UNREADABLE, {"path": str(path), "detail": str(error)})
            )
        return False
    return True


# --- TrustDesk's own files ---------------------------------------------------------------------


def _plan_files(
    builder: _Builder,
    organisation: Sequence[x509.Certificate],
    chosen: Sequence[ToolId],
    bundle: Path,
    node_file: Path,
) -> None:
    from trustdesk.certs.bundle import BundleError

    bundle_tools = [tool for tool in chosen if tool in BUNDLE_TOOLS]
    if bundle_tools:
        try:
            data = upkeep.merged_bundle_bytes(organisation)
            validate = upkeep.bundle_validator(organisation)
        except BundleError as error:
            raise PlanError("bundle-failed", str(error)) from error
        builder.file("bundle", Action.BUILD_BUNDLE, bundle_tools, bundle, lambda _current: data, validate=validate)
    node_tools = [tool for tool in chosen if tool in NODE_TOOLS]
    if node_tools:
        pem = upkeep.node_certificates_bytes(organisation)
        builder.file("node-certificates", Action.WRITE_NODE_CERTIFICATES, node_tools, node_file, lambda _c: pem)


# --- tool configuration files ------------------------------------------------------------------


def aws_config_path(environ: Mapping[str, str]) -> Path:
    return expand_home(environ.get("AWS_CONFIG_FILE", "~/.aws/config"), environ)


def _plan_aws(builder: _Builder, chosen: Sequence[ToolId], profiles: Sequence[str] | None, value: str) -> None:
    tools = [tool for tool in (ToolId.BOTOCORE, ToolId.AWS_CLI_V2) if tool in chosen]
    path = aws_config_path(builder.ctx.environ)
    if not _try_text(builder, tools, path, Action.AWS_CA_BUNDLE):
        return
    text = (read_optional(path) or b"").decode("utf-8")
    try:
        names = list(profiles) if profiles else default_profiles(text, builder.ctx.environ)
        builder.file(
            "aws-config",
            Action.AWS_CA_BUNDLE,
            tools,
            path,
            _text_render(lambda current: editors.set_aws_ca_bundle(current, names, value)),
            facts={"profiles": ",".join(names)},
        )
    except EditError as error:
        for tool in tools:
            builder.skipped.append(
                Skipped(tool, SkipReason.CONFIG_UNREADABLE, {"path": str(path), "detail": str(error)})
            )


def default_profiles(config_text: str, environ: Mapping[str, str]) -> list[str]:
    """Return the profiles of the config and credentials files (config order first), or ["default"]."""
    names = editors.aws_config_profiles(config_text)
    for name in found.aws_config(environ).profiles:
        if name not in names:
            names.append(name)
    return names or ["default"]


def pip_user_config(ctx: Context) -> Path:
    """Return the user pip config file pip 26 writes with ``pip config --user`` on each platform."""
    if ctx.platform == "win32":
        appdata = ctx.environ.get("APPDATA") or str(ctx.home / "AppData" / "Roaming")
        return Path(appdata) / "pip" / "pip.ini"
    if ctx.platform == "darwin":
        return ctx.home / "Library" / "Application Support" / "pip" / "pip.conf"
    return ctx.config_home() / "pip" / "pip.conf"


def _plan_pip(builder: _Builder, value: str) -> None:
    path = pip_user_config(builder.ctx)
    if not _try_text(builder, [ToolId.PIP], path, Action.PIP_CERT):
        return
    try:
        builder.file(
            "pip-config", Action.PIP_CERT, [ToolId.PIP], path, _text_render(lambda t: editors.set_pip_cert(t, value))
        )
    except EditError as error:
        builder.skipped.append(
            Skipped(ToolId.PIP, SkipReason.CONFIG_UNREADABLE, {"path": str(path), "detail": str(error)})
        )


def npm_user_config(ctx: Context) -> Path:
    return found.npmrc_files(ctx.environ)[-1][1]


def _plan_npm(builder: _Builder, value: str) -> None:
    path = npm_user_config(builder.ctx)
    if not _try_text(builder, [ToolId.NPM], path, Action.NPM_CAFILE):
        return
    text = (read_optional(path) or b"").decode("utf-8")
    if found.parse_npmrc(text, builder.ctx.environ).get("ca", "").strip() not in ("", "null"):
        # An inline "ca" wins over cafile and holds PEM text TrustDesk cannot merge safely.
        builder.skipped.append(Skipped(ToolId.NPM, SkipReason.NPM_INLINE_CA, {"path": str(path)}))
        return
    builder.file(
        "npmrc", Action.NPM_CAFILE, [ToolId.NPM], path, _text_render(lambda t: editors.set_npm_key(t, "cafile", value))
    )


def git_global_file(ctx: Context) -> Path:
    """Return the file ``git config --global`` writes (git-config(1), FILES).

    GIT_CONFIG_GLOBAL wins; otherwise ``~/.gitconfig``, unless only ``$XDG_CONFIG_HOME/git/config``
    exists, in which case git writes there.
    """
    explicit = ctx.environ.get("GIT_CONFIG_GLOBAL")
    if explicit:
        return expand_home(explicit, ctx.environ)
    home_file = ctx.home / ".gitconfig"
    xdg_file = ctx.config_home() / "git" / "config"
    if not home_file.exists() and xdg_file.exists():
        return xdg_file
    return home_file


def git_render(ctx: Context, arguments: Sequence[str]) -> FileRender:
    """Return a render that runs ``git config --file COPY ARGUMENTS`` on a copy of the content.

    git's own editor keeps its quoting and layout rules, and editing a copy (instead of running
    ``git config --global``, which rewrites the file itself) lets the result go through the journal
    and ``write_atomic`` like every other file. Raises ``EditError`` when git fails or times out.
    """

    def render(current: bytes | None) -> bytes | None:
        with tempfile.TemporaryDirectory(prefix="trustdesk-git-") as folder:
            copy = Path(folder) / "config"
            copy.write_bytes(current or b"")
            environ = clean_environment(ctx.environ)
            environ["GIT_CONFIG_NOSYSTEM"] = "1"
            result = ctx.runner(["git", "config", "--file", str(copy), *arguments], environ, GIT_TIMEOUT_S)
            # Exit code 5: "--unset" of a key that is not there, which leaves nothing to change.
            if result.failure is not None or result.returncode not in (0, 5):
                raise EditError(f"git config failed: {result.failure or result.stderr.strip()}")
            data = copy.read_bytes()
        if current is None and not data:
            return None
        return data

    return render


def _plan_git(builder: _Builder, trust: ToolTrust | None, value: str) -> None:
    if trust is not None and trust.source == "schannel":
        builder.skipped.append(Skipped(ToolId.GIT, SkipReason.GIT_SCHANNEL, {}))
        return
    probe = builder.ctx.runner(["git", "--version"], clean_environment(builder.ctx.environ), GIT_TIMEOUT_S)
    if not probe.succeeded:
        builder.skipped.append(Skipped(ToolId.GIT, SkipReason.PROGRAM_MISSING, {"program": "git"}))
        return
    path = git_global_file(builder.ctx)
    if not _try_text(builder, [ToolId.GIT], path, Action.GIT_SSL_CA_INFO):
        return
    try:
        builder.file(
            "git-config", Action.GIT_SSL_CA_INFO, [ToolId.GIT], path, git_render(builder.ctx, ["http.sslCAInfo", value])
        )
    except EditError as error:
        builder.skipped.append(
            Skipped(ToolId.GIT, SkipReason.CONFIG_UNREADABLE, {"path": str(path), "detail": str(error)})
        )


# --- user environment variables -----------------------------------------------------------------


def _plan_variables(
    builder: _Builder, chosen: Sequence[ToolId], by_tool: Mapping[ToolId, ToolTrust], files: Mapping[str, str]
) -> None:
    wanted: dict[str, str] = {}
    tools_of: dict[str, list[ToolId]] = {}
    for name, (served, node_only) in VARIABLES.items():
        users = [tool for tool in chosen if tool in served]
        # A chosen tool that currently takes this variable from the environment needs it changed too.
        users += [
            tool for tool in chosen if tool not in users and tool in by_tool and by_tool[tool].source == f"env:{name}"
        ]
        if users:
            wanted[name] = files["node" if node_only else "bundle"]
            tools_of[name] = users
    if not wanted:
        return

    backend = variable_backend_name(builder.ctx.platform)
    if backend is not None:
        for name, value in wanted.items():
            change_id = f"variable:{name}"
            builder.variable(change_id, Action.SET_VARIABLE, tools_of[name], backend, name, value)
            builder.provides(name, value, change_id)
    if builder.ctx.platform == "win32":
        return

    unsafe = unsafe_values(wanted)
    if unsafe:
        raise PlanError("unsafe-path", f"the data folder path cannot be written into {', '.join(unsafe)}")
    all_tools = sorted({tool for users in tools_of.values() for tool in users}, key=SUPPORTED_TOOLS.index)
    if builder.ctx.platform != "darwin":
        path = environment_file(builder.ctx)
        builder.file(
            "environment-file",
            Action.ENVIRONMENT_FILE,
            all_tools,
            path,
            _text_render(lambda text: editors.set_environment_d(text, wanted)),
            facts={"variables": ",".join(sorted(wanted))},
        )
        for name, value in wanted.items():
            builder.provides(name, value, "environment-file")
    for profile in profile_files(builder.ctx):
        change_id = f"profile:{profile}"
        if not _try_text(builder, all_tools, profile, Action.SHELL_PROFILE):
            continue
        builder.file(
            change_id,
            Action.SHELL_PROFILE,
            all_tools,
            profile,
            _text_render(lambda text: editors.set_profile_block(text, wanted)),
            facts={"variables": ",".join(sorted(wanted))},
        )
        for name, value in wanted.items():
            builder.provides(name, value, change_id)


# --- insecure settings ---------------------------------------------------------------------------


def _plan_insecure(builder: _Builder, chosen: Sequence[ToolId], by_tool: Mapping[ToolId, ToolTrust]) -> None:
    handled: set[str] = set()
    for tool in chosen:
        trust = by_tool.get(tool)
        if trust is None:
            continue
        for problem in trust.problems:
            if problem.code is not ProblemCode.INSECURE_SETTING:
                continue
            setting = problem.facts.get("setting", "")
            key = problem.facts.get("key", "")
            marker = f"{setting}|{key}"
            if marker in handled:
                continue
            handled.add(marker)
            tools = [t for t in chosen if t in by_tool and _has_problem(by_tool[t], setting, key)]
            if setting.startswith("env:") and setting[4:].lower() in INSECURE_VARIABLES:
                _remove_variable(builder, tools, setting[4:])
            elif setting == "npmrc:user" and key == "strict-ssl":
                path = npm_user_config(builder.ctx)
                builder.file(
                    "insecure:npm-strict-ssl",
                    Action.REMOVE_NPM_STRICT_SSL,
                    tools,
                    path,
                    _text_render(lambda text: editors.remove_npm_key(text, "strict-ssl", _false)),
                    insecure_fix=True,
                )
            elif setting == "git-config:global" and key == "http.sslVerify":
                try:
                    builder.file(
                        "insecure:git-ssl-verify",
                        Action.REMOVE_GIT_SSL_VERIFY,
                        tools,
                        git_global_file(builder.ctx),
                        git_render(builder.ctx, ["--unset-all", "http.sslVerify"]),
                        insecure_fix=True,
                    )
                except EditError as error:
                    builder.skipped.append(Skipped(tool, SkipReason.CONFIG_UNREADABLE, {"detail": str(error)}))
            else:
                # TODO: pip trusted-host entries and settings in system-wide files are reported, not removed.
                builder.skipped.append(
                    Skipped(tool, SkipReason.INSECURE_OUTSIDE_USER_FILES, {"setting": setting, "key": key})
                )


def _has_problem(trust: ToolTrust, setting: str, key: str) -> bool:
    return any(
        p.code is ProblemCode.INSECURE_SETTING and p.facts.get("setting") == setting and p.facts.get("key", "") == key
        for p in trust.problems
    )


def _remove_variable(builder: _Builder, tools: Sequence[ToolId], name: str) -> None:
    insecure = INSECURE_VARIABLES[name.lower()]
    found_any = False
    backend = variable_backend_name(builder.ctx.platform)
    if backend is not None:
        state = builder.ctx.backend(backend).read(name)
        if state is not None and insecure(state.value):
            change_id = f"insecure:variable:{name}"
            builder.variable(change_id, Action.REMOVE_INSECURE_VARIABLE, tools, backend, name, None, insecure_fix=True)
            builder.provides(name, None, change_id)
            found_any = True
    if builder.ctx.platform != "win32":
        for path in insecure_search_files(builder.ctx):
            try:
                change = builder.file(
                    f"insecure:{name}:{path}",
                    Action.REMOVE_INSECURE_VARIABLE,
                    tools,
                    path,
                    _text_render(lambda text: editors.remove_assignments(text, name, insecure)),
                    insecure_fix=True,
                    facts={"variable": name},
                )
            except (OSError, UnicodeDecodeError):
                continue
            if change is not None:
                builder.provides(name, None, change.change_id)
                found_any = True
    if not found_any:
        for tool in tools:
            builder.skipped.append(Skipped(tool, SkipReason.INSECURE_OUTSIDE_USER_FILES, {"setting": f"env:{name}"}))
