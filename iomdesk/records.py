"""What each tab lists, as plain rows with their searchable text (no Qt here)."""

from __future__ import annotations

from typing import NamedTuple

from iomdesk import dates, i18n, search
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.store import (
    Body,
    Contact,
    Election,
    Event,
    Figure,
    Person,
    Round,
    Store,
    Tenure,
    Unit,
)

LONGEST_SHOWN = 3000  # characters of one value in a cell, a tooltip or the details pane


def capped(text: str, limit: int = LONGEST_SHOWN) -> str:
    """The text, or its first characters and '… (N characters)'.

    Laying out text costs time in its length; one five-megabyte value would freeze the view
    that shows it. Searching and exporting still use the whole text.
    """
    if len(text) <= limit:
        return text
    more = translate("records", "({count} characters)").format(count=len(text))
    return f"{text[:limit]}… {more}"


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


def date_text(iso: str | None, status: str = "confirmed", open_end: str = "") -> str:
    """A date for a table cell: unconfirmed dates say so with 'c.'."""
    if not iso:
        return open_end
    text = dates.display(iso)
    if status == "unconfirmed":
        return translate("records", "c. {date}").format(date=text)
    return text


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


def date_span(iso: str | None) -> tuple[int, int] | None:
    """The year of a dated row (an election, a milestone, a figure), for year searches."""
    return dates.year_span(iso, iso) if iso else None


def leader_rows(store: Store) -> list[LeaderRow]:
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
    return f"{t.role}, {date_text(t.start, t.start_status)}–{date_text(t.end, t.end_status)}"


def election_title(election: Election) -> str:
    """'Director General election, 15 May 2023'."""
    when = dates.display(election.date) or translate("records", "date unknown")
    return translate("records", "{post} election, {date}").format(post=election.post, date=when)


def winner_name(store: Store, election: Election) -> str:
    person = store.people.get(election.winner_id or "")
    return person.name if person else ""


def rounds_text(store: Store, election: Election) -> str:
    rounds = store.rounds.get(election.id, [])
    ballots = sum(1 for r in rounds if r.kind == "ballot")
    acclaimed = any(r.kind == "acclamation" for r in rounds)
    if ballots and acclaimed:
        return translate("records", "{count} + acclamation").format(count=ballots)
    if acclaimed:
        return translate("records", "acclamation")
    return str(ballots) if ballots else ""


def round_label(round_: Round) -> str:
    if round_.kind == "acclamation":
        return translate("records", "Acclamation")
    return translate("records", "Round {number}").format(number=round_.number)


def candidate_names(store: Store, election: Election) -> str:
    return ", ".join(c.name for c in store.candidates.get(election.id, []))


def election_haystack(store: Store, election: Election) -> str:
    parts: list[object] = [
        election.date,
        dates.display(election.date),
        election.post,
        election.body,
        election.session,
        election.venue,
        winner_name(store, election),
        election.outcome,
        election.summary,
    ]
    for c in store.candidates.get(election.id, []):
        parts += [c.name, c.nationality, c.nominated_by, c.position, c.result]
    return search.haystack(parts)


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


def unit_label(unit: Unit) -> str:
    """'Peace and Recovery Division (PRD)': the name, with the acronym unless it says it."""
    if unit.acronym and unit.acronym not in unit.name:
        return f"{unit.name} ({unit.acronym})"
    return unit.name


def kind_text(kind: str) -> str:
    """'regional office' for 'regional-office' (the kinds are data: they stay in English)."""
    return kind.replace("-", " ")


PATH_SEPARATOR = " › "


def unit_path_text(store: Store, unit_id: str) -> str:
    """'International Organization for Migration › Headquarters › …' down to the unit."""
    return PATH_SEPARATOR.join(u.name for u in store.unit_path(unit_id))


def unit_location(unit: Unit) -> str:
    return ", ".join(part for part in (unit.city, unit.country) if part)


def unit_haystack(unit: Unit) -> str:
    return search.haystack(
        [
            unit.name,
            unit.acronym,
            kind_text(unit.kind),
            unit.city,
            unit.country,
            unit.description,
        ]
    )


def contact_haystack(store: Store, contact: Contact) -> str:
    unit = store.unit_by_id.get(contact.unit_id or "")
    return search.haystack(
        [
            contact.label,
            unit.name if unit else "",
            unit.acronym if unit else "",
            contact.email,
            contact.phone,
            contact.fax,
            contact.address,
            contact.note,
        ]
    )


def two_thirds(ballots: int | None, needed: int | None, votes: list[int], blank: int | None):
    """The votes a candidate needed: (number, 'stated' or 'derived'), or (None, '') if unknown.

    Derived as two-thirds of the ballots cast (or of the votes plus blanks) rounded up,
    which is how the Council counts; a source's own figure always wins.
    """
    if needed:
        return needed, "stated"
    total = ballots or (sum(votes) + (blank or 0) if votes else 0)
    if not total:
        return None, ""
    return -(-2 * total // 3), "derived"


def short_name(name: str) -> str:
    """A surname for a narrow label: 'Amy E. Pope' -> 'Pope'; suffixes like 'Jr.' dropped."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in ("jr", "sr")]
    return words[-1] if words else name


def named_address(name: str, email: str) -> str:
    """'Name <address>' as Python's email package writes it: the name quoted (and its quotes
    and backslashes escaped) only where mail syntax needs it; always quoted if the package
    cannot parse the address."""
    from email.headerregistry import Address  # 15 ms to import: only when copying

    try:
        return str(Address(display_name=name, addr_spec=email))
    except (ValueError, IndexError):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{email}>'


def summary_text(store: Store) -> str:
    """The status line once everything is loaded: how much there is, how fresh it is."""
    return translate(
        "records",
        "{posts} posts held, {elections} elections, {units} units, {contacts} contacts"
        " — sources checked to {date}",
    ).format(
        posts=len(store.tenures),
        elections=len(store.elections),
        units=len(store.units),
        contacts=len(store.contacts),
        date=dates.display(store.meta.get("sources_checked")) or "?",
    )


def as_of_text(meta: dict[str, str], tab: str) -> str:
    """'Structure as of Oct 2024 (notes to Jul 2025); sources checked to Nov 2026'."""
    checked = dates.display(meta.get("sources_checked")) or "?"
    newest = dates.display(meta.get(f"as_of_{tab}")) or "?"
    tree = meta.get("structure_as_of")
    if tab == "structure" and tree and tree < meta.get("as_of_structure", ""):
        return translate(
            "records", "Tree as of {tree} (notes to {newest}); sources checked to {checked}"
        ).format(tree=dates.display(tree), newest=newest, checked=checked)
    return translate("records", "Data as of {newest}; sources checked to {checked}").format(
        newest=newest, checked=checked
    )
