"""Linux OS stores under a fake root, and every store a setting names, in a temporary HOME."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import trustme

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import ReadErrorCode, read_certificate_bytes
from trustdesk.stores.catalogue import all_stores, botocore_bundled_path
from trustdesk.stores.inventory import StoreOrigin
from trustdesk.stores.linux import system_stores

CLEARED = (
    "AWS_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "NODE_EXTRA_CA_CERTS",
    "PIP_CERT",
    "PIP_CONFIG_FILE",
    "GIT_SSL_CAINFO",
    "GIT_SSL_CAPATH",
    "GIT_SSL_NO_VERIFY",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "GIT_CONFIG_GLOBAL",
    "NPM_CONFIG_USERCONFIG",
    "NPM_CONFIG_GLOBALCONFIG",
    "CURL_HOME",
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name in CLEARED or name.lower().startswith("npm_config_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / ".aws" / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / ".aws" / "credentials"))
    monkeypatch.setenv("NPM_CONFIG_GLOBALCONFIG", str(tmp_path / "no-global-npmrc"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return home


def write_ca(path: Path, ca: trustme.CA) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ca.cert_pem.write_to_path(str(path))
    return path


def fingerprint(ca: trustme.CA) -> str:
    return sha256_fingerprint(read_certificate_bytes(ca.cert_pem.bytes()).certificates[0])


def by_name(stores: list, name: str):  # type: ignore[no-untyped-def]
    return next(store for store in stores if store.name == name)


def test_linux_bundles_and_anchors(tmp_path: Path) -> None:
    organisation, other = trustme.CA(), trustme.CA()
    bundle = tmp_path / "etc/ssl/certs/ca-certificates.crt"
    bundle.parent.mkdir(parents=True)
    bundle.write_bytes(organisation.cert_pem.bytes() + other.cert_pem.bytes())
    link = tmp_path / "etc/ssl/cert.pem"
    link.symlink_to(bundle)
    write_ca(tmp_path / "usr/local/share/ca-certificates/corp.crt", organisation)
    (tmp_path / "usr/local/share/ca-certificates/notes.txt").write_text("not a certificate\n")

    stores = system_stores({fingerprint(organisation)}, root=tmp_path)

    assert [store.name for store in stores] == [
        "linux:/etc/ssl/certs/ca-certificates.crt",
        "linux:/usr/local/share/ca-certificates",
    ]
    assert stores[0].certificate_count == 2
    assert stores[0].contains_organisation is True
    assert stores[0].lint_findings == 0
    assert stores[1].origin is StoreOrigin.OS_ANCHORS
    assert stores[1].certificate_count == 1
    assert [problem.label for problem in stores[1].block_problems] == ["notes.txt"]


def test_linux_anchor_folder_damaged_block(tmp_path: Path) -> None:
    ca = trustme.CA()
    folder = tmp_path / "etc/pki/ca-trust/source/anchors"
    folder.mkdir(parents=True)
    bad = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    (folder / "corp.pem").write_bytes(bad + ca.cert_pem.bytes())

    anchors = system_stores(set(), root=tmp_path)[0]

    assert anchors.certificate_count == 1
    assert anchors.block_problems[0].index == 1


def test_all_stores_from_settings(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    organisation = trustme.CA()
    corp = write_ca(tmp_path / "cas" / "corp.pem", organisation)
    other = write_ca(tmp_path / "cas" / "other.pem", trustme.CA())
    monkeypatch.setenv("AWS_CA_BUNDLE", str(corp))
    monkeypatch.setenv("SSL_CERT_DIR", str(corp.parent))
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", "")
    (home / ".aws").mkdir()
    (home / ".aws" / "config").write_text(
        f"[default]\nregion = eu-west-1\nca_bundle = {corp}\n\n[profile dev]\nca_bundle = {other}\n\n[profile empty]\nregion = us-east-1\n"
    )
    (home / ".aws" / "credentials").write_text(
        f"[ci]\naws_access_key_id = AKIDEXAMPLE\nca_bundle = {tmp_path / 'gone.pem'}\n"
    )
    (home / ".config" / "pip").mkdir(parents=True)
    (home / ".config" / "pip" / "pip.conf").write_text(f"[global]\ncert = {corp}\n")
    (home / ".npmrc").write_text("cafile=${HOME}/npm-ca.pem\nstrict-ssl=true\n")
    write_ca(home / "npm-ca.pem", organisation)
    (home / ".gitconfig").write_text(f"[http]\n\tsslCAInfo = {other}\n")

    stores = all_stores(tmp_path / "merged.pem", {fingerprint(organisation)}, include_system=False)

    assert by_name(stores, "env:AWS_CA_BUNDLE").contains_organisation is True
    assert by_name(stores, "env:SSL_CERT_DIR").certificate_count == 2
    assert by_name(stores, "env:NODE_EXTRA_CA_CERTS").error is ReadErrorCode.NOT_FOUND
    assert by_name(stores, "aws-config:default:ca_bundle").contains_organisation is True
    assert by_name(stores, "aws-config:dev:ca_bundle").contains_organisation is False
    assert by_name(stores, "aws-config:ci:ca_bundle").error is ReadErrorCode.NOT_FOUND
    assert by_name(stores, "pip-config:user:global:cert").contains_organisation is True
    assert by_name(stores, "npmrc:user:cafile").path == home / "npm-ca.pem"
    assert by_name(stores, "trustdesk").error is ReadErrorCode.NOT_FOUND
    assert by_name(stores, "certifi").certificate_count > 100
    if shutil.which("git"):
        assert by_name(stores, "git-config:global:http.sslcainfo").contains_organisation is False


def test_all_stores_git_config_global(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    ca = trustme.CA()
    corp = write_ca(tmp_path / "corp.pem", ca)
    config = tmp_path / "custom-gitconfig"
    config.write_text(f"[http]\n\tsslCAInfo = {corp}\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))

    stores = all_stores(tmp_path / "merged.pem", {fingerprint(ca)}, include_system=False)

    assert by_name(stores, "git-config:global:http.sslcainfo").contains_organisation is True


def test_botocore_bundled_fallback_present() -> None:
    path = botocore_bundled_path()

    assert path is not None
    assert path.name == "cacert.pem"


def test_linux_real_system_stores() -> None:
    stores = system_stores(set())

    if not stores:
        pytest.skip("no distribution bundle on this machine")
    assert stores[0].certificate_count > 0
