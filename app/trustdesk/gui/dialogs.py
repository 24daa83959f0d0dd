"""Modal dialogs, each behind one module-level function so tests can replace it.

Tests monkeypatch ``ask_certificate_files`` and ``show_about``; the window calls them through this
module (``dialogs.ask_certificate_files(...)``), never through a name imported elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import trustdesk
from trustdesk.gui import messages

translate = QCoreApplication.translate


def ask_certificate_files(parent: QWidget | None) -> list[str]:
    """Ask for one or more certificate files; return their paths, or [] when the user cancels."""
    file_filter = ";;".join(
        (
            translate("Dialogs", "Certificate files (*.pem *.crt *.cer *.der *.txt)"),
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
