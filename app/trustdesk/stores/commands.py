"""Run the external tools that report trust settings (git, node, security) with bounded timeouts.

A failed run is data, never an exception: a missing program, a timeout or a non-zero exit code comes
back in ``CommandResult`` so that one broken tool never aborts a listing. Tests replace the runner
with a callable that returns recorded output.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Long enough for a cold start of node on a slow laptop; short enough that a hung tool does not
# freeze the store scan.
DEFAULT_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class CommandResult:
    """The outcome of one command. ``failure`` is None when the program ran to its end.

    ``failure`` is "not-found", "timed-out" or "os-error: <message>"; ``returncode`` is then None.
    """

    argv: tuple[str, ...]
    returncode: int | None
    stdout: str = ""
    stderr: str = ""
    failure: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.failure is None and self.returncode == 0


Runner = Callable[[Sequence[str], Mapping[str, str], float], CommandResult]


def run_command(argv: Sequence[str], env: Mapping[str, str], timeout_s: float = DEFAULT_TIMEOUT_S) -> CommandResult:
    """Run ``argv`` with exactly ``env`` as its environment, no stdin, and a timeout in seconds."""
    command = tuple(argv)
    executable = shutil.which(command[0], path=env.get("PATH", os.defpath))
    if executable is None:
        return CommandResult(command, None, failure="not-found")
    try:
        completed = subprocess.run(
            [executable, *command[1:]],
            env=dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        log.warning("%s timed out after %.0f s", command[0], timeout_s)
        return CommandResult(command, None, failure="timed-out")
    except OSError as error:
        log.warning("%s could not be started: %s", command[0], error)
        return CommandResult(command, None, failure=f"os-error: {error}")
    return CommandResult(
        command,
        completed.returncode,
        completed.stdout.decode("utf-8", errors="replace"),
        completed.stderr.decode("utf-8", errors="replace"),
    )


def clean_environment(environ: Mapping[str, str], keep: Sequence[str] = ()) -> dict[str, str]:
    """Return PATH, HOME, the locale and the ``keep`` variables of ``environ``, and nothing else.

    Child tools then cannot pick up proxies, tokens or NODE_OPTIONS from the caller, so a probe never
    reaches a registry or remote host.
    """
    names = ("PATH", "HOME", "USERPROFILE", "SYSTEMROOT", "LANG", "LC_ALL", *keep)
    clean = {name: environ[name] for name in names if name in environ}
    clean.setdefault("PATH", os.defpath)
    return clean
