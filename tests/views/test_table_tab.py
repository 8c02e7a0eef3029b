"""views/table_tab.py: the tabs whose results are a table (every tab but Structure)."""

from __future__ import annotations

from keys import CTRL
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomdesk.tabs.base import Column, Tab
from iomdesk.views.table_tab import MAX_COLUMN_WIDTH, TableTab, fitted


def test_each_tab_understands_years_too(qtbot, window):
    qtbot.keyClicks(window.tab("leadership").search, "1975")
    model = window.tab("leadership").model
    assert [model.row_object(r).person.name for r in range(model.rowCount())] == ["John F. Thomas"]
    window.show_tab(window.tab("elections"))
    qtbot.keyClicks(window.tab("elections").search, "2018")
    assert window.tab("elections").model.row_object(0).id == "dg-2018"
    assert window.tab("elections").model.rowCount() == 1
    window.show_tab(window.tab("contacts"))
    qtbot.keyClicks(window.tab("contacts").search, "9111")  # not a year: the telephone number
    assert window.tab("contacts").model.row_object(0).email == "hq@iom.int"


def test_copy_with_no_row_shown_says_so_and_keeps_the_clipboard(qtbot, window):
    for tab in (window.tab("leadership"), window.tab("elections"), window.tab("contacts")):
        window.show_tab(tab)
        qtbot.keyClicks(tab.search, "zzzz")
        QApplication.clipboard().setText("kept")
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_C, CTRL)
        assert QApplication.clipboard().text() == "kept", tab.key
        assert window.statusBar().currentMessage() == "Nothing selected to copy", tab.key


def test_a_row_chosen_elsewhere_is_found_even_behind_a_search(qtbot, window):
    tab = window.tab("leadership")
    qtbot.keyClicks(tab.search, "portugal")
    assert tab.select_object(lambda row: row.tenure.id == "pope-dg")
    assert tab.search.text() == ""  # the search that hid it is cleared
    assert tab.object_at(tab.view.currentIndex()).tenure.id == "pope-dg"
    assert not tab.select_object(lambda row: False)


def test_columns_start_as_wide_as_qt_s_own_sizing_makes_them_then_fit(window):
    """Each column fits its widest text among the first and last rows (bold ones too) or its
    title, with the style's margins, up to the cap, as Qt's own sizing makes it; then the
    wide ones give way so that every column is in view."""
    for tab in (window.tab("leadership"), window.tab("elections"), window.tab("contacts")):
        window.show_tab(tab)  # fitted to the list's room as it first shows
        QApplication.processEvents()
        view, columns = tab.view, range(tab.model.columnCount())
        ours = [view.columnWidth(c) for c in columns]
        view.resizeColumnsToContents()
        qt_s = [min(view.columnWidth(c), MAX_COLUMN_WIDTH) for c in columns]
        last = len(ours) - 1  # the last one stretches to the list's edge
        assert ours[:last] == fitted(qt_s, view.viewport().width())[:last], tab.key


def test_fitting_takes_from_the_wide_columns_only():
    assert fitted([100, 240, 60], 500) == [100, 240, 60]  # room enough: as they are
    assert fitted([100, 240, 60, 240], 500) == [100, 170, 60, 170]
    assert sum(fitted([90, 240, 240, 240, 60], 400)) <= 560  # no room: wide ones at the floor
    assert fitted([90, 240, 240, 240, 60], 400)[0] == 90


def test_a_cell_of_several_lines_is_as_wide_as_its_widest_line(qtbot, store):
    """Qt draws a cell's text line by line; the column fits the widest line, as Qt's own
    sizing makes it, not the whole text measured as one line."""

    class Lines(Tab):
        key, title, shortcut = "lines", "Lines", "Ctrl+9"

        def rows(self):
            return [("first line\nsecond\nthird", "x"), ("a single line, longer", "x")]

        def columns(self):
            return [Column("A", lambda r: r[0]), Column("B", lambda r: r[1])]

        def searchable(self, row):
            return " ".join(row)

        def details(self, row):
            return ""

    tab = TableTab(Lines(store), lambda url: False)
    qtbot.addWidget(tab)
    ours = tab.view.columnWidth(0)
    tab.view.resizeColumnsToContents()
    assert ours == min(tab.view.columnWidth(0), MAX_COLUMN_WIDTH)
