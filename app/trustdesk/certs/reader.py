"""Read certificate files of any layout into per-block results.

One damaged block never hides the others: each block found in a file gets its own result, with the
certificate or the reason it was rejected. Private keys are recognised so that they can be reported,
and their bytes are dropped on the spot: no result object ever keeps them.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

# Large OS bundles are a few hundred kilobytes; anything far beyond that is not a certificate file.
MAX_FILE_SIZE = 16 * 1024 * 1024

_PEM_BLOCK = re.compile(
    rb"-----BEGIN (?P<label>[A-Z0-9 ]+)-----(?P<body>.*?)-----END (?P=label)-----",
    re.DOTALL,
)
_PEM_HEADER_LINE = re.compile(rb"^[ \t]*[A-Za-z-]+:.*$", re.MULTILINE)
_CERTIFICATE_LABELS = {b"CERTIFICATE", b"X509 CERTIFICATE", b"TRUSTED CERTIFICATE"}


class BlockKind(enum.Enum):
    CERTIFICATE = "certificate"
    PRIVATE_KEY = "private-key"
    OTHER = "other"


class ReadErrorCode(enum.Enum):
    """Why a whole file could not be read; the GUI turns each into a translated sentence."""

    NOT_FOUND = "not-found"
    IS_DIRECTORY = "is-directory"
    PERMISSION_DENIED = "permission-denied"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too-large"
    NO_CERTIFICATE = "no-certificate"


class ReadError(Exception):
    """A file that yields no block at all; ``code`` says why and ``detail`` keeps the OS message."""

    def __init__(self, path: Path | str, code: ReadErrorCode, detail: str = "") -> None:
        super().__init__(f"{path}: {code.value}{': ' + detail if detail else ''}")
        self.path = str(path)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Block:
    """One block of a file: a certificate, or the reason the block gave none.

    ``index`` counts from 1 in file order. ``label`` is the PEM label, or "DER" for a binary file.
    ``notes`` lists facts that did not stop the read, such as dropped OpenSSL trust settings.
    """

    index: int
    kind: BlockKind
    label: str
    certificate: x509.Certificate | None = None
    error: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadResult:
    source: str
    format: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @property
    def certificates(self) -> list[x509.Certificate]:
        return [block.certificate for block in self.blocks if block.certificate is not None]

    @property
    def contains_private_key(self) -> bool:
        return any(block.kind is BlockKind.PRIVATE_KEY for block in self.blocks)

    @property
    def damaged_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.error is not None]


def read_certificate_file(path: Path | str) -> ReadResult:
    """Read every block of the file at ``path``; raise ``ReadError`` when the file yields none."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ReadError(path, ReadErrorCode.IS_DIRECTORY)
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise ReadError(path, ReadErrorCode.TOO_LARGE, f"{size} bytes")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ReadError(path, ReadErrorCode.NOT_FOUND, error.strerror or "") from error
    except PermissionError as error:
        raise ReadError(path, ReadErrorCode.PERMISSION_DENIED, error.strerror or "") from error
    except OSError as error:
        raise ReadError(path, ReadErrorCode.UNREADABLE, str(error)) from error
    return read_certificate_bytes(data, str(path))


def read_certificate_bytes(data: bytes, source: str = "<memory>") -> ReadResult:
    """Read every block of ``data``, detecting PEM or DER by content, never by file name."""
    if not data.strip():
        raise ReadError(source, ReadErrorCode.EMPTY)

    text = _as_ascii_text(data)
    if text is not None and b"-----BEGIN " in text:
        return ReadResult(source, "pem", tuple(_read_pem_blocks(text)))

    certificate, error, notes = _load_der_certificate(data)
    if certificate is not None:
        return ReadResult(source, "der", (Block(1, BlockKind.CERTIFICATE, "DER", certificate, notes=notes),))
    raise ReadError(source, ReadErrorCode.NO_CERTIFICATE, error or "")


def _as_ascii_text(data: bytes) -> bytes | None:
    """Return ``data`` as 8-bit text without a byte-order mark, decoding UTF-16 when it is that."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").encode("ascii", errors="replace")
        except UnicodeDecodeError:
            return None

    # UTF-16 without a byte-order mark: ASCII text then has a NUL in every other byte.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le").encode("ascii", errors="replace")
        except UnicodeDecodeError:
            return None
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-be").encode("ascii", errors="replace")
        except UnicodeDecodeError:
            return None
    return data


def _read_pem_blocks(text: bytes) -> list[Block]:
    blocks: list[Block] = []
    for index, match in enumerate(_PEM_BLOCK.finditer(text), start=1):
        label = match.group("label").decode("ascii")
        if b"PRIVATE KEY" in match.group("label"):
            # The key's bytes go out of scope here: only the fact that a key was present is kept.
            blocks.append(Block(index, BlockKind.PRIVATE_KEY, label))
            continue
        if match.group("label") not in _CERTIFICATE_LABELS:
            blocks.append(Block(index, BlockKind.OTHER, label, error=f"not a certificate ({label})"))
            continue

        body = _PEM_HEADER_LINE.sub(b"", match.group("body"))
        try:
            der = base64.b64decode(b"".join(body.split()), validate=True)
        except (binascii.Error, ValueError) as error:
            blocks.append(Block(index, BlockKind.CERTIFICATE, label, error=f"invalid base64: {error}"))
            continue

        notes: tuple[str, ...] = ()
        if match.group("label") == b"TRUSTED CERTIFICATE":
            der = _strip_openssl_trust_settings(der)
            notes = ("OpenSSL trust settings dropped",)
        certificate, error_text, load_notes = _load_der_certificate(der)
        blocks.append(
            Block(index, BlockKind.CERTIFICATE, label, certificate, error=error_text, notes=notes + load_notes)
        )
    return blocks


def _load_der_certificate(der: bytes) -> tuple[x509.Certificate | None, str | None, tuple[str, ...]]:
    """Parse one DER certificate; warnings from cryptography become notes instead of being lost."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            certificate = x509.load_der_x509_certificate(der)
        except ValueError as error:
            return None, f"not a valid certificate: {error}", ()
    return certificate, None, tuple(str(warning.message) for warning in caught)


def _strip_openssl_trust_settings(der: bytes) -> bytes:
    """Return the certificate part of an OpenSSL ``TRUSTED CERTIFICATE`` (certificate + X509_AUX).

    cryptography has no API for OpenSSL's trust trailer, so this reads the outer DER SEQUENCE header
    (tag and length only) to find where the certificate ends. Malformed input is returned unchanged
    and then fails in the certificate parser with its own message.
    """
    if len(der) < 2 or der[0] != 0x30:
        return der
    first_length_byte = der[1]
    if first_length_byte < 0x80:
        return der[: 2 + first_length_byte]
    length_octets = first_length_byte & 0x7F
    if length_octets == 0 or length_octets > 4 or len(der) < 2 + length_octets:
        return der
    length = int.from_bytes(der[2 : 2 + length_octets], "big")
    return der[: 2 + length_octets + length]
