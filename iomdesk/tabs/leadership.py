"""Leadership: everyone who led the organisation and its predecessors since 1951, and the
deputies; its rows, columns, details, Ctrl+K section and timeline (no Qt)."""

# No `from __future__ import annotations` here: see store.py (NamedTuple fields).

from datetime import date
from typing import NamedTuple

from iomdesk import dates, records, search
from iomdesk.details import facts as _facts
from iomdesk.details import link as _link
from iomdesk.details import page as _page
from iomdesk.details import status as _status
from iomdesk.details import value_html as _e
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.links import Kind, Link
from iomdesk.pictures import LABEL, year_position
from iomdesk.records import date_text
from iomdesk.rows import Body, Person, Tenure
from iomdesk.store import Store
from iomdesk.tabs.base import Column, Tab
from iomdesk.tabs.elections import election_title


class LeaderRow(NamedTuple):
    """One person in one post (a head of the organisation or a deputy)."""

    tenure: Tenure
    person: Person
    bodies: tuple[Body, ...]

    @property
    def current(self) -> bool:
        return self.tenure.end is None

    @property
    def is_current_head(self) -> bool:
        return self.current and self.tenure.kind == "head"


def bodies_during(
    spans: list[tuple[Body, tuple[int, int]]], start: str | None, end: str | None
) -> tuple[Body, ...]:
    """The organisation's names in force in some year of a tenure (year precision)."""
    if not start:
        return ()
    first, last = dates.year_span(start, end)
    return tuple(body for body, (since, until) in spans if since <= last and until >= first)


def tenure_span(row: LeaderRow) -> tuple[int, int] | None:
    """The years a post was held, for year searches (None when its start is unknown)."""
    t = row.tenure
    return dates.year_span(t.start, t.end) if t.start else None


def leader_rows(store: Store) -> list[LeaderRow]:
    """Every post held, with the person and the organisation's names of the time."""
    spans = [(body, dates.year_span(body.start, body.end)) for body in store.bodies]
    rows = []
    for tenure in store.tenures:
        person = store.people[tenure.person_id]
        rows.append(LeaderRow(tenure, person, bodies_during(spans, tenure.start, tenure.end)))
    return rows


def leader_haystack(row: LeaderRow) -> str:
    t, p = row.tenure, row.person
    return search.haystack(
        [
            p.name,
            p.full_name,
            t.role,
            records.post_name(t.role),  # the post as the reader sees it is found as well
            p.nationality,
            dates.display(t.start),
            dates.display(t.end),
            "current" if row.current else "",
            " ".join(b.acronym for b in row.bodies),
            t.how,
            t.note,
            p.summary,
        ]
    )


def post_line(row: LeaderRow) -> str:
    """'Director General, 1 Oct 2023–': the post and its dates on one line."""
    t = row.tenure
    post = records.post_name(t.role)
    return f"{post}, {date_text(t.start, t.start_status)}–{date_text(t.end, t.end_status)}"


def leader_html(store: Store, row: LeaderRow) -> str:
    """The person in the post: dates, how they came to office, other posts, sources."""
    t, p = row.tenure, row.person
    life = " – ".join(x for x in (dates.display(p.born), dates.display(p.died)) if x)
    election = next((e for e in store.elections if e.id == t.election_id), None)
    how = _e(t.how)
    if election:
        label = election_title(election)
        link = _link(Link(Kind.ELECTION, election.id), label)
        how = f"{how}<br>{link}" if how else link  # no blank line where the way is unknown
    years = dates.years_between(t.start, t.end)
    bodies = "<br>".join(
        f"{_e(b.name)} ({_e(b.acronym)}, {_e(dates.display(b.start))}–{_e(dates.display(b.end))})"
        for b in row.bodies
    )
    other_posts = [x for x in store.tenures if x.person_id == p.id and x.id != t.id]
    others = "<br>".join(
        f"{_e(records.post_name(x.role))}, {_e(records.date_text(x.start, x.start_status))} – "
        f"{_e(records.date_text(x.end, x.end_status, translate('details', 'present')))}"
        for x in other_posts
    )
    facts = _facts(
        [
            (translate("details", "Post"), _e(records.post_name(t.role))),
            (translate("details", "Nationality"), _e(p.nationality)),
            (translate("details", "From"), _e(dates.display(t.start)) + _status(t.start_status)),
            (
                translate("details", "To"),
                (_e(dates.display(t.end)) or translate("details", "present (in office)"))
                + _status(t.end_status),
            ),
            (translate("details", "Years in office"), f"{years:.1f}" if years is not None else ""),
            (translate("details", "Terms"), _e(t.terms)),
            (translate("details", "Came to office"), how),
            (translate("details", "Organisation then"), bodies),
            (translate("details", "Also served as"), others),
            (translate("details", "Full name"), _e(p.full_name) if p.full_name != p.name else ""),
            (translate("details", "Life"), _e(life)),
        ]
    )
    subjects = [("tenures", t.id), ("people", p.id)]
    body = (f"<p>{_e(p.summary)}</p>" if p.summary else "") + (
        f"<p><i>{_e(t.note)}</i></p>" if t.note else ""
    )
    return _page(store, p.name, facts, body, subjects)


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
    return records.capped(f"{row.person.name}\n{records.post_name(t.role)}\n{start} – {end}")


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


def _years(row: LeaderRow) -> float:
    years = dates.years_between(row.tenure.start, row.tenure.end)
    return -1.0 if years is None else years


class Leadership(Tab):
    """Leaders in order of time; the current Director General in bold, and current at start."""

    key = "leadership"
    title = QT_TRANSLATE_NOOP("tabs", "Leadership")
    shortcut = "Ctrl+1"
    view = "iomdesk.views.leadership:LeadershipTab"
    sort = (3, False)  # From, oldest first
    link = "tenure"
    also_links = ("person",)  # iomdesk:person/pope: their latest post
    tables = ("tenures", "people")
    picture = True
    time_picture = True

    def related(self, row: LeaderRow) -> list[tuple[str, str]]:
        if not row.tenure.election_id:
            return []
        to = Link(Kind.ELECTION, row.tenure.election_id).url
        return [(translate("tabs", "Go to the election"), to)]

    def row_id_for(self, kind: str, target: str) -> str | None:
        if kind != "person":
            return target
        posts = [t for t in self.store.tenures if t.person_id == target]
        latest = max(posts, key=lambda t: (t.start or "", t.id), default=None)
        return latest.id if latest else None

    def citation(self, row: LeaderRow) -> tuple[str, list[tuple[str, str]]]:
        tenure = row.tenure
        organisation = " " + translate("citation", "and") + " "
        organisation = organisation.join(body.acronym for body in row.bodies) or "IOM"
        start = date_text(tenure.start, tenure.start_status)
        end = date_text(tenure.end, tenure.end_status)
        if row.current and start:
            said = translate("citation", "{name} has been {role} of {organisation} since {start}.")
        elif start and end:
            said = translate(
                "citation", "{name} was {role} of {organisation} from {start} to {end}."
            )
        else:
            return super().citation(row)
        fact = said.format(
            name=row.person.name, role=tenure.role, organisation=organisation, start=start, end=end
        )
        return fact, [("tenures", tenure.id), ("people", row.person.id)]

    def count(self) -> str:
        return translate("tabs", "{count} posts held").format(count=len(self.store.tenures))

    def rows(self) -> list[LeaderRow]:
        return leader_rows(self.store)

    def searchable(self, row: LeaderRow) -> str:
        return leader_haystack(row)

    def columns(self) -> list[Column]:
        present = translate("columns", "present")
        return [
            Column(translate("columns", "Name"), lambda r: r.person.name),
            Column(
                translate("columns", "Role"),
                lambda r: records.post_name(r.tenure.role),
                sort=lambda r: (r.tenure.kind != "head", r.tenure.role),
                enumeration=True,
            ),
            Column(translate("columns", "Nationality"), lambda r: r.person.nationality or ""),
            Column(
                translate("columns", "From"),
                lambda r: date_text(r.tenure.start, r.tenure.start_status),
                sort=lambda r: dates.sort_key(r.tenure.start),
                iso=lambda r: r.tenure.start,
            ),
            Column(
                translate("columns", "To"),
                lambda r: date_text(r.tenure.end, r.tenure.end_status, present),
                sort=lambda r: dates.sort_key(r.tenure.end),
                iso=lambda r: r.tenure.end,
            ),
            Column(
                translate("columns", "Years"),
                lambda r: f"{_years(r):.1f}" if _years(r) >= 0 else "",
                sort=_years,
                align_right=True,
            ),
            Column(
                translate("columns", "Organisation"),
                lambda r: ", ".join(b.acronym for b in r.bodies),
            ),
        ]

    def details(self, row: LeaderRow) -> str:
        return leader_html(self.store, row)

    def row_id(self, row: LeaderRow) -> str:
        return row.tenure.id

    def row_for(self, table: str, values: dict) -> str | None:
        """A person's row: their first post."""
        if table == "people":
            held = [t.id for t in self.store.tenures if t.person_id == values.get("id")]
            return held[0] if held else None
        return super().row_for(table, values)

    def span(self, row: LeaderRow) -> tuple[int, int] | None:
        return tenure_span(row)

    def emphasis(self, row: LeaderRow) -> bool:
        return row.is_current_head

    def starts_on(self, row: LeaderRow) -> bool:
        return row.is_current_head

    def hit_title(self, row: LeaderRow) -> str:
        return row.person.name

    def hit_detail(self, row: LeaderRow) -> str:
        return post_line(row)

    def title_fields(self, row: LeaderRow) -> tuple[str, str]:
        return row.person.name, row.tenure.role

    def preference(self, row: LeaderRow) -> tuple:
        """A post's current holder first, a head before a deputy, then the newest."""
        return not row.current, row.tenure.kind != "head", dates.newest_first(row.tenure.start)
