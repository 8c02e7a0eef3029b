"""views/structure.py: the Structure tab, a tree filtered with its context kept."""

from __future__ import annotations

from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt


def test_structure_keeps_ancestors_expands_and_copies_path(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = window.tab("structure")
    type_into(qtbot, tab, "prd")
    assert tab.count_label.text() == "1 of 84 shown"
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
