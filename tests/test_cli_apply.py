"""``trustdesk apply`` and ``trustdesk undo`` run as the command, in the temporary HOME."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import trustme

from trustdesk import paths


def _trustdesk(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", "--lang", "en", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _json(completed: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(completed.stdout)


def _import(org_ca: trustme.CA, tmp_path: Path) -> None:
    pem = tmp_path / "org.pem"
    pem.write_bytes(org_ca.cert_pem.bytes())
    assert _trustdesk("bundle", "--add", str(pem)).returncode == 0


def test_apply_without_organisation_ca() -> None:
    completed = _trustdesk("apply", "--json")
    assert completed.returncode == 22
    assert _json(completed)["error"]["code"] == "no-organisation-ca"


def test_apply_unknown_tool() -> None:
    completed = _trustdesk("apply", "--tools", "curl", "--json")
    assert completed.returncode == 2
    assert _json(completed)["error"]["code"] == "unsupported-tool"


def test_dry_run_writes_nothing(org_ca: trustme.CA, tmp_path: Path, isolated_env: Path) -> None:
    _import(org_ca, tmp_path)
    completed = _trustdesk("apply", "--tools", "pip,npm", "--dry-run")
    assert completed.returncode == 0, completed.stderr
    assert "+cafile=" in completed.stdout
    assert "+cert = " in completed.stdout
    assert not (isolated_env / ".npmrc").exists()
    assert not (isolated_env / ".config" / "pip" / "pip.conf").exists()


def test_apply_then_undo_all(org_ca: trustme.CA, tmp_path: Path, isolated_env: Path) -> None:
    _import(org_ca, tmp_path)
    (isolated_env / ".npmrc").write_text("strict-ssl=false\n", encoding="utf-8")
    completed = _trustdesk("apply", "--tools", "npm,requests", "--fix-insecure", "--json")
    document = _json(completed)
    assert completed.returncode == 0, document
    assert {tool["tool"]: tool["green"] for tool in document["result"]["tools"]} == {"requests": True, "npm": True}
    assert "terminals" in document["result"]["restart"]
    assert (isolated_env / ".npmrc").read_text(encoding="utf-8") == f"cafile={paths.merged_bundle_path()}\n"

    again = _json(_trustdesk("apply", "--tools", "npm,requests", "--json"))
    assert again["changes"] == []

    listing = _json(_trustdesk("undo", "--json"))
    assert len(listing["entries"]) == len(document["result"]["applied"])
    undone = _trustdesk("undo", "--all", "--json")
    assert undone.returncode == 0
    assert (isolated_env / ".npmrc").read_text(encoding="utf-8") == "strict-ssl=false\n"


def test_undo_unknown_id() -> None:
    completed = _trustdesk("undo", "no-such-id", "--json")
    assert completed.returncode == 2
    assert _json(completed)["error"]["code"] == "unknown-id"
