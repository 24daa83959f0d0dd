"""The window's blocking steps, as plain functions that run on a worker thread.

Nothing here imports Qt widgets: each function takes and returns plain data, so the window can hand
it to ``workers.BackgroundRunner`` and show the outcome on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from cryptography import x509

from trustdesk import paths
from trustdesk.certs.bundle import BundleResult, build_merged_bundle, certifi_bundle_path
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.lint import Finding, lint_certificate
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.certs.reader import Block, BlockKind, ReadError, ReadErrorCode, ReadResult, read_certificate_file

log = logging.getLogger(__name__)


# Findings of each certificate, keyed by its SHA-256 fingerprint.
FindingsByFingerprint = dict[str, tuple[Finding, ...]]


@dataclass(frozen=True)
class FileImport:
    """What importing one file did. ``error`` is set when the file yielded no block at all.

    ``unparsed_included`` counts certificates without details that the user chose to include.
    """

    path: str
    added: int = 0
    certificates: int = 0
    private_key: bool = False
    damaged: tuple[Block, ...] = ()
    error: ReadErrorCode | None = None
    error_detail: str = ""
    unparsed_included: int = 0


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileImport, ...]
    # The whole set after the import, in import order, so the GUI thread never reads the file itself.
    certificates: tuple[x509.Certificate, ...] = field(default_factory=tuple)
    findings: FindingsByFingerprint = field(default_factory=dict)


@dataclass(frozen=True)
class StartupState:
    organisation: OrganisationSet
    findings: FindingsByFingerprint = field(default_factory=dict)


def load_startup_state() -> StartupState:
    organisation = OrganisationSet()
    return StartupState(organisation, lint_set(organisation.certificates))


# --- linting with context -----------------------------------------------------------------------


def public_roots() -> list[x509.Certificate]:
    """Return certifi's roots, the ones every tool already trusts; [] when they cannot be read."""
    try:
        return read_certificate_file(certifi_bundle_path()).certificates
    except ReadError as error:
        log.warning("Cannot read the public roots for linting: %s", error)
        return []


def lint_set(
    certificates: Sequence[x509.Certificate],
    context: Sequence[x509.Certificate] = (),
    roots: Sequence[x509.Certificate] | None = None,
) -> FindingsByFingerprint:
    """Lint each certificate as an organisation CA; an issuer in ``certificates`` or ``context`` counts as known."""
    roots = public_roots() if roots is None else roots
    subjects = {certificate.subject for certificate in (*certificates, *context, *roots)}
    return {
        sha256_fingerprint(certificate): tuple(
            lint_certificate(certificate, public_roots=roots, issuer_known=certificate.issuer in subjects)
        )
        for certificate in certificates
    }


# --- import preview ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilePreview:
    """One file as read for the import summary.

    ``result`` is None when the file yielded nothing; ``error`` then says why. ``declined`` marks a
    password-protected file whose password prompt the user cancelled: nothing of it is imported.
    """

    path: str
    result: ReadResult | None = None
    error: ReadErrorCode | None = None
    error_detail: str = ""
    declined: bool = False

    @property
    def needs_password(self) -> bool:
        return not self.declined and self.error in (ReadErrorCode.PASSWORD_REQUIRED, ReadErrorCode.WRONG_PASSWORD)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would add, shown to the user before anything is written."""

    files: tuple[FilePreview, ...]
    findings: FindingsByFingerprint = field(default_factory=dict)
    # SHA-256 fingerprints already in the organisation set before this import.
    known: frozenset[str] = frozenset()

    def certificates(self) -> list[x509.Certificate]:
        return [
            certificate for item in self.files if item.result is not None for certificate in item.result.certificates
        ]

    def unparsed_blocks(self) -> list[tuple[str, Block]]:
        return [
            (item.path, block)
            for item in self.files
            if item.result is not None
            for block in item.result.unparsed_certificates
        ]

    def has_importable(self) -> bool:
        return bool(self.certificates() or self.unparsed_blocks())

    def first_needing_password(self) -> FilePreview | None:
        return next((item for item in self.files if item.needs_password), None)

    def decline(self, path: str) -> ImportPreview:
        """Return this preview with ``path`` marked as declined (its password prompt was cancelled)."""
        files = tuple(
            FilePreview(item.path, item.result, item.error, item.error_detail, True) if item.path == path else item
            for item in self.files
        )
        return ImportPreview(files, self.findings, self.known)


@dataclass(frozen=True)
class ImportChoice:
    """The user's decision in the import summary: certificates without details to include, by (path, block index)."""

    include_unparsed: frozenset[tuple[str, int]] = frozenset()


def preview_files(
    file_paths: Sequence[str],
    existing: Sequence[x509.Certificate] = (),
    passwords: Mapping[str, bytes] | None = None,
    declined: Collection[str] = (),
) -> ImportPreview:
    """Read and lint each file without adding anything; one bad file never stops the others.

    ``passwords`` maps a PKCS#12 file's path to the password the user entered (never logged).
    ``existing`` is the organisation set, so an intermediate whose root is already imported is linted
    with that root as its known issuer.
    """
    passwords = passwords or {}
    files: list[FilePreview] = []
    for file_path in file_paths:
        if file_path in declined:
            files.append(FilePreview(file_path, error=ReadErrorCode.PASSWORD_REQUIRED, declined=True))
            continue
        try:
            result = read_certificate_file(file_path, password=passwords.get(file_path))
        except ReadError as error:
            log.warning("Reading %s failed: %s", file_path, error.code.value)
            files.append(FilePreview(file_path, error=error.code, error_detail=error.detail))
            continue
        files.append(FilePreview(file_path, result))
        log.info("Read %s: %d blocks, format %s", file_path, len(result.blocks), result.format)

    preview = ImportPreview(tuple(files), known=frozenset(sha256_fingerprint(c) for c in existing))
    findings = lint_set(preview.certificates(), existing)
    return ImportPreview(preview.files, findings, preview.known)


def apply_import(organisation: OrganisationSet, preview: ImportPreview, choice: ImportChoice) -> ImportReport:
    """Add the previewed certificates to ``organisation`` and report per file what happened.

    Only parsed certificates reach the set. Private-key blocks are reported by the reader without
    their bytes, so a key in the input cannot be written anywhere.
    """
    files: list[FileImport] = []
    for item in preview.files:
        if item.result is None:
            code = item.error or ReadErrorCode.UNREADABLE
            files.append(FileImport(item.path, error=code, error_detail=item.error_detail))
            continue
        result = item.result
        added = organisation.add(result.certificates)
        for block in result.damaged_blocks:
            log.warning("Skipped block %d (%s) of %s: %s", block.index, block.label, item.path, block.error)
        included = [
            block for block in result.unparsed_certificates if (item.path, block.index) in choice.include_unparsed
        ]
        # TODO: OrganisationSet keeps parsed certificates only, so a certificate without details that the
        # user includes is reported (``unparsed_included``) but not yet stored or written to the bundle.
        for block in included:
            log.warning(
                "Certificate without details %s #%d was chosen but cannot be stored yet", item.path, block.index
            )
        files.append(
            FileImport(
                item.path,
                added=len(added),
                certificates=len(result.certificates),
                private_key=result.contains_private_key,
                damaged=tuple(block for block in result.damaged_blocks if not block.details_unavailable),
                unparsed_included=len(included),
            )
        )
        log.info(
            "Imported %s: %d certificates read, %d new, private key present: %s",
            item.path,
            len(result.certificates),
            len(added),
            result.contains_private_key,
        )
    certificates = organisation.certificates
    return ImportReport(tuple(files), tuple(certificates), lint_set(certificates))


def build_bundle(organisation: Sequence[x509.Certificate]) -> BundleResult:
    return build_merged_bundle(list(organisation), paths.merged_bundle_path())


def is_other_block(block: Block) -> bool:
    return block.kind is BlockKind.OTHER


@dataclass
class ChainNode:
    certificate: x509.Certificate
    children: list[ChainNode] = field(default_factory=list)


def chain_forest(certificates: Sequence[x509.Certificate]) -> list[ChainNode]:
    """Arrange certificates as trees, root → intermediate → leaf, matching issuer to subject.

    A certificate whose issuer is not in the list (or is itself) becomes a top-level node. When the
    Authority Key Identifier and Subject Key Identifier are both present they must match too, so two
    CAs with the same name but different keys are not confused. Cycles (cross-signed pairs) are
    broken by keeping the certificate at the top level.
    """
    nodes = {sha256_fingerprint(certificate): ChainNode(certificate) for certificate in certificates}
    parent_of: dict[str, str] = {}
    for fingerprint, node in nodes.items():
        parent = _find_issuer(node.certificate, fingerprint, nodes)
        if parent is not None and not _creates_cycle(fingerprint, parent, parent_of):
            parent_of[fingerprint] = parent

    roots: list[ChainNode] = []
    for fingerprint, node in nodes.items():
        parent = parent_of.get(fingerprint)
        if parent is None:
            roots.append(node)
        else:
            nodes[parent].children.append(node)
    return roots


def _find_issuer(certificate: x509.Certificate, own: str, nodes: dict[str, ChainNode]) -> str | None:
    if certificate.issuer == certificate.subject:
        return None
    authority_key = _key_identifier(certificate, authority=True)
    for fingerprint, candidate in nodes.items():
        if fingerprint == own or candidate.certificate.subject != certificate.issuer:
            continue
        subject_key = _key_identifier(candidate.certificate, authority=False)
        if authority_key is not None and subject_key is not None and authority_key != subject_key:
            continue
        return fingerprint
    return None


def _creates_cycle(child: str, parent: str, parent_of: dict[str, str]) -> bool:
    current: str | None = parent
    while current is not None:
        if current == child:
            return True
        current = parent_of.get(current)
    return False


def _key_identifier(certificate: x509.Certificate, *, authority: bool) -> bytes | None:
    try:
        if authority:
            return certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
        return certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except (x509.ExtensionNotFound, ValueError):
        return None
