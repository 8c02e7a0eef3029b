"""views/search_tab.py: what every tab shares — the search field's keys, the count and the
empty state."""

from __future__ import annotations

import pytest
from keys import CTRL, type_into
from PySide6.QtCore import Qt


def test_ctrl_f_selects_the_search_text_and_esc_clears(qtbot, window):
    tab = window.leadership
    type_into(qtbot, tab, "swing")
    tab.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert tab.search.hasFocus() and tab.search.selectedText() == "swing"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == ""
    assert tab.count_label.text() == f"{tab.model.total_count()} of {tab.model.total_count()} shown"


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


def test_the_empty_state_quotes_the_search_shortened_and_printable(window):
    tab = window.leadership
    tab.search.setText("zz\x07" + "q" * 60)
    assert tab.empty_label.text() == "No matches for 'zz " + "q" * 37 + "…'"
    assert tab.details.toPlainText() == ""  # no stale details beside an empty list
    assert tab.count_label.text() == f"0 of {tab.model.total_count()} shown"


def test_down_goes_from_the_search_to_the_first_match(qtbot, window):
    tab = window.leadership
    type_into(qtbot, tab, "vitorino")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    assert tab.object_at(tab.view.currentIndex()).person.name == "António Vitorino"
    assert "Vitorino" in tab.details.toPlainText()
