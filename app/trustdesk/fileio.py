"""Atomic file writes with a backup of the previous content."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def write_atomic(
    path: Path,
    data: bytes,
    *,
    backup: bool = True,
    validate: Callable[[Path], None] | None = None,
) -> None:
    """Write ``data`` to ``path`` so that readers see either the old or the new file, never a mix.

    The bytes go to a temporary file in the same folder, are flushed to disk, and then replace
    ``path`` with ``os.replace``, which is atomic on POSIX and on NTFS. When ``backup`` is set and
    ``path`` exists, its previous content is first copied to ``path`` + ``.bak``. ``validate`` is
    called with the temporary file before the replace; whatever it raises aborts the write.
    Raises ``OSError`` when the folder cannot be written; ``path`` is then unchanged.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if backup and path.is_file():
        shutil.copy2(path, path.with_name(path.name + ".bak"))

    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates the file as 0600; keep the mode of the file being replaced, else 0644.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temporary_name, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if validate is not None:
            validate(Path(temporary_name))
        os.replace(temporary_name, path)
    except BaseException:
        # BaseException, so that a cancelled or interrupted write leaves no temporary file behind.
        Path(temporary_name).unlink(missing_ok=True)
        raise
    log.info("Wrote %s (%d bytes)", path, len(data))
