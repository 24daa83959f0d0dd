"""The window closes cleanly on SIGTERM and SIGINT, practice mode included, and leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_practice_window_stops_on_signal(tmp_path: Path, number: signal.Signals) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-m", "trustdesk", "--practice"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not any(tmp_path.glob("trustdesk-practice-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert any(tmp_path.glob("trustdesk-practice-*")), "practice mode did not start"
    time.sleep(1)  # Let the event loop start.

    process.send_signal(number)
    try:
        exit_code = process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail("the window ignored the signal")
    stderr = process.stderr.read() if process.stderr else ""
    if process.stderr:
        process.stderr.close()

    assert exit_code == 0, stderr
    assert list(tmp_path.glob("trustdesk-practice-*")) == []
