"""The window's blocking steps, as plain functions that run on a worker thread.

Nothing here imports Qt widgets: each function takes and returns plain data, so the window can hand
it to ``workers.BackgroundRunner`` and show the outcome on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509

from trustdesk import paths
from trustdesk.certs.bundle import BundleResult, build_merged_bundle
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.certs.reader import Block, BlockKind, ReadError, ReadErrorCode, read_certificate_file
from trustdesk.stores.listing import StoreSummary, list_stores

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileImport:
    """What importing one file did. ``error`` is set when the file yielded no block at all."""

    path: str
    added: int = 0
    certificates: int = 0
    private_key: bool = False
    damaged: tuple[Block, ...] = ()
    error: ReadErrorCode | None = None
    error_detail: str = ""


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileImport, ...]
    # The whole set after the import, in import order, so the GUI thread never reads the file itself.
    certificates: tuple[x509.Certificate, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StartupState:
    organisation: OrganisationSet
    stores: list[StoreSummary]


def load_startup_state() -> StartupState:
    organisation = OrganisationSet()
    stores = scan_stores(organisation.fingerprints())
    return StartupState(organisation, stores)


def scan_stores(organisation_fingerprints: set[str]) -> list[StoreSummary]:
    return list_stores(paths.merged_bundle_path(), organisation_fingerprints)


def import_files(organisation: OrganisationSet, file_paths: Sequence[str]) -> ImportReport:
    """Read each file and add its certificates to ``organisation``; one bad file never stops the others.

    Only parsed certificates reach the set. Private-key blocks are reported by the reader without
    their bytes, so a key in the input cannot be written anywhere.
    """
    files: list[FileImport] = []
    for file_path in file_paths:
        try:
            result = read_certificate_file(file_path)
        except ReadError as error:
            log.warning("Import of %s failed: %s", file_path, error)
            files.append(FileImport(file_path, error=error.code, error_detail=error.detail))
            continue

        added = organisation.add(result.certificates)
        for block in result.damaged_blocks:
            log.warning("Skipped block %d (%s) of %s: %s", block.index, block.label, file_path, block.error)
        files.append(
            FileImport(
                file_path,
                added=len(added),
                certificates=len(result.certificates),
                private_key=result.contains_private_key,
                damaged=tuple(result.damaged_blocks),
            )
        )
        log.info(
            "Imported %s: %d certificates read, %d new, private key present: %s",
            file_path,
            len(result.certificates),
            len(added),
            result.contains_private_key,
        )
    return ImportReport(tuple(files), tuple(organisation.certificates))


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
