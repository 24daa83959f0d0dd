"""The merged bundle: content, re-serialisation, atomic replacement, and what it never writes."""

from __future__ import annotations

import hashlib
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import certifi
import pytest
import trustme

from trustdesk import paths
from trustdesk.certs.bundle import BundleError, build_merged_bundle, check_bundle_loads
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.certs.reader import read_certificate_file

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"


def certifi_digest() -> str:
    return hashlib.sha256(Path(certifi.where()).read_bytes()).hexdigest()


def test_bundle_contains_certifi_and_organisation(tmp_path: Path) -> None:
    organisation = read_certificate_file(CASES / "root_plus_intermediate.pem").certificates
    public = read_certificate_file(certifi.where()).certificates

    result = build_merged_bundle(organisation, tmp_path / "bundle.pem")

    written = read_certificate_file(result.path)
    fingerprints = {sha256_fingerprint(c) for c in written.certificates}
    assert {sha256_fingerprint(c) for c in public} <= fingerprints
    assert {sha256_fingerprint(c) for c in organisation} <= fingerprints
    assert result.organisation_count == 2
    assert result.public_count == len({sha256_fingerprint(c) for c in public})
    assert check_bundle_loads(result.path) == len(fingerprints)


def test_bundle_default_path_is_data_folder() -> None:
    organisation = read_certificate_file(CASES / "good_root.pem").certificates

    result = build_merged_bundle(organisation)

    assert result.path == paths.merged_bundle_path()
    assert result.path.is_file()


def test_bundle_blocks_are_plain_and_commented(tmp_path: Path) -> None:
    organisation = read_certificate_file(CASES / "good_root_trusted.pem").certificates
    organisation += read_certificate_file(CASES / "concat_no_newline.pem").certificates

    result = build_merged_bundle(organisation, tmp_path / "bundle.pem")

    text = result.path.read_text(encoding="utf-8")
    assert "TRUSTED CERTIFICATE" not in text
    assert "----------" not in text
    assert "\r" not in text
    assert text.count("-----BEGIN CERTIFICATE-----") == text.count("| SHA-256 ")
    assert "CN=Example Corp Root CA (good),O=Example Corp | SHA-256 F0561EA4" in text


def test_bundle_deduplicates_by_fingerprint(tmp_path: Path) -> None:
    root = read_certificate_file(CASES / "good_root.pem").certificates[0]
    public_root = read_certificate_file(certifi.where()).certificates[0]

    result = build_merged_bundle([root, root, public_root], tmp_path / "bundle.pem")

    text = result.path.read_text(encoding="utf-8")
    assert text.count(sha256_fingerprint(root)) == 1
    assert text.count(sha256_fingerprint(public_root)) == 1
    assert result.already_public == 1


def test_bundle_never_writes_private_key(tmp_path: Path) -> None:
    source = read_certificate_file(CASES / "cert_with_text_and_key.pem")
    organisation = OrganisationSet(tmp_path / "organisation.pem")
    organisation.add(source.certificates)

    build_merged_bundle(organisation.certificates, tmp_path / "bundle.pem")

    for written in tmp_path.rglob("*"):
        if written.is_file():
            assert b"PRIVATE KEY" not in written.read_bytes(), written


def test_bundle_leaves_certifi_unchanged(tmp_path: Path) -> None:
    before = certifi_digest()

    build_merged_bundle(read_certificate_file(CASES / "good_root.pem").certificates, tmp_path / "b.pem")

    assert certifi_digest() == before


def test_bundle_rebuild_is_byte_identical(tmp_path: Path) -> None:
    organisation = read_certificate_file(CASES / "good_root.pem").certificates
    first = build_merged_bundle(organisation, tmp_path / "bundle.pem").path.read_bytes()

    second = build_merged_bundle(organisation, tmp_path / "bundle.pem").path.read_bytes()

    assert first == second
    assert (tmp_path / "bundle.pem.bak").read_bytes() == first


def test_bundle_rejected_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    destination = tmp_path / "bundle.pem"
    destination.write_bytes(b"previous content\n")

    def reject(*_args: object, **_kwargs: object) -> ssl.SSLContext:
        raise ssl.SSLError("simulated rejection")

    monkeypatch.setattr(ssl, "create_default_context", reject)
    with pytest.raises(BundleError):
        build_merged_bundle(read_certificate_file(CASES / "good_root.pem").certificates, destination)

    assert destination.read_bytes() == b"previous content\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_bundle_unwritable_folder_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("file in the way")

    with pytest.raises(BundleError):
        build_merged_bundle([], blocker / "bundle.pem")


def test_bundle_verifies_server_signed_by_organisation(tmp_path: Path) -> None:
    organisation_ca = trustme.CA(organization_name="Example Org")
    server_cert = organisation_ca.issue_cert("localhost")
    ca_file = tmp_path / "org.pem"
    ca_file.write_bytes(organisation_ca.cert_pem.bytes())
    bundle = build_merged_bundle(read_certificate_file(ca_file).certificates, tmp_path / "bundle.pem")

    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(server_context)
    client_context = ssl.create_default_context(cafile=str(bundle.path))

    with (
        _tls_server(server_context) as port,
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        client_context.wrap_socket(raw, server_hostname="localhost") as tls,
    ):
        assert tls.version() is not None


@contextmanager
def _tls_server(context: ssl.SSLContext) -> Iterator[int]:
    """Serve one TLS handshake on 127.0.0.1 and yield the port."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            try:
                with context.wrap_socket(connection, server_side=True) as tls:
                    tls.recv(1)
            except (ssl.SSLError, OSError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        thread.join(timeout=5)
        listener.close()


def test_organisation_set_persists(tmp_path: Path) -> None:
    path = tmp_path / "organisation.pem"
    certificates = read_certificate_file(CASES / "root_plus_intermediate.pem").certificates

    first = OrganisationSet(path)
    added = first.add(certificates)
    again = first.add(certificates)
    reloaded = OrganisationSet(path)

    assert len(added) == 2
    assert again == []
    assert reloaded.fingerprints() == first.fingerprints()
    assert reloaded.remove(sha256_fingerprint(certificates[1]))
    assert len(OrganisationSet(path).certificates) == 1
