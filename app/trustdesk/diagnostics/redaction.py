"""The secret scrubber that runs over the rendered helpdesk report and over every log record.

It is the second layer of defence: the report gathers only allow-listed facts, and this pass removes
whatever still looks like a credential. It works two ways:

- by value: every value of an environment variable whose name contains KEY, SECRET, TOKEN,
  PASSWORD, PASSWD or CREDENTIAL, every password of a ``*_PROXY`` URL, and every such entry of the
  AWS config and credentials files, wherever the value appears (error messages echo them);
- by shape: AWS access key ids, 40-character secret access keys, long base64 session tokens,
  ``user:password@`` in URLs, Authorization and Proxy-Authorization headers, bearer tokens and
  Bedrock API keys, PEM private key blocks, and ``name = value`` pairs whose name says secret.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

REDACTED = "[REDACTED]"

# Upper-cased fragments of a variable or config key name that mark its value as secret.
SECRET_NAME_PARTS = ("KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL")
# Shorter values are not scrubbed by value: a two-letter value would blank out ordinary words.
# The shape patterns below still catch short secrets in URLs, headers and name = value pairs.
MIN_SECRET_LENGTH = 6
_PATH_NAME_SUFFIXES = ("_FILE", "_PATH", "_DIR")

_SECRET_WORDS = r"(?:secret|token|password|passwd|credential_process|access_key_id|api_key|apikey|private_key)"

# Each pattern with its replacement, applied in this order.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # PEM private keys of every kind (RSA, EC, ENCRYPTED, OPENSSH), also when the END line is missing.
    (
        re.compile(r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END[A-Z0-9 ]*PRIVATE KEY-----|\Z)", re.DOTALL),
        "[REDACTED private key]",
    ),
    # Authorization, Proxy-Authorization and the SigV4 query and header values, up to the end of the value.
    (
        re.compile(
            r"(?i)((?:proxy-)?authorization|x-amz-security-token|x-amz-signature|x-amz-credential)"
            r"(['\"]?\s*[:=]\s*['\"]?)[^\r\n'\"&]*"
        ),
        r"\1\2" + REDACTED,
    ),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+"), "Bearer " + REDACTED),
    # Bedrock API keys: long-term keys start with ABSK, short-term ones with bedrock-api-key-.
    (re.compile(r"\bABSK[A-Za-z0-9+/=]{16,}"), REDACTED),
    (re.compile(r"bedrock-api-key-[A-Za-z0-9+/=%-]{16,}"), REDACTED),
    # user:password@ (or user@) after a URL scheme, then user:password@ without a scheme.
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/@'\"]+@"), r"\1" + REDACTED + "@"),
    (re.compile(r"(?<![\w/.-])[^\s/@:'\"]+:[^\s/@'\"]+@(?=[A-Za-z0-9\[])"), REDACTED + "@"),
    # name = value and "name": "value" where the name says secret (aws_secret_access_key, password, ...).
    (
        re.compile(r"(?i)(\b[\w.-]*" + _SECRET_WORDS + r"[\w.-]*['\"]?\s*[=:]\s*)(['\"]?)[^\s'\",;]+"),
        r"\1\2" + REDACTED,
    ),
    # AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
    (re.compile(r"\b(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ABIA|ACCA|AGPA)[A-Z0-9]{16}\b"), REDACTED),
    # A secret access key is 40 base64 characters. Requiring a lower-case letter, an upper-case
    # letter and a digit keeps hex digests (SHA-1, key identifiers) out, and the last line of a PEM
    # certificate, which may also be 40 characters long, is kept by the END line after it.
    (
        re.compile(
            r"(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9])"
            r"[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])(?!\s*-----END)"
        ),
        REDACTED,
    ),
    # Session tokens and other long base64 runs; PEM certificate lines (64 characters) stay.
    (re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{100,}={0,2}"), REDACTED),
)


def is_secret_name(name: str) -> bool:
    upper = name.upper()
    return any(part in upper for part in SECRET_NAME_PARTS)


class Redactor:
    """Scrubs text of the given secret values and of everything shaped like a credential."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        variants: set[str] = set()
        for value in values:
            for variant in (value, quote(value, safe=""), unquote(value)):
                if len(variant) >= MIN_SECRET_LENGTH:
                    variants.add(variant)
        # Longest first, so a value that contains another is removed whole.
        ordered = sorted(variants, key=len, reverse=True)
        self._values = re.compile("|".join(re.escape(value) for value in ordered)) if ordered else None

    def scrub(self, text: str) -> str:
        if self._values is not None:
            text = self._values.sub(REDACTED, text)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


def environment_secrets(environ: Mapping[str, str]) -> set[str]:
    """Return the values to scrub from ``environ``: secret-named variables and proxy URL passwords.

    Paths are kept out: variables named ``*_FILE``, ``*_PATH`` or ``*_DIR`` (AWS_SHARED_CREDENTIALS_FILE,
    AWS_WEB_IDENTITY_TOKEN_FILE) and values that name an existing absolute path. A file's content
    may be secret, its path is not, and scrubbing a folder path would blank out every path below it.
    """
    secrets: set[str] = set()
    for name, value in environ.items():
        if not value:
            continue
        names_path = name.upper().endswith(_PATH_NAME_SUFFIXES) or (os.path.isabs(value) and os.path.exists(value))
        if is_secret_name(name) and not names_path:
            secrets.add(value)
        if name.upper().endswith("_PROXY"):
            password = _proxy_password(value)
            if password:
                secrets.add(password)
    return secrets


def _proxy_password(value: str) -> str | None:
    try:
        return urlsplit(value if "://" in value else f"http://{value}").password
    except ValueError:
        return None


# A line "name = value" of an INI file. The AWS files are read line by line rather than with
# botocore's configloader so that a malformed file, which the loader rejects, is still scrubbed.
_INI_ASSIGNMENT = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*=\s*(.*?)\s*$", re.MULTILINE)


def aws_file_paths(environ: Mapping[str, str]) -> list[Path]:
    """Return the AWS config and credentials files botocore reads for ``environ`` (they may not exist)."""
    home = environ.get("HOME") or environ.get("USERPROFILE") or str(Path.home())
    files = []
    for variable, default in (("AWS_CONFIG_FILE", "config"), ("AWS_SHARED_CREDENTIALS_FILE", "credentials")):
        value = environ.get(variable) or os.path.join(home, ".aws", default)
        files.append(Path(os.path.expanduser(value) if value.startswith("~") else value))
    return files


def file_secrets(text: str) -> set[str]:
    """Return the values of the secret-named entries of an INI text (keys, tokens, credential_process)."""
    return {
        match.group(2) for match in _INI_ASSIGNMENT.finditer(text) if match.group(2) and is_secret_name(match.group(1))
    }


class _FileSecrets:
    """The secret values of a few files, read again only when a file's size or modification time changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[Path, tuple[tuple[int, int], frozenset[str]]] = {}

    def values(self, paths: Iterable[Path]) -> set[str]:
        values: set[str] = set()
        with self._lock:
            for path in paths:
                try:
                    stat = path.stat()
                except OSError:
                    continue
                stamp = (stat.st_mtime_ns, stat.st_size)
                cached = self._seen.get(path)
                if cached is None or cached[0] != stamp:
                    try:
                        text = path.read_text(encoding="utf-8", errors="replace")
                    except OSError:
                        continue
                    cached = (stamp, frozenset(file_secrets(text)))
                    self._seen[path] = cached
                values |= cached[1]
        return values


_file_secrets = _FileSecrets()
_redactor_lock = threading.Lock()
_redactor_cache: tuple[frozenset[str], Redactor] | None = None


def current_redactor(environ: Mapping[str, str] | None = None, extra_values: Iterable[str] = ()) -> Redactor:
    """Return a redactor for the secrets of ``environ`` (default: this process) and its AWS files.

    The compiled redactor is cached until the set of secret values changes, so calling this for
    every log record costs two ``stat`` calls and a scan of the environment.
    """
    global _redactor_cache
    environ = os.environ if environ is None else environ
    values = environment_secrets(environ) | _file_secrets.values(aws_file_paths(environ)) | set(extra_values)
    key = frozenset(values)
    with _redactor_lock:
        if _redactor_cache is None or _redactor_cache[0] != key:
            _redactor_cache = (key, Redactor(key))
        return _redactor_cache[1]


def scrub(text: str, extra_values: Iterable[str] = ()) -> str:
    """Scrub ``text`` of this process's secrets and of everything shaped like a credential."""
    return current_redactor(extra_values=extra_values).scrub(text)
