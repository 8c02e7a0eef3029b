"""views/timeline.py: what the timeline draws, at two sizes, where, and its tooltips."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette

from iomdesk.tabs.leadership import leader_rows
from iomdesk.views.timeline import TimelineWidget

SIZES = [(640, 170), (1400, 280)]


def close_to(a: QColor, b: QColor, slack: int = 12) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def render(widget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("size", SIZES)
def test_timeline_draws_a_bar_for_every_head_in_its_nationality_colour(qtbot, store, size):
    widget = TimelineWidget(store, leader_rows(store))
    qtbot.addWidget(widget)
    widget.resize(*size)
    image = render(widget)
    heads = [t for t in store.tenures if t.kind == "head"]
    assert len([b for b in widget.data.bars if b.lane == 0]) == len(heads) == 11
    previous_right = 0.0
    for tenure in sorted(heads, key=lambda t: t.start):
        rect = widget.bar_rect(tenure.id)
        assert widget.rect().contains(rect.toRect()), tenure.id
        assert rect.left() >= previous_right - 1  # in order of time, never overlapping
        previous_right = rect.right()
        nationality = store.people[tenure.person_id].nationality
        pixel = image.pixelColor(int(rect.left()) + 3, int(rect.bottom()) - 3)
        assert close_to(pixel, widget.colors[nationality]), (tenure.id, pixel.name())
    deputies = [b for b in widget.data.bars if b.lane > 0]
    assert len(deputies) == len([t for t in store.tenures if t.kind == "deputy"])


def test_timeline_places_bars_by_year(qtbot, store):
    widget = TimelineWidget(store, leader_rows(store))
    qtbot.addWidget(widget)
    widget.resize(1000, 200)
    swing = widget.bar_rect("swing-dg")
    assert abs(swing.left() - widget.x_for(2008.75)) < 1
    assert abs(swing.right() + 1 - widget.x_for(2018 + 8 / 12 + 29 / 365.25)) < 1.5
    assert widget.bar_at(swing.center()) == "swing-dg"


def test_timeline_follows_a_dark_palette(qtbot, store):
    widget = TimelineWidget(store, leader_rows(store))
    qtbot.addWidget(widget)
    palette = widget.palette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#181818"),
        (QPalette.ColorRole.AlternateBase, "#282828"),
    ):
        palette.setColor(role, QColor(color))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.resize(900, 200)
    image = render(widget)
    plot = widget.plot_rect()
    x, y = int(plot.center().x()), int(plot.bottom())
    axis = max(image.pixelColor(x, y + dy).lightness() for dy in (-1, 0, 1))
    assert axis > 120  # the axis is drawn in the palette's (light) text colour
    legend_gap = image.pixelColor(widget.width() - 3, widget.height() - 3)
    assert legend_gap.lightness() < 60


def test_point_inside_no_bar(qtbot, store):
    widget = TimelineWidget(store, leader_rows(store))
    qtbot.addWidget(widget)
    widget.resize(800, 200)
    assert widget.bar_at(QPoint(2, 2).toPointF()) is None


def test_hovering_a_bar_shows_its_tooltip(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    timeline = window.tab("leadership").timeline
    point = timeline.bar_rect("vitorino-dg").center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, timeline.mapToGlobal(point))
    QApplication.sendEvent(timeline, event)
    assert QToolTip.text() == "António Vitorino\nDirector General\n1 Oct 2018 – 30 Sep 2023"
    QToolTip.hideText()


def test_a_post_without_a_start_date_is_named_not_silently_left_out(qtbot, store):

    rows = leader_rows(store)
    undated = rows[0]._replace(tenure=rows[0].tenure._replace(start=None))
    widget = TimelineWidget(store, [undated, *rows[1:]])
    qtbot.addWidget(widget)
    widget.resize(1400, 280)
    assert rows[0].tenure.id not in {b.tenure_id for b in widget.data.bars}
    assert widget.data.undated == [rows[0].person.name]
    assert f"not drawn, no start date: {rows[0].person.name}" in widget.text_alternative()
    render(widget)  # the legend draws the sentence; drawing must not fail
    assert not getattr(widget, "bug_reported", False)


def lab(color: QColor) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    r, g, b = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_distance(one: QColor, two: QColor) -> float:
    """CIELAB ΔE (1976): under about 20, two colours are easily taken for each other."""
    return math.dist(lab(one), lab(two))


def chroma(color: QColor) -> float:
    """How far from grey (a grey or pale bar reads as 'not confirmed')."""
    return math.hypot(*lab(color)[1:])


def test_no_two_nationalities_share_a_colour_and_none_looks_unconfirmed(qtbot, store):
    """Senegal once wrapped round to the United States' blue, and Korea got the grey of the
    pale end."""
    from itertools import combinations, pairwise

    from iomdesk.views.picture import SERIES, series_color

    timeline = TimelineWidget(store, leader_rows(store))
    qtbot.addWidget(timeline)
    drawn = timeline.colors
    assert len(drawn) >= 9  # the shipped data: more nationalities than Okabe–Ito's eight
    assert len({c.name() for c in drawn.values()}) == len(drawn)
    palette = [QColor(c) for c in SERIES]
    for one, two in combinations(palette, 2):
        assert colour_distance(one, two) >= 25, (one.name(), two.name())
    assert min(chroma(c) for c in palette) >= 30  # no grey among them
    more = [series_color(i) for i in range(40)]  # past the palette: still no repeat
    assert len({c.name() for c in more}) == 40
    for one, two in pairwise(more):  # neighbours in a legend differ
        assert colour_distance(one, two) >= 20
