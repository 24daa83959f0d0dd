"""The Japanese translation is complete, keeps every placeholder, and its .qm matches the .ts.

The lupdate options here must match scripts/update-translations, or the freshness check compares
against a file laid out differently.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "trustdesk_ja.ts"
QM_FILE = TRANSLATIONS / "trustdesk_ja.qm"
GUI_SOURCES = REPO_ROOT / "app" / "trustdesk" / "gui"
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-target-language", "ja_JP"]

# %1 … %99, their localised forms %L1, and the plural count %n / %Ln.
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")


def _tool(name: str) -> Path:
    tool = Path(sys.executable).parent / name
    if not tool.is_file():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} not found next to {sys.executable} or on PATH; install PySide6")
        tool = Path(found)
    return tool


def _messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def _unfinished(ts_file: Path) -> list[str]:
    problems = []
    for context, message in _messages(ts_file):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "missing"
        if state is not None or not all(text.strip() for text in _translations(message)):
            problems.append(f"{context}: {source!r} ({state or 'empty'})")
    return problems


def test_ts_file_present() -> None:
    assert TS_FILE.is_file(), "run scripts/update-translations"
    assert QM_FILE.is_file(), "run scripts/update-translations"
    assert len(_messages(TS_FILE)) > 50


def test_no_unfinished_entries() -> None:
    assert _unfinished(TS_FILE) == []


def test_placeholders_match_source() -> None:
    mismatches = []
    for context, message in _messages(TS_FILE):
        source = message.findtext("source") or ""
        expected = sorted(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                mismatches.append(f"{context}: {source!r} -> {text!r}")
    assert mismatches == []


def test_sources_all_translated(tmp_path: Path) -> None:
    """Fails when a tr()/translate() string in the GUI sources is missing from the committed .ts."""
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    sources = sorted(str(path) for path in GUI_SOURCES.glob("*.py"))

    completed = subprocess.run(
        [str(_tool("pyside6-lupdate")), *LUPDATE_OPTIONS, *sources, "-ts", str(fresh)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert _unfinished(fresh) == [], "new strings: run scripts/update-translations and translate them"


def test_qm_matches_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM_FILE.name

    completed = subprocess.run(
        [str(_tool("pyside6-lrelease")), str(TS_FILE), "-qm", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "stale .qm: run scripts/update-translations"


def _literal_strings(node: ast.Call, count: int) -> list[str] | None:
    arguments = node.args[:count]
    if len(arguments) < count or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments):
        return None
    return [str(a.value) for a in arguments if isinstance(a, ast.Constant)]


def test_every_literal_call_extracted() -> None:
    # lupdate's Python parser has silently skipped some calls (for example with a call expression as
    # the count argument), so every literal translate()/tr() call is looked up in the .ts file as well.
    root = ET.parse(TS_FILE).getroot()
    entries = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    sources = {source for _context, source in entries}
    missing = []
    for path in sorted(GUI_SOURCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
            if (name == "translate" and (strings := _literal_strings(node, 2)) and tuple(strings) not in entries) or (name == "tr" and (strings := _literal_strings(node, 1)) and strings[0] not in sources):
                missing.append(f"{path.name}:{node.lineno}: {strings}")

    assert missing == []
