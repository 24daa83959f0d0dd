"""Read certificate files of any layout into per-block results.

One damaged block never hides the others: each block found in a file gets its own result, with the
certificate or the reason it was rejected. Private keys are recognised so that they can be reported,
and their bytes are dropped on the spot: no result object ever keeps them.

The format is detected from the content only, never from the file name: PEM (any mix of labels,
text around the blocks, CRLF, byte-order marks, UTF-16, indentation), DER, PKCS#7 (DER or PEM),
PKCS#12 and base64 without PEM lines.
"""

from __future__ import annotations

import base64
import binascii
import enum
import os
import re
import ssl
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.serialization import Encoding, load_der_private_key, pkcs7, pkcs12

# Large OS bundles are a few hundred kilobytes; anything far beyond that is not a certificate file.
MAX_FILE_SIZE = 16 * 1024 * 1024

# The body is any text up to the first matching END line. It is written as an unrolled loop (runs of
# non-dashes, and dashes that do not start the END line) instead of a lazy ".*?", with the same
# matches: the lazy form tries the END line at every character, and took longer on an OS bundle
# than cryptography's whole parse of it.
_PEM_BLOCK = re.compile(
    rb"-----BEGIN (?P<label>[A-Z0-9 #]+)-----"
    rb"(?P<body>[^-]*(?:-(?!----END (?P=label)-----)[^-]*)*)"
    rb"-----END (?P=label)-----"
)
_PEM_BEGIN = re.compile(rb"-----BEGIN (?P<label>[A-Z0-9 #]+)-----")
_PEM_HEADER_LINE = re.compile(rb"^[ \t]*[A-Za-z-]+:.*$", re.MULTILINE)
_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/=\s]+")
_CERTIFICATE_LABELS = {b"CERTIFICATE", b"X509 CERTIFICATE", b"TRUSTED CERTIFICATE"}
_PKCS7_LABELS = {b"PKCS7", b"PKCS #7 SIGNED DATA", b"CMS"}
_PUTTY_KEY_HEADER = re.compile(rb"^PuTTY-User-Key-File-\d+:", re.MULTILINE)

# Object identifiers matched in the minimal DER walk below.
_OID_PKCS7_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
_OID_PKCS7_DATA = bytes.fromhex("2a864886f70d010701")

PKCS7_LABEL = "PKCS#7"
PKCS12_LABEL = "PKCS#12"
TRUST_SETTINGS_DROPPED = "OpenSSL trust settings dropped"


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
    # A PKCS#12 file that is encrypted: the caller asks for the password and reads the file again.
    PASSWORD_REQUIRED = "password-required"
    WRONG_PASSWORD = "wrong-password"


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

    ``index`` counts from 1 in file order; a PKCS#7 or PKCS#12 container gives one block per
    certificate or key inside it. ``label`` is the PEM label, "DER", "PKCS#7" or "PKCS#12".
    ``notes`` lists facts that did not stop the read, such as dropped OpenSSL trust settings or a
    warning from cryptography. ``der`` is the certificate's DER encoding (never a key's).
    ``details_unavailable`` marks a certificate that cryptography rejects but OpenSSL parses: then
    ``certificate`` is None, ``error`` gives cryptography's reason and ``der`` lets the user decide
    whether to include it anyway.
    """

    index: int
    kind: BlockKind
    label: str
    certificate: x509.Certificate | None = None
    error: str | None = None
    notes: tuple[str, ...] = ()
    der: bytes | None = field(default=None, repr=False)
    details_unavailable: bool = False


@dataclass(frozen=True)
class ReadResult:
    """Every block of one source. ``format`` is "pem", "der", "pkcs7", "pkcs12" or "base64"."""

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
        """Blocks that gave no certificate, including those kept with ``details_unavailable``."""
        return [block for block in self.blocks if block.error is not None]

    @property
    def unparsed_certificates(self) -> list[Block]:
        """Certificates that only OpenSSL parses; their DER is kept for the user to decide."""
        return [block for block in self.blocks if block.details_unavailable]


def read_certificate_file(path: Path | str, *, password: bytes | None = None) -> ReadResult:
    """Read every block of the file at ``path``; raise ``ReadError`` when the file yields none.

    ``password`` is used only for PKCS#12 files; without it an encrypted one raises
    ``ReadError`` with ``PASSWORD_REQUIRED``.
    """
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
    return read_certificate_bytes(data, str(path), password=password)


def read_certificate_bytes(data: bytes, source: str = "<memory>", *, password: bytes | None = None) -> ReadResult:
    """Read every block of ``data``, detecting the format by content, never by file name.

    Raises ``ReadError`` naming ``source`` when the data yields no block at all.
    """
    if len(data) > MAX_FILE_SIZE:
        raise ReadError(source, ReadErrorCode.TOO_LARGE, f"{len(data)} bytes")
    if not data.strip():
        raise ReadError(source, ReadErrorCode.EMPTY)

    text = _as_ascii_text(data)
    if text is not None and b"-----BEGIN " in text:
        blocks = _read_pem_blocks(text)
        if not blocks:
            raise ReadError(source, ReadErrorCode.NO_CERTIFICATE, "no complete PEM block")
        return ReadResult(source, "pem", tuple(blocks))
    if text is not None and _PUTTY_KEY_HEADER.search(text):
        return ReadResult(source, "putty", (Block(1, BlockKind.PRIVATE_KEY, "PuTTY private key"),))

    binary = _read_binary(data, source, password)
    if binary is not None:
        return binary

    decoded = _decode_headerless_base64(text)
    if decoded is not None:
        from_base64 = _read_binary(decoded, source, password)
        if from_base64 is not None:
            return ReadResult(source, "base64", from_base64.blocks)

    detail = "no certificate, PKCS#7, PKCS#12 or key found"
    if data[:1] == b"\x30":
        # Report cryptography's reason: a binary file starting with a SEQUENCE is most likely a
        # certificate that is damaged.
        detail = _load_der_certificate(data)[1] or detail
    raise ReadError(source, ReadErrorCode.NO_CERTIFICATE, detail)


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


def _decode_headerless_base64(text: bytes | None) -> bytes | None:
    """Decode text that is only base64 (one line or wrapped), as some portals hand out certificates."""
    if text is None or not _BASE64_TEXT.fullmatch(text):
        return None
    compact = b"".join(text.split())
    if len(compact) < 16:
        return None
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None


# --- PEM ---------------------------------------------------------------------------------------


def _read_pem_blocks(text: bytes) -> list[Block]:
    blocks: list[Block] = []
    matches = list(_PEM_BLOCK.finditer(text))
    # The complete blocks do not overlap and come in text order, so one pass over both lists finds
    # the BEGIN lines outside every complete block.
    unterminated = []
    current = 0
    for begin in _PEM_BEGIN.finditer(text):
        while current < len(matches) and matches[current].end() <= begin.start():
            current += 1
        if not (current < len(matches) and matches[current].start() <= begin.start()):
            unterminated.append(begin)

    events: list[tuple[int, re.Match[bytes], bool]] = [(m.start(), m, True) for m in matches]
    events += [(m.start(), m, False) for m in unterminated]
    for _, match, complete in sorted(events, key=lambda event: event[0]):
        label = match.group("label").decode("ascii")
        if not complete:
            blocks.append(Block(len(blocks) + 1, _kind_of_label(label), label, error="no matching END line"))
        else:
            blocks.extend(_read_pem_block(len(blocks) + 1, label, match.group("body")))
    return blocks


def _kind_of_label(label: str) -> BlockKind:
    if "PRIVATE KEY" in label:
        return BlockKind.PRIVATE_KEY
    if label.encode("ascii") in _CERTIFICATE_LABELS:
        return BlockKind.CERTIFICATE
    return BlockKind.OTHER


def _read_pem_block(index: int, label: str, raw_body: bytes) -> list[Block]:
    """Return the blocks of one complete PEM block: one, or one per certificate of a PKCS#7 block."""
    label_bytes = label.encode("ascii")
    if "PRIVATE KEY" in label:
        # The key's bytes go out of scope here: only the fact that a key was present is kept.
        key_notes = ("encrypted",) if b"ENCRYPTED" in raw_body or "ENCRYPTED" in label else ()
        return [Block(index, BlockKind.PRIVATE_KEY, label, notes=key_notes)]
    if label_bytes not in _CERTIFICATE_LABELS and label_bytes not in _PKCS7_LABELS:
        return [Block(index, BlockKind.OTHER, label, error=f"not a certificate ({label})")]

    # A header line ("Proc-Type: ...") always has a colon; most bodies have none.
    body = _PEM_HEADER_LINE.sub(b"", raw_body) if b":" in raw_body else raw_body
    try:
        der = base64.b64decode(b"".join(body.split()), validate=True)
    except (binascii.Error, ValueError) as error:
        return [Block(index, BlockKind.CERTIFICATE, label, error=f"invalid base64: {error}")]

    if label_bytes in _PKCS7_LABELS:
        return _pkcs7_blocks(der, index, PKCS7_LABEL) or [
            Block(index, BlockKind.OTHER, label, error="PKCS#7 block without readable certificates")
        ]

    notes: tuple[str, ...] = ()
    if label_bytes == b"TRUSTED CERTIFICATE":
        der = _strip_openssl_trust_settings(der)
        notes = (TRUST_SETTINGS_DROPPED,)
    return [_certificate_block(index, label, der, notes)]


# --- DER, PKCS#7, PKCS#12, keys --------------------------------------------------------------------


def _read_binary(data: bytes, source: str, password: bytes | None) -> ReadResult | None:
    """Read binary ``data`` as a certificate, PKCS#7, PKCS#12 or private key; None when it is none."""
    certificate, _, notes = _load_der_certificate(data)
    if certificate is not None:
        return ReadResult(source, "der", (Block(1, BlockKind.CERTIFICATE, "DER", certificate, notes=notes, der=data),))

    if _is_pkcs7(data):
        blocks = _pkcs7_blocks(data, 1, PKCS7_LABEL)
        if blocks:
            return ReadResult(source, "pkcs7", tuple(blocks))
        raise ReadError(source, ReadErrorCode.NO_CERTIFICATE, "PKCS#7 without readable certificates")

    if _is_pkcs12(data):
        return ReadResult(source, "pkcs12", tuple(_pkcs12_blocks(data, source, password)))

    if _is_der_private_key(data):
        return ReadResult(source, "der", (Block(1, BlockKind.PRIVATE_KEY, "DER private key"),))

    if _looks_like_certificate(data):
        block = _certificate_block(1, "DER", data, ())
        if block.details_unavailable:
            return ReadResult(source, "der", (block,))
    return None


def _certificate_block(index: int, label: str, der: bytes, notes: tuple[str, ...]) -> Block:
    """Parse one DER certificate into a block; keep the DER when only OpenSSL can parse it."""
    certificate, error, load_notes = _load_der_certificate(der)
    if certificate is not None:
        return Block(index, BlockKind.CERTIFICATE, label, certificate, notes=notes + load_notes, der=der)
    if _openssl_parses(der):
        return Block(
            index,
            BlockKind.CERTIFICATE,
            label,
            error=error,
            notes=(*notes, "OpenSSL parses this certificate but cryptography rejects it"),
            der=der,
            details_unavailable=True,
        )
    return Block(index, BlockKind.CERTIFICATE, label, error=error, notes=notes)


# Certificates already parsed, by their exact DER. One root sits in the OS bundle, in each file of the
# OS anchor folder, in certifi and in botocore. Decoding its names costs far more than the parse
# itself: about 55 microseconds against 3 with cryptography 50. Only certificates that loaded are
# kept, so bytes that turn out to be a private key (a DER file is tried as a certificate first) never
# stay here. x509.Certificate objects are immutable, so sharing one between results is safe.
_CERTIFICATE_CACHE_SIZE = 2048
_certificate_cache: dict[bytes, tuple[x509.Certificate, tuple[str, ...]]] = {}
_certificate_cache_lock = threading.Lock()


def clear_certificate_cache() -> None:
    """Forget every parsed certificate; benchmarks call it to measure a first read."""
    with _certificate_cache_lock:
        _certificate_cache.clear()


def _load_der_certificate(der: bytes) -> tuple[x509.Certificate | None, str | None, tuple[str, ...]]:
    """Parse one DER certificate; warnings from cryptography become notes instead of being lost."""
    with _certificate_cache_lock:
        cached = _certificate_cache.get(der)
    if cached is not None:
        return cached[0], None, cached[1]
    certificate, error, notes = _parse_der_certificate(der)
    if certificate is not None:
        with _certificate_cache_lock:
            if len(_certificate_cache) >= _CERTIFICATE_CACHE_SIZE:
                _certificate_cache.pop(next(iter(_certificate_cache)))
            _certificate_cache[bytes(der)] = (certificate, notes)
    return certificate, error, notes


def _parse_der_certificate(der: bytes) -> tuple[x509.Certificate | None, str | None, tuple[str, ...]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            certificate = x509.load_der_x509_certificate(der)
            # cryptography decodes names lazily, so a damaged subject or issuer would only fail
            # later, in whatever code shows it; decoding them here keeps that failure in this block.
            certificate.subject.rfc4514_string()
            certificate.issuer.rfc4514_string()
        except (ValueError, x509.InvalidVersion) as error:
            return None, f"not a valid certificate: {error}", ()
    return certificate, None, tuple(str(warning.message) for warning in caught)


def _openssl_parses(der: bytes) -> bool:
    """Return True when the OpenSSL behind Python's ssl module parses ``der`` as a certificate.

    Python's ssl is the TLS stack that Python tools use, so "OpenSSL parses it" is tested there
    rather than with the openssl command, which desktop machines often lack. The ssl module has
    no public parser, so this uses ``_ssl._test_decode_cert``: private, but present in CPython
    since 2.x, and it needs a file path. The temporary PEM file holds only the certificate and is
    removed before returning.
    """
    decode = getattr(ssl._ssl, "_test_decode_cert", None)  # type: ignore[attr-defined]  # private API
    if decode is None:
        return False
    pem = b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(der) + b"-----END CERTIFICATE-----\n"
    handle, name = tempfile.mkstemp(prefix="trustdesk-", suffix=".pem")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pem)
        decode(name)
    except (ssl.SSLError, ValueError, OSError):
        return False
    finally:
        os.unlink(name)
    return True


def _is_pkcs7(data: bytes) -> bool:
    """Return True for a DER ContentInfo of type signedData (the PKCS#7 certificate bundle)."""
    try:
        outer = parse_der_element(data)
        first = der_children(data, outer)[0]
    except (ValueError, IndexError):
        return False
    return outer.tag == 0x30 and first.tag == 0x06 and data[first.content_start : first.end] == _OID_PKCS7_SIGNED_DATA


def _pkcs7_blocks(der: bytes, first_index: int, label: str) -> list[Block]:
    """Return one block per certificate of a PKCS#7 bundle.

    cryptography loads the whole bundle or nothing, so when it rejects the bundle the certificates
    are cut out of the SignedData structure and parsed one by one: one damaged certificate then
    costs only its own block.
    """
    with warnings.catch_warnings():
        # Each certificate is parsed again below, where its own warnings become its notes.
        warnings.simplefilter("ignore")
        try:
            certificates: list[bytes] = [
                certificate.public_bytes(Encoding.DER) for certificate in pkcs7.load_der_pkcs7_certificates(der)
            ]
        except (ValueError, UnsupportedAlgorithm):
            certificates = _pkcs7_certificate_elements(der)
    return [
        _certificate_block(first_index + offset, label, certificate, ())
        for offset, certificate in enumerate(certificates)
    ]


def _pkcs7_certificate_elements(der: bytes) -> list[bytes]:
    """Cut the certificates out of a DER PKCS#7 SignedData; return [] when the structure is not that.

    Layout (RFC 2315): ContentInfo SEQUENCE { OID signedData, [0] EXPLICIT SignedData SEQUENCE {
    version, digestAlgorithms, contentInfo, [0] IMPLICIT certificates, ... } }.
    """
    try:
        outer = parse_der_element(der)
        content_info = der_children(der, outer)
        explicit = content_info[1]
        signed_data = der_children(der, explicit)[0]
        for element in der_children(der, signed_data)[3:]:
            if element.tag == 0xA0:
                return [der[child.start : child.end] for child in der_children(der, element)]
    except (ValueError, IndexError):
        return []
    return []


def _is_pkcs12(data: bytes) -> bool:
    """Return True for a DER PFX (RFC 7292): SEQUENCE { INTEGER 3, ContentInfo of data or signedData, ... }."""
    try:
        outer = parse_der_element(data)
        version, auth_safe = der_children(data, outer)[:2]
        content_type = der_children(data, auth_safe)[0]
    except (ValueError, IndexError):
        return False
    oid = data[content_type.content_start : content_type.end]
    return (
        outer.tag == 0x30
        and version.tag == 0x02
        and data[version.content_start : version.end] == b"\x03"
        and content_type.tag == 0x06
        and oid in (_OID_PKCS7_DATA, _OID_PKCS7_SIGNED_DATA)
    )


def _pkcs12_blocks(data: bytes, source: str, password: bytes | None) -> list[Block]:
    """Return the certificates of a PKCS#12 file, and a key-less block for its key bag.

    cryptography reports a wrong password and damaged data with the same ValueError, so a damaged
    PKCS#12 file is reported as needing a password.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            loaded = pkcs12.load_pkcs12(data, password)
        except (ValueError, UnsupportedAlgorithm) as error:
            code = ReadErrorCode.PASSWORD_REQUIRED if password is None else ReadErrorCode.WRONG_PASSWORD
            raise ReadError(source, code, str(error)) from error
        has_key = loaded.key is not None
        entries = ([loaded.cert] if loaded.cert is not None else []) + list(loaded.additional_certs)
        certificates = [(entry.certificate.public_bytes(Encoding.DER), entry.friendly_name) for entry in entries]
        # Drop the only reference to the decrypted key before anything else happens.
        del loaded

    blocks: list[Block] = []
    for der, friendly_name in certificates:
        notes = (f"friendly name: {friendly_name.decode('utf-8', errors='replace')}",) if friendly_name else ()
        blocks.append(_certificate_block(len(blocks) + 1, PKCS12_LABEL, der, notes))
    if has_key:
        blocks.append(Block(len(blocks) + 1, BlockKind.PRIVATE_KEY, f"{PKCS12_LABEL} key bag"))
    if not blocks:
        raise ReadError(source, ReadErrorCode.NO_CERTIFICATE, "PKCS#12 file without certificates")
    return blocks


def _is_der_private_key(data: bytes) -> bool:
    """Return True for a DER private key (PKCS#8, encrypted PKCS#8, PKCS#1 or SEC 1); it is not kept."""
    try:
        load_der_private_key(data, password=None)
    except TypeError:
        # cryptography raises TypeError for an encrypted key loaded without a password.
        return True
    except (ValueError, UnsupportedAlgorithm):
        return False
    return True


def _looks_like_certificate(data: bytes) -> bool:
    """Return True when ``data`` is a SEQUENCE of SEQUENCE, SEQUENCE and BIT STRING, as a certificate is."""
    try:
        outer = parse_der_element(data)
        children = der_children(data, outer)
    except ValueError:
        return False
    return outer.end == len(data) and [child.tag for child in children] == [0x30, 0x30, 0x03]


def _strip_openssl_trust_settings(der: bytes) -> bytes:
    """Return the certificate part of an OpenSSL ``TRUSTED CERTIFICATE`` (certificate + X509_AUX).

    cryptography has no API for OpenSSL's trust trailer, so this reads the outer DER SEQUENCE header
    to find where the certificate ends. Malformed input is returned unchanged and then fails in the
    certificate parser with its own message.
    """
    try:
        return der[: parse_der_element(der).end]
    except ValueError:
        return der


# --- Minimal DER walk ----------------------------------------------------------------------------
# cryptography has no API for the raw structure of a certificate (time encodings, duplicate
# extensions, the inner signature algorithm) or of a PKCS#7/PKCS#12 container that it rejects, so
# these two functions read DER tag-length-value headers. They handle single-byte tags and definite
# lengths only, which is all that DER allows for the structures read here.


@dataclass(frozen=True)
class DerElement:
    """One DER element: ``tag`` byte, and offsets of its first byte, its content and its end."""

    tag: int
    start: int
    content_start: int
    end: int


def parse_der_element(data: bytes, offset: int = 0, end: int | None = None) -> DerElement:
    """Read the DER element that starts at ``offset``; raise ValueError when it is malformed.

    ``end`` bounds the element as if ``data`` stopped there (the end of its parent); default: the end of ``data``.
    """
    limit = len(data) if end is None else min(end, len(data))
    if offset + 2 > limit:
        raise ValueError("truncated DER header")
    tag = data[offset]
    if tag & 0x1F == 0x1F:
        raise ValueError("multi-byte DER tags are not supported")
    first = data[offset + 1]
    position = offset + 2
    if first < 0x80:
        length = first
    else:
        octets = first & 0x7F
        if octets == 0 or octets > 4 or position + octets > limit:
            raise ValueError("invalid DER length")
        length = int.from_bytes(data[position : position + octets], "big")
        position += octets
    if position + length > limit:
        raise ValueError("DER element runs past the end of the data")
    return DerElement(tag, offset, position, position + length)


def der_children(data: bytes, parent: DerElement) -> list[DerElement]:
    """Return the elements inside a constructed ``parent``; raise ValueError when one is malformed."""
    children: list[DerElement] = []
    position = parent.content_start
    while position < parent.end:
        child = parse_der_element(data, position, parent.end)
        children.append(child)
        position = child.end
    return children
