"""Modal dialogs, each behind one module-level function so tests can replace it.

Tests monkeypatch ``ask_certificate_files``, ``ask_password``, ``confirm_import``, ``ask_export_path``
and ``show_about``; the window calls them through this
module (``dialogs.ask_certificate_files(...)``), never through a name imported elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

import trustdesk
from trustdesk.gui import messages

if TYPE_CHECKING:
    from trustdesk.gui.operations import ImportChoice, ImportPreview

translate = QCoreApplication.translate


def ask_certificate_files(parent: QWidget | None) -> list[str]:
    """Ask for one or more certificate files; return their paths, or [] when the user cancels."""
    file_filter = ";;".join(
        (
            translate("Dialogs", "Certificate files (*.pem *.crt *.cer *.der *.txt *.p7b *.p7c *.pfx *.p12)"),
            translate("Dialogs", "All files (*)"),
        )
    )
    paths, _selected_filter = QFileDialog.getOpenFileNames(
        parent,
        translate("Dialogs", "Import organisation certificate"),
        "",
        file_filter,
    )
    return list(paths)


def show_about(parent: QWidget | None) -> None:
    text = messages.fill(
        translate(
            "Dialogs",
            "TrustDesk %1\n\nMakes developer tools trust your organisation's root certificate behind a "
            "proxy that inspects HTTPS traffic, without ever turning off certificate verification.",
        ),
        trustdesk.__version__,
    )
    QMessageBox.about(parent, translate("Dialogs", "About TrustDesk"), text)


def ask_password(parent: QWidget | None, path: str, wrong: bool) -> str | None:
    """Ask for the password of the PKCS#12 file ``path``; return None when the user cancels.

    ``wrong`` says the previous password did not open the file, so the prompt says that first.
    """
    if wrong:
        text = translate("Dialogs", "The password did not open %1. Enter it again:")
    else:
        text = translate("Dialogs", "%1 is protected by a password. Enter the password you received with the file:")
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Password for the certificate file"))
    dialog.setLabelText(messages.fill(text, path))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def confirm_import(parent: QWidget | None, preview: ImportPreview) -> ImportChoice | None:
    """Show what an import would add; return the user's choice, or None when they cancel."""
    from trustdesk.gui.import_summary import ImportSummaryDialog

    dialog = ImportSummaryDialog(preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def ask_export_path(parent: QWidget | None, suggested_name: str) -> str:
    """Ask where to save one certificate as PEM; return the path, or "" when the user cancels."""
    path, _selected_filter = QFileDialog.getSaveFileName(
        parent,
        translate("Dialogs", "Export certificate"),
        suggested_name,
        translate("Dialogs", "PEM certificate (*.pem *.crt)"),
    )
    return str(path)
