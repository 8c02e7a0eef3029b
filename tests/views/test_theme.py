"""views/theme.py: light and dark, on the window and the pictures, remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from iomdesk.views import theme


@pytest.fixture
def restore_theme():
    yield
    theme.apply_theme("system")


def test_dark_theme_applies_to_the_window_and_the_pictures(new_window, restore_theme):
    window = new_window()
    window.set_theme("dark")
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 100
    assert palette.color(QPalette.ColorRole.Text).lightness() > 180
    assert QSettings().value("view/theme") == "dark"
    image = window.tab("leadership").timeline.grab().toImage()
    axis_y = int(window.tab("leadership").timeline.plot_rect().bottom())
    assert max(image.pixelColor(300, axis_y + d).lightness() for d in (-1, 0, 1)) > 120
    window.set_theme("light")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180
    window.close()
    again = new_window()
    themes = [a for name, a in again.actions_by_name.items() if name.startswith("theme:")]
    checked = [a.data() for a in themes if a.isChecked()]
    assert checked == ["light"]


def test_system_theme_restores_the_platform_palette(new_window, restore_theme):
    before = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    window = new_window()
    window.set_theme("dark")
    window.set_theme("system")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window) == before


def test_an_unknown_choice_is_the_system_theme(qapp, restore_theme):
    before = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert theme.apply_theme("dark") == "dark"
    assert theme.apply_theme("purple") == "system"
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window) == before


def test_the_dark_palette_reads_light_on_dark():
    palette = theme.dark_palette()
    for text, ground in (
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    ):
        assert palette.color(text).lightness() - palette.color(ground).lightness() > 80, text
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.lightness() < palette.color(QPalette.ColorRole.Text).lightness()


def test_the_remembered_choice_is_one_of_the_three(qapp):
    assert theme.current_choice() == "system"  # nothing remembered yet
    for value, choice in (("dark", "dark"), ("light", "light"), ("neon", "system"), ("", "system")):
        QSettings().setValue("view/theme", value)
        assert theme.current_choice() == choice


def contrast(one, two) -> float:
    """WCAG 2 contrast ratio of two QColors (1 to 21)."""

    def luminance(color) -> float:
        channels = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colours(browser) -> list[tuple[str, object, bool]]:
    """Each run of text in a details pane with the colour it is drawn in (links included)."""
    from PySide6.QtCore import Qt

    document = browser.document()
    palette = browser.palette()
    runs = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.text().strip():
                brush = fragment.charFormat().foreground()
                colour = (
                    brush.color()
                    if brush.style() != Qt.BrushStyle.NoBrush
                    else palette.color(QPalette.ColorRole.Text)
                )
                runs.append((fragment.text(), colour, fragment.charFormat().isAnchor()))
            iterator += 1
        block = block.next()
    return runs


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_the_details_pane_reads_well_at_once_after_a_theme_change(
    qtbot, new_window, restore_theme, first, then
):
    """Links and text against the pane's ground: WCAG AA (4.5:1), before and after a theme
    change, with the same row still selected."""
    window = new_window()
    window.set_theme(first)
    window.navigation.follow("election:dg-2023")  # links to the winner, units and sources
    details = window.tab("elections").details
    window.set_theme(then)
    qtbot.wait(10)
    ground = details.palette().color(QPalette.ColorRole.Base)
    runs = text_colours(details)
    assert sum(anchor for _text, _colour, anchor in runs) >= 3
    poor = [(t[:30], c.name()) for t, c, _anchor in runs if contrast(c, ground) < 4.5]
    assert poor == [], f"against {ground.name()}: {poor}"
