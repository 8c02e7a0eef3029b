"""views/elections.py: the Elections tab, its details and the vote chart that follows it."""

from __future__ import annotations

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt

from iomdesk import dates


def test_elections_match_candidates_and_show_rounds(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.tab("elections")
    type_into(qtbot, tab, "isaacs")
    assert tab.count_label.text() == f"1 of {tab.model.total_count()} shown"
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert copy_from(qtbot, tab) == (
        "29 Jun 2018\tDirector General\tAntónio Vitorino\t"
        "António Vitorino, Laura Thompson, Ken Isaacs\t4 + acclamation"
    )
    text = tab.details.toPlainText()
    assert "Round 3" in text and "Acclamation" in text
    assert "Sources disagree on the member states" in text


def test_election_selection_drives_the_chart(qtbot, window):
    window.navigation.follow("election:dg-2023")
    assert [len(r.bars) for r in window.tab("elections").vote_chart.rounds] == [2, 0]
    window.navigation.follow("election:dg-1988")
    assert not window.tab("elections").vote_chart.has_votes()


def test_newest_election_first_with_its_chart(window):
    tab = window.tab("elections")
    held = [tab.model.row_object(r).date for r in range(tab.model.rowCount())]
    assert held == sorted(held, key=dates.sort_key, reverse=True)
    assert tab.model.row_object(tab.view.currentIndex().row()).id == "dg-2023"
    assert [len(r.bars) for r in window.tab("elections").vote_chart.rounds] == [2, 0]


def rounds_headings(tab) -> list[tuple[str, str]]:
    """The rounds table's column headings in the details pane: (text shown, its tooltip)."""
    from PySide6.QtGui import QTextCursor, QTextTable

    document = tab.details.document()

    def heading(table, column) -> tuple[str, str]:
        cell = table.cellAt(0, column)
        cursor = QTextCursor(document)
        cursor.setPosition(cell.firstPosition())
        cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        inside = QTextCursor(document)
        inside.setPosition(cell.firstPosition() + 1)
        return cursor.selectedText(), inside.charFormat().toolTip()

    for table in document.rootFrame().childFrames():
        if isinstance(table, QTextTable) and heading(table, 0)[0] == "Round":
            return [heading(table, column) for column in range(table.columns())]
    return []


def test_rounds_headings_are_whole_names_or_elided_with_the_whole_name_as_tooltip(qtbot, window):
    window.navigation.follow("election:ddg-2019")
    tab = window.tab("elections")
    headings = rounds_headings(tab)[1:-3]  # between Round and Blank, Ballots, Two-thirds
    names = [c.name for c in window.store.candidates["ddg-2019"]]
    assert len(headings) == len(names)
    for (shown, tip), name in zip(headings, names, strict=True):
        assert shown == name or (shown.endswith("…") and tip == name), (shown, tip)
        assert name.startswith(shown.rstrip("…"))
    assert "confirmed)" not in [shown for shown, _tip in headings]
