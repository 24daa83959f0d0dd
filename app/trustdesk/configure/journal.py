"""The journal of every change TrustDesk made to a file or variable, kept so each one can be undone exactly.

An entry is written as ``pending`` before its change is applied and marked ``done`` afterwards, so a
crash between the two still leaves a record that undo can act on: undo compares the target with the
recorded ``before`` and ``after`` states and restores ``before`` only when it finds ``after``.

File contents are kept as content-addressed blobs (``blobs/<sha256>``) beside ``journal.json``, so the
JSON stays small even though merged bundles are hundreds of kilobytes. Blobs are written before the
entry that names them, and the JSON is replaced atomically (``fileio.write_atomic``) on every update.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trustdesk import paths
from trustdesk.configure.model import ChangeKind, VariableState
from trustdesk.fileio import write_atomic

log = logging.getLogger(__name__)

JOURNAL_VERSION = 1


class EntryStatus(enum.Enum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    UNDONE = "undone"


class JournalError(Exception):
    """The journal or one of its blobs is unreadable or damaged; nothing was changed."""


@dataclass(frozen=True)
class State:
    """A target's state: absent, file bytes (by SHA-256 blob), or a variable value."""

    present: bool
    sha256: str | None = None
    value: str | None = None
    registry_type: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None or key == "present"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> State:
        return cls(
            bool(data["present"]),
            data.get("sha256"),
            data.get("value"),
            data.get("registry_type"),
        )

    @classmethod
    def of_variable(cls, state: VariableState | None) -> State:
        if state is None:
            return cls(False)
        return cls(True, value=state.value, registry_type=state.registry_type)

    def variable(self) -> VariableState | None:
        if not self.present:
            return None
        return VariableState(self.value or "", self.registry_type)


@dataclass
class JournalEntry:
    """One applied (or attempted) change. ``backup_before`` is the state of ``target.bak`` before the write."""

    entry_id: str
    batch: str
    created: str
    change_id: str
    action: str
    kind: ChangeKind
    target: str
    tools: tuple[str, ...]
    before: State
    after: State
    status: EntryStatus
    backend: str = ""
    backup_before: State | None = None
    detail: str = ""
    undone: str = ""
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def undoable(self) -> bool:
        return self.status is not EntryStatus.UNDONE

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "batch": self.batch,
            "created": self.created,
            "change_id": self.change_id,
            "action": self.action,
            "kind": self.kind.value,
            "target": self.target,
            "backend": self.backend,
            "tools": list(self.tools),
            "before": self.before.to_json(),
            "after": self.after.to_json(),
            "backup_before": self.backup_before.to_json() if self.backup_before is not None else None,
            "status": self.status.value,
            "detail": self.detail,
            "undone": self.undone,
            "facts": dict(self.facts),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JournalEntry:
        backup = data.get("backup_before")
        return cls(
            entry_id=str(data["id"]),
            batch=str(data["batch"]),
            created=str(data["created"]),
            change_id=str(data["change_id"]),
            action=str(data["action"]),
            kind=ChangeKind(data["kind"]),
            target=str(data["target"]),
            tools=tuple(str(tool) for tool in data.get("tools", ())),
            before=State.from_json(data["before"]),
            after=State.from_json(data["after"]),
            status=EntryStatus(data["status"]),
            backend=str(data.get("backend", "")),
            backup_before=State.from_json(backup) if backup else None,
            detail=str(data.get("detail", "")),
            undone=str(data.get("undone", "")),
            facts={str(key): str(value) for key, value in dict(data.get("facts", {})).items()},
        )


def default_folder() -> Path:
    return paths.data_dir() / "journal"


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Journal:
    """The journal file and its blob folder. Every method that changes it saves it before returning."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()
        self.path = self.folder / "journal.json"
        self.blob_folder = self.folder / "blobs"
        self._entries: list[JournalEntry] | None = None

    def entries(self) -> list[JournalEntry]:
        """Return every entry, oldest first. Raises ``JournalError`` when the file is damaged."""
        if self._entries is None:
            self._entries = self._load()
        return list(self._entries)

    def find(self, entry_id: str) -> JournalEntry | None:
        return next((entry for entry in self.entries() if entry.entry_id == entry_id), None)

    def new_batch(self) -> str:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        return stamp

    def record(self, entry: JournalEntry) -> None:
        entries = self.entries()
        entries.append(entry)
        self._save(entries)

    def update(self, entry: JournalEntry) -> None:
        entries = [entry if old.entry_id == entry.entry_id else old for old in self.entries()]
        self._save(entries)

    def store_blob(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self.blob_folder / digest
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            write_atomic(path, data, backup=False)
        return digest

    def blob(self, digest: str) -> bytes:
        try:
            data = (self.blob_folder / digest).read_bytes()
        except OSError as error:
            raise JournalError(f"journal blob {digest} cannot be read: {error}") from error
        if hashlib.sha256(data).hexdigest() != digest:
            raise JournalError(f"journal blob {digest} is damaged")
        return data

    def file_state(self, data: bytes | None) -> State:
        if data is None:
            return State(False)
        return State(True, sha256=self.store_blob(data))

    def file_bytes(self, state: State) -> bytes | None:
        if not state.present or state.sha256 is None:
            return None
        return self.blob(state.sha256)

    def _load(self) -> list[JournalEntry]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as error:
            raise JournalError(f"cannot read {self.path}: {error}") from error
        try:
            data = json.loads(text)
            return [JournalEntry.from_json(item) for item in data["entries"]]
        except (ValueError, KeyError, TypeError) as error:
            raise JournalError(f"{self.path} is damaged: {error}") from error

    def _save(self, entries: list[JournalEntry]) -> None:
        document = {"version": JOURNAL_VERSION, "entries": [entry.to_json() for entry in entries]}
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        write_atomic(self.path, text.encode("utf-8"))
        self._entries = entries
        log.debug("Journal %s saved with %d entries", self.path, len(entries))
