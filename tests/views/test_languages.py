"""The interface in French and Spanish; data stays in English; Qt's own dialogs follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from test_translations import FOLDER, messages

from iomdesk import app, i18n


@pytest.fixture
def language(qapp):
    def install(code):
        return app.install_translations(qapp, code)

    yield install
    for translator in getattr(qapp, "iomdesk_translators", []):
        qapp.removeTranslator(translator)
    qapp.iomdesk_translators = []
    i18n.set_translator(lambda context, text: text)
    i18n.set_date_format(None)
    QLocale.setDefault(QLocale("en_US"))


def expected(code: str, context: str, source: str) -> str:
    return messages(FOLDER / f"iomdesk_{code}.ts")[(context, source)].text


@pytest.mark.parametrize("code", ["fr", "es"])
def test_interface_follows_the_language_and_data_does_not(qtbot, store, language, code):
    from iomdesk.views.main_window import MainWindow

    assert language(code) == code
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [expected(code, "window", m) for m in ("&File", "&View", "&Help")]
    assert menus != ["&File", "&View", "&Help"]
    assert window.tabs.tabText(0) == expected(code, "tabs", "Leadership")
    header = window.leadership.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == expected(code, "columns", "Name") != "Name"
    row = window.leadership.model.row_object(0)
    assert row.tenure.role in ("Director", "Director General")  # the data stays in English
    text = window.leadership.details.toPlainText()
    assert expected(code, "details", "Nationality") in text
    window.ensure_tabs()
    assert window.tabs.tabText(3) == expected(code, "tabs", "Contacts")


def test_qt_standard_dialog_strings_follow(language):
    language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_the_system_locale_chooses_unless_told(language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language(None) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_AR")))
    assert app.choose_language(None) == "es"
    assert app.choose_language("fr") == "fr"


def test_lang_argument_is_validated(capsys):
    assert app.main(["--lang", "de"]) == app.EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["fr", "es"])
def test_dates_are_written_as_the_language_writes_them(qtbot, store, language, code):
    """Tables, details, the timeline's tooltips and CSV rows: '12 déc. 1954', not 'Dec'."""
    from PySide6.QtCore import QDate

    from iomdesk.views.main_window import MainWindow

    language(code)
    locale = QLocale(code)
    full = locale.toString(QDate(1954, 12, 12), "d MMM yyyy")
    month = locale.toString(QDate(1998, 10, 1), "MMM yyyy")
    assert "Dec" not in full and "Oct" not in month
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    tab = window.leadership
    tab.search.setText("gibson")
    assert tab.model.row_texts(0)[4] == full  # To: 12 Dec 1954
    assert full in tab.details.toPlainText()
    gibson = next(b for b in window.timeline.data.bars if b.tenure_id == "gibson-director")
    assert full in gibson.tooltip
    pope = next(b for b in window.timeline.data.bars if b.tenure_id == "pope-dg")
    assert pope.tooltip.endswith(expected(code, "pictures", "present"))
    _titles, cells = tab.table()
    assert cells[0][4] == full  # what File > Export shown rows writes
    tab.search.setText("mckinley")
    assert month in tab.model.row_texts(0)[3]  # From: Oct 1998
