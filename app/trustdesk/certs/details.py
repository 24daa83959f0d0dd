"""Plain-data details of one certificate, for the details view, the command line and the bundle."""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.oid import ExtensionOID, NameOID


class Role(enum.Enum):
    ROOT = "root"
    INTERMEDIATE = "intermediate"
    LEAF = "leaf"


@dataclass(frozen=True)
class BasicConstraints:
    ca: bool
    path_length: int | None
    critical: bool


@dataclass(frozen=True)
class CertificateDetails:
    """The facts shown for a certificate. Fingerprints are upper-case hex without separators."""

    subject: str
    issuer: str
    common_name: str
    serial_number: int
    not_valid_before: datetime
    not_valid_after: datetime
    sha256: str
    sha1: str
    key_type: str
    key_size: int | None
    signature_algorithm: str
    basic_constraints: BasicConstraints | None
    key_usage: tuple[str, ...] | None
    subject_key_identifier: str | None
    authority_key_identifier: str | None
    subject_alternative_names: tuple[str, ...]
    role: Role
    self_signed: bool


def sha256_fingerprint(certificate: x509.Certificate) -> str:
    return certificate.fingerprint(hashes.SHA256()).hex().upper()


def group_fingerprint(fingerprint: str, size: int = 4) -> str:
    """Split a hex fingerprint into groups of ``size`` characters, so it can be read aloud."""
    return " ".join(fingerprint[start : start + size] for start in range(0, len(fingerprint), size))


def display_name(name: x509.Name) -> str:
    """Return the common name, else the organisation, else the whole name in RFC 4514 form."""
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME):
        attributes = name.get_attributes_for_oid(oid)
        if attributes:
            return str(attributes[0].value)
    return name.rfc4514_string()


def oid_name(oid: x509.ObjectIdentifier) -> str:
    # cryptography keeps the friendly name of the OIDs it knows in ``_name``; it has no public getter.
    name = getattr(oid, "_name", "Unknown OID")
    return oid.dotted_string if name == "Unknown OID" else str(name)


def is_self_signed(certificate: x509.Certificate) -> bool:
    """Return True when the certificate's issuer is its subject and its own key verifies its signature."""
    if certificate.issuer != certificate.subject:
        return False
    try:
        certificate.verify_directly_issued_by(certificate)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        # ``x509.InvalidSignature`` does not exist; the exception lives in cryptography.exceptions.
        return False
    return True


def describe(certificate: x509.Certificate) -> CertificateDetails:
    """Return the details of ``certificate``; cryptography's warnings on lax encodings are silenced."""
    with warnings.catch_warnings():
        # Name attributes of a wrong length (a country code of 8 characters, for one) warn when the
        # name is decoded; the reader reports such facts as block notes.
        warnings.simplefilter("ignore")
        return _describe(certificate)


def _describe(certificate: x509.Certificate) -> CertificateDetails:
    basic_constraints = _basic_constraints(certificate)
    self_signed = is_self_signed(certificate)
    if self_signed:
        role = Role.ROOT
    elif basic_constraints is not None and basic_constraints.ca:
        role = Role.INTERMEDIATE
    else:
        role = Role.LEAF

    key_type, key_size = _key_description(certificate)
    return CertificateDetails(
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        common_name=display_name(certificate.subject),
        serial_number=_serial_number(certificate),
        not_valid_before=certificate.not_valid_before_utc,
        not_valid_after=certificate.not_valid_after_utc,
        sha256=sha256_fingerprint(certificate),
        sha1=certificate.fingerprint(hashes.SHA1()).hex().upper(),
        key_type=key_type,
        key_size=key_size,
        signature_algorithm=oid_name(certificate.signature_algorithm_oid),
        basic_constraints=basic_constraints,
        key_usage=_key_usage(certificate),
        subject_key_identifier=_subject_key_identifier(certificate),
        authority_key_identifier=_authority_key_identifier(certificate),
        subject_alternative_names=_subject_alternative_names(certificate),
        role=role,
        self_signed=self_signed,
    )


def _serial_number(certificate: x509.Certificate) -> int:
    # cryptography warns (and plans to reject) on negative serial numbers; the value is still readable.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return certificate.serial_number


def _key_description(certificate: x509.Certificate) -> tuple[str, int | None]:
    try:
        key = certificate.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        return f"unsupported ({error})", None
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}", key.key_size
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey):
        return "DSA", key.key_size
    return type(key).__name__, None


def _extension(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> x509.Extension[x509.ExtensionType] | None:
    try:
        with warnings.catch_warnings():
            # cryptography warns on lax encodings it still accepts (a VisibleString holding UTF-8 in
            # certificatePolicies, for one); the reader has already turned those into block notes.
            warnings.simplefilter("ignore")
            return certificate.extensions.get_extension_for_oid(oid)
    except x509.ExtensionNotFound:
        return None
    except (ValueError, x509.DuplicateExtension, x509.UnsupportedGeneralNameType):
        # Duplicate or malformed extensions: the details view shows them as absent. DuplicateExtension
        # is not a ValueError in cryptography 50, so it is named here.
        return None


def _basic_constraints(certificate: x509.Certificate) -> BasicConstraints | None:
    extension = _extension(certificate, ExtensionOID.BASIC_CONSTRAINTS)
    if extension is None or not isinstance(extension.value, x509.BasicConstraints):
        return None
    return BasicConstraints(extension.value.ca, extension.value.path_length, extension.critical)


def _key_usage(certificate: x509.Certificate) -> tuple[str, ...] | None:
    extension = _extension(certificate, ExtensionOID.KEY_USAGE)
    if extension is None or not isinstance(extension.value, x509.KeyUsage):
        return None
    return tuple(key_usage_names(extension.value))


def key_usage_names(usage: x509.KeyUsage) -> list[str]:
    """Return the keyUsage bits that are set, by their RFC 5280 names."""
    names = [
        name
        for name, present in (
            ("digitalSignature", usage.digital_signature),
            ("contentCommitment", usage.content_commitment),
            ("keyEncipherment", usage.key_encipherment),
            ("dataEncipherment", usage.data_encipherment),
            ("keyAgreement", usage.key_agreement),
            ("keyCertSign", usage.key_cert_sign),
            ("cRLSign", usage.crl_sign),
        )
        if present
    ]
    if usage.key_agreement:
        # encipher_only and decipher_only are defined only when keyAgreement is set.
        names += [n for n, p in (("encipherOnly", usage.encipher_only), ("decipherOnly", usage.decipher_only)) if p]
    return names


def _subject_key_identifier(certificate: x509.Certificate) -> str | None:
    extension = _extension(certificate, ExtensionOID.SUBJECT_KEY_IDENTIFIER)
    if extension is None or not isinstance(extension.value, x509.SubjectKeyIdentifier):
        return None
    return extension.value.digest.hex().upper()


def _authority_key_identifier(certificate: x509.Certificate) -> str | None:
    extension = _extension(certificate, ExtensionOID.AUTHORITY_KEY_IDENTIFIER)
    if extension is None or not isinstance(extension.value, x509.AuthorityKeyIdentifier):
        return None
    identifier = extension.value.key_identifier
    return identifier.hex().upper() if identifier is not None else None


def _subject_alternative_names(certificate: x509.Certificate) -> tuple[str, ...]:
    extension = _extension(certificate, ExtensionOID.SUBJECT_ALTERNATIVE_NAME)
    if extension is None or not isinstance(extension.value, x509.SubjectAlternativeName):
        return ()
    names: list[str] = []
    for general_name in extension.value:
        if isinstance(general_name, x509.DNSName):
            names.append(f"DNS:{general_name.value}")
        elif isinstance(general_name, x509.IPAddress):
            names.append(f"IP:{general_name.value}")
        elif isinstance(general_name, x509.RFC822Name):
            names.append(f"email:{general_name.value}")
        elif isinstance(general_name, x509.UniformResourceIdentifier):
            names.append(f"URI:{general_name.value}")
        else:
            names.append(str(general_name.value))
    return tuple(names)
