"""The organisation CA set that TrustDesk keeps between runs, as a plain PEM file in its data folder."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509

from trustdesk import paths
from trustdesk.certs.bundle import render_bundle
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import ReadError, ReadErrorCode, read_certificate_file
from trustdesk.fileio import write_atomic

log = logging.getLogger(__name__)


class OrganisationSet:
    """Imported organisation CAs, unique by SHA-256 fingerprint, in import order."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.organisation_store_path()
        self._certificates: list[x509.Certificate] = []
        self._load()

    @property
    def certificates(self) -> list[x509.Certificate]:
        return list(self._certificates)

    def fingerprints(self) -> set[str]:
        return {sha256_fingerprint(certificate) for certificate in self._certificates}

    def add(self, certificates: Iterable[x509.Certificate]) -> list[x509.Certificate]:
        """Add the certificates not yet in the set, save the set, and return the ones added."""
        known = self.fingerprints()
        added = []
        for certificate in certificates:
            fingerprint = sha256_fingerprint(certificate)
            if fingerprint not in known:
                known.add(fingerprint)
                added.append(certificate)
        if added:
            self._certificates.extend(added)
            self._save()
        return added

    def remove(self, fingerprint: str) -> bool:
        remaining = [c for c in self._certificates if sha256_fingerprint(c) != fingerprint.upper()]
        if len(remaining) == len(self._certificates):
            return False
        self._certificates = remaining
        self._save()
        return True

    def _load(self) -> None:
        try:
            self._certificates = read_certificate_file(self.path).certificates
        except ReadError as error:
            if error.code is not ReadErrorCode.NOT_FOUND:
                log.warning("Cannot read the organisation CA set %s: %s", self.path, error)

    def _save(self) -> None:
        header = ("Organisation CAs imported into TrustDesk. Certificates only, never keys.",)
        write_atomic(self.path, render_bundle(self._certificates, header))
