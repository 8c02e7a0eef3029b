"""iomdesk/pictures.py (no Qt): what the timeline and the vote chart show."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from iomdesk import pictures
from iomdesk.rows import Person, Tenure
from iomdesk.tabs.elections import vote_chart
from iomdesk.tabs.history import MIN_POINTS, chart_measures, history_chart, history_rows
from iomdesk.tabs.leadership import LeaderRow, leader_rows, timeline


def test_tooltip_names_the_person_role_and_dates(store):

    bars = {b.tenure_id: b for b in timeline(store, leader_rows(store)).bars}
    assert bars["thomas-director"].tooltip == "John F. Thomas\nDirector\n1969 – 1979"
    assert not bars["thomas-director"].uncertain  # derived from his neighbours' dates
    assert (
        bars["tittmann-director"].tooltip == "Harold H. Tittmann Jr.\nDirector\nc. 1955 – May 1958"
    )
    assert bars["tittmann-director"].uncertain
    assert bars["pope-dg"].tooltip.endswith("1 Oct 2023 – present")


def person(person_id: str, nationality: str | None = "Chile") -> Person:
    return Person(person_id, person_id.title(), None, nationality, None, None, None)


def post(
    tenure_id: str,
    kind: str,
    start: str | None,
    end: str | None,
    nationality: str | None = "Chile",
    start_status: str = "confirmed",
) -> LeaderRow:
    tenure = Tenure(
        tenure_id,
        tenure_id,
        "Deputy" if kind == "deputy" else "Head",
        kind,
        start,
        start_status,
        end,
        "confirmed",
        None,
        None,
        None,
        None,
    )
    return LeaderRow(tenure, person(tenure_id, nationality), ())


def election(store, election_id):
    return next(e for e in store.elections if e.id == election_id)


def test_year_position_is_a_fractional_year_and_an_open_end_is_today():
    assert pictures.year_position("2018") == 2018
    assert pictures.year_position("2018-07") == pytest.approx(2018.5)
    assert pictures.year_position("2018-10-01") == pytest.approx(2018.75)
    assert pictures.year_position(None, today=date(2020, 1, 1)) == 2020


def test_deputies_take_as_few_lanes_as_never_overlap(store):
    rows = [
        post("head", "head", "2000", "2010"),
        post("a", "deputy", "2000", "2005"),
        post("b", "deputy", "2003", "2008"),
        post("c", "deputy", "2006", "2010"),  # after a: a's lane again
        post("d", "deputy", "2004", "2006"),  # a and b both busy: a third lane
    ]
    lanes = {bar.tenure_id: bar.lane for bar in timeline(store, rows).bars}
    assert lanes == {"head": 0, "a": 1, "b": 2, "d": 3, "c": 1}
    assert timeline(store, rows).lanes == 4


def test_bars_run_from_start_to_end_and_an_open_post_to_today(store):
    today = date(2024, 7, 1)
    rows = [post("head", "head", "2020-01", None), post("short", "deputy", "2021-05-01", "2021-05")]
    bars = {bar.tenure_id: bar for bar in timeline(store, rows, today=today).bars}
    assert bars["head"].start == 2020
    assert bars["head"].end == pictures.year_position(None, today)
    short = bars["short"]
    assert short.end == pytest.approx(short.start + 0.2)  # a few months at least, to be seen


def test_undated_posts_are_named_and_unconfirmed_ones_marked(store):
    rows = [
        post("dated", "head", "1990", "2000"),
        post("undated", "deputy", None, "1995"),
        post("guessed", "deputy", "1991", "1993", start_status="unconfirmed"),
    ]
    data = timeline(store, rows)
    assert [bar.tenure_id for bar in data.bars] == ["dated", "guessed"]
    assert data.undated == ["Undated"]
    assert {bar.tenure_id: bar.uncertain for bar in data.bars} == {"dated": False, "guessed": True}


def test_the_legend_lists_nationalities_by_how_many_bars_then_by_name(store):
    rows = [
        post("a", "head", "1990", "1991", "Chile"),
        post("b", "head", "1991", "1992", "Brazil"),
        post("c", "head", "1992", "1993", "Chile"),
        post("d", "head", "1993", "1994", None),
        post("e", "head", "1994", "1995", "Argentina"),
    ]
    assert timeline(store, rows).nationalities() == [
        "Chile",
        "Argentina",
        "Brazil",
        "Unknown",
    ]


def test_the_organisation_names_are_eras_in_order(store):
    eras = timeline(store, []).eras
    assert [era.acronym for era in eras] == ["PICMME", "ICEM", "ICM", "IOM"]
    assert all(a.end <= b.start + 1e-9 for a, b in itertools.pairwise(eras))


def test_vote_chart_rounds_of_the_2018_election(store):
    charts = vote_chart(store, election(store, "dg-2018"))
    assert [c.label for c in charts] == ["Round 1", "Round 2", "Round 3", "Round 4", "Acclamation"]
    assert [c.kind for c in charts] == ["ballot"] * 4 + ["acclamation"]
    assert [(b.name, b.votes) for b in charts[0].bars] == [
        ("António Vitorino", 65),
        ("Laura Thompson", 51),
        ("Ken Isaacs", 27),
    ]
    assert charts[1].bars == []  # not published
    # No source states the line: two-thirds of the votes cast, rounded up.
    assert [(c.threshold, c.threshold_how) for c in charts] == [
        (96, "derived"),
        (None, ""),
        (95, "derived"),
        (96, "derived"),
        (None, ""),
    ]
    assert charts[2].marks == {"dg-2018-isaacs": "eliminated"}
    assert charts[3].marks == {"dg-2018-thompson": "withdrew"}


def test_a_stated_threshold_wins_and_no_rounds_is_no_chart(store):
    first = vote_chart(store, election(store, "dg-2023"))[0]
    assert (first.threshold, first.threshold_how) == (110, "stated")
    assert vote_chart(store, election(store, "dg-1993")) == []


def test_the_history_chart_offers_measures_with_three_dated_figures_or_more(store):
    measures = chart_measures(store.figures)
    assert measures[0] == "member_states"
    assert "staff" in measures  # five dated points
    assert "regional_offices" not in measures  # two dated (and one undated): one step only
    assert "field_offices" not in measures  # one dated
    assert MIN_POINTS == 3
    two = [f for f in store.figures if f.measure == "staff"][:2]
    assert chart_measures(two) == []
    assert chart_measures([*two, two[0]._replace(id="x", date="2001")]) == ["staff"]
    assert chart_measures([*two, two[0]._replace(id="x", date=None)]) == []


def test_the_history_chart_steps_through_time_with_milestones_on_the_same_years(store):
    chart = history_chart(history_rows(store), "member_states")
    years = [p.year for p in chart.points]
    assert years == sorted(years) and len(years) == 14
    assert chart.points[0].value == 15 and chart.points[-1].value == 175
    assert chart.top == 175
    assert chart.first_year == 1951 and chart.last_year == 2026
    assert len(chart.marks) == len([e for e in store.events if e.date])
    assert chart.undated == [e.title for e in store.events if not e.date]
    iom = next(m for m in chart.marks if m.key == "events:1989-11-14-iom")
    assert iom.tooltip == "Organisation becomes IOM\n14 Nov 1989"
    marks_only = history_chart(history_rows(store), None)
    assert marks_only.points == [] and marks_only.marks == chart.marks


def test_the_value_axis_ends_on_a_round_number():
    assert [pictures.nice_top(v) for v in (175, 22000, 9, 1, 0.3)] == [200, 25000, 10, 1, 0.5]
