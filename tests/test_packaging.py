"""The packaging files are consistent: spec inputs exist, the desktop entry and icons are valid, lists parse.

The frozen build itself runs in CI (packaging/build.sh, then packaging/smoke-test.sh), not here.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
from pathlib import Path
from types import ModuleType

import pytest

from trustdesk.selftest import AWS_SERVICES

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGING = REPO_ROOT / "packaging"
ICONS = REPO_ROOT / "resources" / "icons"
DEBIAN_PACKAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9+.-]+$")


def _load_slim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("slim_icu", PACKAGING / "linux" / "slim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_text() -> str:
    return (PACKAGING / "trustdesk.spec").read_text(encoding="utf-8")


def test_spec_parses() -> None:
    ast.parse(_spec_text())


def test_spec_reads_package_version() -> None:
    assert "VERSION = trustdesk.__version__" in _spec_text()


def test_spec_data_files_exist() -> None:
    sources = re.findall(r'\(str\((ROOT|ICONS) / (.+?)\), "resources/', _spec_text())
    assert len(sources) >= 3
    for base, expression in sources:
        parts = [part.strip().strip('"') for part in expression.split("/")]
        root = REPO_ROOT if base == "ROOT" else ICONS
        assert root.joinpath(*parts).is_file(), parts


def test_spec_trims_botocore_to_selftest_services() -> None:
    assert "from trustdesk.selftest import AWS_SERVICES" in _spec_text()
    assert "bedrock-runtime" in AWS_SERVICES


@pytest.mark.parametrize("service", AWS_SERVICES)
def test_kept_services_have_botocore_models(service: str) -> None:
    import botocore

    assert (Path(botocore.__file__).parent / "data" / service).is_dir()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "trustdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_installed_command() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "/usr/bin/trustdesk"


def test_desktop_entry_has_japanese_name() -> None:
    entry = _desktop_entry()
    assert entry["Name[ja]"]
    assert entry["Comment[ja]"]


def test_desktop_entry_icon_installed() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == "trustdesk"
    assert "hicolor/${size}x${size}/apps/trustdesk.png" in (PACKAGING / "linux" / "build-deb.sh").read_text()


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_size(size: int) -> None:
    data = (ICONS / f"trustdesk-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_windows_and_macos_icons_present() -> None:
    assert (ICONS / "trustdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "trustdesk.icns").read_bytes()[:4] == b"icns"


def _system_library_lines() -> list[list[str]]:
    text = (PACKAGING / "linux" / "system-libraries.txt").read_text(encoding="utf-8")
    return [line.split("#", 1)[0].split() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def test_system_libraries_name_debian_packages() -> None:
    for fields in _system_library_lines():
        assert DEBIAN_PACKAGE_NAME.match(fields[0]), fields


def test_system_libraries_sonames_unique() -> None:
    sonames = [soname for fields in _system_library_lines() for soname in fields[1:]]
    assert len(sonames) == len(set(sonames))


def test_system_libraries_keep_python() -> None:
    sonames = {soname for fields in _system_library_lines() for soname in fields[1:]}
    assert not any(
        soname.startswith(("libpython", "libQt6", "libicu", "libpyside6", "libshiboken6")) for soname in sonames
    )


def test_allowlist_patterns_commented_and_valid() -> None:
    lines = (PACKAGING / "selftest-allowlist.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        assert number > 0 and lines[number - 1].startswith("#"), f"pattern without a comment: {line!r}"
        re.compile(line)


@pytest.mark.parametrize(
    ("item", "dropped"),
    [
        ("coll/de.res", True),
        ("coll/de_.res", True),
        ("coll/ja.res", False),
        ("coll/root.res", False),
        ("zone/en_001.res", False),
        ("fr_CA.res", True),
        ("res_index.res", False),
        ("pool.res", False),
        ("supplementalData.res", False),
        ("translit/el_Latn.res", True),
        ("brkitr/cjdict.dict", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("ibm-37_P100-1995.cnv", True),
        ("cnvalias.icu", False),
    ],
)
def test_slim_icu_selection(item: str, dropped: bool) -> None:
    assert _load_slim_icu().is_dropped(item) is dropped


def test_inno_setup_installs_per_user() -> None:
    script = (PACKAGING / "windows" / "trustdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "DefaultDirName={userpf}\\TrustDesk" in script


def test_inno_setup_keeps_user_data_by_default() -> None:
    script = (PACKAGING / "windows" / "trustdesk.iss").read_text(encoding="utf-8")
    # platformdirs.user_data_dir("TrustDesk", appauthor=False) on Windows: %LOCALAPPDATA%\TrustDesk.
    assert "ExpandConstant('{localappdata}\\TrustDesk')" in script
    assert "MB_DEFBUTTON2, IDNO) = IDYES" in script
