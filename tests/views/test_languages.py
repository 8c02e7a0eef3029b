"""The interface in French and Spanish; data stays in English; Qt's own dialogs follow."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from test_translations import FOLDER, messages

from iomdesk import app, i18n, languages
from iomdesk.search import fold
from iomdesk.tabs.elections import MARKS, election_html, round_label
from iomdesk.tabs.history import figure_title


@pytest.fixture
def language(qapp):
    def install(code):
        return languages.install_translations(qapp, code)

    yield install
    languages.uninstall_translations(qapp)


def expected(code: str, context: str, source: str) -> str:
    return messages(FOLDER / f"iomdesk_{code}.ts")[(context, source)].text


@pytest.mark.parametrize("code", ["fr", "es"])
def test_interface_follows_the_language_and_data_does_not(qtbot, store, language, code):
    from iomdesk.views.main_window import MainWindow

    assert language(code) == code
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [expected(code, "window", m) for m in ("&File", "&Edit", "&View", "&Help")]
    assert menus != ["&File", "&Edit", "&View", "&Help"]
    assert window.tabs.tabText(0) == expected(code, "tabs", "Leadership")
    header = window.tab("leadership").model.headerData(0, Qt.Orientation.Horizontal)
    assert header == expected(code, "columns", "Name") != "Name"
    row = window.tab("leadership").model.row_object(0)
    assert row.tenure.role in ("Director", "Director General")  # the data stays in English
    text = window.tab("leadership").details.toPlainText()
    assert expected(code, "details", "Nationality") in text
    window.ensure_tabs()
    assert window.tabs.tabText(3) == expected(code, "tabs", "Contacts")


def test_qt_standard_dialog_strings_follow(language):
    language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_export_file_dialog_is_in_the_language_too(qtbot, tmp_path, language, code):
    """Qt's own translations miss a few of its file dialog's words (its labels gained a
    shortcut letter); ours fill them in: no English label, no English file type."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

    language(code)
    english = ["&Look in:", "Files of &type:", "Folder", "Drive"]
    words = languages.qt_file_dialog_words()
    assert all(word and word != source for word, source in zip(words, english, strict=True))
    (tmp_path / "a folder").mkdir()
    dialog = QFileDialog(None, "Export", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and not set(labels) & {"&Look in:", "File &name:", "Files of &type:"}
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 1)
    folder = model.index(0, 2, model.index(str(tmp_path)))
    assert model.data(folder) == words[2]


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_a_vote_chart_mark_is_one_phrase_each_language_orders(language, code):
    """'Vitorino withdrew' is translated whole: Spanish once read 'Vitorino retirada'."""

    language(code)
    shown = {
        mark: i18n.translate("pictures", phrase).format(name="Vitorino")
        for mark, phrase in MARKS.items()
    }
    assert (
        shown
        == {
            "en": {"eliminated": "Vitorino eliminated", "withdrew": "Vitorino withdrew"},
            "fr": {"eliminated": "Vitorino (élimination)", "withdrew": "Vitorino (retrait)"},
            "es": {"eliminated": "Vitorino (eliminación)", "withdrew": "Vitorino (retirada)"},
        }[code]
    )


def test_french_puts_a_space_before_a_label_s_colon(qtbot, store, language):
    """A figure's title, an election's rounds and the vote chart's text are whole phrases."""
    from iomdesk.views.vote_chart import VoteChart

    language("fr")
    figure = next(f for f in store.figures if f.measure == "member_states" and not f.approx)
    title = figure_title(figure)
    assert title.startswith(expected("fr", "records", "Member states") + "\xa0: ")
    election = next(e for e in store.elections if e.id == "dg-2023")
    first = round_label(store.rounds["dg-2023"][0])
    assert f"<b>{first}</b>\xa0: " in election_html(store, election)
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.set_election(store, election)
    assert chart.text_alternative().startswith(f"{first}\xa0: ")


def test_the_system_locale_chooses_unless_told(language, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language(None) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_AR")))
    assert languages.choose_language(None) == "es"
    assert languages.choose_language("fr") == "fr"


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
    tab = window.tab("leadership")
    tab.search.setText("gibson")
    assert tab.model.row_texts(0)[4] == full  # To: 12 Dec 1954
    assert full in tab.details.toPlainText()
    gibson = next(
        b for b in window.tab("leadership").timeline.data.bars if b.tenure_id == "gibson-director"
    )
    assert full in gibson.tooltip
    pope = next(b for b in window.tab("leadership").timeline.data.bars if b.tenure_id == "pope-dg")
    assert pope.tooltip.endswith(expected(code, "pictures", "present"))
    titles, cells = tab.export_table()  # what File > Export shown rows writes
    assert cells[0][4] == full and cells[0][-1] == "1954-12-12"  # and the ISO date beside it
    assert titles[-1].endswith("(ISO 8601)") and titles[-1] != "To (ISO 8601)"
    tab.search.setText("mckinley")
    assert month in tab.model.row_texts(0)[3]  # From: Oct 1998


# Texts that are the same in every language: names, formats, keys.
SAME_IN_EVERY_LANGUAGE = {"iomdesk", "IOM", "OK", "Ctrl+1 … Ctrl+5", "Ctrl+K, Ctrl+L"}


def shown_texts() -> set[str]:
    """What the open windows and dialogs show or read out: titles, labels, buttons, fields'
    placeholders, tabs, column titles, choices, menus, accessible names, and the texts a
    picture draws."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QFileDialog,
        QLabel,
        QLineEdit,
        QMenu,
        QTabBar,
        QTableView,
        QTreeView,
        QWidget,
    )

    texts: set[str] = set()
    for top in QApplication.topLevelWidgets():
        if not top.isVisible() or isinstance(top, QMenu):
            continue  # menus: through the menu bar's actions, below
        texts.add(top.windowTitle())
        if isinstance(top, QFileDialog):  # its own labels are Qt's (qtbase_*.qm) to translate
            texts |= set(top.nameFilters())
            continue
        qts_own = {id(w) for d in top.findChildren(QFileDialog) for w in d.findChildren(QWidget)}
        for widget in [top, *top.findChildren(QWidget)]:
            if id(widget) in qts_own:
                continue
            texts |= {widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()}
            if isinstance(widget, QLabel) and not widget.text().lstrip().startswith("<"):
                texts.add(widget.text())
            if isinstance(widget, QAbstractButton):
                texts.add(widget.text())
            if isinstance(widget, QLineEdit):
                texts.add(widget.placeholderText())
            if isinstance(widget, QComboBox):
                texts |= {widget.itemText(i) for i in range(widget.count())}
            if hasattr(widget, "text_items"):  # the history chart's title, axes and legend
                texts |= {text for _rect, text in widget.text_items()}
            if isinstance(widget, QTabBar):
                texts |= {widget.tabText(i) for i in range(widget.count())}
            if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
                model = widget.model()
                texts |= {
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(model.columnCount(QModelIndex()))
                }
            for action in widget.actions():
                texts |= {action.text(), action.toolTip()}
                if action.menu():
                    texts |= {a.text() for a in action.menu().actions()}
    return {t.replace("&", "") for t in texts if any(ch.isalpha() for ch in t)}


def enumerated_values(window) -> set[str]:
    """Every value of every column whose values are a closed list (kinds, posts, states)."""
    return {
        column.text(row)
        for tab in window.declared
        for column in [*tab.columns(), *(tab.csv_columns() or [])]
        if column.enumeration
        for row in tab.rows()
    }


def status_after_each_menu_item(window) -> list[str]:
    """The status line after each menu item that does not end the window, in menu order
    (a dialog one opens is read and closed)."""
    from modal import when_modal
    from PySide6.QtWidgets import QApplication

    said = []
    items = [
        item
        for top in window.menuBar().actions()
        for entry in top.menu().actions()
        for item in (entry.menu().actions() if entry.menu() else [entry])
        if not item.isSeparator() and item is not window.actions_by_name["close"]
    ]
    for item in items:
        window.statusBar().clearMessage()
        opened = []
        when_modal(opened.append, deadline_s=0.3)
        item.trigger()
        QApplication.processEvents()
        said.append(window.statusBar().currentMessage())
    window.set_theme("system")
    return said


def walk_the_interface(qtbot, store) -> set[str]:
    """Every tab with a search and a row, search everywhere, Help and About, and both error
    dialogs; what each shows."""
    from modal import when_modal
    from PySide6.QtWidgets import QApplication

    from iomdesk.database import StoreError
    from iomdesk.views.main_window import MainWindow

    seen: set[str] = set()
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    for tab in window.all_tabs():  # every tab of the registry, searched for its first row
        window.show_tab(tab)
        title = tab.declared.hit_title(tab.object_at(tab.view.currentIndex()))
        words = [w for w in title.split() if w.isascii() and w.isalpha()]  # QTest types ASCII
        words = words or [w for w in fold(title).split() if w.isascii() and w.isalpha()]
        qtbot.keyClicks(tab.search, max(words, key=len))
        seen |= shown_texts()
        tab.search.setText("zzzz")  # the empty state
        seen |= shown_texts()
        tab.search.clear()
    box = window.open_everywhere()
    box.input.setText("geneva")
    seen |= shown_texts()
    box.close()
    read = lambda dialog: seen.update(shown_texts())  # noqa: E731
    window.show_tab(window.tab("leadership"))
    for open_dialog in (
        window.show_shortcuts,
        window.show_about,
        window.exporting.picture,  # the file dialogs: their titles and file types
        window.exporting.rows,
        lambda: app.show_startup_error(StoreError("corrupt", "The file is damaged.", "x.sqlite")),
        lambda: app.ErrorReporter._warn(ValueError, ValueError("a bug")),
    ):
        when_modal(read)
        open_dialog()
    seen |= {f"enumerated:{value}" for value in enumerated_values(window)}
    seen |= {f"status:{n}:{text}" for n, text in enumerate(status_after_each_menu_item(window))}
    window.close()
    QApplication.processEvents()
    return seen


@pytest.mark.parametrize("code", ["fr", "es"])
def test_no_english_is_left_in_the_interface(qtbot, store, language, code):
    """What shows in English and shows the same in French or Spanish is untranslated, unless
    it is data (names, titles from the database) or the same in every language."""
    english = walk_the_interface(qtbot, store)
    language(code)
    other = walk_the_interface(qtbot, store)
    data = {
        value
        for table in ("people", "units", "contacts", "elections", "tenures", "events", "figures")
        for row in store._conn.execute(f"SELECT * FROM {table}")
        for value in row
        if isinstance(value, str)
    }
    # A word the translation keeps as it is ("Contacts", "Date" in French) is translated.
    kept = {
        (m.text or "").replace("&", "") for m in messages(FOLDER / f"iomdesk_{code}.ts").values()
    }
    plain = lambda texts: {t for t in texts if not t.startswith(("enumerated:", "status:"))}  # noqa: E731
    untranslated = {
        text
        for text in plain(english) & plain(other)
        if text not in SAME_IN_EVERY_LANGUAGE | kept and not any(text in d for d in data)
    }
    # A closed list's value is not data: "office" in French is untranslated.
    enumerated = {t.partition(":")[2] for t in english & other if t.startswith("enumerated:")}
    untranslated |= {value for value in enumerated if value and value not in kept}
    # A status line half in English ("Tema: light"): a word of it the same in both languages
    # that is neither data nor a word the translation keeps.
    data_words = {word for value in data for word in value.split()}
    kept_words = {word for text in kept for word in text.split()}
    said = {n: text for t in english if t.startswith("status:") for _, n, text in [t.split(":", 2)]}
    for t in other:
        if t.startswith("status:"):
            _, n, text = t.split(":", 2)
            shared = set(text.split()) & set(said.get(n, "").split())
            words = {w.strip(".,:;()") for w in shared} - data_words - kept_words
            if any(w.isalpha() for w in words):
                untranslated.add(f"status line {text!r}")
    assert not untranslated, "untranslated: " + " | ".join(sorted(untranslated))


def ink(image, rect=None) -> int:
    """How many pixels of an image are drawn dark (text), inside rect if given."""
    from PySide6.QtCore import QRect

    rect = rect or QRect(0, 0, image.width(), image.height())
    return sum(
        1
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if image.pixelColor(x, y).lightness() < 200  # an accent is a few grey pixels
    )


def test_an_unselected_tab_keeps_its_accent(qtbot, store, language):
    """'Élections' in French lost its accent unless selected: the tab's É draws the accent's
    pixels a label's É draws."""
    from PySide6.QtWidgets import QLabel

    from iomdesk.views.main_window import MainWindow

    language("fr")
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).startswith("É"))
    assert bar.currentIndex() != index  # drawn as an unselected tab

    def tab_ink(text: str) -> int:
        bar.setTabText(index, text)
        return ink(bar.grab().toImage(), bar.tabRect(index))

    accented = bar.tabText(index)
    in_tab = tab_ink(accented) - tab_ink("E" + accented[1:])
    bar.setTabText(index, accented)

    def label_ink(text: str) -> int:
        label = QLabel(text)
        label.setFont(bar.font())
        label.setContentsMargins(0, 8, 0, 8)  # room above: a label's height cuts accents too
        qtbot.addWidget(label)
        label.adjustSize()
        return ink(label.grab().toImage())

    in_label = label_ink(accented) - label_ink("E" + accented[1:])
    assert in_label > 0
    assert in_tab >= 0.7 * in_label, (in_tab, in_label)


@contextmanager
def shown_window(qtbot, store, code: str):
    """The main window in a language, shown at its default size."""
    from iomdesk.views.main_window import MainWindow

    languages.install_translations(QCoreApplication.instance(), code)
    try:
        window = MainWindow(store, open_mail=lambda url: False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        languages.uninstall_translations(QCoreApplication.instance())


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_every_column_is_in_view_at_the_default_size_and_dates_are_whole(qtbot, store, code):
    """At the default window size every column starts on screen; dates and other short
    columns show their whole text ('date unknown', '25 mars 2021', '1969 o antes'); a text
    cut to fit has all of it in its tooltip."""
    from iomdesk.views.table_tab import NARROWEST_CUT, TableTab

    with shown_window(qtbot, store, code) as window:
        for tab in window.all_tabs():
            if not isinstance(tab, TableTab):
                continue
            window.show_tab(tab)
            QCoreApplication.processEvents()  # the columns fit once the tab has its size
            view, model = tab.view, tab.model
            header = view.horizontalHeader()
            last = model.columnCount() - 1
            room = view.viewport().width()
            title = header.sectionSizeHint(last)  # the last column: at least its title
            assert header.sectionPosition(last) + min(title, NARROWEST_CUT) <= room, tab.key
            for column in range(model.columnCount()):
                width = view.columnWidth(column)
                for row in range(model.rowCount()):
                    index = model.index(row, column)
                    if view.sizeHintForIndex(index).width() <= width:
                        continue
                    assert width >= NARROWEST_CUT, (tab.key, column, model.data(index))
                    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)
            if tab.key in ("history", "elections"):  # their dates: never cut ("1969 ou avant")
                for row in range(model.rowCount()):
                    hint = view.sizeHintForIndex(model.index(row, 0)).width()
                    assert hint <= view.columnWidth(0), (code, model.data(model.index(row, 0)))


@pytest.mark.parametrize("code", ["fr", "es"])
def test_candidates_results_are_in_the_interface_language(store, language, code):
    """A closed list, not data: 'elected' in a French candidates table was English."""
    language(code)
    dg_2023 = next(e for e in store.elections if e.id == "dg-2023")
    html = election_html(store, dg_2023)
    assert f"<td>{expected(code, 'results', 'elected')}</td>" in html
    assert "<td>elected</td>" not in html and "<td>not elected</td>" not in html


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_structure_shows_each_kind_whole_and_the_names_keep_their_room(qtbot, store, code):
    """'centre admi…' in French: the tree's Type column is as wide as its widest kind, bold
    as a search draws a match, and the names take the rest of the list's room."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from iomdesk.views.structure import NAME_KEEPS

    with shown_window(qtbot, store, code) as window:
        tab = window.tab("structure")
        window.show_tab(tab)
        QCoreApplication.processEvents()
        view, model = tab.view, tab.model
        bold = QFont(view.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        kinds = {str(model.index(i.row(), 1, i.parent()).data()) for i in tab.sample()}
        assert len(kinds) > 5
        for kind in kinds:
            assert metrics.horizontalAdvance(kind) < view.columnWidth(1), (code, kind)
        assert view.columnWidth(0) >= NAME_KEEPS
        assert view.columnWidth(0) + view.columnWidth(1) < view.viewport().width()
