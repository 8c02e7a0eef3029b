"""History: the organisation's milestones and dated figures in one list, newest first; its
rows, columns, details, Ctrl+K section and chart (no Qt)."""

# No `from __future__ import annotations` here: see store.py (NamedTuple fields).

import math
from typing import NamedTuple

from iomdesk import dates, i18n, records, search
from iomdesk.citations import sentence
from iomdesk.details import facts as _facts
from iomdesk.details import page as _page
from iomdesk.details import status as _status
from iomdesk.details import value_html as _e
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.pictures import LABEL, year_position
from iomdesk.records import date_text
from iomdesk.rows import Event, Figure
from iomdesk.store import Store
from iomdesk.tabs.base import Column, Tab

# The measures the figures count, as a reader names them (the keys are the data's).
MEASURES = {
    "member_states": QT_TRANSLATE_NOOP("records", "Member states"),
    "observer_states": QT_TRANSLATE_NOOP("records", "Observer states"),
    "voting_states": QT_TRANSLATE_NOOP("records", "Voting states"),
    "staff": QT_TRANSLATE_NOOP("records", "Staff"),
    "headquarters_staff": QT_TRANSLATE_NOOP("records", "Headquarters staff"),
    "headquarters_posts_cut": QT_TRANSLATE_NOOP("records", "Headquarters posts cut"),
    "staff_affected_by_cuts": QT_TRANSLATE_NOOP("records", "Staff affected by cuts"),
    "field_offices": QT_TRANSLATE_NOOP("records", "Field offices"),
    "regional_offices": QT_TRANSLATE_NOOP("records", "Regional offices"),
    "countries_with_offices": QT_TRANSLATE_NOOP("records", "Countries with offices"),
    "countries_reached_crisis": QT_TRANSLATE_NOOP("records", "Countries reached in crises"),
    "people_reached_crisis": QT_TRANSLATE_NOOP("records", "People reached in crises"),
    "people_assisted": QT_TRANSLATE_NOOP("records", "People assisted"),
    "people_benefiting_annually": QT_TRANSLATE_NOOP("records", "People benefiting each year"),
    "migrants_worldwide": QT_TRANSLATE_NOOP("records", "Migrants worldwide"),
    "budget_usd": QT_TRANSLATE_NOOP("records", "Budget (USD)"),
    "global_appeal_usd": QT_TRANSLATE_NOOP("records", "Global appeal (USD)"),
    "crisis_funding_usd": QT_TRANSLATE_NOOP("records", "Crisis funding (USD)"),
    "donor_funding_cut_percent": QT_TRANSLATE_NOOP("records", "Donor funding cut (%)"),
}


def measure_name(measure: str) -> str:
    """'Member states' for 'member_states', in the interface language; a measure the app does
    not know (another file's) as its key with spaces."""
    if measure in MEASURES:
        return translate("records", MEASURES[measure])
    words = measure.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def figure_value(figure: Figure) -> str:
    """'175', 'about 19,000': the number as the interface language writes it."""
    value = i18n.format_number(figure.value)
    return translate("records", "about {value}").format(value=value) if figure.approx else value


def figure_title(figure: Figure) -> str:
    """'Staff: about 19,000'."""
    return translate("records", "{measure}: {value}").format(
        measure=measure_name(figure.measure), value=figure_value(figure)
    )


# The History tab lists milestones (Event) and dated figures (Figure) as they are.
HistoryItem = Event | Figure


def history_rows(store: Store) -> list[HistoryItem]:
    return [*store.events, *store.figures]


def history_key(item: HistoryItem) -> str:
    """'events:founding', 'figures:ms-2018-06': names a row across tables (and in pictures)."""
    return f"{'events' if isinstance(item, Event) else 'figures'}:{item.id}"


def history_title(item: HistoryItem) -> str:
    """What a search result or a details page calls the row."""
    return item.title if isinstance(item, Event) else figure_title(item)


def history_what(item: HistoryItem) -> str:
    """The What column: the milestone's title, or the figure's note (its measure when none)."""
    if isinstance(item, Event):
        return item.title
    return item.note or measure_name(item.measure)


def history_figure(item: HistoryItem) -> str:
    return figure_value(item) if isinstance(item, Figure) else ""


def history_kind(item: HistoryItem) -> str:
    """'Milestone', or the figure's measure."""
    if isinstance(item, Event):
        return translate("records", "Milestone")
    return measure_name(item.measure)


def history_date(item: HistoryItem) -> str:
    """The When column; rows without a date say so (they sort as the oldest)."""
    status = "unconfirmed" if item.status == "unconfirmed" else "confirmed"
    return date_text(item.date, status) or translate("records", "date unknown")


def history_sort_key(item: HistoryItem) -> tuple[int, int, int]:
    """By time; undated rows before every date, so newest first puts them last."""
    return dates.sort_key(item.date, missing=-1)


def history_haystack(item: HistoryItem) -> str:
    """Everything the row shows, the text of its details, and its measure's key words (the
    data's English, whatever the interface language)."""
    if isinstance(item, Event):
        parts = [item.title, item.description]
    else:
        value = f"{item.value:.0f}" if float(item.value).is_integer() else str(item.value)
        parts = [item.note, figure_value(item), value, item.measure.replace("_", " ")]
    parts += [history_kind(item), dates.display(item.date)]
    return search.haystack(parts)


def event_html(store: Store, event: Event) -> str:
    """A milestone: its date, what happened, its sources."""
    facts = _facts(
        [
            (translate("details", "Date"), _e(history_date(event)) + _status(event.status)),
            (translate("details", "Kind"), _e(history_kind(event))),
        ]
    )
    body = f"<p>{_e(event.description)}</p>" if event.description else ""
    return _page(store, event.title, facts, body, [("events", event.id)])


def figure_html(store: Store, figure: Figure) -> str:
    """A dated figure: the number, its date, a note, disagreements and sources."""
    facts = _facts(
        [
            (translate("details", "Date"), _e(history_date(figure))),
            (translate("details", "Kind"), _e(measure_name(figure.measure))),
            (translate("details", "Figure"), _e(figure_value(figure))),
            (translate("details", "Note"), _e(figure.note) + _status(figure.status)),
        ]
    )
    subjects = [("figures", figure.id)]
    return _page(store, figure_title(figure), facts, "", subjects)


def history_html(store: Store, item: HistoryItem) -> str:
    """A row of the History tab: a milestone or a dated figure."""
    return event_html(store, item) if isinstance(item, Event) else figure_html(store, item)


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


CHART_LABEL = QT_TRANSLATE_NOOP("tab", "&Chart:")  # its view's field label


class HistoryPoint(NamedTuple):
    """One figure on the history chart."""

    key: str  # history_key of the figure
    year: float
    value: float
    approx: bool
    tooltip: str


class HistoryMark(NamedTuple):
    """One milestone on the history chart."""

    key: str  # history_key of the milestone
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


def _item_tooltip(item: HistoryItem) -> str:
    when = history_date(item)
    return records.capped(f"{history_title(item)}\n{when}", LABEL * 2)


def history_chart(items: list[HistoryItem], measure: str | None) -> HistoryChart:
    """The measure's dated figures as points of a step line, and every dated milestone as a
    mark on the same years; what has no date is named instead."""
    figures = [i for i in items if isinstance(i, Figure) and i.measure == measure]
    events = [i for i in items if isinstance(i, Event)]
    points: list[HistoryPoint] = []
    for figure in sorted((f for f in figures if f.date), key=lambda f: dates.sort_key(f.date)):
        points.append(
            HistoryPoint(
                history_key(figure),
                year_position(figure.date),
                figure.value,
                bool(figure.approx),
                _item_tooltip(figure),
            )
        )
    marks = [
        HistoryMark(history_key(event), year_position(event.date), _item_tooltip(event))
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
        undated=[records.capped(history_title(i), LABEL) for i in undated],
    )


def _figure_sort(item: HistoryItem) -> tuple[int, float]:
    """Figures by value; milestones, which have none, below the smallest."""
    return (1, item.value) if isinstance(item, Figure) else (0, 0.0)


class History(Tab):
    """Newest first, with the chart of a measure over time above the list."""

    key = "history"
    title = QT_TRANSLATE_NOOP("tabs", "History")
    shortcut = "Ctrl+5"
    labels = ((CHART_LABEL, QT_TRANSLATE_NOOP("shortcuts", "History: the figure the chart draws")),)
    link = "history"
    tables = ("events", "figures")
    view = "iomdesk.views.history:HistoryTab"
    sort = (0, True)  # When, newest first
    picture = True
    time_picture = True

    def rows(self) -> list[HistoryItem]:
        return history_rows(self.store)

    def searchable(self, item: HistoryItem) -> str:
        return history_haystack(item)

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("columns", "When"),
                history_date,
                sort=history_sort_key,
                iso=lambda item: item.date,
            ),
            Column(translate("columns", "What"), history_what),
            Column(
                translate("columns", "Figure"),
                history_figure,
                sort=_figure_sort,
                align_right=True,
            ),
            Column(
                translate("columns", "Kind"),
                history_kind,
                sort=lambda item: (isinstance(item, Figure), history_kind(item)),
                enumeration=True,
            ),
        ]

    def details(self, item: HistoryItem) -> str:
        return history_html(self.store, item)

    def row_for(self, table: str, values: dict) -> str | None:
        return f"{table}:{values.get('id')}" if table in self.tables else None

    def row_id(self, item: HistoryItem) -> str:
        return history_key(item)

    def citation(self, item: HistoryItem) -> tuple[str, list[tuple[str, str]]]:
        title, when = history_title(item), history_date(item)
        fact = sentence(f"{title} ({when})" if item.date else title)
        table, _, row_id = history_key(item).partition(":")
        return fact, [(table, row_id)]

    def span(self, item: HistoryItem) -> tuple[int, int] | None:
        return records.date_span(item.date)

    def hit_title(self, item: HistoryItem) -> str:
        return history_title(item)

    def hit_detail(self, item: HistoryItem) -> str:
        return history_date(item)

    def title_fields(self, item: HistoryItem) -> tuple[str, ...]:
        """A figure is named by its measure too: "member states" is the count's own name."""
        if isinstance(item, Event):
            return (item.title,)
        return measure_name(item.measure), figure_title(item)

    def preference(self, item: HistoryItem) -> tuple[int, int, int]:
        """The newest figure first ("member states" is today's count), the oldest milestone
        first ("picmme" is the conference that made it, not its later meetings)."""
        if isinstance(item, Event):
            return dates.sort_key(item.date)
        return dates.newest_first(item.date)
