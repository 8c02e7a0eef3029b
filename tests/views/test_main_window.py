"""The window as a user drives it: tabs, search, keyboard, clipboard, details, empty state."""

from __future__ import annotations

import pytest
from keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomdesk.clipboard import clipboard_text
from iomdesk.views import menus

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def type_into(qtbot, tab, text: str) -> None:
    type_text(qtbot, tab.search, text)


def copy_from(qtbot, tab, modifiers=CTRL) -> str:
    QApplication.clipboard().clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, modifiers)
    return clipboard_text()


def test_title_and_tabs_in_order(window):
    assert "IOM" in window.windowTitle()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Leadership", "Elections", "Structure", "Contacts"]


def test_ctrl_number_switches_tabs_and_focuses_search(qtbot, window):
    for number, tab in enumerate(window.all_tabs(), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.tabs.currentWidget() is tab
        assert tab.search.hasFocus()


def test_ctrl_f_selects_the_search_text_and_esc_clears(qtbot, window):
    tab = window.leadership
    type_into(qtbot, tab, "swing")
    tab.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert tab.search.hasFocus() and tab.search.selectedText() == "swing"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == ""
    assert tab.count_label.text() == f"{tab.model.total_count()} of {tab.model.total_count()} shown"


def test_leadership_accents_down_and_copy_row(qtbot, window):
    tab = window.leadership
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
    tab = window.leadership
    type_into(qtbot, tab, "deputy")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    lines = copy_from(qtbot, tab).split("\n")
    assert len(lines) == tab.model.shown_count() >= 5  # five deputies, and heads who were one
    assert all(len(line.split("\t")) == 7 for line in lines)
    assert window.statusBar().currentMessage() == f"Copied {len(lines)} rows"


def test_current_head_is_marked_and_shown_at_start(window):
    tab = window.leadership
    current = tab.view.currentIndex()
    assert tab.model.row_object(current.row()).person.name == "Amy Pope"
    assert current.data(Qt.ItemDataRole.FontRole).bold()
    assert "present" in tab.details.toPlainText()


def test_disagreeing_sources_are_shown_with_both_values(qtbot, window):
    tab = window.leadership
    type_into(qtbot, tab, "haveman")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    text = tab.details.toPlainText()
    assert "Sources disagree on start" in text
    assert "1961 according to seed000, S33" in text
    assert "1962 according to S32" in text


def test_elections_match_candidates_and_show_rounds(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    tab = window.elections
    type_into(qtbot, tab, "isaacs")
    assert tab.count_label.text() == f"1 of {tab.model.total_count()} shown"
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert copy_from(qtbot, tab) == (
        "29 Jun 2018\tDirector General\tAntónio Vitorino\t"
        "António Vitorino, Laura Thompson, Ken Isaacs\t4 + acclamation"
    )
    text = tab.details.toPlainText()
    assert "Round 3" in text and "Acclamation" in text
    assert "Sources disagree on member states" in text


def test_leader_details_link_to_their_election(qtbot, window):
    window.navigation.follow("election:dg-2018")
    assert window.tabs.currentWidget() is window.elections
    current = window.elections.view.currentIndex()
    assert window.elections.model.row_object(current.row()).id == "dg-2018"


def test_structure_keeps_ancestors_expands_and_copies_path(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    tab = window.structure
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
    tab = window.structure
    type_into(qtbot, tab, "PANAMÁ administrative")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.unit_at(tab.view.currentIndex()).id == "admin-panama"


def test_contacts_copy_one_all_and_named(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    tab = window.contacts
    type_into(qtbot, tab, "cash")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert copy_from(qtbot, tab) == "cbisupport@iom.int"
    assert window.statusBar().currentMessage() == "Copied 1 address"
    assert copy_from(qtbot, tab, CTRL_SHIFT) == (
        '"Cash-Based Interventions (CBI) Unit" <cbisupport@iom.int>'
    )
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    tab.focus_results()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    copied = copy_from(qtbot, tab)
    assert copied.split(", ") == [tab.model.row_object(r).email for r in range(8)]
    assert "PRDCoreGroupHQ@iom.int" in copied and "hq@iom.int" in copied
    assert window.statusBar().currentMessage() == "Copied 8 addresses"


def test_copy_button_copies_selection(qtbot, window):
    tab = window.contacts
    type_into(qtbot, tab, "pcca")
    tab.focus_results()
    QApplication.clipboard().clear()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard_text() == "pcca@iom.int"


def test_double_click_without_mail_client_copies_instead(qtbot, window, mail_calls):
    tab = window.contacts
    type_into(qtbot, tab, "humanitarian operations")
    tab.focus_results()
    QApplication.clipboard().clear()
    index = tab.view.currentIndex()
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert mail_calls == ["mailto:humanitariancore@iom.int"]
    assert clipboard_text() == "humanitariancore@iom.int"
    assert window.statusBar().currentMessage() == (
        "No mail client answered; copied the address instead"
    )


def test_context_menu_offers_the_contact_actions(window):
    texts = [a.text() for a in window.contacts.view.actions()]
    assert texts == ["Copy e-mail", 'Copy as "Name <e-mail>"', "Write e-mail"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "🙂🚀 ñandú",
        "\x00\x07\x1b[31m\ttab",
        ".*[(?<=\\",
        "'; DROP TABLE units; --",
        "%_%",
    ],
)
def test_hostile_text_is_safe_and_shows_the_empty_state(qtbot, window, text):
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        tab.search.setText(text)
        assert tab.count_label.text().startswith("0 of ")
        assert tab.empty_state.isVisible()
        assert tab.empty_label.text().startswith("No matches for '")
        qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # nothing to select; nothing breaks
        qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
        assert tab.search.text() == "" and not tab.empty_state.isVisible()


def test_help_lists_the_keyboard_contract(window):
    html = menus.shortcuts_html()
    for keys in ("Ctrl+1", "Ctrl+F", "Esc", "Ctrl+A", "Ctrl+C", "Ctrl+Shift+C", "Ctrl+Q"):
        assert keys in html


def test_ctrl_q_quits(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
