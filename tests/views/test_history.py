"""views/history.py: the History tab in the real window — the keyboard contract, search
everywhere landing on it, its chart linked to its list, export, and what it remembers."""

from __future__ import annotations

import csv

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from iomdesk.tabs.history import history_key


def current(tab):
    return tab.object_at(tab.view.currentIndex())


def test_the_keyboard_contract(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    tab = window.tab("history")
    assert window.tabs.currentWidget() is tab and tab.search.hasFocus()
    assert window.tabs.tabText(4) == "History"
    assert current(tab).date == "2026"  # newest first
    type_into(qtbot, tab, "2016")
    shown = tab.model.rowCount()  # the UN system's four milestones, the year's admissions
    assert shown >= 5 and tab.count_label.text() == f"{shown} of {tab.model.total_count()} shown"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == "" and tab.counts()[0] == tab.model.total_count()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert tab.search.hasFocus()
    type_into(qtbot, tab, "un system")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    assert current(tab).title == "IOM joins the UN system"
    assert copy_from(qtbot, tab) == "19 Sep 2016\tIOM joins the UN system\t\tMilestone"
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    assert copy_from(qtbot, tab).splitlines() == [
        "19 Sep 2016\tIOM joins the UN system\t\tMilestone",
        "30 Jun 2016\tCouncil approves joining the UN system\t\tMilestone",
    ]
    assert window.statusBar().currentMessage() == "Copied 2 rows"
    tab.view.setColumnHidden(1, True)  # only the columns shown are copied
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert copy_from(qtbot, tab) == "19 Sep 2016\t\tMilestone"


def test_figures_copy_with_their_number_and_measure(qtbot, window):
    tab = window.tab("history")
    window.show_tab(tab)
    type_into(qtbot, tab, "membership at the 2018 election")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    line = "Jun 2018\tMembership at the 2018 election; Uzbekistan joined in November 2018."
    assert copy_from(qtbot, tab) == f"{line}\t172\tMember states"
    assert "Sources disagree on the figure" in tab.details.toPlainText()
    assert "169 according to" in tab.details.toPlainText()


def test_search_everywhere_enter_lands_on_the_history_row(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window._everywhere
    qtbot.keyClicks(box.input, "joins the un system")
    texts = [box.results.item(i).text() for i in range(box.results.count())]
    assert texts[0] == "History (1)"
    assert texts[1].strip() == "IOM joins the UN system — 19 Sep 2016"
    qtbot.keyClick(box.input, Qt.Key.Key_Return)
    tab = window.tab("history")
    assert not box.isVisible() and window.tabs.currentWidget() is tab
    assert current(tab).id == "2016-09-19-signed"
    assert tab.chart.selected == "events:2016-09-19-signed"
    assert "Sources" in tab.details.toPlainText()


def test_the_chart_and_the_list_are_linked(qtbot, window):
    tab = window.tab("history")
    window.show_tab(tab)
    chart = tab.chart
    assert chart.isVisible() and chart.measure == "member_states"
    assert chart.selected == history_key(current(tab))
    where = chart.mark_positions()["events:1989-11-14-iom"].toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where)
    assert current(tab).title == "Organisation becomes IOM"
    type_into(qtbot, tab, "2016")
    assert chart.matching == {history_key(o) for o in tab.shown_objects()}
    assert len(chart.matching) == len(tab.shown_objects()) >= 5  # the UN system, admissions
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert chart.matching is None
    box = tab.measure_box
    assert box.accessibleName() == "Figure drawn in the chart"
    assert [box.itemData(i) for i in range(box.count())][:2] == ["member_states", "staff"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # keyboard reachable: the next measure
    assert chart.measure == "staff" and len(chart.data.points) == 5


def test_export_rows_with_iso_dates_and_the_picture(qtbot, window, tmp_path):
    tab = window.tab("history")
    window.show_tab(tab)
    type_into(qtbot, tab, "member states")
    target = tmp_path / "history.csv"
    assert window.exporting.rows(str(target))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["When", "What", "Figure", "Kind", "When (ISO 8601)"]
    assert len(rows) - 1 == tab.model.shown_count()
    latest = next(row for row in rows if row[2] == "175")
    assert [latest[0], *latest[2:]] == ["Dec 2025", "175", "Member states", "2025-12"]
    picture = tmp_path / "history.png"
    assert window.exporting.picture(str(picture))
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (2 * tab.chart.width(), 2 * tab.chart.height())


def test_the_tab_its_layout_and_its_measure_are_remembered(qtbot, new_window):
    first = new_window()
    first.show_tab(first.tab("history"))
    first.tab("history").choose_chart("staff")
    first.tab("history").picture_splitter.setSizes([300, 400])
    first.tab("history").view.setColumnWidth(1, 155)
    first.close()
    second = new_window()
    assert second.tabs.currentIndex() == 4 and second.tabs.currentWidget() is second.tab("history")
    assert second.tab("history").chart.measure == "staff"
    assert second.tab("history").picture_splitter.sizes()[0] == 300
    assert second.tab("history").view.columnWidth(1) == 155
    QApplication.processEvents()


def test_a_large_synthetic_history_opens_draws_and_searches(qtbot, tmp_path):
    from devtools import synth
    from iomdesk.store import Store
    from iomdesk.views.main_window import MainWindow

    path = tmp_path / "large.sqlite"
    synth.write(path, 5, contacts=50, units=30, leaders=10, elections=3, events=3000)
    store = Store(path)
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("history")
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert tab.model.total_count() == 3000 + 113
    assert len(tab.chart.mark_positions()) == 3000 - 31  # every 97th is undated
    assert tab.chart.measure == "member_states" and len(tab.chart.data.points) == 75
    assert not tab.chart.grab().toImage().isNull()
    type_into(qtbot, tab, "1990-1991")
    assert current(tab).date[:4] in ("1990", "1991")
    assert 0 < tab.counts()[0] < 200
    window.close()
    store.close()
