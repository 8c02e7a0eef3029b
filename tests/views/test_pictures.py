"""The timeline and the vote chart: what they draw, at two sizes, and how they link to tables."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from iomdesk import records
from iomdesk.views.timeline import TimelineWidget
from iomdesk.views.vote_chart import NO_ROUNDS, VoteChart

SIZES = [(640, 170), (1400, 280)]


def close_to(a: QColor, b: QColor, slack: int = 12) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def render(widget) -> QImage:
    return widget.grab().toImage()


def election(store, election_id):
    return next(e for e in store.elections if e.id == election_id)


@pytest.mark.parametrize("size", SIZES)
def test_timeline_draws_a_bar_for_every_head_in_its_nationality_colour(qtbot, store, size):
    widget = TimelineWidget(store, records.leader_rows(store))
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
    widget = TimelineWidget(store, records.leader_rows(store))
    qtbot.addWidget(widget)
    widget.resize(1000, 200)
    swing = widget.bar_rect("swing-dg")
    assert abs(swing.left() - widget.x_for(2008.75)) < 1
    assert abs(swing.right() + 1 - widget.x_for(2018 + 8 / 12 + 29 / 365.25)) < 1.5
    assert widget.bar_at(swing.center()) == "swing-dg"


def test_timeline_follows_a_dark_palette(qtbot, store):
    widget = TimelineWidget(store, records.leader_rows(store))
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


def test_vote_chart_bars_per_candidate_per_round_and_threshold(qtbot, store):
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.set_election(store, election(store, "dg-2018"))
    for size in SIZES:
        chart.resize(*size)
        image = render(chart)
        counts = [len(r.bars) for r in chart.rounds]
        assert counts == [3, 0, 3, 2, 0]  # round 2 unpublished, round 5 an acclamation
        for index, chart_round in enumerate(chart.rounds):
            for bar in chart_round.bars:
                rect = chart.bar_rect(index, bar.candidate_id)
                assert rect.height() == pytest.approx(
                    bar.votes / chart.top_value() * chart.plot_rect().height()
                )
                pixel = image.pixelColor(int(rect.center().x()), int(rect.bottom()) - 2)
                assert close_to(pixel, chart.color_for(bar.candidate_id))
        assert chart.rounds[2].marks == {"dg-2018-isaacs": "eliminated"}


def test_vote_chart_threshold_line_is_drawn_where_the_data_puts_it(qtbot, store):
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.set_election(store, election(store, "dg-2023"))
    chart.resize(800, 300)
    image = render(chart)
    y = chart.threshold_y(0)
    assert y == pytest.approx(chart.y_for(110))
    group = chart.group_rect(0)
    line = [
        image.pixelColor(x, round(y)) for x in range(int(group.left()) + 6, int(group.right()) - 60)
    ]
    assert sum(close_to(p, QColor("#D55E00"), 40) for p in line) > len(line) / 3  # dashed
    pope = chart.bar_rect(0, "dg-2023-pope")
    vitorino = chart.bar_rect(0, "dg-2023-vitorino")
    assert pope.height() / vitorino.height() == pytest.approx(98 / 67)
    assert pope.top() > y  # 98 is short of 110: the bar stays under the line
    assert chart.rounds[0].marks == {"dg-2023-vitorino": "withdrew"}
    assert chart.rounds[1].kind == "acclamation" and chart.rounds[1].bars == []


def test_election_without_rounds_says_so(qtbot, store):
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.set_election(store, election(store, "dg-1993"))
    chart.resize(500, 220)
    assert not chart.has_votes()
    assert chart.accessibleDescription() == NO_ROUNDS
    image = render(chart)
    background = image.pixelColor(2, 2)
    inked = sum(
        1
        for x in range(0, 500, 2)
        for y in range(90, 130, 2)
        if not close_to(image.pixelColor(x, y), background, 30)
    )
    assert inked > 20  # the sentence is drawn, not an empty chart


def test_timeline_click_selects_in_the_table_and_back(qtbot, window):
    timeline = window.timeline
    rect = timeline.bar_rect("haveman-director")
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    tab = window.leadership
    assert tab.object_at(tab.view.currentIndex()).tenure.id == "haveman-director"
    assert "Bastiaan Haveman" in tab.details.toPlainText()
    row = tab.model.row_of(lambda r: r.tenure.id == "ndiaye-ddg")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert timeline.selected == "ndiaye-ddg"


def test_search_dims_what_does_not_match(qtbot, window):
    qtbot.keyClicks(window.leadership.search, "portugal")
    assert window.timeline.matching == {"vitorino-dg"}
    window.leadership.search.clear()
    assert window.timeline.matching is None


def test_election_selection_drives_the_chart(qtbot, window):
    window.navigation.follow("election:dg-2023")
    assert [len(r.bars) for r in window.vote_chart.rounds] == [2, 0]
    window.navigation.follow("election:dg-1988")
    assert not window.vote_chart.has_votes()


def test_export_png_of_each_picture(qtbot, window, tmp_path):
    target = tmp_path / "timeline.png"
    assert window.exporting.picture(str(target))
    image = QImage(str(target))
    assert image.width() == 2 * window.timeline.width()
    assert image.height() == 2 * window.timeline.height()
    window.tabs.setCurrentWidget(window.elections)
    assert window.exporting.picture(str(tmp_path / "votes"))
    assert not QImage(str(tmp_path / "votes.png")).isNull()
    window.tabs.setCurrentWidget(window.contacts)
    assert not window.exporting.picture(str(tmp_path / "none.png"))
    assert "no picture" in window.statusBar().currentMessage()


def test_ctrl_t_hides_and_shows_the_timeline(qtbot, window):
    assert window.timeline.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.timeline.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.isVisible()


def test_tooltip_names_the_person_role_and_dates(store):
    from iomdesk import pictures

    bars = {b.tenure_id: b for b in pictures.timeline(store, records.leader_rows(store)).bars}
    assert bars["thomas-director"].tooltip == "John F. Thomas\nDirector\n1969 – 1979"
    assert not bars["thomas-director"].uncertain  # derived from his neighbours' dates
    assert (
        bars["tittmann-director"].tooltip == "Harold H. Tittmann Jr.\nDirector\nc. 1955 – May 1958"
    )
    assert bars["tittmann-director"].uncertain
    assert bars["pope-dg"].tooltip.endswith("1 Oct 2023 – present")


def test_point_inside_no_bar(qtbot, store):
    widget = TimelineWidget(store, records.leader_rows(store))
    qtbot.addWidget(widget)
    widget.resize(800, 200)
    assert widget.bar_at(QPoint(2, 2).toPointF()) is None


def test_hovering_a_bar_shows_its_tooltip(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    timeline = window.timeline
    point = timeline.bar_rect("vitorino-dg").center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, timeline.mapToGlobal(point))
    QApplication.sendEvent(timeline, event)
    assert QToolTip.text() == "António Vitorino\nDirector General\n1 Oct 2018 – 30 Sep 2023"
    QToolTip.hideText()


def test_a_post_without_a_start_date_is_named_not_silently_left_out(qtbot, store):
    from dataclasses import replace

    rows = records.leader_rows(store)
    undated = replace(rows[0], tenure=replace(rows[0].tenure, start=None))
    widget = TimelineWidget(store, [undated, *rows[1:]])
    qtbot.addWidget(widget)
    widget.resize(1400, 280)
    assert rows[0].tenure.id not in {b.tenure_id for b in widget.data.bars}
    assert widget.data.undated == [rows[0].person.name]
    assert f"not drawn, no start date: {rows[0].person.name}" in widget.text_alternative()
    render(widget)  # the legend draws the sentence; drawing must not fail
    assert not getattr(widget, "bug_reported", False)


def test_a_round_where_every_count_is_zero_draws(qtbot, store, monkeypatch):
    from iomdesk.store import Vote

    dg2023 = election(store, "dg-2023")
    for round_ in store.rounds["dg-2023"]:
        zeros = [Vote(v.id, v.round_id, v.candidate_id, 0) for v in store.votes.get(round_.id, [])]
        monkeypatch.setitem(store.votes, round_.id, zeros)
    monkeypatch.setitem(
        store.rounds,
        "dg-2023",
        [replace(r, ballots=None, needed=None, blank=None) for r in store.rounds["dg-2023"]],
    )
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_election(store, dg2023)
    render(chart)
    assert not getattr(chart, "bug_reported", False)
