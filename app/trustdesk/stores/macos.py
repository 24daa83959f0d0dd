"""macOS trust stores: the System, SystemRoots and login keychains, read through the ``security`` tool.

A certificate in a keychain is not necessarily trusted. macOS keeps trust settings in three domains,
apart from the keychains: system (``dump-trust-settings -s``, Apple's roots), admin (``-d``, what
``security add-trusted-cert -d`` or an MDM profile sets) and user (no flag, the login user's
choices). A root in SystemRoots is trusted unless a user or admin setting denies it; a certificate
in System or login is trusted only when a user or admin setting makes it a root for SSL.

``security dump-trust-settings`` (Security framework, ``trusted_cert_dump.c``) prints one
"Cert N: <label>" line per certificate followed by its usage-constraint dictionaries indented by
three spaces per level. A certificate with zero settings is trusted as a root for every policy.
A domain without settings makes the tool exit 1 with "No Trust Settings were found." on stderr.
"""

from __future__ import annotations

import enum
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from trustdesk.certs.details import display_name
from trustdesk.certs.reader import ReadError, ReadResult, read_certificate_bytes
from trustdesk.stores.commands import CommandResult, Runner, run_command
from trustdesk.stores.inventory import StoreOrigin, TrustStore, store_from_result

log = logging.getLogger(__name__)

SYSTEM_KEYCHAIN = Path("/Library/Keychains/System.keychain")
SYSTEM_ROOTS_KEYCHAIN = Path("/System/Library/Keychains/SystemRootCertificates.keychain")
LOGIN_KEYCHAIN = Path("Library/Keychains/login.keychain-db")  # relative to the user's home

SECURITY_TIMEOUT_S = 20.0

# Policy names as ``oidToOidString`` prints them; a setting without a policy applies to every policy.
_TLS_POLICIES = {"SSL", "Apple X509 Basic"}

_CERT_LINE = re.compile(r"^Cert (?P<index>\d+): (?P<label>.*)$")
_FIELD_LINE = re.compile(r"^\s+(?P<key>[A-Za-z ]+?)\s+: (?P<value>.*)$")
_SETTING_LINE = re.compile(r"^\s+Trust Setting \d+:$")


class TrustDomain(enum.Enum):
    USER = "user"
    ADMIN = "admin"
    SYSTEM = "system"


class TrustDecision(enum.Enum):
    TRUSTED = "trusted"
    DENIED = "denied"
    UNSPECIFIED = "unspecified"


@dataclass
class TrustEntry:
    """The settings of one certificate in one domain. Each setting maps field names to printed values."""

    label: str
    settings: list[dict[str, str]] = field(default_factory=list)

    def decision(self) -> TrustDecision:
        """Return the TLS decision: zero settings mean "always trust as root" (SecTrustSettings.h)."""
        if not self.settings:
            return TrustDecision.TRUSTED
        relevant = [s for s in self.settings if s.get("Policy OID", "SSL") in _TLS_POLICIES]
        results = [s.get("Result Type", "kSecTrustSettingsResultTrustRoot") for s in relevant]
        if "kSecTrustSettingsResultDeny" in results:
            return TrustDecision.DENIED
        if {"kSecTrustSettingsResultTrustRoot", "kSecTrustSettingsResultTrustAsRoot"} & set(results):
            return TrustDecision.TRUSTED
        return TrustDecision.UNSPECIFIED


@dataclass(frozen=True)
class DomainSettings:
    """The parsed output of one ``dump-trust-settings`` run; ``failure`` keeps the tool's own message."""

    domain: TrustDomain
    entries: tuple[TrustEntry, ...]
    failure: str | None = None


def parse_trust_settings(domain: TrustDomain, result: CommandResult) -> DomainSettings:
    """Parse ``security dump-trust-settings`` output; "No Trust Settings were found" is an empty domain."""
    if result.failure is not None:
        return DomainSettings(domain, (), result.failure)
    if result.returncode != 0:
        if "No Trust Settings" in result.stderr or "No Trust Settings" in result.stdout:
            return DomainSettings(domain, ())
        return DomainSettings(domain, (), result.stderr.strip() or f"exit code {result.returncode}")

    entries: list[TrustEntry] = []
    for line in result.stdout.splitlines():
        cert_match = _CERT_LINE.match(line)
        if cert_match:
            entries.append(TrustEntry(cert_match.group("label").strip()))
            continue
        if not entries:
            continue
        if _SETTING_LINE.match(line):
            entries[-1].settings.append({})
            continue
        field_match = _FIELD_LINE.match(line)
        if field_match and entries[-1].settings:
            entries[-1].settings[-1][field_match.group("key").strip()] = field_match.group("value").strip()
    return DomainSettings(domain, tuple(entries))


def system_stores(
    organisation_fingerprints: set[str],
    runner: Runner = run_command,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[TrustStore]:
    """Read the three keychains and decide, per certificate, whether macOS trusts it for TLS.

    ``runner`` runs ``security``; tests pass one that returns recorded output.
    """
    environ = os.environ if environ is None else environ
    home = home or Path(environ.get("HOME", "~")).expanduser()
    env = {"PATH": environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}

    domains = {
        domain: parse_trust_settings(
            domain, runner(["security", "dump-trust-settings", *flags], env, SECURITY_TIMEOUT_S)
        )
        for domain, flags in ((TrustDomain.USER, []), (TrustDomain.ADMIN, ["-d"]), (TrustDomain.SYSTEM, ["-s"]))
    }
    user_and_admin = [*domains[TrustDomain.USER].entries, *domains[TrustDomain.ADMIN].entries]
    failures = tuple(
        f"trust settings ({settings.domain.value}): {settings.failure}"
        for settings in domains.values()
        if settings.failure
    )

    keychains = (
        ("macos:system-roots", SYSTEM_ROOTS_KEYCHAIN, True),
        ("macos:system", SYSTEM_KEYCHAIN, False),
        ("macos:login", home / LOGIN_KEYCHAIN, False),
    )
    stores = []
    for name, keychain, trusted_by_default in keychains:
        result = runner(["security", "find-certificate", "-a", "-p", str(keychain)], env, SECURITY_TIMEOUT_S)
        stores.append(
            _keychain_store(
                name, keychain, result, user_and_admin, trusted_by_default, organisation_fingerprints, failures
            )
        )
    return stores


def _keychain_store(
    name: str,
    keychain: Path,
    result: CommandResult,
    user_and_admin: list[TrustEntry],
    trusted_by_default: bool,
    organisation_fingerprints: set[str],
    failures: tuple[str, ...],
) -> TrustStore:
    if not result.succeeded:
        detail = result.failure or result.stderr.strip() or f"exit code {result.returncode}"
        log.warning("Keychain %s not read: %s", keychain, detail)
        return TrustStore(StoreOrigin.MACOS_KEYCHAIN, name, keychain, 0, error_detail=detail, notes=failures)
    try:
        read = read_certificate_bytes(result.stdout.encode("ascii", errors="replace"), str(keychain))
    except ReadError:
        # An empty keychain prints nothing, which is a valid, empty store.
        read = ReadResult(str(keychain), "pem", ())

    trusted: list[x509.Certificate] = []
    for certificate in read.certificates:
        decision = _decide(certificate, user_and_admin)
        if decision is TrustDecision.TRUSTED or (decision is TrustDecision.UNSPECIFIED and trusted_by_default):
            trusted.append(certificate)
    return store_from_result(
        StoreOrigin.MACOS_KEYCHAIN, name, keychain, read, organisation_fingerprints, trusted=trusted, notes=failures
    )


def _decide(certificate: x509.Certificate, entries: list[TrustEntry]) -> TrustDecision:
    # NOTE: dump-trust-settings names a certificate only by its inferred label (usually the subject
    # common name), so two certificates with the same name share their settings here.
    label = display_name(certificate.subject)
    decisions = {entry.decision() for entry in entries if entry.label == label}
    if TrustDecision.DENIED in decisions:
        return TrustDecision.DENIED
    if TrustDecision.TRUSTED in decisions:
        return TrustDecision.TRUSTED
    return TrustDecision.UNSPECIFIED
