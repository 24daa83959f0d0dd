"""Every certificate, PKCS#7 and PKCS#12 file of the cryptography_vectors package through the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustdesk.certs.details import describe
from trustdesk.certs.lint import lint_certificate
from trustdesk.certs.reader import ReadError, read_certificate_file

vectors = pytest.importorskip("cryptography_vectors", reason="cryptography_vectors is in the test extra")
ROOT = Path(vectors.__file__).resolve().parent
SUFFIXES = {".pem", ".der", ".crt", ".cer", ".p7b", ".p7c", ".p12", ".pfx"}
# cryptography_vectors 50.0.2 has about 1000 such files under x509/, pkcs7/ and pkcs12/.
MIN_FILES = 900


def corpus_files() -> list[Path]:
    return sorted(
        path
        for folder in ("x509", "pkcs7", "pkcs12")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and path.suffix.lower() in SUFFIXES
    )


def test_corpus_never_crashes() -> None:
    files = corpus_files()
    loaded = rejected = certificates = 0

    for path in files:
        try:
            result = read_certificate_file(path)
        except ReadError as error:
            assert error.code.value, path
            rejected += 1
            continue
        loaded += 1
        for block in result.blocks:
            assert block.certificate is not None or block.error or block.kind.value != "certificate", (path, block)
        for certificate in result.certificates:
            describe(certificate)
            lint_certificate(certificate)
            certificates += 1

    print(f"corpus: {len(files)} files, {loaded} read, {rejected} rejected, {certificates} certificates linted")
    assert len(files) >= MIN_FILES
    assert loaded > rejected
