"""Apply a plan change by change, journaling each one first, and undo journal entries exactly.

Order of one file change: store the before/after blobs, record the entry as ``pending``, write the
file with ``write_atomic`` (which keeps ``FILE.bak``), then mark the entry ``done``. A process killed
at any point leaves every file either as it was or as planned, and the entry records which bytes
to compare, so undo works after a crash as after a clean run.

Undo restores ``before`` only when the target still holds ``after``. A target changed since (by the
user, or by a newer change that is not undone yet) is reported as a conflict and left alone.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.configure import upkeep
from trustdesk.configure.environment import Context
from trustdesk.configure.journal import EntryStatus, Journal, JournalEntry, State, now_text
from trustdesk.configure.model import Action, Change, ChangeKind, Plan, VariableState
from trustdesk.configure.plan import plan_own_files, read_optional
from trustdesk.fileio import write_atomic
from trustdesk.stores.tools import ProblemCode, ToolId, ToolTrust, TrustMode, resolve_tools

log = logging.getLogger(__name__)


class Restart(enum.Enum):
    """A kind of running program that keeps the old settings until restarted."""

    TERMINALS = "terminals"  # shells read variables at start
    IDES = "ides"  # VS Code, PyCharm and their terminals inherit variables at start
    SIGN_OUT = "sign-out"  # programs started from the desktop get environment.d / launchd values at login
    NODE_PROGRAMS = "node-programs"  # Node reads NODE_EXTRA_CA_CERTS once at start
    PYTHON_PROGRAMS = "python-programs"  # running Python programs and notebooks keep the old variables


@dataclass(frozen=True)
class ChangeFailure:
    change_id: str
    target: str
    detail: str


@dataclass(frozen=True)
class ApplyResult:
    """The outcome of one apply. ``green`` maps each chosen tool to whether the resolver now shows it trusting the CAs."""

    batch: str
    applied: tuple[JournalEntry, ...]
    unchanged: tuple[str, ...]
    not_selected: tuple[str, ...]
    failure: ChangeFailure | None
    tools: tuple[ToolTrust, ...] = ()
    green: Mapping[ToolId, bool] = field(default_factory=dict)
    restart: tuple[Restart, ...] = ()
    bundle: Path | None = None

    @property
    def all_green(self) -> bool:
        return bool(self.green) and all(self.green.values())


def default_selection(plan: Plan, fix_insecure: bool = False) -> set[str]:
    return {change.change_id for change in plan.changes if fix_insecure or not change.insecure_fix}


def apply_plan(
    plan: Plan,
    ctx: Context,
    journal: Journal,
    selected: Collection[str] | None = None,
    *,
    organisation: Sequence[x509.Certificate] = (),
    recheck_tools: bool = True,
) -> ApplyResult:
    """Apply the ``selected`` changes of ``plan`` (default: all but the insecure fixes), in plan order.

    Stops at the first change that fails; the ones before it stay applied and journaled. With
    ``recheck_tools`` the resolver runs again on the environment a new login will have.
    """
    chosen = default_selection(plan) if selected is None else set(selected)
    batch = journal.new_batch()
    applied: list[JournalEntry] = []
    unchanged: list[str] = []
    not_selected: list[str] = []
    failure: ChangeFailure | None = None
    backends_used: set[str] = set()

    for index, change in enumerate(plan.changes):
        if change.change_id not in chosen:
            not_selected.append(change.change_id)
            continue
        entry_id = f"{batch}-{index:02d}"
        try:
            entry = _apply_one(change, ctx, journal, batch, entry_id)
        except Exception as error:  # Any failure stops the run; the entry, if recorded, is marked failed.
            log.error("Applying %s to %s failed: %s", change.change_id, change.target, error)
            failure = ChangeFailure(change.change_id, change.target, f"{type(error).__name__}: {error}")
            recorded = journal.find(entry_id)
            if recorded is not None:
                recorded.status = EntryStatus.FAILED
                recorded.detail = failure.detail
                journal.update(recorded)
            break
        if entry is None:
            unchanged.append(change.change_id)
            continue
        applied.append(entry)
        if change.kind is ChangeKind.VARIABLE:
            backends_used.add(change.backend)

    for backend in sorted(backends_used):
        try:
            ctx.backend(backend).notify()
        except OSError as error:
            log.warning("Announcing the new variables through %s failed: %s", backend, error)

    done = {entry.change_id for entry in applied} | set(unchanged)
    result = ApplyResult(
        batch,
        tuple(applied),
        tuple(unchanged),
        tuple(not_selected),
        failure,
        restart=restart_hints(plan, done, ctx.platform),
        bundle=plan.bundle,
    )
    if recheck_tools and failure is None:
        trusts = verify_tools(plan, ctx, organisation, done)
        green = {tool: is_green(trust, plan) for trust in trusts for tool in (trust.tool,) if tool in plan.tools}
        result = ApplyResult(
            result.batch,
            result.applied,
            result.unchanged,
            result.not_selected,
            None,
            tuple(trusts),
            green,
            result.restart,
            result.bundle,
        )
    if (
        organisation
        and failure is None
        and any(c.action is Action.BUILD_BUNDLE and c.change_id in done for c in plan.changes)
    ):
        upkeep.write_state(ctx.data_folder(), organisation, [plan.bundle, plan.node_certificates])
    log.info("Applied batch %s: %d changed, %d already in place", batch, len(applied), len(unchanged))
    return result


def _apply_one(change: Change, ctx: Context, journal: Journal, batch: str, entry_id: str) -> JournalEntry | None:
    if change.kind is ChangeKind.FILE:
        return _apply_file(change, journal, batch, entry_id)
    return _apply_variable(change, ctx, journal, batch, entry_id)


def _new_entry(change: Change, batch: str, entry_id: str, before: State, after: State) -> JournalEntry:
    return JournalEntry(
        entry_id=entry_id,
        batch=batch,
        created=now_text(),
        change_id=change.change_id,
        action=change.action.value,
        kind=change.kind,
        target=change.target,
        tools=tuple(tool.value for tool in change.tools),
        before=before,
        after=after,
        status=EntryStatus.PENDING,
        backend=change.backend,
        facts=dict(change.facts),
    )


def _apply_file(change: Change, journal: Journal, batch: str, entry_id: str) -> JournalEntry | None:
    assert change.render_file is not None
    path = Path(change.target)
    current = read_optional(path)
    after = change.render_file(current)
    if after == current:
        return None
    backup = _backup_path(path)
    entry = _new_entry(change, batch, entry_id, journal.file_state(current), journal.file_state(after))
    entry.backup_before = journal.file_state(read_optional(backup))
    journal.record(entry)

    _write_file(path, after, backup=True, validate=change)
    entry.status = EntryStatus.DONE
    journal.update(entry)
    return entry


def _backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _write_file(path: Path, data: bytes | None, *, backup: bool, validate: Change | None = None) -> None:
    if data is None:
        current = read_optional(path)
        if backup and current is not None:
            write_atomic(_backup_path(path), current, backup=False)
        path.unlink(missing_ok=True)
        log.info("Removed %s", path)
        return
    check = validate.validate if validate is not None else None
    write_atomic(path, data, backup=backup, validate=check)


def _apply_variable(change: Change, ctx: Context, journal: Journal, batch: str, entry_id: str) -> JournalEntry | None:
    assert change.render_variable is not None
    backend = ctx.backend(change.backend)
    current = backend.read(change.target)
    after = change.render_variable(current)
    if after == current:
        return None
    entry = _new_entry(change, batch, entry_id, State.of_variable(current), State.of_variable(after))
    journal.record(entry)
    backend.write(change.target, after)
    entry.status = EntryStatus.DONE
    journal.update(entry)
    return entry


# --- after applying ---------------------------------------------------------------------------


def new_login_environment(plan: Plan, ctx: Context, done: Collection[str]) -> dict[str, str]:
    """Return the variables a new login shell will see: this process's plus the applied variable changes."""
    environ = dict(ctx.environ)
    planned = {change.change_id for change in plan.changes}
    for name, value in plan.variables.items():
        # A change missing from the plan was already in place, so its variable counts as well.
        writers = plan.variable_changes.get(name, ())
        if not any(change_id in done or change_id not in planned for change_id in writers):
            continue
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return environ


def verify_tools(
    plan: Plan, ctx: Context, organisation: Sequence[x509.Certificate], done: Collection[str]
) -> list[ToolTrust]:
    fingerprints = {sha256_fingerprint(certificate) for certificate in organisation}
    return resolve_tools(fingerprints, new_login_environment(plan, ctx, done), runner=ctx.runner)


# Findings that leave a tool working: another, lower setting exists, or a variable the tool ignores.
_HARMLESS = frozenset({ProblemCode.SHADOWED, ProblemCode.SETTING_IGNORED})


def is_green(trust: ToolTrust, plan: Plan) -> bool:
    """Return True when ``trust`` points at TrustDesk's file for the tool and nothing is wrong with it."""
    if trust.mode is TrustMode.DISABLED or trust.path is None:
        return False
    if trust.codes() - _HARMLESS:
        return False
    wanted = plan.node_certificates if trust.tool in (ToolId.NODE, ToolId.AWS_SDK_JS_V3) else plan.bundle
    return trust.path == wanted


def restart_hints(plan: Plan, done: Collection[str], platform: str) -> tuple[Restart, ...]:
    changed = [change for change in plan.changes if change.change_id in done]
    hints: list[Restart] = []
    variables = [
        change
        for change in changed
        if change.kind is ChangeKind.VARIABLE
        or change.action in (Action.ENVIRONMENT_FILE, Action.SHELL_PROFILE, Action.REMOVE_INSECURE_VARIABLE)
    ]
    if variables:
        hints += [Restart.TERMINALS, Restart.IDES]
        if platform != "win32":
            hints.append(Restart.SIGN_OUT)
        hints.append(Restart.PYTHON_PROGRAMS)
    if any(ToolId.NODE in change.tools or ToolId.AWS_SDK_JS_V3 in change.tools for change in changed):
        hints.append(Restart.NODE_PROGRAMS)
    return tuple(hints)


# --- undo ------------------------------------------------------------------------------------


class UndoConflict(Exception):
    """The target no longer contains what TrustDesk wrote, so undoing would lose a later edit."""

    def __init__(self, entry: JournalEntry) -> None:
        super().__init__(f"{entry.target} was changed after TrustDesk's change {entry.entry_id}")
        self.entry = entry


@dataclass(frozen=True)
class UndoResult:
    undone: tuple[JournalEntry, ...]
    conflict: JournalEntry | None = None
    failure: ChangeFailure | None = None
    restart: tuple[Restart, ...] = ()


def undo(journal: Journal, ctx: Context, entry_ids: Sequence[str] | None = None) -> UndoResult:
    """Undo the given entries (all undoable ones when None), newest first; stop at the first conflict.

    Raises ``KeyError`` for an unknown entry id.
    """
    entries = journal.entries()
    if entry_ids is None:
        targets = [entry for entry in entries if entry.undoable]
    else:
        by_id = {entry.entry_id: entry for entry in entries}
        targets = [by_id[entry_id] for entry_id in entry_ids]
        targets = [entry for entry in targets if entry.undoable]
    targets.sort(key=lambda entry: entries.index(entry), reverse=True)

    undone: list[JournalEntry] = []
    backends_used: set[str] = set()
    conflict: JournalEntry | None = None
    failure: ChangeFailure | None = None
    for entry in targets:
        try:
            _undo_one(entry, ctx, journal)
        except UndoConflict:
            log.warning("Undo of %s stopped: %s was changed since", entry.entry_id, entry.target)
            conflict = entry
            break
        except Exception as error:  # Reported to the user with the entry; the journal keeps the entry undoable.
            log.error("Undo of %s (%s) failed: %s", entry.entry_id, entry.target, error)
            failure = ChangeFailure(entry.change_id, entry.target, f"{type(error).__name__}: {error}")
            break
        entry.status = EntryStatus.UNDONE
        entry.undone = now_text()
        journal.update(entry)
        undone.append(entry)
        if entry.kind is ChangeKind.VARIABLE:
            backends_used.add(entry.backend)
    for backend in sorted(backends_used):
        try:
            ctx.backend(backend).notify()
        except OSError as error:
            log.warning("Announcing the restored variables through %s failed: %s", backend, error)
    variable_like = {Action.ENVIRONMENT_FILE.value, Action.SHELL_PROFILE.value, Action.REMOVE_INSECURE_VARIABLE.value}
    restart: tuple[Restart, ...] = ()
    if any(entry.kind is ChangeKind.VARIABLE or entry.action in variable_like for entry in undone):
        restart = (Restart.TERMINALS, Restart.IDES)
        if ctx.platform != "win32":
            restart += (Restart.SIGN_OUT,)
    return UndoResult(tuple(undone), conflict, failure, restart)


def _undo_one(entry: JournalEntry, ctx: Context, journal: Journal) -> None:
    if entry.kind is ChangeKind.VARIABLE:
        backend = ctx.backend(entry.backend)
        value = backend.read(entry.target)
        old_value, new_value = entry.before.variable(), entry.after.variable()
        if _same_variable(value, new_value):
            backend.write(entry.target, old_value)
        elif not _same_variable(value, old_value):
            raise UndoConflict(entry)
        return

    path = Path(entry.target)
    current = read_optional(path)
    before = journal.file_bytes(entry.before)
    after = journal.file_bytes(entry.after)
    if current == after and current != before:
        _write_file(path, before, backup=False)
    elif current != before:
        raise UndoConflict(entry)
    _remove_orphaned_temporaries(path)
    if entry.backup_before is not None:
        backup = _backup_path(path)
        wanted = journal.file_bytes(entry.backup_before)
        if read_optional(backup) != wanted:
            _write_file(backup, wanted, backup=False)


def _remove_orphaned_temporaries(path: Path) -> None:
    """Remove temporary files ``write_atomic`` left beside ``path`` when a process was killed mid-write.

    They are named ``.NAME.<random>.tmp`` (and ``.NAME.bak.<random>.tmp`` for the backup), a pattern
    only ``write_atomic`` uses, so nothing else in the folder matches.
    """
    for orphan in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        log.info("Removing %s, left by an interrupted write", orphan)
        orphan.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{character}]" if character in "*?[" else character for character in name)


def _same_variable(left: VariableState | None, right: VariableState | None) -> bool:
    if left is None or right is None:
        return left is right
    return left.value == right.value


# --- keeping the bundle current ----------------------------------------------------------------


def refresh_bundle(
    ctx: Context, journal: Journal, organisation: Sequence[x509.Certificate], *, force: bool = False
) -> ApplyResult | None:
    """Rebuild the merged bundle and the Node PEM when stale (or ``force``), journaled; None when not needed.

    Only files that exist already are rebuilt: before the first apply or build there is nothing to keep.
    """
    folder = ctx.data_folder()
    if not organisation or not (force or upkeep.is_stale(folder, organisation)):
        return None
    existing_tools: list[ToolId] = []
    if (folder / upkeep.BUNDLE_NAME).is_file():
        existing_tools.append(ToolId.REQUESTS)
    if (folder / upkeep.NODE_CERTIFICATES_NAME).is_file():
        existing_tools.append(ToolId.NODE)
    if not existing_tools:
        return None
    plan = plan_own_files(ctx, organisation, existing_tools)
    result = apply_plan(plan, ctx, journal, organisation=organisation, recheck_tools=False)
    if result.failure is None:
        upkeep.write_state(folder, organisation, [plan.bundle, plan.node_certificates])
    log.info("Bundle upkeep: %d files rebuilt", len(result.applied))
    return result
