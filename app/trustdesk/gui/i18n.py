"""Language choice and the Qt translators for TrustDesk's strings and Qt's own (standard buttons)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ja")


def resources_dir() -> Path:
    """Return the ``resources`` folder: inside a frozen app, beside an installed package, or in the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / "resources"] if frozen_root else []
    package_root = Path(__file__).resolve().parent.parent
    candidates += [package_root / "resources", package_root.parent.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(override: str = "") -> str:
    """Return "ja" or "en": ``override`` when it is supported, else the system locale's language."""
    if override in SUPPORTED_LANGUAGES:
        return override
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load TrustDesk's and Qt's translations for ``language`` into ``app``.

    English is the source language and needs no translator. The returned translators must be kept
    alive as long as ``app``; a missing file is logged and the strings stay English.
    """
    if language == "en":
        return []

    installed = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"trustdesk_{language}", str(translations_dir())), (f"qtbase_{language}", qt_translations)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Translation %s not found in %s; those strings stay in English", name, folder)
    return installed
