"""Discover the settings that point developer tools at CA files or turn verification off.

Each reader returns ``CaSetting`` records and never raises for a missing or malformed file: the
resolver in ``stores.tools`` decides what each setting means for each tool.
"""

from __future__ import annotations

import configparser
import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from trustdesk.stores.commands import Runner, clean_environment, run_command

log = logging.getLogger(__name__)

# Environment variables that name a CA file or folder, and the tools that read each one.
CA_VARIABLES: Mapping[str, tuple[str, ...]] = {
    "AWS_CA_BUNDLE": ("botocore", "aws-cli-v2"),
    "REQUESTS_CA_BUNDLE": ("requests", "pip", "botocore", "aws-cli-v2"),
    "CURL_CA_BUNDLE": ("curl", "requests", "pip"),
    "SSL_CERT_FILE": ("curl", "node --use-openssl-ca", "Python ssl default context"),
    "SSL_CERT_DIR": ("curl", "node --use-openssl-ca", "Python ssl default context"),
    "NODE_EXTRA_CA_CERTS": ("node", "npm", "aws-sdk-js-v3"),
    "PIP_CERT": ("pip",),
    "GIT_SSL_CAINFO": ("git",),
}
FOLDER_VARIABLES = frozenset({"SSL_CERT_DIR"})


@dataclass(frozen=True)
class CaSetting:
    """One setting as found. ``source`` is unique within a scan, for example "env:AWS_CA_BUNDLE",
    "aws-config:dev" or "npmrc:user"; ``key`` is spelled the way the tool spells it.
    """

    source: str
    key: str
    value: str
    origin_file: Path | None = None
    scope: str = ""


@dataclass(frozen=True)
class ConfigReadFailure:
    """A configuration file or query that could not be read; ``detail`` keeps the original message."""

    source: str
    path: Path | None
    detail: str


def home_directory(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())


def expand_home(value: str, environ: Mapping[str, str]) -> Path:
    """Expand a leading ``~`` with the HOME of ``environ`` (not of this process), as the tools that expand do."""
    if value == "~" or value.startswith(("~/", "~\\")):
        return home_directory(environ) / value[2:]
    return Path(value)


# --- environment variables -------------------------------------------------------------------


def environment_settings(environ: Mapping[str, str]) -> list[CaSetting]:
    """Return every CA variable that is set, including those set to an empty string."""
    return [CaSetting(f"env:{name}", name, environ[name]) for name in CA_VARIABLES if name in environ]


# --- AWS shared config, read by botocore's own loader --------------------------------------------


@dataclass(frozen=True)
class AwsConfig:
    """The AWS config and credentials files as botocore reads them; ``profiles`` maps names to settings."""

    config_file: Path
    credentials_file: Path
    profiles: Mapping[str, Mapping[str, object]]
    failures: tuple[ConfigReadFailure, ...] = ()


def aws_config(environ: Mapping[str, str]) -> AwsConfig:
    """Load every profile with ``botocore.configloader`` (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE honoured).

    botocore 1.x merges the credentials file's keys into the profiles of the config file
    (``Session.full_config``), so a ``ca_bundle`` in the credentials file counts as well.
    """
    # Imported here so that importing this module (the window does) does not load botocore.
    import botocore.configloader
    import botocore.exceptions

    config_file = expand_home(environ.get("AWS_CONFIG_FILE", "~/.aws/config"), environ)
    credentials_file = expand_home(environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"), environ)
    failures: list[ConfigReadFailure] = []
    profiles: dict[str, dict[str, object]] = {}

    try:
        profiles = {
            name: dict(values)
            for name, values in botocore.configloader.load_config(str(config_file))["profiles"].items()
        }
    except botocore.exceptions.ConfigNotFound:
        pass
    except botocore.exceptions.ConfigParseError as error:
        failures.append(ConfigReadFailure("aws-config", config_file, str(error)))

    try:
        credentials = botocore.configloader.raw_config_parse(str(credentials_file))
    except botocore.exceptions.ConfigNotFound:
        credentials = {}
    except botocore.exceptions.ConfigParseError as error:
        failures.append(ConfigReadFailure("aws-credentials", credentials_file, str(error)))
        credentials = {}
    for name, values in credentials.items():
        profiles.setdefault(name, {}).update(values)
    return AwsConfig(config_file, credentials_file, profiles, tuple(failures))


def aws_profile_settings(config: AwsConfig) -> list[CaSetting]:
    settings = []
    for name, values in sorted(config.profiles.items()):
        value = values.get("ca_bundle")
        if isinstance(value, str):
            settings.append(CaSetting(f"aws-config:{name}", "ca_bundle", value, config.config_file, name))
    return settings


# --- pip ---------------------------------------------------------------------------------------


def pip_config_files(environ: Mapping[str, str], site_prefix: Path | None = None) -> list[tuple[str, Path]]:
    """Return pip's configuration files as (level, path), lowest precedence first.

    Mirrors ``pip._internal.configuration`` (pip 26.x): global (the XDG config dirs plus /etc,
    or %ProgramData%\\pip on Windows), user (~/.pip/pip.conf, then the platform config dir), site
    (``sys.prefix``), then PIP_CONFIG_FILE. The user files are skipped when PIP_CONFIG_FILE names an
    existing file. PIP_CONFIG_FILE set to os.devnull disables every file.
    """
    windows = sys.platform == "win32"
    basename = "pip.ini" if windows else "pip.conf"
    home = home_directory(environ)
    env_file = environ.get("PIP_CONFIG_FILE")
    if env_file == os.devnull:
        return []

    files: list[tuple[str, Path]] = []
    if windows:
        files.append(("global", Path(environ.get("PROGRAMDATA", r"C:\ProgramData")) / "pip" / basename))
    elif sys.platform == "darwin":
        files.append(("global", Path("/Library/Application Support/pip") / basename))
    else:
        for folder in environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(os.pathsep):
            if folder:
                files.append(("global", Path(folder) / "pip" / basename))
        files.append(("global", Path("/etc") / basename))

    if not (env_file and Path(env_file).exists()):
        files.append(("user", home / ("pip" if windows else ".pip") / basename))
        if windows:
            files.append(("user", Path(environ.get("APPDATA", home / "AppData" / "Roaming")) / "pip" / basename))
        elif sys.platform == "darwin":
            files.append(("user", home / "Library" / "Application Support" / "pip" / basename))
        else:
            files.append(("user", Path(environ.get("XDG_CONFIG_HOME") or home / ".config") / "pip" / basename))

    files.append(("site", (site_prefix or Path(sys.prefix)) / basename))
    if env_file:
        files.append(("env", Path(env_file)))
    return files


def pip_settings(
    environ: Mapping[str, str], site_prefix: Path | None = None
) -> tuple[list[CaSetting], list[ConfigReadFailure]]:
    """Read ``cert``, ``trusted-host`` and ``index-url`` from pip's files and PIP_* variables.

    pip parses its files with ``configparser.RawConfigParser`` itself, so configparser reads them
    the same way here. Settings come back lowest precedence first; within a file the [install]
    section overrides [global], and PIP_CERT / PIP_TRUSTED_HOST override every file.
    """
    settings: list[CaSetting] = []
    failures: list[ConfigReadFailure] = []
    for level, path in pip_config_files(environ, site_prefix):
        if not path.is_file():
            continue
        parser = configparser.RawConfigParser()
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError) as error:
            failures.append(ConfigReadFailure(f"pip-config:{level}", path, str(error)))
            continue
        for section in ("global", "install", "download"):
            if not parser.has_section(section):
                continue
            for key, value in parser.items(section):
                normalised = key.lower().replace("_", "-")
                if normalised in ("cert", "trusted-host", "index-url", "extra-index-url"):
                    settings.append(
                        CaSetting(f"pip-config:{level}:{section}", normalised, value.strip(), path, section)
                    )

    for variable, key in (("PIP_CERT", "cert"), ("PIP_TRUSTED_HOST", "trusted-host"), ("PIP_INDEX_URL", "index-url")):
        if variable in environ:
            settings.append(CaSetting(f"env:{variable}", key, environ[variable]))
    return settings, failures


# --- npm ---------------------------------------------------------------------------------------

_NPM_ENV_REFERENCE = re.compile(r"(\\*)\$\{([^}]+)\}")


def npmrc_files(environ: Mapping[str, str], node_prefix: Path | None = None) -> list[tuple[str, Path]]:
    """Return npm's user and global config files as (level, path), lowest precedence first (npm 9-11)."""
    lowered = {name.lower(): value for name, value in environ.items()}
    files = []
    global_file = lowered.get("npm_config_globalconfig")
    if global_file:
        files.append(("global", Path(global_file)))
    elif node_prefix is not None:
        files.append(("global", node_prefix / "etc" / "npmrc"))
    user_file = lowered.get("npm_config_userconfig")
    files.append(("user", Path(user_file) if user_file else home_directory(environ) / ".npmrc"))
    return files


def parse_npmrc(text: str, environ: Mapping[str, str]) -> dict[str, str]:
    """Parse one .npmrc the way npm's ``ini`` package and @npmcli/config read it.

    A small parser instead of configparser, because .npmrc has no sections for these keys, allows
    ``key[]=`` arrays, strips optional quotes, and expands ``${VAR}`` from the environment (npm 7+),
    none of which configparser does. Only top-level keys are returned; an array keeps its last value.
    """
    values: dict[str, str] = {}
    in_section = False
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            in_section = True
            continue
        if in_section or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removesuffix("[]")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.lower()] = _expand_npm_variables(value, environ)
    return values


def _expand_npm_variables(value: str, environ: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        backslashes, name = match.group(1), match.group(2)
        if len(backslashes) % 2:
            return match.group(0)[1:]
        return backslashes + environ.get(name, match.group(0))

    return _NPM_ENV_REFERENCE.sub(replace, value)


def npm_settings(
    environ: Mapping[str, str], node_prefix: Path | None = None
) -> tuple[list[CaSetting], list[ConfigReadFailure]]:
    """Return ``cafile``, ``ca`` and ``strict-ssl`` from npm's files and npm_config_* variables, lowest first."""
    keys = ("cafile", "ca", "strict-ssl")
    settings: list[CaSetting] = []
    failures: list[ConfigReadFailure] = []
    for level, path in npmrc_files(environ, node_prefix):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as error:
            failures.append(ConfigReadFailure(f"npmrc:{level}", path, str(error)))
            continue
        values = parse_npmrc(text, environ)
        settings.extend(CaSetting(f"npmrc:{level}", key, values[key], path, level) for key in keys if key in values)

    # npm reads npm_config_* case-insensitively, and "_" in the name stands for "-".
    for name, value in environ.items():
        lowered = name.lower()
        if lowered.startswith("npm_config_"):
            key = lowered.removeprefix("npm_config_").replace("_", "-")
            if key in keys:
                settings.append(CaSetting(f"env:{name}", key, value))
    return settings, failures


# --- git ---------------------------------------------------------------------------------------

GIT_KEYS = ("http.sslcainfo", "http.sslcapath", "http.sslbackend", "http.sslverify", "http.schannelusesslcainfo")
GIT_TIMEOUT_S = 10.0


def git_settings(
    environ: Mapping[str, str], runner: Runner = run_command
) -> tuple[list[CaSetting], list[ConfigReadFailure]]:
    """Ask git for its system and global TLS settings, lowest precedence first.

    Runs ``git config --system --list`` and ``git config --global --list`` with a clean
    environment (HOME, XDG_CONFIG_HOME, GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM
    of ``environ`` only), so no repository or remote is involved. git prints keys lower-cased.
    URL-specific keys (``http.<url>.sslCAInfo``) are returned under their full name.
    """
    env = clean_environment(
        environ, keep=("XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM")
    )
    settings: list[CaSetting] = []
    failures: list[ConfigReadFailure] = []
    for scope in ("system", "global"):
        result = runner(["git", "config", f"--{scope}", "--list"], env, GIT_TIMEOUT_S)
        if result.failure is not None:
            failures.append(ConfigReadFailure(f"git-config:{scope}", None, result.failure))
            break
        if result.returncode != 0:
            # git exits non-zero when the scope's file does not exist; that scope is just empty.
            continue
        for line in result.stdout.splitlines():
            key, _, value = line.partition("=")
            if key in GIT_KEYS or (
                key.startswith("http.") and key.rsplit(".", 1)[-1] in {k.split(".")[1] for k in GIT_KEYS}
            ):
                settings.append(CaSetting(f"git-config:{scope}", key, value, scope=scope))
    for variable, key in (
        ("GIT_SSL_CAINFO", "http.sslcainfo"),
        ("GIT_SSL_CAPATH", "http.sslcapath"),
        ("GIT_SSL_NO_VERIFY", "GIT_SSL_NO_VERIFY"),
    ):
        if variable in environ:
            settings.append(CaSetting(f"env:{variable}", key, environ[variable]))
    return settings, failures


# --- curl --------------------------------------------------------------------------------------


# A .curlrc line is a long option with or without dashes, then "=", ":" or blanks, then the value.
_CURLRC_LINE = re.compile(r"^-{0,2}(?P<name>[A-Za-z0-9-]+)(?:\s*[=:]\s*|\s+)?(?P<value>.*)$")


def curl_settings(environ: Mapping[str, str]) -> list[CaSetting]:
    """Return ``cacert``, ``capath`` and ``insecure`` from the user's .curlrc (curl 7.x/8.x, read unless -q)."""
    folder = Path(environ["CURL_HOME"]) if environ.get("CURL_HOME") else home_directory(environ)
    path = folder / ("_curlrc" if sys.platform == "win32" else ".curlrc")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    settings = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        match = _CURLRC_LINE.match(line)
        if match is None:
            continue
        name, value = match.group("name"), (match.group("value") or "").strip().strip('"')
        if name in ("cacert", "capath"):
            settings.append(CaSetting("curlrc", name, value, path))
        elif name in ("k", "insecure"):
            settings.append(CaSetting("curlrc", "insecure", "true", path))
    return settings


# --- node --------------------------------------------------------------------------------------

NODE_TIMEOUT_S = 15.0
_NODE_PROBE = (
    "console.log(JSON.stringify({version: process.versions.node, roots: require('tls').rootCertificates.length}))"
)


@dataclass(frozen=True)
class NodeRuntime:
    """What ``node`` on PATH reports: its version and the number of roots bundled into it."""

    version: tuple[int, int, int] | None
    bundled_roots: int | None
    failure: str | None = None
    executable_prefix: Path | None = None


# The probe's answer per node executable (resolved path, size, modification time). A cold start of
# node takes tens of milliseconds, and its bundled roots change only with the executable.
_node_cache: dict[tuple[str, int, int], NodeRuntime] = {}


def node_runtime(environ: Mapping[str, str], runner: Runner = run_command) -> NodeRuntime:
    """Ask node for its version and bundled root count; NODE_OPTIONS and NODE_EXTRA_CA_CERTS are left out.

    With the real runner, a successful answer is kept per node executable for the life of the process.
    """
    key = _node_executable_key(environ) if runner is run_command else None
    cached = _node_cache.get(key) if key is not None else None
    if cached is not None:
        return cached
    runtime = _probe_node(environ, runner)
    if key is not None and runtime.failure is None:
        _node_cache[key] = runtime
    return runtime


def clear_node_cache() -> None:
    """Forget every node probe result; benchmarks call it to measure a first scan."""
    _node_cache.clear()


def _node_executable_key(environ: Mapping[str, str]) -> tuple[str, int, int] | None:
    executable = shutil.which("node", path=clean_environment(environ)["PATH"])
    if executable is None:
        return None
    try:
        real = Path(executable).resolve()
        status = real.stat()
    except OSError:
        return None
    return (str(real), status.st_size, status.st_mtime_ns)


def _probe_node(environ: Mapping[str, str], runner: Runner) -> NodeRuntime:
    result = runner(["node", "-e", _NODE_PROBE], clean_environment(environ), NODE_TIMEOUT_S)
    if not result.succeeded:
        return NodeRuntime(None, None, result.failure or result.stderr.strip() or f"exit code {result.returncode}")
    try:
        report = json.loads(result.stdout)
        major, minor, patch = (int(part) for part in str(report["version"]).split(".")[:3])
        return NodeRuntime((major, minor, patch), int(report["roots"]), executable_prefix=_node_prefix(environ))
    except (ValueError, KeyError, TypeError) as error:
        return NodeRuntime(None, None, f"unexpected output: {error}")


def _node_prefix(environ: Mapping[str, str]) -> Path | None:
    executable = shutil.which("node", path=environ.get("PATH"))
    return Path(executable).resolve().parent.parent if executable else None
