"""The Windows registry and macOS launchctl writers through recording seams, with their undo."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
import trustme
from cryptography import x509

from trustdesk.configure.engine import apply_plan, undo
from trustdesk.configure.environment import REG_EXPAND_SZ, REG_SZ, Context
from trustdesk.configure.journal import Journal
from trustdesk.configure.plan import make_plan
from trustdesk.stores.commands import CommandResult, run_command
from trustdesk.stores.tools import ToolId


class RecordingRegistry:
    """``RegistryApi`` over a dict; ``calls`` lists every operation in order."""

    def __init__(self, values: Mapping[str, tuple[str, int]]) -> None:
        self.values = dict(values)
        self.calls: list[tuple[object, ...]] = []

    def query(self, name: str) -> tuple[str, int] | None:
        return self.values.get(name)

    def set(self, name: str, value: str, value_type: int) -> None:
        self.calls.append(("set", name, value, value_type))
        self.values[name] = (value, value_type)

    def delete(self, name: str) -> None:
        self.calls.append(("delete", name))
        self.values.pop(name, None)

    def broadcast_setting_change(self) -> None:
        self.calls.append(("broadcast",))


class RecordingLaunchctl:
    """A ``Runner`` that serves launchctl from a dict and runs anything else for real."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)
        self.calls: list[tuple[str, ...]] = []

    def __call__(self, argv: Sequence[str], env: Mapping[str, str], timeout_s: float) -> CommandResult:
        if argv[0] != "launchctl":
            return run_command(argv, env, timeout_s)
        command = tuple(argv)
        if argv[1] == "getenv":
            return CommandResult(command, 0, self.values.get(argv[2], "") + "\n")
        self.calls.append(command)
        if argv[1] == "setenv":
            self.values[argv[2]] = argv[3]
        else:
            self.values.pop(argv[2], None)
        return CommandResult(command, 0)


@pytest.fixture
def organisation(org_ca: trustme.CA) -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate(org_ca.cert_pem.bytes())]


def test_registry_apply_and_undo(organisation: list[x509.Certificate], isolated_env: Path) -> None:
    registry = RecordingRegistry({"REQUESTS_CA_BUNDLE": ("%USERPROFILE%\\old.pem", REG_EXPAND_SZ)})
    environ = dict(os.environ, APPDATA=str(isolated_env / "AppData" / "Roaming"))
    ctx = Context(environ, platform="win32", registry=registry, data_dir=isolated_env / "data")
    plan = make_plan(ctx, organisation, [ToolId.REQUESTS, ToolId.NODE], trusts=())
    bundle, node_file = str(plan.bundle), str(plan.node_certificates)

    apply_plan(plan, ctx, Journal(isolated_env / "journal"), recheck_tools=False)
    assert registry.calls == [
        ("set", "REQUESTS_CA_BUNDLE", bundle, REG_SZ),
        ("set", "NODE_EXTRA_CA_CERTS", node_file, REG_SZ),
        ("broadcast",),
    ]
    assert not (isolated_env / ".profile").exists()

    registry.calls.clear()
    undo(Journal(isolated_env / "journal"), ctx)
    assert registry.values == {"REQUESTS_CA_BUNDLE": ("%USERPROFILE%\\old.pem", REG_EXPAND_SZ)}
    assert registry.calls[-1] == ("broadcast",)


def test_registry_removes_insecure_with_consent(organisation: list[x509.Certificate], isolated_env: Path) -> None:
    from trustdesk.stores.tools import resolve_tools

    registry = RecordingRegistry({"NODE_TLS_REJECT_UNAUTHORIZED": ("0", REG_SZ)})
    environ = dict(os.environ, NODE_TLS_REJECT_UNAUTHORIZED="0")
    ctx = Context(environ, platform="win32", registry=registry, data_dir=isolated_env / "data")
    plan = make_plan(ctx, organisation, [ToolId.NODE], trusts=resolve_tools(set(), environ))
    change = plan.change("insecure:variable:NODE_TLS_REJECT_UNAUTHORIZED")
    assert change.insecure_fix

    apply_plan(plan, ctx, Journal(isolated_env / "journal"), [change.change_id], recheck_tools=False)
    assert "NODE_TLS_REJECT_UNAUTHORIZED" not in registry.values
    undo(Journal(isolated_env / "journal"), ctx)
    assert registry.values == {"NODE_TLS_REJECT_UNAUTHORIZED": ("0", REG_SZ)}


def test_launchctl_apply_and_undo(
    organisation: list[x509.Certificate], isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launchctl = RecordingLaunchctl({"AWS_CA_BUNDLE": "/old/bundle.pem"})
    (isolated_env / ".zprofile").write_text("# mine\n", encoding="utf-8")
    environ = dict(os.environ, SHELL="/bin/zsh")
    ctx = Context(environ, platform="darwin", runner=launchctl, data_dir=isolated_env / "data")
    plan = make_plan(ctx, organisation, [ToolId.BOTOCORE], trusts=())
    bundle = str(plan.bundle)

    apply_plan(plan, ctx, Journal(isolated_env / "journal"), recheck_tools=False)
    assert launchctl.calls == [("launchctl", "setenv", "AWS_CA_BUNDLE", bundle)]
    assert f"export AWS_CA_BUNDLE={bundle}" in (isolated_env / ".zprofile").read_text(encoding="utf-8")
    assert not (isolated_env / ".config" / "environment.d").exists()

    undo(Journal(isolated_env / "journal"), ctx)
    assert launchctl.values == {"AWS_CA_BUNDLE": "/old/bundle.pem"}
    assert (isolated_env / ".zprofile").read_text(encoding="utf-8") == "# mine\n"


def test_pip_path_per_platform(isolated_env: Path) -> None:
    from trustdesk.configure.plan import pip_user_config

    environ = dict(os.environ, APPDATA="C:\\Users\\u\\AppData\\Roaming")
    windows = pip_user_config(Context(environ, platform="win32"))
    assert windows == Path("C:\\Users\\u\\AppData\\Roaming") / "pip" / "pip.ini"
    mac = pip_user_config(Context(environ, platform="darwin"))
    assert mac == isolated_env / "Library" / "Application Support" / "pip" / "pip.conf"
