"""views/timeline.py: what the timeline draws, at two sizes, where, and its tooltips."""

from __future__ import annotations

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
