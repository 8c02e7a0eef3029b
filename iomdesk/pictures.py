"""What the pictures show, worked out without Qt: timeline bars and lanes, vote chart rounds,
the history chart's steps and milestones."""

# No `from __future__ import annotations` here: see store.py (NamedTuple fields).

import math
from datetime import date
from typing import NamedTuple

from iomdesk import dates, records
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.records import LeaderRow
from iomdesk.store import Election, Event, Figure, Store

LABEL = 120  # characters of a name drawn in a picture


def year_position(iso: str | None, today: date | None = None) -> float:
    """A partial date as a fractional year; an open end is today."""
    if not iso:
        today = today or date.today()
        return today.year + (today.timetuple().tm_yday - 1) / 365.25
    p = dates.parts(iso)
    month = p[1] if len(p) > 1 else 1
    day = p[2] if len(p) > 2 else 1
    return p[0] + (month - 1) / 12 + (day - 1) / 365.25


class TimelineBar(NamedTuple):
    """One post on the timeline: its lane, its years, and what it says."""

    tenure_id: str
    lane: int  # 0 is the heads' lane; deputies take lanes 1, 2 … so that bars never overlap
    start: float
    end: float
    label: str
    nationality: str
    tooltip: str
    uncertain: bool


class Era(NamedTuple):
    """A name the organisation bore, as a band behind the bars."""

    acronym: str
    name: str
    start: float
    end: float


class Timeline(NamedTuple):
    """The timeline as drawn: its years, bars, eras and lanes."""

    first_year: int
    last_year: int
    bars: list[TimelineBar]
    eras: list[Era]
    lanes: int
    undated: list[str]  # posts with no start: named, not drawn

    def nationalities(self) -> list[str]:
        """Legend order: by how many bars each nationality has, then by name."""
        counts: dict[str, int] = {}
        for bar in self.bars:
            counts[bar.nationality] = counts.get(bar.nationality, 0) + 1
        return sorted(counts, key=lambda n: (-counts[n], n))


def _tooltip(row: LeaderRow) -> str:
    t = row.tenure
    start = records.date_text(t.start, t.start_status) or "?"
    end = records.date_text(t.end, t.end_status, translate("pictures", "present"))
    return records.capped(f"{row.person.name}\n{t.role}\n{start} – {end}")


def timeline(store: Store, rows: list[LeaderRow], today: date | None = None) -> Timeline:
    """Heads on lane 0; deputies packed into as few lanes below as never overlap."""
    today = today or date.today()
    bars: list[TimelineBar] = []
    lane_ends: list[float] = []  # per deputy lane, where its last bar ends
    dated = [r for r in rows if r.tenure.start]
    for row in sorted(dated, key=lambda r: dates.sort_key(r.tenure.start)):
        t = row.tenure
        start, end = year_position(t.start), year_position(t.end, today)
        if t.kind == "head":
            lane = 0
        else:
            free = [i for i, last in enumerate(lane_ends) if last <= start + 1e-9]
            if free:
                lane = free[0] + 1
                lane_ends[free[0]] = end
            else:
                lane_ends.append(end)
                lane = len(lane_ends)
        bars.append(
            TimelineBar(
                tenure_id=t.id,
                lane=lane,
                start=start,
                end=max(end, start + 0.2),  # a few months at least, so every bar shows
                label=records.capped(row.person.name, LABEL),
                nationality=records.capped(
                    row.person.nationality or translate("pictures", "Unknown"), LABEL
                ),
                tooltip=_tooltip(row),
                uncertain="unconfirmed" in (t.start_status, t.end_status),
            )
        )
    eras = [
        Era(
            records.capped(b.acronym, LABEL),
            records.capped(b.name, LABEL),
            year_position(b.start),
            year_position(b.end, today),
        )
        for b in store.bodies
        if b.start
    ]
    return Timeline(
        first_year=1951,
        last_year=today.year + 1,
        bars=bars,
        eras=eras,
        lanes=1 + len(lane_ends),
        undated=[records.capped(r.person.name, LABEL) for r in rows if not r.tenure.start],
    )


class CandidateVotes(NamedTuple):
    """One candidate's bar in a round."""

    candidate_id: str
    name: str
    votes: int


class RoundChart(NamedTuple):
    """One round of an election as the vote chart draws it."""

    label: str
    kind: str  # ballot or acclamation
    bars: list[CandidateVotes]
    threshold: int | None
    threshold_how: str  # stated, derived, or '' when unknown
    marks: dict[str, str]  # candidate id -> 'eliminated' or 'withdrew' after this round
    note: str
    uncertain: bool


# Candidates' results the chart writes under their last bar (data values), each with the
# phrase it shows: a whole phrase to translate, so each language orders it its own way.
MARKS = {
    "eliminated": QT_TRANSLATE_NOOP("pictures", "{name} eliminated"),
    "withdrew": QT_TRANSLATE_NOOP("pictures", "{name} withdrew"),
}


def vote_chart(store: Store, election: Election) -> list[RoundChart]:
    """Each round's votes per candidate and its two-thirds line; acclamations as steps."""
    candidates = store.candidates.get(election.id, [])
    names = {c.id: records.capped(c.name, LABEL) for c in candidates}
    rounds = store.rounds.get(election.id, [])
    last_ballot: dict[str, int] = {}  # candidate -> index of the last round with their votes
    charts: list[RoundChart] = []
    for r in rounds:
        votes = store.votes.get(r.id, [])
        bars = [
            CandidateVotes(v.candidate_id, names.get(v.candidate_id, "?"), v.votes)
            for v in sorted(votes, key=lambda v: [c.id for c in candidates].index(v.candidate_id))
        ]
        for bar in bars:
            last_ballot[bar.candidate_id] = len(charts)
        needed, how = records.two_thirds(r.ballots, r.needed, [b.votes for b in bars], r.blank)
        label = records.round_label(r)
        charts.append(
            RoundChart(
                label,
                r.kind,
                bars,
                needed,
                how,
                {},
                records.capped(r.outcome or "", LABEL),
                r.status == "unconfirmed",
            )
        )
    for c in candidates:
        if c.result in MARKS and c.id in last_ballot:
            charts[last_ballot[c.id]].marks[c.id] = c.result
    return charts


# A measure is offered in the history chart when it has at least this many dated figures:
# two points make one step, which says nothing about a trend.
MIN_POINTS = 3
FIRST_MEASURE = "member_states"  # the chart's story: the organisation growing


def chart_measures(figures: list[Figure]) -> list[str]:
    """The measures with enough dated figures to draw: member states first, then by how many
    points each has, then by key."""
    counts: dict[str, int] = {}
    for figure in figures:
        if figure.date:
            counts[figure.measure] = counts.get(figure.measure, 0) + 1
    enough = [m for m, n in counts.items() if n >= MIN_POINTS]
    return sorted(enough, key=lambda m: (m != FIRST_MEASURE, -counts[m], m))


class HistoryPoint(NamedTuple):
    """One figure on the history chart."""

    key: str  # records.history_key of the figure
    year: float
    value: float
    approx: bool
    tooltip: str


class HistoryMark(NamedTuple):
    """One milestone on the history chart."""

    key: str  # records.history_key of the milestone
    year: float
    tooltip: str


class HistoryChart(NamedTuple):
    """The history chart as drawn: its years, scale, points and marks."""

    first_year: int
    last_year: int
    top: float  # the largest figure drawn (1 when none)
    points: list[HistoryPoint]  # in time order
    marks: list[HistoryMark]
    undated: list[str]  # named, not drawn


def _item_tooltip(item: records.HistoryItem) -> str:
    when = records.history_date(item)
    return records.capped(f"{records.history_title(item)}\n{when}", LABEL * 2)


def history_chart(items: list[records.HistoryItem], measure: str | None) -> HistoryChart:
    """The measure's dated figures as points of a step line, and every dated milestone as a
    mark on the same years; what has no date is named instead."""
    figures = [i for i in items if isinstance(i, Figure) and i.measure == measure]
    events = [i for i in items if isinstance(i, Event)]
    points: list[HistoryPoint] = []
    for figure in sorted((f for f in figures if f.date), key=lambda f: dates.sort_key(f.date)):
        points.append(
            HistoryPoint(
                records.history_key(figure),
                year_position(figure.date),
                figure.value,
                bool(figure.approx),
                _item_tooltip(figure),
            )
        )
    marks = [
        HistoryMark(records.history_key(event), year_position(event.date), _item_tooltip(event))
        for event in sorted((e for e in events if e.date), key=lambda e: dates.sort_key(e.date))
    ]
    undated = [i for i in (*events, *figures) if not i.date]
    years = [p.year for p in points] + [m.year for m in marks]
    finite = [p.value for p in points if math.isfinite(p.value) and p.value > 0]
    return HistoryChart(
        first_year=int(min(years)) if years else 0,
        last_year=int(max(years)) + 1 if years else 0,
        top=max(finite) if finite else 1.0,
        points=points,
        marks=marks,
        undated=[records.capped(records.history_title(i), LABEL) for i in undated],
    )


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least the value."""
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power
