"""One record per trust store, whatever the OS or tool behind it, built from certs.reader results.

Every function here turns reading errors into fields of the record: one unreadable store never
aborts the listing of the others.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.lint import Finding, LintSummary, Severity, lint_trust_anchor, trust_anchor_findings
from trustdesk.certs.lint import lint_summary as summarise_findings
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
class StoreCertificate:
    """One certificate of a store with its SHA-256 fingerprint and its lint findings (most severe first).

    ``trusted`` is False for a certificate the OS keeps but does not trust for TLS server
    authentication (Windows purposes, macOS trust settings); True everywhere else.
    """

    certificate: x509.Certificate = field(repr=False)
    fingerprint: str
    findings: tuple[Finding, ...] = field(default=(), repr=False)
    trusted: bool = True


@dataclass(frozen=True)
class TrustStore:
    """One store: what it contains and whether the organisation CAs are in it.

    ``name`` is stable and unique within a listing ("env:SSL_CERT_FILE", "aws-config:dev:ca_bundle",
    "macos:login"). ``trusted_count`` is None where every certificate of the store is a trust
    anchor (PEM bundles), and the number of certificates trusted for TLS server authentication
    where the OS keeps trust apart from presence (Windows purposes, macOS trust settings).
    ``contains_organisation`` is None when no organisation CA is known or nothing could be read.
    ``lint_findings`` counts certificates with an ERROR lint finding; None where nothing was read.
    ``lint`` holds the full counts (per code, per tool, failing strict verification) and
    ``certificates`` every certificate in store order; both stay empty where nothing was read.
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
    lint: LintSummary | None = field(default=None, repr=False, compare=False)
    certificates: tuple[StoreCertificate, ...] = field(default=(), repr=False, compare=False)


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
    """Return how many certificates have at least one ERROR finding from ``certs.lint.lint_trust_anchor``.

    Warnings and notes are left to the details view, so the store row shows only what breaks some tool.
    """
    return sum(
        any(finding.severity is Severity.ERROR for finding in lint_trust_anchor(certificate))
        for certificate in certificates
    )


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
    """Summarise a read result. ``trusted`` lists the certificates the OS trusts for TLS, when it keeps that apart.

    Where the OS keeps no separate trust (``trusted`` is None), every store read from the same
    blocks (one bundle named by eight variables) shares one summary. It is kept across scans until a
    validity finding of one of its certificates changes (see ``_shared_contents``).
    """
    if trusted is None:
        contents = _shared_contents(result, organisation_fingerprints)
        return dataclasses.replace(contents, origin=origin, name=name, path=path, notes=notes)
    return _summarise(origin, name, path, result, organisation_fingerprints, trusted=trusted, notes=notes)[0]


def _summarise(
    origin: StoreOrigin,
    name: str,
    path: Path | None,
    result: ReadResult,
    organisation_fingerprints: set[str],
    *,
    trusted: Iterable[x509.Certificate] | None = None,
    notes: tuple[str, ...] = (),
    now: datetime | None = None,
) -> tuple[TrustStore, datetime]:
    """Build the store record and return it with the instant its lint findings stop holding."""
    now = now or datetime.now(UTC)
    certificates = result.certificates
    fingerprint_list = [fingerprint_of(certificate) for certificate in certificates]
    fingerprints = frozenset(fingerprint_list)
    trusted_list = list(trusted) if trusted is not None else None
    trusted_fingerprints = (
        {fingerprint_of(certificate) for certificate in trusted_list} if trusted_list is not None else None
    )
    contains = contains_all(
        trusted_fingerprints if trusted_fingerprints is not None else fingerprints, organisation_fingerprints
    )

    entries: list[StoreCertificate] = []
    until = _NEVER
    for certificate, fingerprint in zip(certificates, fingerprint_list, strict=True):
        findings, certificate_until = trust_anchor_findings(certificate, fingerprint, now)
        until = min(until, certificate_until)
        entries.append(
            StoreCertificate(
                certificate,
                fingerprint,
                findings,
                trusted_fingerprints is None or fingerprint in trusted_fingerprints,
            )
        )
    summary = summarise_findings(entry.findings for entry in entries)
    store = TrustStore(
        origin=origin,
        name=name,
        path=path,
        certificate_count=len(certificates),
        block_problems=block_problems(result.blocks),
        contains_organisation=contains,
        trusted_count=len(trusted_list) if trusted_list is not None else None,
        lint_findings=summary.with_errors,
        notes=notes,
        fingerprints=fingerprints,
        lint=summary,
        certificates=tuple(entries),
    )
    return store, until


_NEVER = datetime.max.replace(tzinfo=UTC)
# Enough for every distinct file and folder of one machine's stores.
_CONTENTS_CACHE_SIZE = 256
# id(blocks) -> (blocks, organisation fingerprints, computed at, valid until, record). The value keeps
# the blocks tuple alive, so its id is not reused while the entry exists.
_contents_cache: dict[int, tuple[tuple[Block, ...], frozenset[str], datetime, datetime, TrustStore]] = {}
_contents_lock = threading.Lock()


def _shared_contents(result: ReadResult, organisation_fingerprints: set[str]) -> TrustStore:
    """Return the record of ``result`` (origin, name, path and notes still to be set), computed once.

    The record depends only on the blocks, the organisation fingerprints and the time. The time
    enters only through the validity findings, so the record is reused from the instant it was
    computed up to the instant ``certs.lint.trust_anchor_findings`` returns for the first of them to
    change. A clock set back makes it computed again. Read results come from ``read_cached``, which
    returns the same blocks while a file is unchanged, so a rescan reuses the record.
    """
    now = datetime.now(UTC)
    organisation = frozenset(organisation_fingerprints)
    with _contents_lock:
        cached = _contents_cache.get(id(result.blocks))
    if cached is not None and cached[0] is result.blocks and cached[1] == organisation and cached[2] <= now < cached[3]:
        return cached[4]
    store, until = _summarise(StoreOrigin.OS_BUNDLE, "", None, result, organisation_fingerprints, now=now)
    with _contents_lock:
        if len(_contents_cache) >= _CONTENTS_CACHE_SIZE:
            _contents_cache.pop(next(iter(_contents_cache)))
        _contents_cache[id(result.blocks)] = (result.blocks, organisation, now, until, store)
    return store


# --- reading each file once per change ------------------------------------------------------------

# Enough for every store file on one machine; the oldest entry goes first when a file keeps changing.
_READ_CACHE_SIZE = 256
_read_cache: dict[tuple[int, int, int, int], ReadResult | ReadError] = {}
_read_cache_lock = threading.Lock()


def read_cached(path: Path) -> ReadResult:
    """Read ``path`` with ``read_certificate_file``, once per version of the file; raise ``ReadError`` like it.

    The cache key is the device, inode, size and modification time of the file the path leads to
    (links followed). One bundle named by eight variables, or reached through a link such as the
    hash links of SSL_CERT_DIR, is then parsed once. A rescan re-reads only files that changed, and
    a file replaced in place (a new inode) is read again. Missing files are never cached. A file
    reached by another path gives the same blocks under its own ``source``.
    """
    try:
        status = os.stat(path)
    except OSError:
        return read_certificate_file(path)  # raises the matching ReadError
    key = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
    with _read_cache_lock:
        cached = _read_cache.get(key)
    if isinstance(cached, ReadError) and cached.path != str(path):
        cached = None  # the message names the path; read again under this one
    if isinstance(cached, ReadResult) and cached.source != str(path):
        return dataclasses.replace(cached, source=str(path))
    if cached is None:
        try:
            cached = read_certificate_file(path)
        except ReadError as error:
            cached = error
        with _read_cache_lock:
            if len(_read_cache) >= _READ_CACHE_SIZE:
                _read_cache.pop(next(iter(_read_cache)))
            _read_cache[key] = cached
    if isinstance(cached, ReadError):
        raise cached
    return cached


def clear_read_cache() -> None:
    """Forget every cached file, folder listing and fingerprint; benchmarks call it to measure a cold scan."""
    with _read_cache_lock:
        _read_cache.clear()
        _fingerprint_cache.clear()
    _folder_cache.clear()
    _folder_results.clear()
    with _contents_lock:
        _contents_cache.clear()


# SHA-256 per certificate object. The cached read results keep their certificate objects, so a
# rescan meets the same objects again; each value keeps its certificate alive, so its id stays unique.
_FINGERPRINT_CACHE_SIZE = 16384
_fingerprint_cache: dict[int, tuple[x509.Certificate, str]] = {}


def fingerprint_of(certificate: x509.Certificate) -> str:
    """Return ``sha256_fingerprint(certificate)``, computed once per certificate object."""
    cached = _fingerprint_cache.get(id(certificate))
    if cached is not None and cached[0] is certificate:
        return cached[1]
    fingerprint = sha256_fingerprint(certificate)
    with _read_cache_lock:
        if len(_fingerprint_cache) >= _FINGERPRINT_CACHE_SIZE:
            _fingerprint_cache.clear()
        _fingerprint_cache[id(certificate)] = (certificate, fingerprint)
    return fingerprint


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
        result = read_cached(path)
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

    try:
        entries = _folder_entries(folder)
    except OSError as error:
        return TrustStore(origin, name, folder, 0, error=ReadErrorCode.UNREADABLE, error_detail=str(error))
    files: list[tuple[str, ReadResult | ReadError]] = []
    seen: set[Path] = set()
    for entry_name, target in entries:
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        try:
            files.append((entry_name, read_cached(target)))
        except ReadError as error:
            files.append((entry_name, error))

    # The same files read the same way give the same blocks object, so the store record computed
    # from them is reused (see store_from_result).
    key = str(folder)
    previous = _folder_results.get(key)
    if (
        previous is not None
        and len(previous[0]) == len(files)
        and all(
            old_name == new_name and (old is new or _same_blocks(old, new))
            for (old_name, old), (new_name, new) in zip(previous[0], files, strict=True)
        )
    ):
        blocks = previous[1]
    else:
        blocks = _folder_blocks(files)
        if len(_folder_results) >= _READ_CACHE_SIZE:
            _folder_results.clear()
        _folder_results[key] = (tuple(files), blocks)
    return store_from_result(origin, name, folder, ReadResult(str(folder), "folder", blocks), organisation_fingerprints)


# folder -> (its files as last read, the blocks built from them)
_folder_results: dict[str, tuple[tuple[tuple[str, ReadResult | ReadError], ...], tuple[Block, ...]]] = {}


def _same_blocks(old: ReadResult | ReadError, new: ReadResult | ReadError) -> bool:
    if isinstance(old, ReadResult) and isinstance(new, ReadResult):
        return old.blocks is new.blocks
    return isinstance(old, ReadError) and isinstance(new, ReadError) and old.code is new.code


def _folder_blocks(files: list[tuple[str, ReadResult | ReadError]]) -> tuple[Block, ...]:
    """Number the blocks of every file of a folder as one store; a file that gives none is one block."""
    blocks: list[Block] = []
    for entry_name, result in files:
        if isinstance(result, ReadError):
            blocks.append(Block(len(blocks) + 1, BlockKind.OTHER, entry_name, error=result.code.value))
            continue
        for block in result.blocks:
            blocks.append(
                Block(len(blocks) + 1, block.kind, f"{entry_name}:{block.label}", block.certificate, block.error)
            )
    return tuple(blocks)


_folder_cache: dict[tuple[str, int, int, int], tuple[tuple[str, Path], ...]] = {}


def _folder_entries(folder: Path) -> tuple[tuple[str, Path], ...]:
    """Return (name, resolved target) of every entry of ``folder``, sorted by name; raise ``OSError``.

    Resolving the few hundred hash links of /etc/ssl/certs costs more than parsing the certificates
    they point to, so the answer is kept until the folder's modification time changes (adding,
    removing or relinking an entry changes it).
    NOTE: a link whose target is itself a link in another folder is not re-resolved when only that
    other link changes; the next change to this folder picks it up.
    """
    status = os.stat(folder)
    key = (str(folder), status.st_dev, status.st_ino, status.st_mtime_ns)
    cached = _folder_cache.get(key)
    if cached is not None:
        return cached
    entries: list[tuple[str, Path]] = []
    for entry in sorted(folder.iterdir()):
        try:
            entries.append((entry.name, entry.resolve()))
        except OSError:
            continue
    if len(_folder_cache) >= _READ_CACHE_SIZE:
        _folder_cache.clear()
    _folder_cache[key] = tuple(entries)
    return _folder_cache[key]
