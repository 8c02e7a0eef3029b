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
