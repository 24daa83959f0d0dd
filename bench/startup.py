"""Startup benchmark: TrustDesk's time to its first painted window over a bare PySide6 QMainWindow's.

Each round starts a fresh process for both programs, alternating, and measures wall time from just
before the process is started to the moment it reports its first Paint event. TrustDesk reports it
when TRUSTDESK_EXIT_AFTER_FIRST_PAINT=1 is set; the baseline below does the same with no app code.
Peak memory is the child's maximum resident set size from ``os.wait4``.

Usage: .venv/bin/python bench/startup.py [--rounds N] [--platform offscreen|xcb]
Targets: ratio <= 1.2, TrustDesk peak RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", time.perf_counter(), flush=True)
            QApplication.instance().quit()
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def run_once(command: list[str], environment: dict[str, str]) -> tuple[float, int]:
    """Return (seconds to the first-paint line, peak RSS in kB) for one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment, text=True)
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None or process.returncode != 0:
        raise SystemExit(f"{command[-1][:40]!r} exited {process.returncode} without painting")
    return elapsed, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds per program (default 7)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for both (default offscreen)")
    arguments = parser.parse_args()

    home = tempfile.mkdtemp(prefix="trustdesk-bench-")
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": home,
        "XDG_DATA_HOME": str(Path(home) / "data"),
        "XDG_CONFIG_HOME": str(Path(home) / "config"),
        "QT_QPA_PLATFORM": arguments.platform,
        "LANG": "C.UTF-8",
        "TRUSTDESK_EXIT_AFTER_FIRST_PAINT": "1",
    }
    if "DISPLAY" in os.environ:
        environment["DISPLAY"] = os.environ["DISPLAY"]

    baseline_command = [sys.executable, "-c", BASELINE]
    trustdesk_command = [sys.executable, "-m", "trustdesk"]
    run_once(baseline_command, environment)  # Warm the file cache for both before measuring.
    run_once(trustdesk_command, environment)

    baseline_times, trustdesk_times, trustdesk_rss = [], [], []
    for _ in range(arguments.rounds):
        seconds, _ = run_once(baseline_command, environment)
        baseline_times.append(seconds)
        seconds, rss_kb = run_once(trustdesk_command, environment)
        trustdesk_times.append(seconds)
        trustdesk_rss.append(rss_kb)

    baseline = statistics.median(baseline_times)
    trustdesk = statistics.median(trustdesk_times)
    print(f"platform: {arguments.platform}, rounds: {arguments.rounds}, Python {sys.version.split()[0]}")
    print(f"bare QMainWindow, median to first paint: {baseline * 1000:.0f} ms")
    print(f"TrustDesk, median to first paint:        {trustdesk * 1000:.0f} ms")
    print(f"ratio TrustDesk / bare: {trustdesk / baseline:.2f} (target <= 1.2)")
    print(f"TrustDesk peak RSS: {max(trustdesk_rss) / 1024:.0f} MB (target <= 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
