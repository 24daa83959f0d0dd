"""Logging for the window and the command line: a rotating file in the platform's log folder, and stderr.

Every handler installed here carries ``RedactingFilter``, so no record reaches a file or a terminal
before the secret scrubber has run over its message, its traceback and its stack.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import platformdirs

from trustdesk.diagnostics.redaction import current_redactor
from trustdesk.paths import APP_NAME

LOG_FILE_NAME = "trustdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"

# Marks the handlers installed here, so that a second setup replaces them instead of adding more.
_OWNED_ATTRIBUTE = "_trustdesk_owned"
_inside_filter = threading.local()
_current_path: Path | None = None


def log_dir() -> Path:
    """Return the per-user log folder (``~/.local/state/TrustDesk/log`` on Linux); it may not exist yet."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def current_log_path() -> Path | None:
    """Return the file ``setup_logging`` writes to, or None before it ran or when it fell back to stderr."""
    return _current_path


def is_configured() -> bool:
    """Return True when ``setup_logging`` has installed its handlers and ``remove_logging`` has not removed them."""
    return any(getattr(handler, _OWNED_ATTRIBUTE, False) for handler in logging.getLogger().handlers)


class RedactingFilter(logging.Filter):
    """Replaces a record's message, traceback and stack with their scrubbed text; never drops a record.

    The record is changed in place, so every handler after this one sees only the scrubbed text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        # Reading the AWS files for the scrubber must not log through this filter again.
        if getattr(_inside_filter, "active", False):
            return True
        _inside_filter.active = True
        try:
            redactor = current_redactor()
            try:
                message = record.getMessage()
            except (TypeError, ValueError):
                message = f"{record.msg} {record.args!r}"
            record.msg = redactor.scrub(message)
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redactor.scrub(record.exc_text)
            if record.stack_info:
                record.stack_info = redactor.scrub(record.stack_info)
        finally:
            _inside_filter.active = False
        return True


def setup_logging(
    *,
    file_level: int = logging.INFO,
    stderr_level: int | None = logging.WARNING,
    folder: Path | None = None,
) -> Path | None:
    """Install the rotating log file (MAX_BYTES × BACKUP_COUNT) and a stderr handler on the root logger.

    Calling it again replaces the handlers it installed before. Returns the log file's path, or None
    when the folder cannot be created; logging then goes to stderr only, and that is logged.
    """
    global _current_path
    root = logging.getLogger()
    remove_logging()

    handlers: list[logging.Handler] = []
    log_path: Path | None = (folder or log_dir()) / LOG_FILE_NAME
    failure: OSError | None = None
    try:
        assert log_path is not None
        log_path.parent.mkdir(parents=True, exist_ok=True)
        # Imported here: logging.handlers loads socket, and the window starts before logging is set up.
        from logging.handlers import RotatingFileHandler

        file_handler = RotatingFileHandler(
            log_path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        file_handler.setLevel(file_level)
        file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
        handlers.append(file_handler)
    except OSError as error:
        failure = error
        log_path = None

    if stderr_level is not None or log_path is None:
        stream_handler = logging.StreamHandler(sys.stderr)
        stream_handler.setLevel(stderr_level if stderr_level is not None else logging.WARNING)
        stream_handler.setFormatter(logging.Formatter(STDERR_FORMAT))
        handlers.append(stream_handler)

    for handler in handlers:
        handler.addFilter(RedactingFilter())
        setattr(handler, _OWNED_ATTRIBUTE, True)
        root.addHandler(handler)
    root.setLevel(min(file_level, stderr_level if stderr_level is not None else file_level))

    _current_path = log_path
    log = logging.getLogger(__name__)
    if failure is not None:
        log.warning("Cannot write the log file in %s, logging to stderr only: %s", folder or log_dir(), failure)
    else:
        log.info("TrustDesk log started in %s", log_path)
    return log_path


def remove_logging() -> None:
    """Close and remove the handlers that ``setup_logging`` installed; other handlers stay."""
    global _current_path
    _current_path = None
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OWNED_ATTRIBUTE, False):
            root.removeHandler(handler)
            handler.close()
