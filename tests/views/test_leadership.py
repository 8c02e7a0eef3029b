"""views/leadership.py: the Leadership tab, its details and its link with the timeline."""

from __future__ import annotations

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt


def test_leadership_accents_down_and_copy_row(qtbot, window):
    tab = window.tab("leadership")
    type_into(qtbot, tab, "VITORINO antónio")
    assert tab.count_label.text() == "1 of 18 shown"
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    assert copy_from(qtbot, tab) == (
        "António Vitorino\tDirector General\tPortugal\t1 Oct 2018\t30 Sep 2023\t5.0\tIOM"
    )
    assert window.statusBar().currentMessage() == "Copied 1 row"
    assert "Vitorino" in tab.details.toPlainText()


def test_leadership_select_all_copies_every_shown_row(qtbot, window):
    tab = window.tab("leadership")
    type_into(qtbot, tab, "deputy")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    lines = copy_from(qtbot, tab).split("\n")
    assert len(lines) == tab.model.shown_count() >= 5  # five deputies, and heads who were one
    assert all(len(line.split("\t")) == 7 for line in lines)
    assert window.statusBar().currentMessage() == f"Copied {len(lines)} rows"


def test_current_head_is_marked_and_shown_at_start(window):
    tab = window.tab("leadership")
    current = tab.view.currentIndex()
    assert tab.model.row_object(current.row()).person.name == "Amy Pope"
    assert current.data(Qt.ItemDataRole.FontRole).bold()
    assert "present" in tab.details.toPlainText()


def test_disagreeing_sources_are_shown_with_both_values(qtbot, window):
    tab = window.tab("leadership")
    type_into(qtbot, tab, "haveman")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    text = tab.details.toPlainText()
    assert "Sources disagree on the start" in text
    assert "1961 according to seed000, S33" in text
    assert "1962 according to S32" in text


def test_timeline_click_selects_in_the_table_and_back(qtbot, window):
    timeline = window.tab("leadership").timeline
    rect = timeline.bar_rect("haveman-director")
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    tab = window.tab("leadership")
    assert tab.object_at(tab.view.currentIndex()).tenure.id == "haveman-director"
    assert "Bastiaan Haveman" in tab.details.toPlainText()
    row = tab.model.row_of(lambda r: r.tenure.id == "ndiaye-ddg")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert timeline.selected == "ndiaye-ddg"


def test_search_dims_what_does_not_match(qtbot, window):
    qtbot.keyClicks(window.tab("leadership").search, "portugal")
    assert window.tab("leadership").timeline.matching == {"vitorino-dg"}
    window.tab("leadership").search.clear()
    assert window.tab("leadership").timeline.matching is None
