"""A sixth tab, declared here and added to the registry with one entry: the window, its keys,
search, copying, Ctrl+K, the CSV export and the remembered layout serve it with no change
under iomdesk/ (docs/ARCHITECTURE.md, "Adding a tab")."""

from __future__ import annotations

import csv

import pytest
from keys import CTRL
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from iomdesk import tabs
from iomdesk.details import page
from iomdesk.search import haystack
from iomdesk.tabs.base import Column, Tab

PORTS = [
    {"id": "gva", "name": "Geneva Cointrin", "city": "Geneva"},
    {"id": "bkk", "name": "Suvarnabhumi", "city": "Bangkok"},
    {"id": "nbo", "name": "Jomo Kenyatta", "city": "Nairobi"},
]


class Ports(Tab):
    """Airports, as a toy: rows from a list, two columns, details, a Ctrl+K section."""

    key = "ports"
    title = "Ports"
    shortcut = "Ctrl+7"

    def rows(self):
        return PORTS

    def searchable(self, row):
        return haystack([row["name"], row["city"]])

    def columns(self):
        return [Column("Airport", lambda r: r["name"]), Column("City", lambda r: r["city"])]

    def details(self, row):
        return page(self.store, row["name"], "", f"<p>An airport in {row['city']}.</p>", [])

    def hit_title(self, row):
        return row["name"]

    def hit_detail(self, row):
        return row["city"]

    def count(self):
        return f"{len(PORTS)} ports"


@pytest.fixture
def registered(monkeypatch):
    """The one registry entry a new tab takes."""
    monkeypatch.setattr(tabs, "TABS", [*tabs.TABS, Ports])


def active(qtbot, window):
    """The window as a user's: active, so that its keys reach it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_declared_tab_works_end_to_end(qtbot, registered, new_window, tmp_path):
    window = active(qtbot, new_window())
    assert window.tabs.count() == 7 and window.tabs.tabText(6) == "Ports"

    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)  # its key, from its declaration
    ports = window.tab("ports")
    assert window.tabs.currentWidget() is ports and ports.search.hasFocus()
    assert ports.search.placeholderText() == "Search ports… (Ctrl+F)"

    qtbot.keyClicks(ports.search, "bangkok")  # its own search, on its searchable text
    assert ports.count_label.text() == "1 of 3 shown"
    assert "An airport in Bangkok." in ports.details.toPlainText()
    qtbot.keyClick(ports.search, Qt.Key.Key_Down)
    qtbot.keyClick(ports.view, Qt.Key.Key_C, CTRL)  # the row, as shown, tab-separated
    assert QApplication.clipboard().text() == "Suvarnabhumi\tBangkok"

    window.show_tab(window.tab("leadership"))
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)  # Ctrl+K finds it under its heading, goes there
    box = window.open_everywhere()
    qtbot.keyClicks(box.input, "kenyatta")
    assert box.current_hit().tab == "ports" and box.current_hit().title == "Jomo Kenyatta"
    assert "Ports (1)" in [box.results.item(r).text() for r in range(box.results.count())]
    qtbot.keyClick(box.input, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is ports
    assert ports.object_at(ports.view.currentIndex())["id"] == "nbo"

    assert ports.search.text() == ""  # the search that hid it was cleared
    qtbot.keyClicks(ports.search, "nairobi")
    target = tmp_path / "ports.csv"  # File > Export shown rows: its columns, its shown rows
    assert window.exporting.rows(str(target))
    with target.open(encoding="utf-8-sig", newline="") as exported:
        assert list(csv.reader(exported)) == [["Airport", "City"], ["Jomo Kenyatta", "Nairobi"]]

    ports.view.setColumnWidth(0, 181)  # its layout, remembered under its key
    window.close()
    assert QSettings().value("window/tab") in (6, "6")
    again = new_window()
    assert again.tabs.currentWidget() is again.tab("ports")
    assert again.tab("ports").view.columnWidth(0) == 181


def test_help_about_and_the_status_line_list_the_new_tab(qtbot, registered, window):
    from iomdesk import details
    from iomdesk.views import menus

    assert "Ctrl+1 … Ctrl+7" in menus.shortcuts_html(window.declared)
    assert "Ports" in menus.shortcuts_html(window.declared)
    as_of = [(tab.shown_title(), tab.as_of()) for tab in window.declared]
    assert "Ports" in details.about_html(window.store, "0", as_of)
    window.ensure_tabs()  # the status line counts every tab's rows once all are built
    assert "countries, 3 ports — sources checked to" in window.statusBar().currentMessage()
