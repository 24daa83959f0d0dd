"""The details view: tabs, green and red states, click-through to the issuer, PEM copy and export, tree icons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import read_certificate_file
from trustdesk.gui import dialogs, i18n, operations
from trustdesk.gui.certificate_details import RECORD_ROLE, FieldRow, FieldTableModel, extension_rows, name_rows
from trustdesk.gui.details_panel import CertificateView, DetailsPanel
from trustdesk.gui.main_window import MainWindow

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
CASE_FILES = sorted(path for path in CASES.glob("*") if path.suffix != ".md") if CASES.is_dir() else []
TIMEOUT_MS = 10_000


def case(name: str) -> Path:
    path = CASES / name
    if not path.is_file():
        pytest.skip(f"certificate case {name} not found in {CASES}")
    return path


def certificates(name: str) -> list[x509.Certificate]:
    return read_certificate_file(case(name)).certificates


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "confirm_import", lambda parent, preview: operations.ImportChoice())
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=TIMEOUT_MS)
    return main_window


def import_case(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = str(case(name))
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: [path])
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)


def panel_for(qtbot: QtBot, view: CertificateView) -> DetailsPanel:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_certificate(view)
    return panel


def tab_titles(panel: DetailsPanel) -> list[str]:
    return [panel.tabs.tabText(index) for index in range(panel.tabs.count())]


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_in_details(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    import_case(qtbot, window, monkeypatch, path.name)
    panel = window.details_panel

    assert panel.view is not None
    assert tab_titles(panel) == ["Status", "Subject", "Issuer", "Extensions", "Validation"]
    assert len(panel.values["sha256"].text().split(" ")) == 16
    assert panel.values["valid_to"].toolTip().endswith("UTC")
    assert panel.subject_model.rowCount() >= 1
    assert panel.subject_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("OID 2.5.4.")


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_in_details_japanese(
    japanese: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    import_case(qtbot, window, monkeypatch, path.name)
    panel = window.details_panel

    assert tab_titles(panel) == ["状態", "発行先", "発行者", "拡張機能", "検証"]
    assert panel.validity_state.text()
    assert "%1" not in panel.chain_state.text()


def test_good_root_all_green(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, CertificateView(certificates("good_root.pem")[0]))

    assert panel.validity_state.good
    assert panel.chain_state.good
    assert panel.strict_state.good
    assert panel.validation_summary.text() == "No problems found."
    assert not panel.issuer_button.isEnabled()


def test_expired_red(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "ca_expired.pem")
    panel = window.details_panel

    assert not panel.validity_state.good
    assert panel.validity_state.text().startswith("Expired on 20")
    assert panel.validity_state.toolTip().endswith("UTC")
    assert "This certificate expired on" in panel.finding_list.text()


def test_bc_noncritical_validation(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "ca_bc_noncritical.pem")
    panel = window.details_panel
    text = panel.finding_list.text()

    assert not panel.strict_state.good
    assert not panel.validation_summary.good
    assert "basic constraints are not marked critical" in text
    assert "Python 3.13 and later, requests, urllib3, pip" in text
    assert "reissue" in text


def test_bc_noncritical_validation_japanese(
    japanese: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_case(qtbot, window, monkeypatch, "ca_bc_noncritical.pem")
    text = window.details_panel.finding_list.text()

    assert "基本制限が「重要」に設定されていません" in text
    assert "Python 3.13 以降、requests、urllib3、pip" in text


def test_intermediate_alone_red_chain(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "intermediate_only.pem")
    panel = window.details_panel

    assert not panel.chain_state.good
    assert not panel.issuer_button.isEnabled()
    assert "its root certificate is missing" in panel.notes.text()
    assert "CN=Example Corp Root CA (good)" in panel.finding_list.text()


def test_click_through_to_issuer(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "root_plus_intermediate.pem")
    root_item = window.chain_tree.topLevelItem(0)
    window.chain_tree.setCurrentItem(root_item.child(0))
    panel = window.details_panel

    assert panel.values["role"].text() == "Intermediate certificate"
    assert panel.chain_state.good
    assert panel.issuer_button.isEnabled()
    qtbot.mouseClick(panel.issuer_button, Qt.MouseButton.LeftButton)
    assert window.chain_tree.currentItem() is root_item
    assert panel.values["role"].text() == "Root certificate"


def test_pkcs7_chain_click_through(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "chain.der.p7b")
    root_item = window.chain_tree.topLevelItem(0)

    assert root_item.childCount() == 1
    window.chain_tree.setCurrentItem(root_item.child(0))
    qtbot.mouseClick(window.details_panel.issuer_button, Qt.MouseButton.LeftButton)
    assert window.chain_tree.currentItem() is root_item


def test_copy_pem_to_clipboard(qtbot: QtBot) -> None:
    certificate = certificates("cert_with_text_and_key.pem")[0]
    panel = panel_for(qtbot, CertificateView(certificate))
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()

    assert copied == certificate.public_bytes(Encoding.PEM).decode("ascii")
    assert "PRIVATE KEY" not in copied


def test_export_pem_file(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    certificate = certificates("cert_with_text_and_key.pem")[0]
    target = tmp_path / "exported.pem"
    suggestions: list[str] = []

    def ask(parent: object, suggested: str) -> str:
        suggestions.append(suggested)
        return str(target)

    monkeypatch.setattr(dialogs, "ask_export_path", ask)
    panel = panel_for(qtbot, CertificateView(certificate))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes() == certificate.public_bytes(Encoding.PEM)
    assert suggestions[0].endswith(".pem")
    assert str(target) in panel.action_status.text()


def test_export_cancel_writes_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggested: "")
    panel = panel_for(qtbot, CertificateView(certificates("good_root.pem")[0]))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)

    assert list(tmp_path.iterdir()) == []
    assert panel.action_status.text() == ""


def test_export_failure_reported(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "inside.pem"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggested: str(target))
    panel = panel_for(qtbot, CertificateView(certificates("good_root.pem")[0]))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)

    assert "could not be written" in panel.action_status.text()


def test_tree_icon_for_findings(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import_case(qtbot, window, monkeypatch, "ca_bc_noncritical.pem")
    import_case(qtbot, window, monkeypatch, "good_root.pem")
    items = {
        window.chain_tree.topLevelItem(index).text(0): window.chain_tree.topLevelItem(index)
        for index in range(window.chain_tree.topLevelItemCount())
    }
    flagged = items["Example Proxy Root CA (BC not critical)"]
    clean = items["Example Corp Root CA (good)"]

    assert not flagged.icon(0).isNull()
    assert "Problem: Its basic constraints are not marked critical" in flagged.toolTip(0)
    assert clean.icon(0).isNull()


def test_extension_names_and_oids() -> None:
    rows = {row.name: row for row in extension_rows(certificates("ca_bc_noncritical.pem")[0])}

    assert rows["Basic constraints"].oid == "2.5.29.19"
    assert rows["Basic constraints"].critical is False
    assert rows["Basic constraints"].value.startswith("Certificate authority")


def test_subject_friendly_names() -> None:
    rows = {row.name: row for row in name_rows(certificates("good_root.pem")[0].subject)}

    assert rows["Common name"].value == "Example Corp Root CA (good)"
    assert rows["Common name"].oid == "2.5.4.3"
    assert rows["Organisation"].value == "Example Corp"


def test_field_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = FieldTableModel(show_critical=True)
    model.set_rows(extension_rows(certificates("root_plus_intermediate.pem")[1]))

    qtmodeltester.check(model, force_py=True)


def test_field_model_roles() -> None:
    model = FieldTableModel(show_critical=True)
    model.set_rows([FieldRow("Key usage", "keyCertSign", "2.5.29.15", True)])

    assert model.index(0, 1).data() == "Yes"
    assert model.index(0, 2).data() == "keyCertSign"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "OID 2.5.29.15"
    assert model.index(0, 0).data(RECORD_ROLE).oid == "2.5.29.15"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Critical"


def test_chain_complete_needs_signature(qtbot: QtBot) -> None:
    root, intermediate = certificates("root_plus_intermediate.pem")
    other_root = certificates("ca_bc_noncritical.pem")[0]

    good = panel_for(qtbot, CertificateView(intermediate, (), (root,)))
    assert good.chain_state.good
    bad = panel_for(qtbot, CertificateView(intermediate, (), (other_root,)))
    assert not bad.chain_state.good


def test_fingerprint_matches(qtbot: QtBot) -> None:
    certificate = certificates("good_root.pem")[0]
    panel = panel_for(qtbot, CertificateView(certificate))

    assert panel.values["sha256"].text().replace(" ", "") == sha256_fingerprint(certificate)
