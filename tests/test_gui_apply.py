"""The preview dialog and the journal view, in English and Japanese."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.configure.engine import apply_plan, undo
from trustdesk.configure.environment import Context
from trustdesk.configure.journal import Journal
from trustdesk.configure.plan import make_plan
from trustdesk.gui import i18n
from trustdesk.gui.apply_dialog import ApplyDialog
from trustdesk.gui.journal_view import JournalView
from trustdesk.gui.workers import BackgroundRunner
from trustdesk.stores.tools import ToolId

TIMEOUT_MS = 20_000


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param) if request.param == "ja" else []
    if request.param == "ja":
        assert translators, "trustdesk_ja.qm did not load"
    yield str(request.param)
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def organisation(org_ca: trustme.CA) -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate(org_ca.cert_pem.bytes())]


def test_preview_apply_and_undo(
    qtbot: QtBot, language: str, organisation: list[x509.Certificate], isolated_env: Path
) -> None:
    (isolated_env / ".npmrc").write_text("strict-ssl=false\n", encoding="utf-8")
    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation, [ToolId.NPM, ToolId.PIP], trusts=None)
    runner = BackgroundRunner()

    def run_apply(chosen: object) -> object:
        return apply_plan(plan, ctx, Journal(), chosen, organisation=organisation)  # type: ignore[arg-type]

    dialog = ApplyDialog(plan, run_apply, runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()

    ids = [change.change_id for change in plan.changes]
    assert ids == ["bundle", "pip-config", "npmrc", "insecure:npm-strict-ssl"]
    assert dialog.selected_ids() == ["bundle", "pip-config", "npmrc"]
    dialog.change_list.setCurrentRow(2)
    assert "+cafile=" in dialog.diff_view.toPlainText()
    expected = "npm" if language == "en" else "npm の設定ファイル"
    assert expected in dialog.change_list.item(2).text()

    dialog.set_checked("pip-config", False)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=TIMEOUT_MS)
    assert not (isolated_env / ".config" / "pip" / "pip.conf").exists()
    assert "cafile=" in (isolated_env / ".npmrc").read_text(encoding="utf-8")
    assert "strict-ssl=false" in (isolated_env / ".npmrc").read_text(encoding="utf-8")
    applied = "2 change(s) applied." if language == "en" else "2 件の変更を反映しました。"
    assert dialog.result_label.text().splitlines()[0] == applied

    view = JournalView(lambda: Journal().entries(), lambda ids: undo(Journal(), ctx, ids), runner)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=TIMEOUT_MS)
    assert view.model.rowCount() == 2
    view.select_row(0)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_busy() and "…" not in view.status_label.text(), timeout=TIMEOUT_MS)
    assert (isolated_env / ".npmrc").read_text(encoding="utf-8") == "strict-ssl=false\n"

    qtbot.mouseClick(view.undo_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_busy() and "…" not in view.status_label.text(), timeout=TIMEOUT_MS)
    bundle = isolated_env / ".local" / "share" / "TrustDesk" / "ca-bundle.pem"
    assert not bundle.exists()
    runner.wait_for_done(TIMEOUT_MS)


def test_journal_model(qtmodeltester: object, organisation: list[x509.Certificate]) -> None:
    from trustdesk.gui.journal_view import JournalModel

    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation, [ToolId.NODE])
    apply_plan(plan, ctx, Journal(), organisation=organisation, recheck_tools=False)
    model = JournalModel()
    model.set_entries(Journal().entries())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(plan.changes)
