"""Where each platform keeps a user's environment variables, and the seams that write them.

- Linux: ``~/.config/environment.d/60-trustdesk.conf`` (read by systemd --user at login, which
  passes it to graphical sessions) plus a marked block in ``~/.profile`` (login shells and display
  managers that source it), and in ``~/.bashrc`` / ``~/.zshrc`` when those exist, so a newly opened
  terminal has the values without signing out first. ``~/.bash_profile`` and ``~/.zprofile`` get the
  block as well when they exist, because bash skips ``~/.profile`` when ``~/.bash_profile`` exists and
  zsh never reads ``~/.profile``.
- macOS: ``launchctl setenv`` for programs started from the Dock or Finder, plus the block in the
  login shell's profile (``~/.zprofile`` for zsh, the default since macOS 10.15; ``~/.bash_profile``
  for bash).
- Windows: ``HKCU\\Environment`` through the registry seam, then one ``WM_SETTINGCHANGE`` broadcast
  so Explorer hands new programs the new values.

The registry and ``launchctl`` are reached only through ``RegistryApi`` and a ``Runner``, so tests on
any platform replace them with recorders.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from trustdesk import paths
from trustdesk.configure.model import VariableState
from trustdesk.stores.commands import Runner, clean_environment, run_command
from trustdesk.stores.settings import home_directory

log = logging.getLogger(__name__)

LAUNCHCTL_TIMEOUT_S = 5.0
ENVIRONMENT_D_NAME = "60-trustdesk.conf"
REGISTRY_BACKEND = "windows-registry"
LAUNCHCTL_BACKEND = "launchctl"

# Windows registry value types (winreg.REG_SZ, winreg.REG_EXPAND_SZ), named here so Linux can use them.
REG_SZ = 1
REG_EXPAND_SZ = 2


class RegistryApi(Protocol):
    """The four registry operations on ``HKCU\\Environment`` TrustDesk needs."""

    def query(self, name: str) -> tuple[str, int] | None: ...

    def set(self, name: str, value: str, value_type: int) -> None: ...

    def delete(self, name: str) -> None: ...

    def broadcast_setting_change(self) -> None: ...


class WinregApi:
    """``RegistryApi`` on the real registry (winreg) and user32's ``SendMessageTimeoutW``. Windows only."""

    # SMTO_ABORTIFHUNG plus this timeout per window keeps a hung program from blocking the apply.
    BROADCAST_TIMEOUT_MS = 5000

    def query(self, name: str) -> tuple[str, int] | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_READ) as key:
            try:
                value, value_type = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
        return str(value), int(value_type)

    def set(self, name: str, value: str, value_type: int) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, value_type, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with (
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_SET_VALUE) as key,
            contextlib.suppress(FileNotFoundError),
        ):
            winreg.DeleteValue(key, name)

    def broadcast_setting_change(self) -> None:
        if sys.platform != "win32":
            raise OSError("WM_SETTINGCHANGE exists only on Windows")
        import ctypes
        from ctypes import wintypes

        hwnd_broadcast = 0xFFFF
        wm_settingchange = 0x001A
        smto_abortifhung = 0x0002
        result = wintypes.DWORD()
        send = ctypes.windll.user32.SendMessageTimeoutW
        if not send(
            hwnd_broadcast,
            wm_settingchange,
            0,
            "Environment",
            smto_abortifhung,
            self.BROADCAST_TIMEOUT_MS,
            ctypes.byref(result),
        ):
            log.warning("WM_SETTINGCHANGE broadcast timed out or failed; new programs may need a sign-in")


class VariableBackend(Protocol):
    name: str

    def read(self, name: str) -> VariableState | None: ...

    def write(self, name: str, state: VariableState | None) -> None: ...

    def notify(self) -> None: ...


class RegistryBackend:
    """User variables in ``HKCU\\Environment``; the value type (REG_SZ or REG_EXPAND_SZ) is kept on undo."""

    name = REGISTRY_BACKEND

    def __init__(self, api: RegistryApi) -> None:
        self.api = api

    def read(self, name: str) -> VariableState | None:
        found = self.api.query(name)
        return None if found is None else VariableState(found[0], found[1])

    def write(self, name: str, state: VariableState | None) -> None:
        if state is None:
            self.api.delete(name)
        else:
            self.api.set(name, state.value, state.registry_type or REG_SZ)

    def notify(self) -> None:
        self.api.broadcast_setting_change()


class LaunchctlBackend:
    """The user's launchd environment (macOS), through ``launchctl getenv/setenv/unsetenv``.

    NOTE: launchd drops these values at restart, so the profile block keeps terminals working after
    that, but programs started from the Dock lose them until TrustDesk applies again.
    """

    name = LAUNCHCTL_BACKEND

    def __init__(self, runner: Runner, environ: Mapping[str, str]) -> None:
        self.runner = runner
        self.environ = clean_environment(environ)

    def read(self, name: str) -> VariableState | None:
        result = self.runner(["launchctl", "getenv", name], self.environ, LAUNCHCTL_TIMEOUT_S)
        if not result.succeeded:
            raise OSError(f"launchctl getenv {name} failed: {result.failure or result.stderr.strip()}")
        value = result.stdout.rstrip("\n")
        # launchctl prints an empty line for an unset variable; TrustDesk never sets an empty one.
        return VariableState(value) if value else None

    def write(self, name: str, state: VariableState | None) -> None:
        argv = ["launchctl", "setenv", name, state.value] if state is not None else ["launchctl", "unsetenv", name]
        result = self.runner(argv, self.environ, LAUNCHCTL_TIMEOUT_S)
        if not result.succeeded:
            raise OSError(f"{' '.join(argv[:3])} failed: {result.failure or result.stderr.strip()}")

    def notify(self) -> None:
        return None


@dataclass
class Context:
    """Everything the planner and the writers read from the machine, replaceable in tests."""

    environ: Mapping[str, str]
    platform: str = sys.platform
    runner: Runner = run_command
    registry: RegistryApi | None = None
    data_dir: Path | None = None
    journal_folder: Path | None = None
    _backends: dict[str, VariableBackend] = field(default_factory=dict)

    @property
    def home(self) -> Path:
        return home_directory(self.environ)

    def data_folder(self) -> Path:
        return self.data_dir or paths.data_dir()

    def config_home(self) -> Path:
        return Path(self.environ.get("XDG_CONFIG_HOME") or self.home / ".config")

    def backend(self, name: str) -> VariableBackend:
        if name not in self._backends:
            if name == REGISTRY_BACKEND:
                self._backends[name] = RegistryBackend(self.registry or WinregApi())
            elif name == LAUNCHCTL_BACKEND:
                self._backends[name] = LaunchctlBackend(self.runner, self.environ)
            else:
                raise KeyError(f"unknown variable backend {name!r}")
        return self._backends[name]


def environment_file(ctx: Context) -> Path:
    return ctx.config_home() / "environment.d" / ENVIRONMENT_D_NAME


def profile_files(ctx: Context) -> list[Path]:
    """Return the shell start-up files that get TrustDesk's block on Linux and macOS (see the module doc)."""
    home = ctx.home
    if ctx.platform == "darwin":
        shell = Path(ctx.environ.get("SHELL", "/bin/zsh")).name
        chosen = [home / (".bash_profile" if shell == "bash" else ".zprofile")]
        return chosen
    chosen = [home / ".profile"]
    for name in (".bash_profile", ".bashrc", ".zprofile", ".zshrc"):
        if (home / name).is_file():
            chosen.append(home / name)
    return chosen


def insecure_search_files(ctx: Context) -> list[Path]:
    """Return the user files where an insecure variable may be set, for removal with consent."""
    home = ctx.home
    names = (".profile", ".bash_profile", ".bash_login", ".bashrc", ".zshenv", ".zprofile", ".zshrc")
    files = [home / name for name in names if (home / name).is_file()]
    folder = ctx.config_home() / "environment.d"
    if folder.is_dir():
        files += sorted(path for path in folder.glob("*.conf") if path.is_file())
    return files


def variable_backend_name(platform: str) -> str | None:
    """Return the backend that holds user variables outside files, or None on Linux where files do."""
    if platform == "win32":
        return REGISTRY_BACKEND
    if platform == "darwin":
        return LAUNCHCTL_BACKEND
    return None


def uses_files(platform: str) -> bool:
    return platform != "win32"


def unsafe_values(values: Mapping[str, str]) -> Sequence[str]:
    from trustdesk.configure.editors import ENVIRONMENT_D_UNSAFE

    return [name for name, value in values.items() if ENVIRONMENT_D_UNSAFE.search(value)]
