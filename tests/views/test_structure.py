"""views/structure.py: the Structure tab, a tree filtered with its context kept."""

from __future__ import annotations

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt


def test_structure_keeps_ancestors_expands_and_copies_path(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = window.tab("structure")
    type_into(qtbot, tab, "prd")
    assert tab.count_label.text() == "1 match (5 rows shown)"  # PRD and its four ancestors
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    index = tab.view.currentIndex()
    assert tab.unit_at(index).id == "prd"  # the match itself, not the root shown for context
    parent = index.parent()
    while parent.isValid():
        assert tab.view.isExpanded(parent)
        parent = parent.parent()
    assert tab.model.rowCount(index) == 6  # its workstreams stay visible
    assert copy_from(qtbot, tab) == (
        "International Organization for Migration › Headquarters › Deputy Director General "
        "for Operations › Department of Humanitarian Response and Recovery › Peace and "
        "Recovery Division"
    )
    assert "PRDCoreGroupHQ@iom.int" in tab.details.toPlainText()


def test_structure_multi_word_accent_search(qtbot, window):
    tab = window.tab("structure")
    type_into(qtbot, tab, "PANAMÁ administrative")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.unit_at(tab.view.currentIndex()).id == "admin-panama"


def test_clearing_the_search_opens_the_first_two_levels_again(qtbot, window):
    tab = window.tab("structure")
    type_into(qtbot, tab, "dakar")
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    root = tab.model.index(0, 0)
    assert tab.view.isExpanded(root)
    first_level = [tab.model.index(r, 0, root) for r in range(tab.model.rowCount(root))]
    assert first_level and all(tab.view.isExpanded(index) for index in first_level)
    assert tab.count_label.text() == f"{len(window.store.units)} of {len(window.store.units)} shown"


def test_copy_with_no_unit_shown_says_so(qtbot, window):
    tab = window.tab("structure")
    window.show_tab(tab)
    type_into(qtbot, tab, "zzzz")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, CTRL)
    assert window.statusBar().currentMessage() == "Nothing selected to copy"


def test_the_tree_finds_a_unit_by_its_contacts_and_the_best_match_is_current(qtbot, window):
    tab = window.tab("structure")
    type_into(qtbot, tab, "PRDCoreGroupHQ")  # an address, not a word of the unit
    assert tab.unit_at(tab.view.currentIndex()).id == "prd"
    tab.search.clear()
    type_into(qtbot, tab, "regional office dakar")  # the unit so named, not one that mentions it
    assert tab.unit_at(tab.view.currentIndex()).id == "ro-dakar"
    tab.search.clear()
    type_into(qtbot, tab, "ddg operations")
    assert tab.unit_at(tab.view.currentIndex()).id == "ddg-ops"


def rows_one_can_scroll_to(view) -> list:
    """Each row the tree draws, top to bottom, found by walking the view (indexBelow)."""
    rows, index = [], view.model().index(0, 0)
    while index.isValid():
        rows.append(index)
        index = view.indexBelow(index)
    return rows


def test_a_search_counts_matches_and_rows_in_view_and_makes_matches_stand_out(qtbot, window):
    from PySide6.QtGui import QPalette
    from test_theme import contrast

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = window.tab("structure")
    type_into(qtbot, tab, "administrative")
    rows = rows_one_can_scroll_to(tab.view)
    matches = [i for i in rows if tab.model.data(i, Qt.ItemDataRole.FontRole) is not None]
    assert len(matches) == tab.model.matched_count() == 7
    assert tab.count_label.text() == f"7 matches ({len(rows)} rows shown)"
    assert len(rows) > len(matches)  # the context came along
    ground = tab.view.palette().color(QPalette.ColorRole.Base)
    text = tab.view.palette().color(QPalette.ColorRole.Text)
    for index in rows:
        bold = tab.model.data(index, Qt.ItemDataRole.FontRole)
        colour = tab.model.data(index, Qt.ItemDataRole.ForegroundRole)
        if bold is not None:
            assert bold.bold() and colour is None  # a match: bold, in the text colour
        else:
            assert colour is not None and colour != text  # context: dimmer, still readable
            assert contrast(colour, ground) >= 4.5
    folded = next(i for i in rows if tab.model.rowCount(i) and not tab.view.isExpanded(i))
    tab.view.expand(folded)  # the reader opens a unit: the line follows
    assert (
        tab.count_label.text() == f"7 matches ({len(rows_one_can_scroll_to(tab.view))} rows shown)"
    )
    tab.search.clear()
    assert tab.count_label.text() == "84 of 84 shown"
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.FontRole) is None
