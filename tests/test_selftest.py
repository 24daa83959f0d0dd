"""``trustdesk --self-test``: each check passes on a working installation and fails on the breakage it targets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from trustdesk import selftest
from trustdesk.gui import i18n
from trustdesk.gui import selftest as gui_selftest
from trustdesk.selftest import SelfTestStep

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_core_checks_all_pass(tmp_path: Path) -> None:
    steps = selftest.run_core_checks(tmp_path)
    assert [step.name for step in steps] == ["certifi", "os-store", "merged-bundle", "aws-clients", "aws-credentials"]
    failed = [step for step in steps if not step.passed]
    assert failed == []


def test_merged_bundle_holds_throwaway_ca(tmp_path: Path) -> None:
    bundle = tmp_path / "ca-bundle.pem"
    step = selftest.check_merged_bundle(bundle)
    assert step.passed, step.detail
    assert selftest.SELF_TEST_CA_NAME in bundle.read_text(encoding="utf-8")


def test_merged_bundle_never_contains_key(tmp_path: Path) -> None:
    bundle = tmp_path / "ca-bundle.pem"
    selftest.check_merged_bundle(bundle)
    assert "PRIVATE KEY" not in bundle.read_text(encoding="utf-8")


def test_certifi_missing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "certifi_bundle_path", lambda: tmp_path / "absent.pem")
    step = selftest.check_certifi()
    assert not step.passed
    assert "absent.pem" in step.detail


def test_aws_clients_endpoint(tmp_path: Path) -> None:
    step = selftest.check_aws_clients(selftest.certifi_bundle_path())
    assert step.passed, step.detail
    assert "https://bedrock-runtime.ap-northeast-1.amazonaws.com" in step.detail


def test_credentials_found_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLESELFTEST0")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "self-test-secret")
    step = selftest.check_credentials()
    assert step.passed
    assert step.detail.endswith("credentials: env")


def test_credentials_report_never_shows_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLESELFTEST0")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "self-test-secret")
    step = selftest.check_credentials()
    assert "self-test-secret" not in step.detail
    assert "AKIAEXAMPLESELFTEST0" not in step.detail


def test_raising_check_becomes_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> SelfTestStep:
        raise RuntimeError("botocore data missing")

    monkeypatch.setattr(selftest, "check_credentials", broken)
    steps = {step.name: step for step in selftest.run_core_checks(tmp_path)}
    assert not steps["aws-credentials"].passed
    assert steps["aws-credentials"].detail == "RuntimeError: botocore data missing"


def test_report_counts_failures() -> None:
    report = selftest.format_report([SelfTestStep("a", True, "fine"), SelfTestStep("b", False, "broken")])
    assert report.splitlines() == ["PASS a: fine", "FAIL b: broken", "self-test failed: 1 of 2 checks"]


def test_translations_check_passes(qapp: QApplication) -> None:
    step = gui_selftest.check_translations(qapp)
    assert step.passed, step.detail


def test_translations_check_leaves_app_english(qapp: QApplication) -> None:
    gui_selftest.check_translations(qapp)
    assert QApplication.translate(*gui_selftest.TRUSTDESK_SAMPLE) == gui_selftest.TRUSTDESK_SAMPLE[1]


def test_translations_missing_fails(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    step = gui_selftest.check_translations(qapp)
    assert not step.passed
    assert "1 of 2 translators" in step.detail


def test_qt_translations_check_passes() -> None:
    step = gui_selftest.check_qt_translations()
    assert step.passed, step.detail


def test_icon_check_passes() -> None:
    step = gui_selftest.check_icon()
    assert step.passed, step.detail


def test_icon_missing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    step = gui_selftest.check_icon()
    assert not step.passed


def test_platform_plugin_found(qapp: QApplication) -> None:
    step = gui_selftest.check_platform_plugin(qapp)
    assert step.passed, step.detail


def test_cli_self_test_exits_zero() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "trustdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.splitlines()[-1] == "self-test passed: 9 of 9 checks"
    assert completed.stderr == ""
