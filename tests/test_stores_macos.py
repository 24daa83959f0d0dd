"""macOS keychains and trust settings through the runner seam with recorded `security` output."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import read_certificate_file
from trustdesk.stores.commands import CommandResult
from trustdesk.stores.macos import TrustDecision, TrustDomain, parse_trust_settings, system_stores

RECORDINGS = Path(__file__).parent / "support" / "stores_recordings" / "macos"


def recorded(name: str) -> str:
    return (RECORDINGS / name).read_text(encoding="utf-8")


class RecordedSecurity:
    """Answer `security` commands from the recordings and remember each argv."""

    def __init__(self, overrides: Mapping[tuple[str, ...], CommandResult] | None = None) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.overrides = dict(overrides or {})

    def __call__(self, argv: Sequence[str], env: Mapping[str, str], timeout_s: float) -> CommandResult:
        command = tuple(argv)
        self.calls.append(command)
        if command in self.overrides:
            return self.overrides[command]
        if command[1] == "dump-trust-settings":
            if command[2:] == ("-s",):
                return CommandResult(command, 1, "", recorded("dump-trust-settings-system-stderr.txt"))
            name = "admin" if command[2:] == ("-d",) else "user"
            return CommandResult(command, 0, recorded(f"dump-trust-settings-{name}.txt"))
        keychain = command[-1]
        if keychain.endswith("SystemRootCertificates.keychain"):
            return CommandResult(command, 0, recorded("find-certificate-system-roots.txt"))
        if keychain.endswith("System.keychain"):
            return CommandResult(command, 0, recorded("find-certificate-system.txt"))
        return CommandResult(command, 0, recorded("find-certificate-login.txt"))


def organisation_fingerprint() -> str:
    return sha256_fingerprint(read_certificate_file(RECORDINGS / "find-certificate-system.txt").certificates[0])


def test_macos_parse_admin_settings() -> None:
    output = recorded("dump-trust-settings-admin.txt")

    settings = parse_trust_settings(TrustDomain.ADMIN, CommandResult(("security",), 0, output))

    assert [entry.label for entry in settings.entries] == ["Example Corp Root CA"]
    assert len(settings.entries[0].settings) == 2
    assert settings.entries[0].decision() is TrustDecision.TRUSTED


def test_macos_zero_settings_mean_trusted() -> None:
    output = recorded("dump-trust-settings-user.txt")

    entries = parse_trust_settings(TrustDomain.USER, CommandResult(("security",), 0, output)).entries

    assert entries[0].decision() is TrustDecision.TRUSTED
    assert entries[1].decision() is TrustDecision.DENIED


def test_macos_no_settings_is_empty_domain() -> None:
    stderr = recorded("dump-trust-settings-system-stderr.txt")

    settings = parse_trust_settings(TrustDomain.SYSTEM, CommandResult(("security",), 1, "", stderr))

    assert settings.entries == ()
    assert settings.failure is None


def test_macos_keychains_and_trust(tmp_path: Path) -> None:
    runner = RecordedSecurity()

    roots, system, login = system_stores({organisation_fingerprint()}, runner=runner, home=tmp_path)

    assert roots.certificate_count == 2
    assert roots.trusted_count == 1  # the denied root is present but not trusted
    assert system.certificate_count == 2
    assert system.trusted_count == 1  # only the root with an admin SSL setting
    assert system.contains_organisation is True
    assert login.trusted_count == 1
    assert login.path == tmp_path / "Library/Keychains/login.keychain-db"
    assert ("security", "dump-trust-settings", "-d") in runner.calls


def test_macos_present_but_untrusted_org_ca(tmp_path: Path) -> None:
    untrusted = read_certificate_file(RECORDINGS / "find-certificate-system.txt").certificates[1]

    system = system_stores({sha256_fingerprint(untrusted)}, runner=RecordedSecurity(), home=tmp_path)[1]

    assert sha256_fingerprint(untrusted) in system.fingerprints
    assert system.contains_organisation is False


def test_macos_timeout_is_data(tmp_path: Path) -> None:
    login_argv = ("security", "find-certificate", "-a", "-p", str(tmp_path / "Library/Keychains/login.keychain-db"))
    runner = RecordedSecurity({login_argv: CommandResult(login_argv, None, failure="timed-out")})

    stores = system_stores(set(), runner=runner, home=tmp_path)

    assert stores[2].error_detail == "timed-out"
    assert stores[0].certificate_count == 2


@pytest.mark.skipif(sys.platform != "darwin", reason="the security tool exists only on macOS")
def test_macos_real_keychains() -> None:
    roots = system_stores(set())[0]

    assert roots.certificate_count > 0
    assert roots.trusted_count is not None
