"""One full scan for the Stores and Tools views and the command line: every store, linted, and every tool.

The scan runs on a worker thread. It reports each step through ``progress`` and stops between
steps when ``cancel`` is set, raising ``ScanCancelled``; a step already running (a ``node`` or
``git`` subprocess, bounded by its own timeout) is finished first.
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustdesk.stores.commands import Runner, run_command
from trustdesk.stores.inventory import TrustStore

if TYPE_CHECKING:
    # stores.tools imports botocore.session (about 0.3 s), so the window imports it only when it scans.
    from trustdesk.stores.tools import ToolTrust

log = logging.getLogger(__name__)


class ScanStep(enum.Enum):
    """The step a scan is on, for the status text; the GUI translates each value."""

    STORES = "stores"
    TOOLS = "tools"


class ScanCancelled(Exception):
    """The caller set the cancel event; nothing of the scan is returned."""


@dataclass(frozen=True)
class ScanReport:
    """Every store (with its certificates and lint findings) and every tool's effective trust."""

    stores: tuple[TrustStore, ...]
    tools: tuple[ToolTrust, ...]
    organisation_fingerprints: frozenset[str]
    merged_bundle: Path


def scan_trust(
    merged_bundle: Path,
    organisation_fingerprints: set[str],
    environ: Mapping[str, str] | None = None,
    *,
    runner: Runner = run_command,
    include_system: bool = True,
    cancel: threading.Event | None = None,
    progress: Callable[[ScanStep], None] | None = None,
) -> ScanReport:
    """List and lint every store, then resolve every tool; raise ``ScanCancelled`` when ``cancel`` is set."""
    from trustdesk.stores.catalogue import all_stores
    from trustdesk.stores.tools import resolve_tools

    environ = dict(os.environ if environ is None else environ)

    def step(current: ScanStep) -> None:
        if cancel is not None and cancel.is_set():
            log.info("Trust scan cancelled before step %s", current.value)
            raise ScanCancelled()
        if progress is not None:
            progress(current)

    step(ScanStep.STORES)
    stores = all_stores(merged_bundle, organisation_fingerprints, environ, runner=runner, include_system=include_system)
    step(ScanStep.TOOLS)
    tools = resolve_tools(organisation_fingerprints, environ, runner=runner)
    if cancel is not None and cancel.is_set():
        raise ScanCancelled()
    log.info("Trust scan found %d stores and resolved %d tools", len(stores), len(tools))
    return ScanReport(tuple(stores), tuple(tools), frozenset(organisation_fingerprints), merged_bundle)
