"""The rotating log file, its stderr companion, and the secret scrubber on every record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustdesk import logsetup
from trustdesk.diagnostics.redaction import REDACTED

SECRET = "MarkerLoggingSecret0001"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    logsetup.remove_logging()
    root.setLevel(level)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_in_platform_folder(restore_logging: None, isolated_env: Path) -> None:
    path = logsetup.setup_logging(stderr_level=None)
    logging.getLogger("trustdesk.test").info("hello")
    _flush()

    assert path == isolated_env / ".local" / "state" / "TrustDesk" / "log" / "trustdesk.log"
    assert "hello" in path.read_text(encoding="utf-8")
    assert logsetup.current_log_path() == path


def test_log_rotates(restore_logging: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2_000)
    logsetup.setup_logging(folder=tmp_path, stderr_level=None)
    log = logging.getLogger("trustdesk.test")

    for index in range(400):
        log.info("record %04d %s", index, "x" * 80)
    _flush()

    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [f"trustdesk.log{suffix}" for suffix in ("", ".1", ".2", ".3", ".4", ".5")]
    assert all(path.stat().st_size <= 2_200 for path in tmp_path.iterdir())


def test_log_scrubs_arguments(restore_logging: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SERVICE_TOKEN", SECRET)
    logsetup.setup_logging(folder=tmp_path, stderr_level=None)

    logging.getLogger("trustdesk.test").warning("token is %s", SECRET)
    _flush()

    text = (tmp_path / "trustdesk.log").read_text(encoding="utf-8")
    assert SECRET not in text
    assert f"token is {REDACTED}" in text


def test_log_scrubs_traceback(restore_logging: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DB_PASSWORD", SECRET)
    logsetup.setup_logging(folder=tmp_path, stderr_level=None)

    try:
        raise RuntimeError(f"connect failed with {SECRET}")
    except RuntimeError:
        logging.getLogger("trustdesk.test").exception("failed")
    logging.getLogger("trustdesk.test").warning("stack %s", SECRET, stack_info=True)
    _flush()

    text = (tmp_path / "trustdesk.log").read_text(encoding="utf-8")
    assert SECRET not in text
    assert "RuntimeError: connect failed with [REDACTED]" in text


def test_stderr_warning_only(
    restore_logging: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_KEY", SECRET)
    logsetup.setup_logging(folder=tmp_path)
    log = logging.getLogger("trustdesk.test")

    log.info("quiet info")
    log.warning("loud warning %s", SECRET)

    err = capsys.readouterr().err
    assert "quiet info" not in err
    assert "loud warning [REDACTED]" in err


def test_setup_twice_replaces_handlers(restore_logging: None, tmp_path: Path) -> None:
    logsetup.setup_logging(folder=tmp_path)
    logsetup.setup_logging(folder=tmp_path)

    owned = [handler for handler in logging.getLogger().handlers if getattr(handler, "_trustdesk_owned", False)]
    assert len(owned) == 2


def test_unwritable_folder_falls_back(restore_logging: None, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")

    path = logsetup.setup_logging(folder=blocker / "log", stderr_level=None)

    assert path is None
    assert logsetup.is_configured()
