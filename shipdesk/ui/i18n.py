"""Interface language: English in the source, French from resources/translations; system locale by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "fr")


def choose_language(setting: str | None) -> str:
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, setting: str | None) -> str:
    """Load ShipDesk's and Qt's own translations for the chosen language; returns the language used."""
    language = choose_language(setting)
    if language == "en":
        return language
    for name, folder in ((f"shipdesk_{language}", TRANSLATIONS),
                         (f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
    return language
