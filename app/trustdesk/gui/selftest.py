"""``trustdesk --self-test``: the Qt checks, then the Qt-free ones, as one report with exit code 0 or 1.

Only QtCore and QtGui's image reader are used, under a QCoreApplication, so the self-test needs no
display. The report is in English on purpose: CI reads it, and the helpdesk pastes it into bug reports.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QImageReader

from trustdesk.gui import i18n
from trustdesk.selftest import SelfTestStep, format_report, run_core_checks

# A TrustDesk string and a Qt string whose Japanese translations must differ from the English source.
TRUSTDESK_SAMPLE = ("Console", "root certificate")
QT_SAMPLE = ("QPlatformTheme", "Cancel")

# The platform plugin the window needs on each OS, as a file-name fragment (libqxcb.so, qwindows.dll, libqcocoa.dylib).
_PLATFORM_PLUGINS = {"linux": "qxcb", "win32": "qwindows", "darwin": "qcocoa"}


def run_self_test(stream: TextIO = sys.stdout) -> int:
    """Run every check, print the report to ``stream``, and return 0 when all passed, else 1."""
    application = QCoreApplication.instance() or QCoreApplication([])
    steps = [
        check_translations(application),
        check_qt_translations(),
        check_icon(),
        check_platform_plugin(application),
    ]
    with tempfile.TemporaryDirectory(prefix="trustdesk-selftest-") as work_dir:
        steps += run_core_checks(Path(work_dir))
    print(format_report(steps), file=stream, flush=True)
    return 0 if all(step.passed for step in steps) else 1


def check_translations(application: QCoreApplication) -> SelfTestStep:
    """Install the Japanese translators the way the window does and translate one TrustDesk string."""
    translators = i18n.install_translators(application, "ja")
    try:
        translated = QCoreApplication.translate(*TRUSTDESK_SAMPLE)
    finally:
        for translator in translators:
            application.removeTranslator(translator)
    passed = len(translators) == 2 and translated != TRUSTDESK_SAMPLE[1]
    detail = (
        f"{len(translators)} of 2 translators from {i18n.translations_dir()}; {TRUSTDESK_SAMPLE[1]!r} -> {translated!r}"
    )
    return SelfTestStep("translations", passed, detail)


def check_qt_translations() -> SelfTestStep:
    """Load qtbase_ja.qm, which translates Qt's standard buttons, and translate one of them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load("qtbase_ja", folder):
        return SelfTestStep("qt-translations", False, f"qtbase_ja.qm not found in {folder}")
    translated = translator.translate(*QT_SAMPLE)
    passed = bool(translated) and translated != QT_SAMPLE[1]
    return SelfTestStep("qt-translations", passed, f"qtbase_ja.qm in {folder}; {QT_SAMPLE[1]!r} -> {translated!r}")


def check_icon() -> SelfTestStep:
    """Read the SVG window icon through Qt's image plugins, as QIcon does when the window opens."""
    path = i18n.resources_dir() / "icons" / "trustdesk.svg"
    reader = QImageReader(str(path))
    image = reader.read()
    if image.isNull():
        return SelfTestStep("icon", False, f"cannot read {path}: {reader.errorString()}")
    return SelfTestStep("icon", True, f"{path} ({image.width()}x{image.height()})")


def check_platform_plugin(application: QCoreApplication) -> SelfTestStep:
    """Find the platform plugin the window needs on this OS in Qt's plugin folders (the display is not opened)."""
    wanted = _PLATFORM_PLUGINS.get(sys.platform, "qxcb")
    folders = [Path(folder) / "platforms" for folder in application.libraryPaths()]
    for folder in folders:
        matches = sorted(folder.glob(f"*{wanted}.*")) if folder.is_dir() else []
        if matches:
            return SelfTestStep("qt-platform", True, str(matches[0]))
    searched = ", ".join(str(folder) for folder in folders) or "no plugin folder"
    return SelfTestStep("qt-platform", False, f"{wanted} platform plugin not found in {searched}")
