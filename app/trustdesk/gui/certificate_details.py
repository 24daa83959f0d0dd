"""Rows for the Subject, Issuer and Extensions tabs: friendly names with the OID behind them.

``FieldTableModel`` is a two- or three-column read-only table; each row keeps the raw OID for the
tooltip of its first column, as XCA shows it.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.x509.oid import ExtensionOID, NameOID
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from trustdesk.certs.details import group_fingerprint, key_usage_names, oid_name

translate = QCoreApplication.translate

# The record of a row, for tests and for code that needs more than the text.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class FieldRow:
    """One row: the friendly name, the value, and the dotted OID (or "" when there is none)."""

    name: str
    value: str
    oid: str = ""
    critical: bool | None = None


def attribute_name(oid: x509.ObjectIdentifier) -> str:
    """Return the friendly name of a name attribute (Common name, Organisation …)."""
    names = {
        NameOID.COMMON_NAME: translate("CertificateFields", "Common name"),
        NameOID.ORGANIZATION_NAME: translate("CertificateFields", "Organisation"),
        NameOID.ORGANIZATIONAL_UNIT_NAME: translate("CertificateFields", "Organisational unit"),
        NameOID.COUNTRY_NAME: translate("CertificateFields", "Country"),
        NameOID.STATE_OR_PROVINCE_NAME: translate("CertificateFields", "State or province"),
        NameOID.LOCALITY_NAME: translate("CertificateFields", "Locality"),
        NameOID.EMAIL_ADDRESS: translate("CertificateFields", "Email address"),
        NameOID.SERIAL_NUMBER: translate("CertificateFields", "Serial number"),
        NameOID.DOMAIN_COMPONENT: translate("CertificateFields", "Domain component"),
    }
    return names.get(oid, oid_name(oid))


def extension_name(oid: x509.ObjectIdentifier) -> str:
    """Return the friendly name of an extension (Basic constraints, Key usage …)."""
    names = {
        ExtensionOID.BASIC_CONSTRAINTS: translate("CertificateFields", "Basic constraints"),
        ExtensionOID.KEY_USAGE: translate("CertificateFields", "Key usage"),
        ExtensionOID.EXTENDED_KEY_USAGE: translate("CertificateFields", "Extended key usage"),
        ExtensionOID.SUBJECT_KEY_IDENTIFIER: translate("CertificateFields", "Subject Key Identifier"),
        ExtensionOID.AUTHORITY_KEY_IDENTIFIER: translate("CertificateFields", "Authority Key Identifier"),
        ExtensionOID.SUBJECT_ALTERNATIVE_NAME: translate("CertificateFields", "Subject alternative names"),
        ExtensionOID.CERTIFICATE_POLICIES: translate("CertificateFields", "Certificate policies"),
        ExtensionOID.CRL_DISTRIBUTION_POINTS: translate("CertificateFields", "CRL distribution points"),
        ExtensionOID.AUTHORITY_INFORMATION_ACCESS: translate("CertificateFields", "Authority information access"),
        ExtensionOID.NAME_CONSTRAINTS: translate("CertificateFields", "Name constraints"),
    }
    return names.get(oid, oid_name(oid))


def name_rows(name: x509.Name) -> list[FieldRow]:
    """Return one row per attribute of ``name``, in the certificate's order."""
    with warnings.catch_warnings():
        # Attributes of a wrong length warn when decoded; the reader already noted that.
        warnings.simplefilter("ignore")
        return [
            FieldRow(attribute_name(attribute.oid), str(attribute.value), attribute.oid.dotted_string)
            for attribute in name
        ]


def extension_rows(certificate: x509.Certificate) -> list[FieldRow]:
    """Return one row per extension; a set cryptography cannot parse gives one row with the reason."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extensions = list(certificate.extensions)
    except (ValueError, x509.DuplicateExtension, x509.UnsupportedGeneralNameType) as error:
        return [FieldRow(translate("CertificateFields", "Extensions"), str(error))]
    return [
        FieldRow(extension_name(extension.oid), extension_value(extension.value), extension.oid.dotted_string,
                 extension.critical)
        for extension in extensions
    ]  # fmt: skip


def extension_value(value: x509.ExtensionType) -> str:
    """Return an extension's value as readable text; unknown kinds fall back to cryptography's repr."""
    if isinstance(value, x509.BasicConstraints):
        if not value.ca:
            return translate("CertificateFields", "Not a certificate authority")
        if value.path_length is None:
            return translate("CertificateFields", "Certificate authority")
        return translate("CertificateFields", "Certificate authority, path length %1").replace(
            "%1", str(value.path_length)
        )
    if isinstance(value, x509.KeyUsage):
        return ", ".join(key_usage_names(value))
    if isinstance(value, x509.ExtendedKeyUsage):
        return ", ".join(oid_name(usage) for usage in value)
    if isinstance(value, x509.SubjectKeyIdentifier):
        return group_fingerprint(value.digest.hex().upper())
    if isinstance(value, x509.AuthorityKeyIdentifier):
        if value.key_identifier is None:
            return translate("CertificateFields", "No key identifier")
        return group_fingerprint(value.key_identifier.hex().upper())
    if isinstance(value, x509.SubjectAlternativeName):
        return ", ".join(str(general_name.value) for general_name in value)
    return repr(value)


class FieldTableModel(QAbstractTableModel):
    """Read-only rows of ``FieldRow``; with ``show_critical`` a middle column says whether each is critical."""

    COLUMN_NAME = 0
    COLUMN_VALUE = 1

    def __init__(self, show_critical: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FieldRow] = []
        self._show_critical = show_critical
        self.column_critical = 1 if show_critical else -1
        self.column_value = 2 if show_critical else 1

    def set_rows(self, rows: list[FieldRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[FieldRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        # B008: Qt's own signature uses a default QModelIndex(); it is immutable for this purpose.
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 3 if self._show_critical else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME:
                return row.name
            if column == self.column_critical:
                if row.critical is None:
                    return ""
                return translate("CertificateFields", "Yes") if row.critical else translate("CertificateFields", "No")
            return row.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_NAME:
                return f"OID {row.oid}" if row.oid else None
            if column == self.column_value:
                return row.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.COLUMN_NAME:
            return translate("CertificateFields", "Field")
        if section == self.column_critical:
            return translate("CertificateFields", "Critical")
        if section == self.column_value:
            return translate("CertificateFields", "Value")
        return None
