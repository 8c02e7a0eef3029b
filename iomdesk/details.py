"""The details pane's text for each kind of row, as simple HTML (no Qt here)."""

from __future__ import annotations

from iomdesk import dates, records, tabs
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.links import Kind, Link
from iomdesk.records import LeaderRow
from iomdesk.store import (
    Contact,
    Election,
    Event,
    Figure,
    Source,
    Store,
    Unit,
    source_sort_key,
)
from iomdesk.tabs import Tab

# Words used inside f-strings below, marked here so that pyside6-lupdate finds them.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("details", "Ballots"),
    QT_TRANSLATE_NOOP("details", "Blank"),
    QT_TRANSLATE_NOOP("details", "Candidates"),
    QT_TRANSLATE_NOOP("details", "Contacts"),
    QT_TRANSLATE_NOOP("details", "Data as of:"),
    QT_TRANSLATE_NOOP("details", "Name"),
    QT_TRANSLATE_NOOP("details", "Nationality"),
    QT_TRANSLATE_NOOP("details", "No round-by-round results are published for this election."),
    QT_TRANSLATE_NOOP("details", "Nominated by"),
    QT_TRANSLATE_NOOP("details", "Position then"),
    QT_TRANSLATE_NOOP("details", "Result"),
    QT_TRANSLATE_NOOP("details", "Round"),
    QT_TRANSLATE_NOOP("details", "Rounds"),
    QT_TRANSLATE_NOOP("details", "Sources"),
    QT_TRANSLATE_NOOP("details", "Two-thirds"),
    QT_TRANSLATE_NOOP("details", "derived"),
    QT_TRANSLATE_NOOP("details", "incumbent"),
    QT_TRANSLATE_NOOP("details", "present"),
    QT_TRANSLATE_NOOP("details", "seed document"),
    QT_TRANSLATE_NOOP("details", "unconfirmed"),
)


# What html.escape replaces. The html module loads its table of 2,231 named characters
# when imported, 1.5 ms of every start, for five replacements.
_HTML_SPECIAL = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def escape(text: str) -> str:
    """Text made safe to put in HTML, as html.escape makes it."""
    return text.translate(_HTML_SPECIAL)


def _e(value: object) -> str:
    """A value as HTML text: escaped, and capped so that no one value can freeze the pane."""
    return escape("" if value is None else records.capped(str(value)))


def _link(link: Link, text: str) -> str:
    """An anchor the window follows (links.py says where each kind goes)."""
    return f"<a href='{_e(link.url)}'>{_e(text)}</a>"


def _status(status: str) -> str:
    if status == "unconfirmed":
        return f" <i>({translate('details', 'unconfirmed')})</i>"
    if status == "derived":
        return f" <i>({translate('details', 'derived')})</i>"
    return ""


# The fields a disagreement can be about, as a reader says them (the keys are column names).
FIELD_NAMES = {
    "born": QT_TRANSLATE_NOOP("details", "the year of birth"),
    "died": QT_TRANSLATE_NOOP("details", "the year of death"),
    "start": QT_TRANSLATE_NOOP("details", "the start"),
    "end": QT_TRANSLATE_NOOP("details", "the end"),
    "date": QT_TRANSLATE_NOOP("details", "the date"),
    "role": QT_TRANSLATE_NOOP("details", "the post"),
    "value": QT_TRANSLATE_NOOP("details", "the figure"),
    "member_states": QT_TRANSLATE_NOOP("details", "the member states"),
}


def field_name(field: str) -> str:
    """A disputed column, in the interface language ('start': 'the start'); an unknown one as
    its key with spaces."""
    return (
        translate("details", FIELD_NAMES[field])
        if field in FIELD_NAMES
        else field.replace("_", " ")
    )


def _facts(rows: list[tuple[str, str]]) -> str:
    """A two-column table of label and value (value is already HTML); empty values skipped."""
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{_e(label)}</b></td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing='2'>{cells}</table>" if cells else ""


def source_line(source: Source) -> str:
    parts = [f"<b>{_e(source.id)}</b> {_e(source.title)}"]
    if source.publisher:
        parts.append(_e(source.publisher))
    if source.date:
        parts.append(_e(dates.display(source.date)))
    text = ", ".join(parts)
    if source.kind == "seed":
        text += f" <i>({translate('details', 'seed document')})</i>"
    if source.url:
        text += " " + _link(Link(Kind.WEB, source.url), source.url)
    return text


def sources_html(store: Store, subjects: list[tuple[str, str]]) -> str:
    seen: list[Source] = []
    for table, row_id in subjects:
        for source in store.sources_for(table, row_id):
            if source not in seen:
                seen.append(source)
    if not seen:
        return ""
    seen.sort(key=source_sort_key)
    items = "".join(f"<li>{source_line(s)}</li>" for s in seen)
    return f"<h3>{translate('details', 'Sources')}</h3><ul>{items}</ul>"


def disagreements_html(store: Store, subjects: list[tuple[str, str]]) -> str:
    """Each disputed field with every value and the documents behind it."""
    blocks = []
    for table, row_id in subjects:
        by_field: dict[str, list] = {}
        for conflict in store.conflicts_for(table, row_id):
            by_field.setdefault(conflict.field, []).append(conflict)
        for field, values in by_field.items():
            items = []
            for conflict in values:
                cited = ", ".join(s.id for s in store.sources_for("conflicts", conflict.id))
                note = f" — {_e(conflict.note)}" if conflict.note else ""
                according = translate("details", "{value} according to {sources}").format(
                    value=f"<b>{_e(conflict.value)}</b>", sources=_e(cited)
                )
                items.append(f"<li>{according}{note}</li>")
            blocks.append(
                "<p><b>⚠ "
                + _e(
                    translate("details", "Sources disagree on {field}:").format(
                        field=field_name(field)
                    )
                )
                + "</b></p>"
                f"<ul>{''.join(items)}</ul>"
            )
    return "".join(blocks)


def _page(store: Store, title: str, facts: str, body: str, subjects: list[tuple[str, str]]) -> str:
    """Every details page: a heading, its facts, its text, then disagreements and sources."""
    return (
        f"<h2>{_e(title)}</h2>{facts}{body}"
        + disagreements_html(store, subjects)
        + sources_html(store, subjects)
    )


def leader_html(store: Store, row: LeaderRow) -> str:
    t, p = row.tenure, row.person
    life = " – ".join(x for x in (dates.display(p.born), dates.display(p.died)) if x)
    election = next((e for e in store.elections if e.id == t.election_id), None)
    how = _e(t.how)
    if election:
        label = records.election_title(election)
        how += "<br>" + _link(Link(Kind.ELECTION, election.id), label)
    years = dates.years_between(t.start, t.end)
    bodies = "<br>".join(
        f"{_e(b.name)} ({_e(b.acronym)}, {_e(dates.display(b.start))}–{_e(dates.display(b.end))})"
        for b in row.bodies
    )
    other_posts = [x for x in store.tenures if x.person_id == p.id and x.id != t.id]
    others = "<br>".join(
        f"{_e(x.role)}, {_e(records.date_text(x.start, x.start_status))} – "
        f"{_e(records.date_text(x.end, x.end_status, translate('details', 'present')))}"
        for x in other_posts
    )
    facts = _facts(
        [
            (translate("details", "Post"), _e(t.role)),
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


def rounds_table(store: Store, election: Election) -> str:
    rounds = store.rounds.get(election.id, [])
    if not rounds:
        sentence = translate(
            "details", "No round-by-round results are published for this election."
        )
        return f"<p><i>{sentence}</i></p>"
    candidates = store.candidates.get(election.id, [])
    head = "".join(f"<th>{_e(records.short_name(c.name))}</th>" for c in candidates)
    lines, steps = [], []
    for r in rounds:
        label = records.round_label(r)
        step = translate("details", "{round}: {outcome}").format(
            round=f"<b>{label}</b>{_status(r.status)}", outcome=_e(r.outcome)
        )
        if r.note:
            step += f" <i>{_e(r.note)}</i>"
        steps.append(f"<li>{step}</li>")
        if r.kind == "acclamation":
            continue
        votes = {v.candidate_id: v.votes for v in store.votes.get(r.id, [])}
        needed, how = records.two_thirds(r.ballots, r.needed, list(votes.values()), r.blank)
        cells = "".join(f"<td align='right'>{_e(votes.get(c.id, '—'))}</td>" for c in candidates)
        derived = f" ({translate('details', 'derived')})" if how == "derived" else ""
        threshold = f"{needed}{derived}" if needed else ""
        lines.append(
            f"<tr><td>{label}{'?' if r.status == 'unconfirmed' else ''}</td>{cells}"
            f"<td align='right'>{_e(r.blank)}</td><td align='right'>{_e(r.ballots)}</td>"
            f"<td align='right'>{threshold}</td></tr>"
        )
    table = (
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr><th>{translate('details', 'Round')}</th>{head}"
        f"<th>{translate('details', 'Blank')}</th>"
        f"<th>{translate('details', 'Ballots')}</th>"
        f"<th>{translate('details', 'Two-thirds')}</th></tr>"
        f"{''.join(lines)}</table>"
        if lines
        else ""
    )
    return f"<h3>{translate('details', 'Rounds')}</h3>{table}<ul>{''.join(steps)}</ul>"


def election_html(store: Store, election: Election) -> str:
    candidates = store.candidates.get(election.id, [])
    incumbent = f" <i>({translate('details', 'incumbent')})</i>"
    rows = "".join(
        f"<tr><td>{_e(c.name)}{incumbent if c.incumbent else ''}</td>"
        f"<td>{_e(c.nationality)}</td><td>{_e(c.nominated_by)}</td><td>{_e(c.position)}</td>"
        f"<td>{_e(c.result)}</td></tr>"
        for c in candidates
    )
    candidate_table = (
        f"<h3>{translate('details', 'Candidates')}</h3>"
        "<table border='1' cellspacing='0' cellpadding='3'><tr>"
        f"<th>{translate('details', 'Name')}</th>"
        f"<th>{translate('details', 'Nationality')}</th>"
        f"<th>{translate('details', 'Nominated by')}</th>"
        f"<th>{translate('details', 'Position then')}</th>"
        f"<th>{translate('details', 'Result')}</th></tr>"
        f"{rows}</table>"
        if candidates
        else ""
    )
    facts = _facts(
        [
            (
                translate("details", "Date"),
                _e(dates.display(election.date)) + _status(election.status),
            ),
            (
                translate("details", "Body"),
                _e(", ".join(x for x in (election.body, election.session) if x)),
            ),
            (translate("details", "Venue"), _e(election.venue)),
            (translate("details", "Rule"), _e(election.rule)),
            (translate("details", "Member states"), _e(election.member_states)),
            (translate("details", "Voting states"), _e(election.voting_states)),
            (translate("details", "Outcome"), _e(election.outcome)),
            (translate("details", "Winner"), _e(records.winner_name(store, election))),
            (translate("details", "Took office"), _e(dates.display(election.took_office))),
        ]
    )
    subjects = [("elections", election.id)]
    subjects += [("candidates", c.id) for c in candidates]
    for r in store.rounds.get(election.id, []):
        subjects.append(("rounds", r.id))
        subjects += [("votes", v.id) for v in store.votes.get(r.id, [])]
    body = (
        (f"<p>{_e(election.summary)}</p>" if election.summary else "")
        + candidate_table
        + rounds_table(store, election)
    )
    return _page(store, records.election_title(election), facts, body, subjects)


def contact_links(contact: Contact) -> str:
    parts = []
    if contact.email:
        copy = _link(Link(Kind.COPY, contact.email), translate("details", "copy"))
        parts.append(f"{_link(Link(Kind.MAIL, contact.email), contact.email)} ({copy})")
    for label, value in (
        (translate("details", "Tel."), contact.phone),
        (translate("details", "Fax"), contact.fax),
    ):
        if value:
            parts.append(f"{label} {_e(value)}")
    if contact.address:
        parts.append(_e(contact.address))
    return "<br>".join(parts)


def unit_html(store: Store, unit: Unit) -> str:
    contacts = store.contacts_by_unit.get(unit.id, [])
    children = store.unit_children.get(unit.id, [])
    facts = _facts(
        [
            (translate("details", "Kind"), _e(records.kind_text(unit.kind)) + _status(unit.status)),
            (translate("details", "Acronym"), _e(unit.acronym)),
            (translate("details", "Location"), _e(records.unit_location(unit))),
            (translate("details", "Path"), _e(records.unit_path_text(store, unit.id))),
            (
                translate("details", "Contains"),
                translate("details", "{count} units").format(count=len(children))
                if children
                else "",
            ),
        ]
    )
    contact_html = "".join(f"<p><b>{_e(c.label)}</b><br>{contact_links(c)}</p>" for c in contacts)
    subjects = [("units", unit.id)] + [("contacts", c.id) for c in contacts]
    body = (f"<p>{_e(unit.description)}</p>" if unit.description else "") + (
        f"<h3>{translate('details', 'Contacts')}</h3>{contact_html}" if contact_html else ""
    )
    return _page(store, unit.name, facts, body, subjects)


def contact_html(store: Store, contact: Contact) -> str:
    unit = ""
    if contact.unit_id:  # the unit's path, a link to it in Structure
        path = records.unit_path_text(store, contact.unit_id)
        unit = _link(Link(Kind.UNIT, contact.unit_id), path)
    facts = _facts(
        [
            (translate("details", "Unit"), unit),
            (translate("details", "Contact"), contact_links(contact)),
            (translate("details", "Note"), _e(contact.note) + _status(contact.status)),
        ]
    )
    subjects = [("contacts", contact.id)]
    return _page(store, contact.label, facts, "", subjects)


def event_html(store: Store, event: Event) -> str:
    """A milestone: its date, what happened, its sources."""
    facts = _facts(
        [
            (translate("details", "Date"), _e(records.history_date(event)) + _status(event.status)),
            (translate("details", "Kind"), _e(records.history_kind(event))),
        ]
    )
    body = f"<p>{_e(event.description)}</p>" if event.description else ""
    return _page(store, event.title, facts, body, [("events", event.id)])


def figure_html(store: Store, figure: Figure) -> str:
    """A dated figure: the number, its date, a note, disagreements and sources."""
    facts = _facts(
        [
            (translate("details", "Date"), _e(records.history_date(figure))),
            (translate("details", "Kind"), _e(records.measure_name(figure.measure))),
            (translate("details", "Figure"), _e(records.figure_value(figure))),
            (translate("details", "Note"), _e(figure.note) + _status(figure.status)),
        ]
    )
    subjects = [("figures", figure.id)]
    return _page(store, records.figure_title(figure), facts, "", subjects)


def history_html(store: Store, item: records.HistoryItem) -> str:
    """A row of the History tab: a milestone or a dated figure."""
    return event_html(store, item) if isinstance(item, Event) else figure_html(store, item)


def about_html(store: Store, version: str) -> str:
    meta = store.meta
    cited = store.cited_source_ids()
    sources = "".join(
        f"<li>{source_line(s)}</li>"
        for s in sorted(store.sources.values(), key=source_sort_key)
        if s.id in cited
    )
    rows = [(tabs.title(tab), records.as_of_text(meta, tab)) for tab in Tab]
    rows += [
        (translate("details", "Newest source"), dates.display(meta.get("newest_source"))),
        (translate("details", "Compiled"), dates.display(meta.get("compiled"))),
    ]
    when = (
        "<table>"
        + "".join(f"<tr><td>{_e(label)}</td><td>{_e(text)}</td></tr>" for label, text in rows)
        + "</table>"
    )
    return (
        f"<h2>iomdesk {escape(version)}</h2>"
        "<p>"
        + translate(
            "details",
            "An offline reference about the International Organization for Migration: its "
            "leaders since 1951, how they were elected, its structure, whom to write to, and its "
            "milestones and figures over time.",
        )
        + f"</p><p><b>{translate('details', 'Data as of:')}</b></p>{when}<p>"
        + translate(
            "details",
            "The data is read-only and ships inside the app. Descriptions are our own words; "
            "each fact names the documents it comes from.",
        )
        + f"</p><h3>{translate('details', 'Sources')}</h3><ul>{sources}</ul>"
    )
