"""Pure text editors for the files TrustDesk changes: each takes the current text and returns the new text.

Every editor leaves lines it does not own byte for byte as they were, keeps the file's line endings
(LF or CRLF), and returns its input unchanged when the setting is already in place, which is what
makes a second apply a no-op.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Mapping, Sequence

from configupdater import ConfigUpdater
from configupdater.option import Option

BLOCK_START = "# >>> TrustDesk >>>"
BLOCK_END = "# <<< TrustDesk <<<"
_BLOCK_NOTE = "# Set by TrustDesk. Undo it in TrustDesk (Journal) or with: trustdesk undo"


class EditError(Exception):
    """The file cannot be edited safely (it does not parse); the file is left as it is."""


def _split_newline(text: str) -> tuple[str, str]:
    newline = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n"), newline


def _join_newline(text: str, newline: str) -> str:
    return text.replace("\n", newline) if newline != "\n" else text


# --- INI files (AWS config, pip) through configupdater ------------------------------------------


def _parse_ini(text: str) -> ConfigUpdater:
    updater = ConfigUpdater()
    try:
        updater.read_string(text)
    except Exception as error:  # configupdater raises configparser errors and its own ParsingError.
        raise EditError(str(error)) from error
    return updater


def _set_option(updater: ConfigUpdater, section: str, key: str, value: str) -> None:
    """Set ``key`` in ``section``, right after the section's last option so trailing blank lines stay last."""
    if not updater.has_section(section):
        if updater.sections():
            updater[updater.sections()[-1]].add_after.space(1).section(section)
        else:
            updater.add_section(section)
    block = updater[section]
    if key in block:
        if block[key].value != value:
            block[key].value = value
        return
    options = [item for item in block.iter_blocks() if isinstance(item, Option)]
    if options:
        options[-1].add_after.option(key, value)
    else:
        block.set(key, value)


def _edit_ini(text: str, edit: Callable[[ConfigUpdater], None]) -> str:
    body, newline = _split_newline(text)
    if body and not body.endswith("\n"):
        body += "\n"
    updater = _parse_ini(body)
    edit(updater)
    result = str(updater)
    if result == body:
        return text
    return _join_newline(result, newline)


def aws_section_name(profile: str) -> str:
    """Return the config-file section of ``profile``: ``[default]`` or ``[profile NAME]`` (AWS CLI v2 docs)."""
    return "default" if profile == "default" else f"profile {profile}"


def aws_config_profiles(text: str) -> list[str]:
    """Return the profile names the AWS config file defines, in file order."""
    names = []
    for section in _parse_ini(_split_newline(text)[0]).sections():
        if section == "default":
            names.append("default")
        elif section.startswith("profile "):
            names.append(section.removeprefix("profile ").strip())
    return names


def set_aws_ca_bundle(text: str, profiles: Sequence[str], value: str) -> str:
    def edit(updater: ConfigUpdater) -> None:
        for profile in profiles:
            _set_option(updater, aws_section_name(profile), "ca_bundle", value)

    return _edit_ini(text, edit)


def set_pip_cert(text: str, value: str) -> str:
    """Set ``cert`` in [global], and in [install] / [download] where those already set their own."""

    def edit(updater: ConfigUpdater) -> None:
        _set_option(updater, "global", "cert", value)
        for section in ("install", "download"):
            if updater.has_section(section) and "cert" in updater[section]:
                _set_option(updater, section, "cert", value)

    return _edit_ini(text, edit)


# --- .npmrc ------------------------------------------------------------------------------------
# A line editor instead of an INI library: npm's `ini` package allows top-level keys before any
# section, `key[]` arrays and `${VAR}` references, which configparser and configupdater reject or
# rewrite. Only top-level lines (before the first [section]) are touched, and only whole lines.

_NPM_LINE = re.compile(r"^\s*(?P<key>[^=\s;#\[][^=]*?)\s*=\s*(?P<value>.*?)\s*$")


def _npm_value(value: str) -> str:
    if any(character in value for character in ";#\"'") or value != value.strip():
        # npm's ini parser reads a double-quoted value as JSON, so any path survives quoting.
        return json_quote(value)
    return value


def json_quote(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _top_level_lines(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            return index
    return len(lines)


def set_npm_key(text: str, key: str, value: str) -> str:
    """Set every top-level ``key`` line to ``value`` (npm keeps the last of repeated keys), else add one."""
    body, newline = _split_newline(text)
    lines = body.split("\n") if body else []
    end = _top_level_lines(lines)
    wanted = f"{key}={_npm_value(value)}"
    found = False
    for index in range(end):
        match = _NPM_LINE.match(lines[index])
        if match and match.group("key").lower() == key:
            found = True
            if _unquote(match.group("value")) != value:
                lines[index] = wanted
    if not found:
        # Before the first section, and before the empty string that a final newline leaves in ``lines``.
        position = end - 1 if end == len(lines) and lines and lines[-1] == "" else end
        lines.insert(position, wanted)
        if not body or (not body.endswith("\n") and end == len(lines) - 1):
            lines.append("")
    result = "\n".join(lines)
    return text if result == body else _join_newline(result, newline)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def remove_npm_key(text: str, key: str, matches: Callable[[str], bool]) -> str:
    """Remove top-level ``key`` lines whose value satisfies ``matches``."""
    body, newline = _split_newline(text)
    lines = body.split("\n")
    end = _top_level_lines(lines)
    kept = []
    for index, line in enumerate(lines):
        match = _NPM_LINE.match(line) if index < end else None
        if match and match.group("key").lower() == key and matches(_unquote(match.group("value"))):
            continue
        kept.append(line)
    result = "\n".join(kept)
    return text if result == body else _join_newline(result, newline)


# --- shell profiles and environment.d ----------------------------------------------------------


def _block_bounds(lines: list[str]) -> tuple[int, int] | None:
    try:
        start = lines.index(BLOCK_START)
        end = lines.index(BLOCK_END, start)
    except ValueError:
        return None
    return start, end


def profile_block_values(text: str) -> dict[str, str]:
    """Return the variables exported in TrustDesk's marked block of a shell profile."""
    lines = _split_newline(text)[0].split("\n")
    bounds = _block_bounds(lines)
    if bounds is None:
        return {}
    values = {}
    for line in lines[bounds[0] + 1 : bounds[1]]:
        if line.startswith("export ") and "=" in line:
            name, _, raw = line.removeprefix("export ").partition("=")
            parts = shlex.split(raw)
            values[name] = parts[0] if parts else ""
    return values


def set_profile_block(text: str, values: Mapping[str, str]) -> str:
    """Add ``values`` to TrustDesk's marked block (created at the end of the file), keeping its other variables."""
    merged = {**profile_block_values(text), **values}
    block = [BLOCK_START, _BLOCK_NOTE]
    block += [f"export {name}={shlex.quote(merged[name])}" for name in sorted(merged)]
    block.append(BLOCK_END)

    body, newline = _split_newline(text)
    lines = body.split("\n") if body else []
    bounds = _block_bounds(lines)
    if bounds is not None:
        lines[bounds[0] : bounds[1] + 1] = block
        result = "\n".join(lines)
    else:
        prefix = body
        if prefix and not prefix.endswith("\n"):
            prefix += "\n"
        if prefix:
            prefix += "\n"
        result = prefix + "\n".join(block) + "\n"
    return text if result == body else _join_newline(result, newline)


# environment.d(5): "KEY=VALUE" lines; "$" starts a variable reference and "\" escapes, so a value
# with either (or a quote or newline) is refused by the caller rather than escaped here.
ENVIRONMENT_D_UNSAFE = re.compile(r"[$\\\"'\n\r]")


def environment_d_values(text: str) -> dict[str, str]:
    values = {}
    for line in text.splitlines():
        if line.strip().startswith("#") or "=" not in line:
            continue
        name, _, value = line.partition("=")
        values[name.strip()] = value.strip()
    return values


def set_environment_d(text: str, values: Mapping[str, str]) -> str:
    """Return TrustDesk's own environment.d file with ``values`` merged into the ones it already sets."""
    merged = {**environment_d_values(text), **values}
    lines = [_BLOCK_NOTE] + [f"{name}={merged[name]}" for name in sorted(merged)]
    result = "\n".join(lines) + "\n"
    return text if result == text else result


def assignment_pattern(name: str) -> re.Pattern[str]:
    """Match a line that sets ``name``: ``NAME=v``, ``export NAME=v`` or ``export NAME="v"``."""
    return re.compile(rf"^\s*(?:export\s+)?{re.escape(name)}=(?P<value>.*?)\s*(?:#.*)?$")


def remove_assignments(text: str, name: str, matches: Callable[[str], bool]) -> str:
    """Remove every line that sets ``name`` to a value satisfying ``matches``."""
    pattern = assignment_pattern(name)
    body, newline = _split_newline(text)
    kept = []
    for line in body.split("\n"):
        match = pattern.match(line)
        if match and matches(_shell_value(match.group("value"))):
            continue
        kept.append(line)
    result = "\n".join(kept)
    return text if result == body else _join_newline(result, newline)


def _shell_value(raw: str) -> str:
    try:
        parts = shlex.split(raw)
    except ValueError:
        return raw
    return parts[0] if parts else ""
