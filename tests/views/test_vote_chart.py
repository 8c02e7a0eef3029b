"""views/vote_chart.py: each round's votes per candidate, the two-thirds line, and elections
without published rounds."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from iomdesk.views.vote_chart import NO_ROUNDS, VoteChart

SIZES = [(640, 170), (1400, 280)]


def close_to(a: QColor, b: QColor, slack: int = 12) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def render(widget) -> QImage:
    return widget.grab().toImage()


def election(store, election_id):
    return next(e for e in store.elections if e.id == election_id)


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


def test_a_round_where_every_count_is_zero_draws(qtbot, store, monkeypatch):
    from iomdesk.rows import Vote

    dg2023 = election(store, "dg-2023")
    for round_ in store.rounds["dg-2023"]:
        zeros = [Vote(v.id, v.round_id, v.candidate_id, 0) for v in store.votes.get(round_.id, [])]
        monkeypatch.setitem(store.votes, round_.id, zeros)
    monkeypatch.setitem(
        store.rounds,
        "dg-2023",
        [r._replace(ballots=None, needed=None, blank=None) for r in store.rounds["dg-2023"]],
    )
    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_election(store, dg2023)
    render(chart)
    assert not getattr(chart, "bug_reported", False)


def test_every_round_held_has_its_place_and_the_legend_only_names_who_has_a_bar(window, store):
    """2019's fifth ballot was its first recorded one: rounds 1 to 4 get a box saying so, and
    Dalil and Garcia, who ran only then, are not in a legend with no bars of theirs."""
    chart = window.tab("elections").vote_chart
    for election in store.elections:
        window.navigation.follow(f"election:{election.id}")
        rounds = store.rounds.get(election.id, [])
        if not rounds:
            continue
        assert len(chart.rounds) == max(r.number for r in rounds), election.id
        for drawn in chart.rounds:
            assert drawn.bars or drawn.note, (election.id, drawn.label)  # a box with words
        with_bars = {b.candidate_id for r in chart.rounds for b in r.bars}
        assert {c for c, _name in chart.candidates} == with_bars, election.id
    window.navigation.follow("election:ddg-2019")
    assert [r.label for r in chart.rounds][:4] == [f"Round {n}" for n in range(1, 5)]
    assert all(r.note == "No result recorded" and not r.bars for r in chart.rounds[:4])
    assert "Suraya Dalil" not in [name for _c, name in chart.candidates]
    assert chart.text_alternative().startswith("Round 1: No result recorded")


def test_a_round_s_note_fits_in_its_box(window, store):
    """2018's acclamation note ran out of its box at the default size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    chart = window.tab("elections").vote_chart
    window.show_tab(window.tab("elections"))
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    checked = 0
    for election in store.elections:
        window.navigation.follow(f"election:{election.id}")
        for index, drawn in enumerate(chart.rounds):
            if drawn.bars:
                continue
            box, words = chart.note_box(index)
            inner = box.adjusted(4, 2, -4, -2).toRect()
            needed = QFontMetrics(chart.font()).boundingRect(inner, flags, words)
            assert needed.height() <= inner.height() + 1, (election.id, drawn.label)
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("size", SIZES)
def test_the_two_thirds_figure_sits_above_its_line_not_on_it(qtbot, store, size):
    """On the line, the dashes ran through '⅔ 96*': the figure and its descenders now end
    above the line's two pixels, and no drawn text of it is struck through."""
    from PySide6.QtGui import QFontMetrics

    chart = VoteChart()
    qtbot.addWidget(chart)
    chart.set_election(store, election(store, "dg-2018"))
    chart.resize(*size)
    metrics = QFontMetrics(chart.font())
    lines = [i for i, r in enumerate(chart.rounds) if chart.threshold_y(i) is not None]
    assert lines == [0, 2, 3]
    image = render(chart)
    orange = QColor("#D55E00")
    for index in lines:
        y = chart.threshold_y(index)
        tag, box = chart.threshold_tag(index, metrics)
        assert tag.startswith("⅔ ") and box.bottom() <= y - 2
        ink = [
            (x, row)
            for x in range(int(box.left()), int(box.right()))
            for row in range(int(box.top()), int(box.bottom()))
            if close_to(image.pixelColor(x, row), orange, slack=60)
        ]
        assert ink, (index, box)  # the figure is drawn in that box
