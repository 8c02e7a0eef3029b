"""views/search_tab.py: what every tab shares — the search field's keys, the count and the
empty state."""

from __future__ import annotations

import pytest
from keys import CTRL, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QToolButton


def test_ctrl_f_selects_the_search_text_and_esc_clears(qtbot, window):
    tab = window.tab("leadership")
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
    tab = window.tab("leadership")
    tab.search.setText("zz\x07" + "q" * 60)
    assert tab.empty_label.text() == "No matches for 'zz " + "q" * 37 + "…'"
    assert tab.details.toPlainText() == "No row matches the search."  # nothing stale
    assert tab.count_label.text() == f"0 of {tab.model.total_count()} shown"


def test_down_goes_from_the_search_to_the_first_match(qtbot, window):
    tab = window.tab("leadership")
    type_into(qtbot, tab, "vitorino")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    assert tab.object_at(tab.view.currentIndex()).person.name == "António Vitorino"
    assert "Vitorino" in tab.details.toPlainText()


def test_details_and_the_timeline_follow_the_search(qtbot, window):
    """The current row hidden by a search: the first match takes its place; still shown: it
    stays; nothing matches: the pane says so and the timeline outlines no bar."""
    tab = window.tab("leadership")
    current = tab.object_at(tab.view.currentIndex())
    assert current.person.name == "Amy Pope" and current.is_current_head
    qtbot.keyClicks(tab.search, "haveman")
    assert tab.model.shown_count() == 1
    assert tab.details.toPlainText().startswith("Bastiaan Haveman")
    assert window.tab("leadership").timeline.selected == "haveman-director"
    tab.search.clear()
    qtbot.keyClicks(tab.search, "director")  # Haveman is still shown: he stays current
    assert tab.object_at(tab.view.currentIndex()).tenure.id == "haveman-director"
    qtbot.keyClicks(tab.search, " zzzz")
    assert tab.details.toPlainText() == "No row matches the search."
    assert window.tab("leadership").timeline.selected is None


def test_every_tab_follows_the_search(qtbot, window):
    cases = (
        (window.tab("elections"), "2018", "dg-2018"),
        (window.tab("structure"), "cash", "cbi"),
        (window.tab("contacts"), "publications", "hq-publications"),
    )
    for tab, word, row_id in cases:
        window.show_tab(tab)
        qtbot.keyClicks(tab.search, word)
        assert tab.object_at(tab.view.currentIndex()).id == row_id, tab.key
        text = tab.details.toPlainText()
        assert text and text != "No row matches the search.", tab.key


def test_results_are_painted_on_the_base_colour_like_any_qt_view(qtbot, window):
    """Each tab gives its view a viewport of its own (for startup speed): it must still paint
    rows and empty space in the palette's Base colour, with alternate rows shaded."""
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        tab.search.setText("zzzz-no-such-row")  # no rows: the whole viewport is background
        image = tab.viewport.grab().toImage()
        base = tab.viewport.palette().color(QPalette.ColorRole.Base)
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        assert centre.rgb() == base.rgb(), tab.key
        assert tab.viewport.objectName() == "qt_scrollarea_viewport"


def test_the_count_is_shown_in_full_under_the_results(qtbot, window):
    """The count sits in a holder outside the layouts (its text changes at every keystroke):
    it must still get the full line and the height of its text."""
    window.show()
    qtbot.waitExposed(window)
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        tab.search.setText("a")
        label = tab.count_label
        qtbot.waitUntil(lambda label=label: label.width() > 0)
        assert label.isVisible()
        assert label.geometry() == label.parentWidget().rect()  # the line, not its first text
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
        assert label.height() >= label.fontMetrics().height()
        assert label.mapTo(tab, label.rect().bottomLeft()).y() <= tab.height()


def test_at_the_narrowest_window_every_count_is_whole(qtbot, window):
    """The count keeps room for the widest it can be ('84 of 84 shown'); the date line beside
    it gives way first."""
    window.show()
    qtbot.waitExposed(window)
    window.resize(100, 100)  # the window keeps its minimum
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        tab.search.clear()
        label = tab.count_label
        qtbot.waitUntil(lambda tab=tab: tab.isVisible() and tab.count_label.width() > 0)
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), tab.key


def test_every_search_field_has_a_clear_button_once_the_window_has_painted(qtbot, window):
    """The x at the end of a search field, which empties it. The first tab's is made just
    after the first paint (it shows only once something is typed)."""
    for tab in window.all_tabs():
        qtbot.waitUntil(tab.search.isClearButtonEnabled, timeout=3000)
        window.show_tab(tab)
        tab.search.setText("pope")
        (button,) = [b for b in tab.search.findChildren(QToolButton) if b.isVisible()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert tab.search.text() == "", tab.key
