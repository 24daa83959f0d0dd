"""The import flow: files are read in the worker, summarised, and added only after "Import"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import load_pem_x509_certificate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.certs.reader import Block, BlockKind, ReadResult
from trustdesk.gui import dialogs, i18n, operations
from trustdesk.gui.import_summary import ImportSummaryDialog
from trustdesk.gui.main_window import MainWindow

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
CASE_FILES = sorted(path for path in CASES.glob("*") if path.suffix != ".md") if CASES.is_dir() else []
TIMEOUT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=TIMEOUT_MS)
    return main_window


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


class SummarySpy:
    """Replaces ``dialogs.confirm_import``: builds the real dialog, keeps its text, then imports or cancels."""

    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.texts: list[str] = []
        self.dialogs: list[ImportSummaryDialog] = []

    def __call__(self, parent: object, preview: operations.ImportPreview) -> operations.ImportChoice | None:
        dialog = ImportSummaryDialog(preview)
        self.dialogs.append(dialog)
        self.texts.append(dialog.text())
        return dialog.choice() if self.accept else None


def run_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: list[Path], spy: SummarySpy
) -> None:
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: [str(path) for path in paths])
    monkeypatch.setattr(dialogs, "confirm_import", spy)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)


def case(name: str) -> Path:
    path = CASES / name
    if not path.is_file():
        pytest.skip(f"certificate case {name} not found in {CASES}")
    return path


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_summarised(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [path], spy)

    assert len(spy.texts) == 1
    assert "found in 1 file(s)" in spy.texts[0]
    assert "%1" not in spy.texts[0]
    assert window.chain_tree.topLevelItemCount() >= 1


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_summarised_japanese(
    japanese: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [path], spy)

    assert "個のファイルに" in spy.texts[0]
    assert "%1" not in spy.texts[0]


def test_cancel_adds_nothing(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy(accept=False)
    run_import(qtbot, window, monkeypatch, [case("good_root.pem")], spy)

    assert len(spy.texts) == 1
    assert window.chain_tree.topLevelItemCount() == 0
    assert window.organisation is not None
    assert window.organisation.certificates == []
    assert "Nothing was added" in window.info_banner.text()


def test_bc_noncritical_summary(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("ca_bc_noncritical.pem")], spy)
    cards = spy.dialogs[0].finding_cards

    assert len(cards) == 1
    assert "not marked critical" in cards[0].message_label.text()
    assert "Python 3.13 and later, requests, urllib3, pip" in cards[0].tools_label.text()
    assert "reissue" in cards[0].advice_label.text()


def test_bc_noncritical_summary_japanese(
    japanese: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("ca_bc_noncritical.pem")], spy)

    assert "基本制限が「重要」に設定されていません" in spy.texts[0]
    assert "Python 3.13 以降" in spy.texts[0]


def test_expired_flagged_before_import(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy(accept=False)
    run_import(qtbot, window, monkeypatch, [case("ca_expired.pem")], spy)

    assert "This certificate expired on 20" in spy.texts[0]
    assert "current organisation root certificate" in spy.texts[0]


def test_intermediate_summary_asks_root(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("intermediate_only.pem")], spy)

    assert "Intermediate certificate" in spy.texts[0]
    assert "its root certificate is missing" in spy.texts[0]
    assert "root certificate that issued it: CN=Example Corp Root CA (good)" in spy.texts[0]


def test_intermediate_after_root_known(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    run_import(qtbot, window, monkeypatch, [case("good_root.pem")], SummarySpy())
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("intermediate_only.pem")], spy)

    assert "root certificate is missing" not in spy.texts[0]


def test_trusted_settings_dropped_shown(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("good_root_trusted.pem")], spy)

    assert "OpenSSL trust settings" in spy.texts[0]


def test_private_key_warning_in_summary(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("cert_with_text_and_key.pem")], spy)
    dialog = spy.dialogs[0]
    dialog.show()
    warning = next(
        label for label in dialog.findChildren(type(dialog.summary_label)) if label.objectName() == "privateKeyWarning"
    )

    assert warning.isVisible()
    assert "contains a private key" in warning.text()
    assert "private key. It will not be copied" in spy.texts[0]
    assert window.key_banner.isVisible()


def test_corrupt_block_listed(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("bundle_one_corrupt_then_good.pem")], spy)

    assert "Part 1 is damaged and will be skipped. Reason: invalid base64" in spy.texts[0]
    assert "Part 2: Root certificate" in spy.texts[0]
    assert window.chain_tree.topLevelItemCount() == 1


def test_pkcs7_every_certificate_listed(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [case("chain.der.p7b")], spy)

    assert "2 certificate(s) found" in spy.texts[0]
    assert "Part 1:" in spy.texts[0]
    assert "Part 2:" in spy.texts[0]
    assert len(window.certificates) == 2


def test_summary_import_button(qtbot: QtBot) -> None:
    path = case("good_root.pem")
    preview = operations.preview_files([str(path)])
    dialog = ImportSummaryDialog(preview)
    qtbot.addWidget(dialog)
    dialog.open()

    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_summary_cancel_button(qtbot: QtBot) -> None:
    preview = operations.preview_files([str(case("good_root.pem"))])
    dialog = ImportSummaryDialog(preview)
    qtbot.addWidget(dialog)
    dialog.open()

    with qtbot.waitSignal(dialog.rejected, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_unparsed_checkbox_default_off(qtbot: QtBot) -> None:
    block = Block(
        1,
        BlockKind.CERTIFICATE,
        "CERTIFICATE",
        error="not a valid certificate: invalid time",
        notes=("OpenSSL parses this certificate but cryptography rejects it",),
        der=b"\x30\x00",
        details_unavailable=True,
    )
    preview = operations.ImportPreview(
        (operations.FilePreview("/tmp/odd.pem", ReadResult("/tmp/odd.pem", "pem", (block,))),)
    )
    dialog = ImportSummaryDialog(preview)
    qtbot.addWidget(dialog)
    checkbox = dialog.unparsed_checkboxes[("/tmp/odd.pem", 1)]

    assert not checkbox.isChecked()
    assert "Reason: not a valid certificate: invalid time" in dialog.text()
    assert dialog.choice().include_unparsed == frozenset()
    checkbox.setChecked(True)
    assert dialog.choice().include_unparsed == frozenset({("/tmp/odd.pem", 1)})


def test_unreadable_only_skips_summary(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pem"
    empty.write_bytes(b"")
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [empty], spy)

    assert spy.texts == []
    assert "is empty" in window.problem_banner.text()


# --- PKCS#12 --------------------------------------------------------------------------------------


@pytest.fixture
def pfx(tmp_path: Path) -> Path:
    authority = trustme.CA(organization_name="Example PFX Org")
    certificate = load_pem_x509_certificate(authority.cert_pem.bytes())
    key = serialization.load_pem_private_key(authority.private_key_pem.bytes(), password=None)
    data = pkcs12.serialize_key_and_certificates(
        b"org root",
        key,  # type: ignore[arg-type]
        certificate,
        None,
        serialization.BestAvailableEncryption(b"right"),
    )
    path = tmp_path / "org.pfx"
    path.write_bytes(data)
    return path


def password_answers(answers: list[str | None], calls: list[tuple[str, bool]]) -> Callable[..., str | None]:
    def ask(parent: object, path: str, wrong: bool) -> str | None:
        calls.append((path, wrong))
        return answers.pop(0)

    return ask


def test_pkcs12_wrong_then_right(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pfx: Path) -> None:
    calls: list[tuple[str, bool]] = []
    monkeypatch.setattr(dialogs, "ask_password", password_answers(["wrong", "right"], calls))
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [pfx], spy)

    assert calls == [(str(pfx), False), (str(pfx), True)]
    assert "Example PFX Org" not in window.problem_banner.text()
    assert len(window.certificates) == 1
    assert "contains a private key" in spy.texts[0]
    assert window.key_banner.isVisible()


def test_pkcs12_cancel_imports_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pfx: Path
) -> None:
    calls: list[tuple[str, bool]] = []
    monkeypatch.setattr(dialogs, "ask_password", password_answers([None], calls))
    spy = SummarySpy()
    run_import(qtbot, window, monkeypatch, [pfx], spy)

    assert calls == [(str(pfx), False)]
    assert spy.texts == []
    assert window.certificates == []
    assert "protected by a password" in window.problem_banner.text()


def test_password_dialog_echo_hidden(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    seen: list[tuple[QLineEdit.EchoMode, str]] = []

    def fake_exec(dialog: QInputDialog) -> int:
        seen.append((dialog.textEchoMode(), dialog.labelText()))
        dialog.setTextValue("typed")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", fake_exec)

    assert dialogs.ask_password(None, "/x/org.pfx", True) == "typed"
    assert seen[0][0] is QLineEdit.EchoMode.Password
    assert "did not open /x/org.pfx" in seen[0][1]
