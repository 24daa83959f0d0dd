"""The Stores view: store → certificates, search by name and fingerprint, lint badges, organisation CA highlighted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.certs.details import group_fingerprint, sha256_fingerprint
from trustdesk.certs.reader import read_certificate_bytes
from trustdesk.gui import i18n
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.store_models import (
    ORGANISATION_BACKGROUND,
    ORGANISATION_ROLE,
    RECORD_ROLE,
    SORT_ROLE,
    StoreTreeModel,
)
from trustdesk.stores.inventory import StoreCertificate, StoreOrigin, TrustStore

TIMEOUT_MS = 30_000


@pytest.fixture
def org_bundle(isolated_env: Path, monkeypatch: pytest.MonkeyPatch, org_ca: trustme.CA) -> str:
    """REQUESTS_CA_BUNDLE names a file with the organisation CA; the CA is imported into TrustDesk."""
    bundle = isolated_env / "corp.pem"
    org_ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    from trustdesk.certs.organisation import OrganisationSet

    OrganisationSet().add(read_certificate_bytes(org_ca.cert_pem.bytes()).certificates)
    return sha256_fingerprint(read_certificate_bytes(org_ca.cert_pem.bytes()).certificates[0])


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.trust_scan.report is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    return window


def _store_row(model: StoreTreeModel, name: str) -> int:
    return next(row for row, store in enumerate(model.stores()) if store.name == name)


def _visible_names(window: MainWindow) -> list[str]:
    proxy = window.stores_view.proxy
    names = []
    for row in range(proxy.rowCount()):
        store_index = proxy.index(row, 0)
        for child in range(proxy.rowCount(store_index)):
            names.append(str(proxy.data(proxy.index(child, 0, store_index))))
    return names


def test_stores_view_lists_stores(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model

    origins = {store.origin for store in model.stores()}
    row = _store_row(model, "env:REQUESTS_CA_BUNDLE")

    assert {StoreOrigin.CERTIFI, StoreOrigin.MERGED, StoreOrigin.ENVIRONMENT} <= origins
    assert model.data(model.index(row, StoreTreeModel.COLUMN_NAME)) == "the environment variable REQUESTS_CA_BUNDLE"
    assert model.data(model.index(row, StoreTreeModel.COLUMN_COUNT)) == "1"
    assert model.data(model.index(row, StoreTreeModel.COLUMN_ORGANISATION)) == "Yes"
    assert model.rowCount(model.index(row, 0)) == 1


def test_stores_view_lint_summary(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    certifi_row = _store_row(model, "certifi")
    store: TrustStore = model.data(model.index(certifi_row, 0), RECORD_ROLE)

    text = str(model.data(model.index(certifi_row, StoreTreeModel.COLUMN_LINT)))

    assert store.lint is not None
    assert store.lint.certificates == store.certificate_count
    if store.lint.failing_strict:
        assert text.startswith(
            f"Certificates failing strict verification (Python 3.13 and later, requests, pip): {store.lint.failing_strict}."
        )
    else:
        assert "failing strict" not in text


def test_stores_view_organisation_highlighted(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    store_index = model.index(_store_row(model, "env:REQUESTS_CA_BUNDLE"), 0)
    certificate_index = model.index(0, StoreTreeModel.COLUMN_NAME, store_index)

    font = model.data(certificate_index, Qt.ItemDataRole.FontRole)
    background = model.data(certificate_index, Qt.ItemDataRole.BackgroundRole)
    tooltip = model.data(certificate_index, Qt.ItemDataRole.ToolTipRole)

    assert model.data(certificate_index, ORGANISATION_ROLE) is True
    assert font.bold()
    assert background.color() == ORGANISATION_BACKGROUND
    assert tooltip.startswith("Your organisation's certificate")


def test_stores_view_public_root_not_highlighted(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    store_index = model.index(_store_row(model, "certifi"), 0)
    certificate_index = model.index(0, StoreTreeModel.COLUMN_NAME, store_index)

    assert model.data(certificate_index, ORGANISATION_ROLE) is False
    assert model.data(certificate_index, Qt.ItemDataRole.BackgroundRole) is None


def test_stores_view_lint_badges(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    store_index = model.index(_store_row(model, "certifi"), 0)

    badges = [
        model.data(model.index(row, StoreTreeModel.COLUMN_LINT, store_index), Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount(store_index))
    ]
    texts = {str(model.data(model.index(row, StoreTreeModel.COLUMN_LINT, store_index))) for row in range(len(badges))}

    assert badges
    assert all(not badge.isNull() for badge in badges)
    assert "OK" in texts


def test_search_by_name(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)

    window.stores_view.search.setText("Example Org Inspection")
    names = _visible_names(window)

    assert names
    assert all("Example Org Inspection" in name for name in names)


def test_search_by_fingerprint(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)

    window.stores_view.search.setText(group_fingerprint(org_bundle)[:19])
    grouped = _visible_names(window)
    window.stores_view.search.setText(org_bundle[-16:].upper())
    plain = _visible_names(window)
    window.stores_view.search.setText("")

    assert grouped
    assert all("Example Org Inspection" in name for name in grouped)
    assert plain == grouped
    assert window.stores_view.proxy.rowCount() == window.stores_view.model.rowCount()


def test_search_without_match(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)

    window.stores_view.search.setText("no such certificate anywhere")

    assert window.stores_view.proxy.rowCount() == 0


def test_selecting_certificate_shows_details(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    window.stores_view.search.setText("Example Org Inspection")

    selected = window.stores_view.select_first_certificate()

    entry = window.stores_view.model.record(window.stores_view.proxy.mapToSource(selected))
    assert isinstance(entry, StoreCertificate)
    assert window.stores_view.details_panel.view is not None
    assert window.stores_view.details_panel.view.certificate is entry.certificate


def test_stores_view_japanese(org_bundle: str, qtbot: QtBot, japanese: None) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    row = _store_row(model, "env:REQUESTS_CA_BUNDLE")

    assert model.data(model.index(row, StoreTreeModel.COLUMN_NAME)) == "環境変数 REQUESTS_CA_BUNDLE"
    assert model.data(model.index(row, StoreTreeModel.COLUMN_ORGANISATION)) == "はい"
    assert model.headerData(StoreTreeModel.COLUMN_LOCATION, Qt.Orientation.Horizontal) == "ファイルまたは拇印 (SHA-256)"
    assert window.tabs.tabText(window.tabs.indexOf(window.tools_view)) == "ツール"


def test_store_model_passes_modeltester(org_bundle: str, qtbot: QtBot, qtmodeltester: Any) -> None:
    window = _open_window(qtbot)

    qtmodeltester.check(window.stores_view.model)
    qtmodeltester.check(window.stores_view.proxy)


def test_store_model_sort_role(org_bundle: str, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.stores_view.model
    row = _store_row(model, "certifi")
    store = model.stores()[row]

    count = model.data(model.index(row, StoreTreeModel.COLUMN_COUNT), SORT_ROLE)

    assert count == store.certificate_count
    assert isinstance(count, int)
    assert model.parent(QModelIndex()) == QModelIndex()
