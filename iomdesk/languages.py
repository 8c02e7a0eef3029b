"""The interface language: which one, Qt's translators for it, and its date and number
formats handed to i18n (the Qt-free side)."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from iomdesk.database import default_path

LANGUAGES = ("en", "fr", "es")  # IOM's official languages; the data stays in English
log = logging.getLogger(__name__)


def choose_language(requested: str | None) -> str:
    """--lang wins; otherwise the system locale's language when we have it; else English."""
    if requested in LANGUAGES:
        return requested
    from PySide6.QtCore import QLocale

    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def qt_file_dialog_words() -> list[str]:
    """Words of Qt's own file dialog (File > Export) that Qt's French and Spanish translations
    lack: its labels gained a shortcut letter ("&Look in:", which they have without it) and
    its type column's words moved to another context. Written here as translate calls,
    pyside6-lupdate keeps them in our .ts files, and our translator answers for them. Only
    the tests call this; Qt asks for the words itself."""
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]


def install_translations(app, requested: str | None) -> str:
    """Our .qm and Qt's own (standard dialogs) for the language; English needs none."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from iomdesk import i18n

    language = choose_language(requested)
    i18n.set_language(language)
    i18n.set_translator(QCoreApplication.translate)
    locale = QLocale(language)
    QLocale.setDefault(locale)  # sorting and dates follow the interface language
    i18n.set_date_format(locale_date_format(locale))
    i18n.set_number_format(locale_number_format(locale))
    if language == "en":
        return language
    from PySide6.QtCore import QLibraryInfo, QTranslator  # English makes neither's class

    folder = translations_folder()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app.iomdesk_translators = []  # kept alive as long as the application
    for name, where in ((f"iomdesk_{language}", folder), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            app.iomdesk_translators.append(translator)
            log.debug("translations %s loaded from %s", name, where)
        else:
            log.debug("translations %s not found in %s", name, where)
    return language


def uninstall_translations(app) -> None:
    """Back to English as the code writes it (for a tool or a test that went through the
    languages in one process)."""
    from PySide6.QtCore import QLocale

    from iomdesk import i18n

    for translator in getattr(app, "iomdesk_translators", []):
        app.removeTranslator(translator)
    app.iomdesk_translators = []
    i18n.set_translator(lambda context, text: text)
    i18n.set_language("en")
    i18n.set_date_format(None)
    i18n.set_number_format(None)
    QLocale.setDefault(QLocale("en_US"))


def locale_date_format(locale):
    """Dates as the locale writes them, day and short month: '12 déc. 1954', 'oct. 1998'."""
    from PySide6.QtCore import QDate

    def format_date(year: int, month: int | None = None, day: int | None = None) -> str:
        if day:
            return locale.toString(QDate(year, month, day), "d MMM yyyy")
        if month:
            return locale.toString(QDate(year, month, 1), "MMM yyyy")
        return str(year)

    return format_date


def locale_number_format(locale):
    """Numbers as the locale writes them: '19,000', '19 000', '19.000'."""

    def format_number(value: float) -> str:
        if math.isfinite(value) and float(value).is_integer() and abs(value) < 2**53:
            return locale.toString(int(value))
        return locale.toString(float(value), "g", 12)

    return format_number


def translations_folder() -> Path:
    """resources/translations, beside the shipped database (checkout and wheel alike)."""
    return default_path().parent / "translations"
