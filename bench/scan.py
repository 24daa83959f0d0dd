"""Store-scan benchmark: a full scan and lint of every trust store over a raw parse of the same files.

The scan is ``stores.catalogue.all_stores`` as the Stores view and ``trustdesk stores`` run it: the
OS stores, certifi, botocore's bundle, the merged bundle, every file a variable or config file names
(the ``git config`` queries included), and node's bundled roots, with every certificate linted. The
baseline reads each distinct file those stores name (links resolved, each real file once) and parses
it with ``cryptography.x509.load_pem_x509_certificates``.

Each round times both in this process, alternating; the figure is the median over the rounds.
"cold" rounds first clear every cache of the scan (files read, certificates parsed, findings,
store records, node's answer), as the first scan after start finds them; "warm" rounds keep them,
as a refresh in the window does (files are only checked for changes, node is not started again,
``git config`` runs again). A second line times the whole window scan (``stores.scan.scan_trust``:
stores plus the per-tool resolution) the same way.

Usage: .venv/bin/python bench/scan.py [--rounds N]
Target: ratio <= 2 for the full scan and lint ("stores").
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from cryptography import x509

from trustdesk import paths
from trustdesk.certs.lint import clear_trust_anchor_cache
from trustdesk.certs.reader import clear_certificate_cache
from trustdesk.stores.catalogue import all_stores
from trustdesk.stores.inventory import TrustStore, clear_read_cache
from trustdesk.stores.scan import scan_trust
from trustdesk.stores.settings import clear_node_cache


def store_files(stores: list[TrustStore]) -> list[Path]:
    """Return each distinct regular file the stores were read from (folders give their files)."""
    files: dict[Path, None] = {}
    for store in stores:
        if store.path is None or store.error is not None:
            continue
        candidates = sorted(store.path.iterdir()) if store.path.is_dir() else [store.path]
        for candidate in candidates:
            real = candidate.resolve()
            if real.is_file():
                files[real] = None
    return list(files)


def raw_parse(files: list[Path]) -> int:
    count = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # negative serial numbers in some public roots
        for path in files:
            # A file of an anchor folder may hold no PEM certificate.
            with contextlib.suppress(ValueError):
                count += len(x509.load_pem_x509_certificates(path.read_bytes()))
    return count


def clear_caches() -> None:
    clear_read_cache()
    clear_trust_anchor_cache()
    clear_certificate_cache()
    clear_node_cache()


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    arguments = parser.parse_args()

    merged = paths.merged_bundle_path()
    stores = all_stores(merged, set())
    files = store_files(stores)
    certificates = raw_parse(files)
    distinct = len({entry.fingerprint for store in stores for entry in store.certificates})
    print(
        f"{len(stores)} stores, {len(files)} distinct files, {certificates} certificates in them ({distinct} distinct)"
    )

    def scan_stores() -> None:
        all_stores(merged, set())

    def scan_window() -> None:
        scan_trust(merged, set())

    for label, scan in (("stores", scan_stores), ("stores+tools", scan_window)):
        for mode in ("cold", "warm"):
            raw_times: list[float] = []
            scan_times: list[float] = []
            for _ in range(arguments.rounds):
                raw_times.append(timed(lambda: raw_parse(files)))
                if mode == "cold":
                    clear_caches()
                scan_times.append(timed(scan))
            raw = statistics.median(raw_times)
            scanned = statistics.median(scan_times)
            print(
                f"{label:13} {mode}: scan {scanned * 1000:8.1f} ms, raw parse {raw * 1000:6.1f} ms, "
                f"ratio {scanned / raw:6.2f}"
            )


if __name__ == "__main__":
    main()
