"""``trustdesk stores`` and ``trustdesk tools``, run as real processes in a crafted HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import trustme

from trustdesk.cli.common import EXIT_OK, EXIT_TOOL_PROBLEM, STORES_TOOLS_SCHEMA_VERSION

STORE_KEYS = {
    "name",
    "origin",
    "path",
    "certificate_count",
    "trusted_count",
    "block_problems",
    "lint",
    "contains_organisation",
    "error",
    "notes",
}
TOOL_KEYS = {
    "tool",
    "status",
    "source",
    "path",
    "mode",
    "default_roots",
    "rule_source",
    "explanation",
    "next_step",
    "problems",
}


def trustdesk(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
        check=False,
    )


@pytest.fixture
def crafted_home(isolated_env: Path, monkeypatch: pytest.MonkeyPatch, org_ca: trustme.CA) -> Path:
    """A stale AWS_CA_BUNDLE, a corp-only REQUESTS_CA_BUNDLE and a UTF-16 NODE_EXTRA_CA_CERTS file."""
    home = isolated_env
    corp = home / "corp-only.pem"
    org_ca.cert_pem.write_to_path(str(corp))
    utf16 = home / "corp-utf16.pem"
    utf16.write_bytes(org_ca.cert_pem.bytes().decode("ascii").encode("utf-16"))
    monkeypatch.setenv("AWS_CA_BUNDLE", str(home / "uninstalled-agent" / "ca.pem"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(corp))
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", str(utf16))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NPM_CONFIG_GLOBALCONFIG", str(home / "no-global-npmrc"))
    return home


def _tool(document: dict[str, Any], tool_id: str) -> dict[str, Any]:
    return next(tool for tool in document["tools"] if tool["tool"] == tool_id)


def _codes(tool: dict[str, Any]) -> list[str]:
    return [problem["code"] for problem in tool["problems"]]


def test_tools_json_reports_three_problems(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "en", "tools", "--json")
    document = json.loads(completed.stdout)

    assert completed.returncode == EXIT_TOOL_PROBLEM, completed.stderr
    assert document["schema_version"] == STORES_TOOLS_SCHEMA_VERSION
    assert document["exit_code"] == EXIT_TOOL_PROBLEM
    assert "file-missing" in _codes(_tool(document, "botocore"))
    assert "no-public-roots" in _codes(_tool(document, "requests"))
    assert "node-ignores-file" in _codes(_tool(document, "node"))


def test_tools_json_layout(crafted_home: Path) -> None:
    document = json.loads(trustdesk("--lang", "en", "tools", "--json").stdout)
    botocore = _tool(document, "botocore")
    problem = next(p for p in botocore["problems"] if p["code"] == "file-missing")

    assert set(botocore) == TOOL_KEYS
    assert botocore["source"] == "env:AWS_CA_BUNDLE"
    assert botocore["mode"] == "replaces"
    assert botocore["status"] == "problem"
    assert set(problem) == {"code", "status", "facts", "message", "next_step"}
    assert problem["facts"]["setting"] == "env:AWS_CA_BUNDLE"
    assert "does not exist" in problem["message"]


def test_tools_json_node_reason(crafted_home: Path) -> None:
    document = json.loads(trustdesk("--lang", "en", "tools", "--json").stdout)
    problem = next(p for p in _tool(document, "node")["problems"] if p["code"] == "node-ignores-file")

    assert problem["facts"]["reason"] == "utf-16"
    assert "UTF-16" in problem["message"]


def test_tools_text_japanese(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "ja", "tools")

    assert completed.returncode == EXIT_TOOL_PROBLEM
    assert "環境変数 AWS_CA_BUNDLE" in completed.stdout
    assert "存在しません" in completed.stdout
    assert "UTF-16" in completed.stdout
    assert "対処方法" in completed.stdout


def test_tools_text_english(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "en", "tools")

    assert "boto3 / botocore [Problem]" in completed.stdout
    assert "What to do: Point the environment variable AWS_CA_BUNDLE at TrustDesk's merged bundle" in completed.stdout


def test_tools_exit_zero_without_problems(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NPM_CONFIG_GLOBALCONFIG", str(isolated_env / "no-global-npmrc"))

    completed = trustdesk("--lang", "en", "tools", "--json")

    statuses = {tool["status"] for tool in json.loads(completed.stdout)["tools"]}
    assert completed.returncode == EXIT_OK
    assert "problem" not in statuses


def test_stores_json_layout(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "en", "stores", "--json")
    document = json.loads(completed.stdout)
    stores = {store["name"]: store for store in document["stores"]}
    stale = stores["env:AWS_CA_BUNDLE"]
    corp = stores["env:REQUESTS_CA_BUNDLE"]

    assert completed.returncode == EXIT_OK, completed.stderr
    assert document["schema_version"] == STORES_TOOLS_SCHEMA_VERSION
    assert all(set(store) == STORE_KEYS for store in stores.values())
    assert stale["error"]["code"] == "not-found"
    assert stale["certificate_count"] == 0
    assert corp["certificate_count"] == 1
    assert corp["lint"]["certificates"] == 1
    assert stores["certifi"]["origin"] == "certifi"


def test_stores_text_english(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "en", "stores")

    assert completed.returncode == EXIT_OK
    assert "the environment variable REQUESTS_CA_BUNDLE \u2014 Named by an environment variable" in completed.stdout
    assert "  Certificates: 1" in completed.stdout


def test_stores_text_japanese(crafted_home: Path) -> None:
    completed = trustdesk("--lang", "ja", "stores")

    assert "環境変数 REQUESTS_CA_BUNDLE" in completed.stdout
    assert "証明書の数：1" in completed.stdout
