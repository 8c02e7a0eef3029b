"""views/elections.py: the Elections tab, its details and the vote chart that follows it."""

from __future__ import annotations

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt

from iomdesk import dates
from iomdesk.tabs.elections import when_key


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
    held = [when_key(tab.model.row_object(r)) for r in range(tab.model.rowCount())]
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


def test_every_head_has_an_election_row_even_where_no_vote_is_recorded(qtbot, window):
    """Haveman, Thomas and Carlin (and Tittmann) were missing from Elections while Daly had a
    row; where no source records the vote, the row says so instead of inventing one."""
    store = window.store
    chosen = {e.winner_id for e in store.elections}
    heads = {t.person_id for t in store.tenures if t.kind == "head"}
    assert heads <= chosen, heads - chosen
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.tab("elections")
    type_into(qtbot, tab, "thomas")
    assert tab.count_label.text() == f"1 of {tab.model.total_count()} shown"
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    # No day of the vote: "by 1969", the year he took office; no rival invented
    row = "by 1969\tDirector\tJohn F. Thomas\tJohn F. Thomas\tnot recorded"
    assert copy_from(qtbot, tab) == row
    text = tab.details.toPlainText()
    assert "Chosen by the Council; no record of the vote found." in text
    assert "No round-by-round results were found in the sources." in text
    assert not tab.vote_chart.has_votes()


def test_unrecorded_choices_sort_among_the_dated_ones_and_keep_the_disputed_year(window):
    tab = window.tab("elections")
    order = [tab.model.row_object(r).id for r in range(tab.model.rowCount())]
    heads = [i for i in order if i.startswith("dg-")]
    assert heads[heads.index("dg-1988") :] == [
        "dg-1988",
        "dg-carlin",
        "dg-thomas",
        "dg-haveman",
        "dg-1958",
        "dg-tittmann",
        "dg-1952",
    ]
    window.navigation.follow("election:dg-haveman")
    text = tab.details.toPlainText()
    assert "1961" in text and "1962" in text and "Sources disagree" in text
