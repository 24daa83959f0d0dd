"""One record per trust store, whatever the OS or tool behind it, built from certs.reader results.

Every function here turns reading errors into fields of the record: one unreadable store never
aborts the listing of the others.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.lint import Severity, lint_certificate
from trustdesk.certs.reader import (
    Block,
    BlockKind,
    ReadError,
    ReadErrorCode,
    ReadResult,
    read_certificate_file,
)

log = logging.getLogger(__name__)


class StoreOrigin(enum.Enum):
    """The source of a store. The GUI names each store by this value."""

    OS_BUNDLE = "os-bundle"
    OS_ANCHORS = "os-anchors"
    WINDOWS_SYSTEM = "windows-system"
    MACOS_KEYCHAIN = "macos-keychain"
    CERTIFI = "certifi"
    BOTOCORE_BUNDLED = "botocore-bundled"
    MERGED = "merged"
    ENVIRONMENT = "environment"
    AWS_PROFILE = "aws-profile"
    PIP_CONFIG = "pip-config"
    NPM_CONFIG = "npm-config"
    GIT_CONFIG = "git-config"
    CURL_CONFIG = "curl-config"
    NODE_BUNDLED = "node-bundled"


@dataclass(frozen=True)
class BlockProblem:
    """A block of a store that gave no certificate. ``index`` counts from 1 in file order."""

    index: int
    label: str
    error: str


@dataclass(frozen=True)
class TrustStore:
    """One store: what it contains and whether the organisation CAs are in it.

    ``name`` is stable and unique within a listing ("env:SSL_CERT_FILE", "aws-config:dev:ca_bundle",
    "macos:login"). ``trusted_count`` is None where every certificate of the store is a trust
    anchor (PEM bundles), and the number of certificates trusted for TLS server authentication
    where the OS keeps trust apart from presence (Windows purposes, macOS trust settings).
    ``contains_organisation`` is None when no organisation CA is known or nothing could be read.
    ``lint_findings`` counts certificates with an ERROR lint finding; None where nothing was read.
    """

    origin: StoreOrigin
    name: str
    path: Path | None
    certificate_count: int
    block_problems: tuple[BlockProblem, ...] = ()
    contains_organisation: bool | None = None
    error: ReadErrorCode | None = None
    error_detail: str = ""
    trusted_count: int | None = None
    lint_findings: int | None = None
    notes: tuple[str, ...] = ()
    fingerprints: frozenset[str] = field(default=frozenset(), repr=False)


def contains_all(fingerprints: Iterable[str], organisation_fingerprints: set[str]) -> bool | None:
    if not organisation_fingerprints:
        return None
    return organisation_fingerprints <= set(fingerprints)


def block_problems(blocks: Iterable[Block]) -> tuple[BlockProblem, ...]:
    """Return the blocks that gave no certificate; private keys count, because a trust store must not hold one."""
    problems = []
    for block in blocks:
        if block.kind is BlockKind.PRIVATE_KEY:
            problems.append(BlockProblem(block.index, block.label, "private key in a trust store"))
        elif block.error is not None:
            problems.append(BlockProblem(block.index, block.label, block.error))
    return tuple(problems)


def lint_summary(certificates: Iterable[x509.Certificate]) -> int:
    """Return how many certificates have at least one ERROR finding from ``certs.lint.lint_certificate``.

    Warnings and notes are left to the details view, so the store row shows only what breaks some tool.
    """
    count = 0
    for certificate in certificates:
        findings = lint_certificate(certificate, issuer_known=True)
        if any(finding.severity is Severity.ERROR for finding in findings):
            count += 1
    return count


def store_from_result(
    origin: StoreOrigin,
    name: str,
    path: Path | None,
    result: ReadResult,
    organisation_fingerprints: set[str],
    *,
    trusted: Iterable[x509.Certificate] | None = None,
    notes: tuple[str, ...] = (),
) -> TrustStore:
    """Summarise a read result. ``trusted`` lists the certificates the OS trusts for TLS, when it keeps that apart."""
    certificates = result.certificates
    fingerprints = frozenset(sha256_fingerprint(certificate) for certificate in certificates)
    trusted_list = list(trusted) if trusted is not None else None
    if trusted_list is not None:
        trusted_fingerprints = {sha256_fingerprint(certificate) for certificate in trusted_list}
        contains = contains_all(trusted_fingerprints, organisation_fingerprints)
    else:
        contains = contains_all(fingerprints, organisation_fingerprints)
    return TrustStore(
        origin=origin,
        name=name,
        path=path,
        certificate_count=len(certificates),
        block_problems=block_problems(result.blocks),
        contains_organisation=contains,
        trusted_count=len(trusted_list) if trusted_list is not None else None,
        lint_findings=lint_summary(certificates),
        notes=notes,
        fingerprints=fingerprints,
    )


def read_file_store(
    origin: StoreOrigin,
    name: str,
    path: Path | None,
    organisation_fingerprints: set[str],
    notes: tuple[str, ...] = (),
) -> TrustStore:
    """Read one PEM or DER file; a missing path or a reading error becomes ``error`` in the record."""
    if path is None:
        return TrustStore(origin, name, None, 0, error=ReadErrorCode.NOT_FOUND, notes=notes)
    try:
        result = read_certificate_file(path)
    except ReadError as error:
        log.info("Store %s (%s) not read: %s", name, path, error)
        return TrustStore(origin, name, path, 0, error=error.code, error_detail=error.detail, notes=notes)
    return store_from_result(origin, name, path, result, organisation_fingerprints, notes=notes)


def read_folder_store(
    origin: StoreOrigin,
    name: str,
    folder: Path,
    organisation_fingerprints: set[str],
) -> TrustStore:
    """Read every regular file of a folder (anchor folders, SSL_CERT_DIR) as one store.

    Files that hold no certificate (OpenSSL's hash links to other files are read once through
    their target) are counted as block problems with the file name as the label.
    """
    if not folder.is_dir():
        code = ReadErrorCode.NOT_FOUND if not folder.exists() else ReadErrorCode.NO_CERTIFICATE
        return TrustStore(origin, name, folder, 0, error=code)

    blocks: list[Block] = []
    seen: set[Path] = set()
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        return TrustStore(origin, name, folder, 0, error=ReadErrorCode.UNREADABLE, error_detail=str(error))
    for entry in entries:
        try:
            target = entry.resolve()
        except OSError:
            continue
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        try:
            result = read_certificate_file(target)
        except ReadError as error:
            blocks.append(Block(len(blocks) + 1, BlockKind.OTHER, entry.name, error=error.code.value))
            continue
        for block in result.blocks:
            blocks.append(
                Block(len(blocks) + 1, block.kind, f"{entry.name}:{block.label}", block.certificate, block.error)
            )
    return store_from_result(
        origin, name, folder, ReadResult(str(folder), "folder", tuple(blocks)), organisation_fingerprints
    )
