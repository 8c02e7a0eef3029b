"""views/table_tab.py: the tabs whose results are a table (Leadership, Elections, Contacts)."""

from __future__ import annotations

from keys import CTRL
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomdesk.models.table import Column, FilterTableModel
from iomdesk.tabs import Tab
from iomdesk.views.table_tab import MAX_COLUMN_WIDTH, TableTab


def test_each_tab_understands_years_too(qtbot, window):
    qtbot.keyClicks(window.leadership.search, "1975")
    model = window.leadership.model
    assert [model.row_object(r).person.name for r in range(model.rowCount())] == ["John F. Thomas"]
    window.show_tab(window.elections)
    qtbot.keyClicks(window.elections.search, "2018")
    assert window.elections.model.row_object(0).id == "dg-2018"
    assert window.elections.model.rowCount() == 1
    window.show_tab(window.contacts)
    qtbot.keyClicks(window.contacts.search, "9111")  # not a year: the telephone number
    assert window.contacts.model.row_object(0).email == "hq@iom.int"


def test_copy_with_no_row_shown_says_so_and_keeps_the_clipboard(qtbot, window):
    for tab in (window.leadership, window.elections, window.contacts):
        window.show_tab(tab)
        qtbot.keyClicks(tab.search, "zzzz")
        QApplication.clipboard().setText("kept")
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_C, CTRL)
        assert QApplication.clipboard().text() == "kept", tab.key
        expected = (
            "No e-mail address in the selection"
            if tab is window.contacts
            else "Nothing selected to copy"
        )
        assert window.statusBar().currentMessage() == expected, tab.key


def test_a_row_chosen_elsewhere_is_found_even_behind_a_search(qtbot, window):
    tab = window.leadership
    qtbot.keyClicks(tab.search, "portugal")
    assert tab.select_object(lambda row: row.tenure.id == "pope-dg")
    assert tab.search.text() == ""  # the search that hid it is cleared
    assert tab.object_at(tab.view.currentIndex()).tenure.id == "pope-dg"
    assert not tab.select_object(lambda row: False)


def test_columns_start_as_wide_as_qt_s_own_sizing_makes_them(window):
    """Each column fits its widest text among the first rows (bold ones too) or its title,
    with the style's margins, up to the cap: nothing is cut short when the window opens."""
    for tab in (window.leadership, window.elections, window.contacts):
        view, columns = tab.view, range(tab.model.columnCount())
        ours = [view.columnWidth(c) for c in columns]
        view.resizeColumnsToContents()
        assert ours == [min(view.columnWidth(c), MAX_COLUMN_WIDTH) for c in columns], tab.key


def test_a_cell_of_several_lines_is_as_wide_as_its_widest_line(qtbot):
    """Qt draws a cell's text line by line; the column fits the widest line, as Qt's own
    sizing makes it, not the whole text measured as one line."""
    rows = [("first line\nsecond\nthird", "x"), ("a single line, longer", "x")]
    columns = [Column("A", lambda r: r[0]), Column("B", lambda r: r[1])]
    tab = TableTab(Tab.CONTACTS, FilterTableModel(rows, columns, " ".join), lambda row: "")
    qtbot.addWidget(tab)
    ours = tab.view.columnWidth(0)
    tab.view.resizeColumnsToContents()
    assert ours == min(tab.view.columnWidth(0), MAX_COLUMN_WIDTH)
