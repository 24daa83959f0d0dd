"""The layout rule (Qt only under gui/), ruff and mypy --strict, so that a red check blocks a landing."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "app" / "trustdesk"
CORE_PACKAGES = ("certs", "stores", "network", "configure", "diagnostics", "practice")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", CORE_PACKAGES)
def test_core_package_never_imports_qt(package: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        qt_imports = {name for name in imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
        qt_imports |= {name for name in imported_modules(path) if name.startswith("trustdesk.gui")}
        if qt_imports:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(qt_imports)}")

    assert offenders == []


def test_core_imports_without_qt() -> None:
    modules = [
        f"trustdesk.{package}.{path.stem}"
        for package in CORE_PACKAGES
        for path in sorted((PACKAGE / package).glob("*.py"))
        if path.stem != "__init__"
    ]
    script = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    script += "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'boto3'))))\n"

    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=dict(os.environ), check=False
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"


def test_ruff_clean() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "app", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_mypy_strict_clean() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
