"""Every lint finding has a translated message, affected tools and advice, with its facts filled in."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from trustdesk.certs.lint import FINDING_CODES, STRICT_TOOLS, TOOLS, make_finding
from trustdesk.gui import i18n, lint_text

# Every fact any finding carries, so that each placeholder of each message has a value.
FACTS = {
    "version": "1",
    "reason": "absent",
    "hash": "SHA-1",
    "bits": "1024",
    "curve": "secp256k1",
    "not_after": "2020-01-01T00:00:00+00:00",
    "not_before": "2040-06-01T00:00:00+00:00",
    "days": "30",
    "issuer": "CN=Example Issuer",
    "sha256": "AB" * 32,
    "public_sha256": "CD" * 32,
    "subject": "CN=Example Public Root",
    "serial": "-5",
    "octets": "21",
    "oid": "2.5.29.19",
    "field": "not_after",
    "encoding": "UTCTime",
    "year": "2051",
    "error": "malformed",
}
PLACEHOLDER = re.compile(r"%\d|%n")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_code_has_text() -> None:
    assert set(FINDING_CODES) <= lint_text.translated_codes()


@pytest.mark.parametrize("code", sorted(FINDING_CODES))
def test_english_text_filled(qapp: QApplication, code: str) -> None:
    text = lint_text.finding_text(make_finding(code, **FACTS))

    assert text.message
    assert text.advice
    assert text.tools
    assert not PLACEHOLDER.search(text.message), text.message
    assert not PLACEHOLDER.search(text.advice), text.advice


@pytest.mark.parametrize("code", sorted(FINDING_CODES))
def test_japanese_text_filled(japanese: None, code: str) -> None:
    text = lint_text.finding_text(make_finding(code, **FACTS))

    assert JAPANESE.search(text.message), text.message
    assert JAPANESE.search(text.advice), text.advice
    assert JAPANESE.search(text.tools), text.tools
    assert not PLACEHOLDER.search(text.message), text.message
    assert not PLACEHOLDER.search(text.advice), text.advice


def test_facts_reach_message(qapp: QApplication) -> None:
    expired = lint_text.finding_message(make_finding("expired", not_after="2020-01-01T12:00:00+00:00"))
    impostor = lint_text.finding_advice(make_finding("public-root-impostor", **FACTS))
    rsa = lint_text.finding_message(make_finding("weak-rsa-key", bits="1024"))

    assert "2020-01-01" in expired
    assert "CDCD CDCD" in impostor
    assert "1024" in rsa


def test_missing_fact_shows_question_mark(qapp: QApplication) -> None:
    message = lint_text.finding_message(make_finding("weak-rsa-key"))

    assert "?" in message
    assert not PLACEHOLDER.search(message)


def test_strict_tools_named(qapp: QApplication) -> None:
    tools = lint_text.affected_tools(STRICT_TOOLS)

    assert "Python 3.13 and later" in tools
    assert "requests" in tools
    assert "pip" in tools
    assert "boto3" not in tools


def test_all_and_no_tools(qapp: QApplication) -> None:
    assert "all of them" in lint_text.affected_tools(TOOLS)
    assert lint_text.affected_tools(()) == "No tool rejects it today."


def test_strict_tools_japanese(japanese: None) -> None:
    assert lint_text.affected_tools(STRICT_TOOLS) == "影響するツール: Python 3.13 以降、requests、urllib3、pip"


def test_unknown_code_uses_summary(qapp: QApplication) -> None:
    finding = make_finding("expired", not_after="2020-01-01T00:00:00+00:00")
    unknown = type(finding)("new-code", finding.severity, (), {}, "something new")

    assert lint_text.finding_message(unknown) == "A problem was found: something new."


def test_worst_severity_order() -> None:
    warning = make_finding("expires-soon", days="3")
    error = make_finding("expired")
    info = make_finding("already-public")

    assert lint_text.worst_severity([info, warning, error]) is error.severity
    assert lint_text.worst_severity([info, warning]) is warning.severity
    assert lint_text.worst_severity([]) is None
