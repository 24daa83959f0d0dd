"""The helpdesk report: every section, the proxy as host and port only, failing steps as lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustdesk import practice
from trustdesk.diagnostics import report as report_module
from trustdesk.diagnostics.report import SECTIONS, ReportRequest, gather_report, render_json, render_text
from trustdesk.network.bedrock import CheckResult, Outcome
from trustdesk.practice import PracticeEnvironment

REGION = "ap-northeast-1"
MODEL = "apac.amazon.nova-micro-v1:0"
HEADINGS = (
    "== Versions ==",
    "== Proxy ==",
    "== Environment variables ==",
    "== Configuration files ==",
    "== Certificate stores ==",
    "== Presented certificate chain ==",
    "== Certificate checks (lint) ==",
    "== Tools ==",
    "== Checks ==",
    "== Report steps ==",
)


@pytest.fixture
def environment() -> Iterator[PracticeEnvironment]:
    started = practice.start()
    yield started
    started.stop()


def test_report_every_section_ok(environment: PracticeEnvironment) -> None:
    report = gather_report(ReportRequest(REGION, MODEL, run_check=True))

    statuses = {step.name: step.status for step in report.steps}
    assert statuses == dict.fromkeys(SECTIONS, "ok")


def test_report_text_headings(environment: PracticeEnvironment) -> None:
    text = render_text(gather_report(ReportRequest(REGION, MODEL, run_check=True)))

    for heading in HEADINGS:
        assert heading in text
    assert "PRACTICE MODE" in text
    assert "certificate-not-trusted" in text


def test_report_chain_fingerprints(environment: PracticeEnvironment) -> None:
    document = gather_report(ReportRequest(REGION, MODEL)).document()

    chain = document["presented_chain"]["certificates"]
    assert chain[0]["issuer"].startswith("CN=TrustDesk Practice Organisation Root")
    assert len(chain[0]["sha256"].replace(" ", "")) == 64


def test_report_versions(environment: PracticeEnvironment) -> None:
    system = gather_report(ReportRequest(REGION, MODEL, network=False)).document()["system"]

    assert system["python"] == sys.version.split()[0]
    assert system["openssl"].startswith(("OpenSSL", "LibreSSL"))
    assert "app_version" in system


def test_report_proxy_host_and_port_only(monkeypatch: pytest.MonkeyPatch, dead_port: int) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://someone:pa55word@127.0.0.1:{dead_port}")

    document = gather_report(ReportRequest(REGION, MODEL, network=False)).document()

    assert document["proxy"]["proxy"] == f"http://127.0.0.1:{dead_port}"
    assert {row["name"]: row["value"] for row in document["environment"]}["HTTPS_PROXY"] == (
        f"http://127.0.0.1:{dead_port}"
    )
    assert "someone" not in json.dumps(document)


def test_report_offline_skips_chain() -> None:
    report = gather_report(ReportRequest(REGION, MODEL, network=False))

    statuses = {step.name: step.status for step in report.steps}
    assert statuses["presented_chain"] == "skipped"
    assert statuses["checks"] == "skipped"
    assert statuses["stores"] == "ok"


def test_report_offline_proxy_unreachable(monkeypatch: pytest.MonkeyPatch, dead_port: int) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{dead_port}")

    report = gather_report(ReportRequest(REGION, MODEL))

    chain = next(step for step in report.steps if step.name == "presented_chain")
    assert chain.status == "failed"
    assert "ProbeError" in (chain.error or "")


def test_report_failing_step_is_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_arguments: object, **_keywords: object) -> None:
        raise RuntimeError("tools exploded")

    monkeypatch.setattr("trustdesk.stores.tools.resolve_tools", broken)

    report = gather_report(ReportRequest(REGION, MODEL, network=False))
    text = render_text(report)

    assert "[failed] RuntimeError: tools exploded" in text
    assert {step.name: step.status for step in report.steps}["stores"] == "ok"


def test_report_slow_step_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trustdesk.stores.tools.resolve_tools", lambda *_a, **_k: time.sleep(3))

    started = time.monotonic()
    report = gather_report(ReportRequest(REGION, MODEL, network=False), timeouts={"tools": 0.2})

    assert {step.name: step.status for step in report.steps}["tools"] == "timed-out"
    assert time.monotonic() - started < 3


def test_report_includes_last_check() -> None:
    last = CheckResult(Outcome.TIMED_OUT, REGION, MODEL, "/b.pem", "https://e", None, 20.5)

    document = gather_report(ReportRequest(REGION, MODEL, network=False, last_check=last)).document()

    assert document["checks"][0]["outcome"] == "timed-out"
    assert document["checks"][0]["duration_s"] == 20.5


def test_report_json_round_trip() -> None:
    text = render_json(gather_report(ReportRequest(REGION, MODEL, network=False)))

    document = json.loads(text)
    assert document["format"] == report_module.FORMAT
    assert set(SECTIONS) <= set(document)


def test_report_environment_allow_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_CA_BUNDLE", "/nowhere/ca.pem")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "value-never-shown-123")
    monkeypatch.setenv("UNRELATED_VARIABLE", "not-listed-456")

    rows = {
        row["name"]: row for row in gather_report(ReportRequest(REGION, MODEL, network=False)).document()["environment"]
    }

    assert rows["AWS_REGION"]["value"] == "eu-west-1"
    assert rows["AWS_CA_BUNDLE"]["value"] == "/nowhere/ca.pem"
    assert rows["AWS_SESSION_TOKEN"]["value"] is None
    assert "UNRELATED_VARIABLE" not in rows


def trustdesk(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", "--lang", "en", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
        check=False,
    )


def test_cli_report_text() -> None:
    completed = trustdesk("report", "--offline")

    assert completed.returncode == 0, completed.stderr
    for heading in HEADINGS:
        assert heading in completed.stdout


def test_cli_report_json_to_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"

    completed = trustdesk("report", "--offline", "--json", "--out", str(out))

    assert completed.returncode == 0, completed.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == report_module.FORMAT
    assert str(out) in completed.stderr


def test_cli_report_unwritable_out(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")

    completed = trustdesk("report", "--offline", "--out", str(blocker / "report.txt"))

    assert completed.returncode == 7
    assert "could not be written" in completed.stderr


def test_cli_practice_report_with_check() -> None:
    completed = trustdesk("--practice", "report", "--check", "--json")

    document = json.loads(completed.stdout)
    assert completed.returncode == 0, completed.stderr
    assert document["practice_mode"] is True
    assert document["checks"][0]["outcome"] == "certificate-not-trusted"
