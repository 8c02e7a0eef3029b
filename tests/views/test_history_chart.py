"""views/history_chart.py: what the history chart draws, at two sizes, where, and how the
search, the selection, a click and a tooltip reach it."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from iomdesk.tabs.history import history_rows
from iomdesk.views.history_chart import MARK_STRIP, HistoryChart
from iomdesk.views.picture import series_color

SIZES = [(360, 150), (1300, 260)]
IOM = "events:1989-11-14-iom"
CHINA = "figures:ms-2016-06-30"


def close_to(a: QColor, b: QColor, slack: int = 16) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def render(widget) -> QImage:
    return widget.grab().toImage()


@pytest.fixture
def chart(qtbot, store):
    widget = HistoryChart(history_rows(store))
    qtbot.addWidget(widget)
    widget.set_measure("member_states")
    return widget


def mark_pixel(image: QImage, where: QPointF) -> QColor:
    return image.pixelColor(int(where.x()), int(where.y()) + 3)


@pytest.mark.parametrize("size", SIZES)
def test_points_climb_in_time_and_marks_sit_on_the_same_axis(chart, size):
    chart.resize(*size)
    image = render(chart)
    plot = chart.plot_rect()
    points = list(chart.point_positions().values())
    assert len(points) == 14
    for before, after in itertools.pairwise(points):
        assert before.x() <= after.x() and before.y() >= after.y()  # member states only grew
    for where in points:
        assert plot.adjusted(-1, -1, 1, 1).contains(where)
    marks = chart.mark_positions()
    assert all(plot.left() <= m.x() <= plot.right() for m in marks.values())
    assert abs(marks[IOM].x() - chart.x_for(1989 + 10 / 12 + 13 / 365.25)) < 0.5
    # Joining the UN system in 2016 and China's joining in 2016 line up.
    assert abs(marks["events:2016-06-30-council-un"].x() - chart.point_positions()[CHINA].x()) < 1
    assert close_to(mark_pixel(image, marks[IOM]), series_color(1))
    china = chart.point_positions()[CHINA]
    assert close_to(image.pixelColor(int(china.x()), int(china.y())), series_color(0))


@pytest.mark.parametrize("size", SIZES)
def test_no_text_overlaps_or_leaves_the_picture(chart, size):
    chart.resize(*size)
    items = chart.text_items()
    texts = [text for _, text in items]
    assert "Member states" in texts and "2000" in texts
    bounds = chart.rect().toRectF()
    for rect, text in items:
        assert bounds.contains(rect), text
    for (a, ta), (b, tb) in itertools.combinations(items, 2):
        assert not a.intersects(b), (ta, tb)
    labels = [t for t in texts if t.replace(",", "").isdigit() and len(t) <= 3]
    assert labels[0] == "0" and labels[-1] == "200"  # the axis ends on a round number


def test_the_search_dims_what_it_hides(chart):
    chart.resize(900, 220)
    marks = chart.mark_positions()
    before = render(chart)
    chart.set_matching({IOM, CHINA})
    after = render(chart)
    other = marks["events:1980-icm"]
    assert close_to(mark_pixel(after, marks[IOM]), mark_pixel(before, marks[IOM]))
    assert close_to(mark_pixel(before, other), series_color(1))
    assert not close_to(mark_pixel(after, other), series_color(1), slack=40)  # faded
    first = chart.point_positions()["figures:ms-1951-12"]
    inside = (int(first.x()) - 2, int(first.y()) + 2)  # in the dot, off the line through it
    assert close_to(before.pixelColor(*inside), series_color(0))
    assert not close_to(after.pixelColor(*inside), series_color(0), slack=40)
    chart.set_matching(None)
    assert close_to(mark_pixel(render(chart), other), series_color(1))


def test_a_click_names_the_row_and_the_selection_is_outlined(qtbot, chart):
    chart.resize(900, 220)
    chart.show()
    where = chart.mark_positions()[IOM]
    with qtbot.waitSignal(chart.item_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert clicked.args == [IOM]
    china = chart.point_positions()[CHINA]
    with qtbot.waitSignal(chart.item_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=china.toPoint())
    assert clicked.args == [CHINA] and chart.selected == CHINA
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    ring = render(chart).pixelColor(int(china.x()), int(china.y() - 7))
    assert close_to(ring, highlight, slack=40)
    empty = QPoint(int(chart.plot_rect().left()) + 3, int(chart.plot_rect().top()) + 3)
    with qtbot.assertNotEmitted(chart.item_clicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=empty)


def test_hovering_shows_name_and_date(qtbot, chart, monkeypatch):
    chart.resize(900, 220)
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_: shown.append(text))
    where = chart.mark_positions()[IOM].toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where))
    QApplication.sendEvent(chart, event)
    assert shown and shown[0].startswith("Organisation becomes IOM\n14 Nov 1989")
    crowded = chart.keys_near(chart.mark_positions()["events:2025-12-08-council-116"])
    assert len(crowded) > 1  # December 2025 holds several: the tooltip names them all
    assert "116th session of the Council" in chart.tooltip_for(crowded)


def test_the_chart_follows_a_dark_palette(chart):
    chart.resize(700, 200)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#2a2a2a"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    image = render(chart)
    strip = chart.plot_rect().bottom() + MARK_STRIP / 2
    gap = QPointF(chart.plot_rect().left() + 1, strip)
    assert close_to(image.pixelColor(int(gap.x()), int(gap.y())), QColor("#2a2a2a"))
    assert close_to(image.pixelColor(2, 2), QColor("#202020"))


def test_another_measure_and_no_data_at_all(qtbot, chart):
    chart.resize(700, 200)
    chart.set_measure("staff")
    assert [p.value for p in chart.data.points] == [10000, 10000, 19000, 20000, 22000]
    assert "Staff" in [t for _, t in chart.text_items()]
    assert "Staff over time" in chart.accessibleDescription()
    empty = HistoryChart([])
    qtbot.addWidget(empty)
    empty.resize(300, 120)
    assert not render(empty).isNull() and empty.text_items()[0][1] == "Milestones"
