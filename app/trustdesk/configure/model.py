"""The records a plan is made of: changes to files or variables, the tools they serve, and skipped tools.

A ``Change`` carries a ``render`` function instead of fixed new bytes, so that two selected changes
to the same file (the CA setting and the removal of an insecure key in ``~/.npmrc``) apply one after
the other, each to the content the previous one left. ``before`` and ``after`` are what the preview
shows: the current content and the content this change alone would produce.
"""

from __future__ import annotations

import difflib
import enum
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from trustdesk.stores.tools import ToolId


class ChangeKind(enum.Enum):
    FILE = "file"
    VARIABLE = "variable"


class Action(enum.Enum):
    """What a change does, as a stable code; the GUI and the command line turn it into a sentence."""

    BUILD_BUNDLE = "build-bundle"
    WRITE_NODE_CERTIFICATES = "write-node-certificates"
    AWS_CA_BUNDLE = "aws-config-ca-bundle"
    PIP_CERT = "pip-cert"
    NPM_CAFILE = "npm-cafile"
    GIT_SSL_CA_INFO = "git-ssl-ca-info"
    ENVIRONMENT_FILE = "environment-file"
    SHELL_PROFILE = "shell-profile"
    SET_VARIABLE = "set-variable"
    REMOVE_INSECURE_VARIABLE = "remove-insecure-variable"
    REMOVE_NPM_STRICT_SSL = "remove-npm-strict-ssl"
    REMOVE_GIT_SSL_VERIFY = "remove-git-ssl-verify"
    REMOVE_PIP_TRUSTED_HOST = "remove-pip-trusted-host"


class SkipReason(enum.Enum):
    """Why a selected tool gets no change."""

    GIT_SCHANNEL = "git-schannel"
    PROGRAM_MISSING = "program-missing"
    CONFIG_UNREADABLE = "config-unreadable"
    NOT_SUPPORTED = "not-supported"
    INSECURE_OUTSIDE_USER_FILES = "insecure-outside-user-files"
    NPM_INLINE_CA = "npm-inline-ca"


@dataclass(frozen=True)
class VariableState:
    """A user environment variable's value; ``registry_type`` is the Windows value type (REG_SZ = 1) when known."""

    value: str
    registry_type: int | None = None


FileRender = Callable[[bytes | None], bytes | None]
VariableRender = Callable[[VariableState | None], VariableState | None]


@dataclass(frozen=True)
class Change:
    """One change the user can tick or untick in the preview.

    ``target`` is an absolute file path (``FILE``) or a variable name (``VARIABLE``, written through
    ``backend``). ``insecure_fix`` changes remove a setting that turns verification off; they are
    applied only with explicit consent and start unticked.
    """

    change_id: str
    kind: ChangeKind
    action: Action
    tools: tuple[ToolId, ...]
    target: str
    before: bytes | VariableState | None
    after: bytes | VariableState | None
    render_file: FileRender | None = field(default=None, repr=False, compare=False)
    render_variable: VariableRender | None = field(default=None, repr=False, compare=False)
    # Called with the temporary file before it replaces ``target`` (the merged bundle's ssl check).
    validate: Callable[[Path], None] | None = field(default=None, repr=False, compare=False)
    backend: str = ""
    insecure_fix: bool = False
    facts: Mapping[str, str] = field(default_factory=dict)

    @property
    def selected_by_default(self) -> bool:
        return not self.insecure_fix

    def diff(self) -> str:
        """Return the preview: a unified diff for a file, ``NAME: old → new`` for a variable."""
        if self.kind is ChangeKind.VARIABLE:
            old = _variable_text(self.before)
            new = _variable_text(self.after)
            return f"{self.target}: {old} \u2192 {new}"
        if self.action is Action.BUILD_BUNDLE:
            # Thousands of certificate lines say nothing to a reader; the sizes and digests do.
            return f"{self.target}: {_size_text(self.before)} \u2192 {_size_text(self.after)}\n"
        return unified_diff(self.target, _as_bytes(self.before), _as_bytes(self.after))


@dataclass(frozen=True)
class Skipped:
    tool: ToolId | None
    reason: SkipReason
    facts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    """The changes needed for the chosen tools, in the order they are applied, and what was skipped."""

    tools: tuple[ToolId, ...]
    changes: tuple[Change, ...]
    skipped: tuple[Skipped, ...]
    bundle: Path
    node_certificates: Path
    # The variables a new login will see once every change is applied; the check after applying uses them.
    variables: Mapping[str, str | None] = field(default_factory=dict)
    # For each of those variables, the changes that write it; it counts only when one of them is applied.
    variable_changes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def change(self, change_id: str) -> Change:
        for change in self.changes:
            if change.change_id == change_id:
                return change
        raise KeyError(change_id)


class PlanError(Exception):
    """A plan cannot be made; ``code`` is stable ("no-organisation-ca", "unsafe-path", "bundle-failed")."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def unified_diff(path: str, before: bytes | None, after: bytes | None) -> str:
    old = _decode(before).splitlines(keepends=True)
    new = _decode(after).splitlines(keepends=True)
    old_name = path if before is not None else "/dev/null"
    new_name = path if after is not None else "/dev/null"
    lines = list(difflib.unified_diff(old, new, old_name, new_name, n=2))
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _decode(data: bytes | None) -> str:
    return "" if data is None else data.decode("utf-8", errors="replace")


def _as_bytes(value: bytes | VariableState | None) -> bytes | None:
    return value if isinstance(value, bytes) else None


def _size_text(value: bytes | VariableState | None) -> str:
    if isinstance(value, bytes):
        return f"{len(value)} bytes, SHA-256 {hashlib.sha256(value).hexdigest()[:16]}"
    return "(absent)"


def _variable_text(value: bytes | VariableState | None) -> str:
    if isinstance(value, VariableState):
        return value.value
    return "(not set)"
