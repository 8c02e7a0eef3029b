"""What every tab's details pane shares, as simple HTML (no Qt here): escaping, links, a facts
table, the page's frame, and each fact's sources and disagreements. Each tab's own page is in
its module under tabs/."""

from __future__ import annotations

import re

from iomdesk import dates, records
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.links import Kind, Link
from iomdesk.rows import Contact, Source
from iomdesk.store import Store, source_sort_key

# Words used inside f-strings below, marked here so that pyside6-lupdate finds them.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("details", "Ballots"),
    QT_TRANSLATE_NOOP("details", "Blank"),
    QT_TRANSLATE_NOOP("details", "Candidates"),
    QT_TRANSLATE_NOOP("details", "Contacts"),
    QT_TRANSLATE_NOOP("details", "Data as of:"),
    QT_TRANSLATE_NOOP("details", "Name"),
    QT_TRANSLATE_NOOP("details", "Nationality"),
    QT_TRANSLATE_NOOP("details", "No round-by-round results were found in the sources."),
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


def value_html(value: object) -> str:
    """A value as HTML text: escaped, and capped so that no one value can freeze the pane."""
    return escape("" if value is None else records.capped(str(value)))


def link(target: Link, text: str) -> str:
    """An anchor the window follows (links.py says where each kind goes)."""
    return f"<a href='{value_html(target.url)}'>{value_html(text)}</a>"


def status(value: str) -> str:
    """' (unconfirmed)' or ' (derived)' after a fact that is; nothing after a confirmed one."""
    if value == "unconfirmed":
        return f" <i>({translate('details', 'unconfirmed')})</i>"
    if value == "derived":
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


def facts(rows: list[tuple[str, str]]) -> str:
    """A two-column table of label and value (value is already HTML); empty values skipped."""
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{value_html(label)}</b></td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing='2'>{cells}</table>" if cells else ""


def source_line(source: Source) -> str:
    parts = [f"<b>{value_html(source.id)}</b> {value_html(source.title)}"]
    if source.publisher:
        parts.append(value_html(source.publisher))
    if source.date:
        parts.append(value_html(dates.display(source.date)))
    text = ", ".join(parts)
    if source.kind == "seed":
        text += f" <i>({translate('details', 'seed document')})</i>"
    if source.url:
        text += " " + link(Link(Kind.WEB, source.url), source.url)
    return text


FIELD_WORDS = {"email": "e-mail", "iso2": "ISO 3166 alpha-2", "iso3": "ISO 3166 alpha-3"}


def field_word(field: str) -> str:
    """A column as a reader calls it: 'e-mail', 'parent id'."""
    return FIELD_WORDS.get(field, field.replace("_", " "))


def changed_html(store: Store, subjects: list[tuple[str, str]]) -> str:
    """The details' line for a row changed since the shipped data: 'Changed in 2027.01.15:
    e-mail', or 'New in 2027.01.15'; '' for the rest, and always with the shipped data."""
    if not store.changed:
        return ""
    added, fields = False, []
    for subject in subjects:
        change = store.changed.get(subject)
        if change is None:
            continue
        if change.kind == "added" and subject == subjects[0]:
            added = True
        words = [field_word(f.field) for f in change.fields] or [field_word(subject[0])]
        fields += [word for word in words if word not in fields]
    if added:
        text = translate("data", "New in {release}").format(release=store.changed_in)
    elif fields:
        text = translate("data", "Changed in {release}: {fields}").format(
            release=store.changed_in, fields=", ".join(fields)
        )
    else:
        return ""
    return f"<p><i>{escape(text)}</i></p>"


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
                note = f" — {value_html(conflict.note)}" if conflict.note else ""
                according = translate("details", "{value} according to {sources}").format(
                    value=f"<b>{value_html(conflict.value)}</b>", sources=value_html(cited)
                )
                items.append(f"<li>{according}{note}</li>")
            blocks.append(
                "<p><b>⚠ "
                + value_html(
                    translate("details", "Sources disagree on {field}:").format(
                        field=field_name(field)
                    )
                )
                + "</b></p>"
                f"<ul>{''.join(items)}</ul>"
            )
    return "".join(blocks)


def page(
    store: Store, title: str, facts_html: str, body: str, subjects: list[tuple[str, str]]
) -> str:
    """Every details page: a heading, its facts, its text, then disagreements and sources of
    the rows it is about (subjects: (table, id) pairs)."""
    return (
        f"<h2>{value_html(title)}</h2>{facts_html}"
        + changed_html(store, subjects)
        + body
        + disagreements_html(store, subjects)
        + sources_html(store, subjects)
    )


def printable(html: str) -> str:
    """A details page for paper (Print, Export details as PDF): a link is only its text;
    a web address its text does not show becomes a numbered footnote; the 'copy' links go."""
    notes: list[str] = []

    def replace(match: re.Match) -> str:
        target, text = unescape_attribute(match.group(1)), match.group(2)
        link_ = Link.parse(target)
        if link_ is None or link_.kind is Kind.COPY:
            return ""
        if link_.kind is not Kind.WEB or escape(target) == text:
            return text
        if target not in notes:
            notes.append(target)
        return f"{text}<sup>[{notes.index(target) + 1}]</sup>"

    body = re.sub(r"<a href='([^']*)'>(.*?)</a>", replace, html, flags=re.S)
    if not notes:
        return body
    items = "".join(f"<li>{escape(note)}</li>" for note in notes)
    return f"{body}<hr><h4>{translate('details', 'Notes')}</h4><ol>{items}</ol>"


def unescape_attribute(text: str) -> str:
    """What escape() made of an attribute's text, back as it was."""
    for plain, written in (("'", "&#x27;"), ('"', "&quot;"), (">", "&gt;"), ("<", "&lt;")):
        text = text.replace(written, plain)
    return text.replace("&amp;", "&")


def copy_link(text: str) -> str:
    return link(Link(Kind.COPY, text), translate("details", "copy"))


def contact_links(contact: Contact) -> str:
    """A contact's address (to write to, or copy), telephone, fax and postal address: in
    Contacts' page and under each unit in Structure's."""
    parts = []
    if contact.email:
        mail = link(Link(Kind.MAIL, contact.email), contact.email)
        parts.append(f"{mail} ({copy_link(contact.email)})")
    for label, value in (
        (translate("details", "Tel."), contact.phone),
        (translate("details", "Fax"), contact.fax),
    ):
        if value:
            parts.append(f"{label} {value_html(value)} ({copy_link(value)})")
    if contact.address:
        parts.append(f"{value_html(contact.address)} ({copy_link(contact.address)})")
    old = records.as_of_note(contact.date)
    if old and parts:  # read in a source older than three years: the reader weighs it
        parts[-1] += f" <i>({value_html(old)})</i>"
    return "<br>".join(parts)


def about_html(
    store: Store,
    version: str,
    as_of: list[tuple[str, str]],
    coverage: list[tuple[str, str]] = (),
) -> str:
    """Help > About: what iomdesk is, how current each tab's data is (as_of: title and line,
    in the tabs' order), how much the sources name where that is partial (coverage: title and
    line), and every source cited."""
    meta = store.meta
    cited = store.cited_source_ids()
    sources = "".join(
        f"<li>{source_line(s)}</li>"
        for s in sorted(store.sources.values(), key=source_sort_key)
        if s.id in cited
    )
    rows = [
        *as_of,
        (translate("details", "Newest source"), dates.display(meta.get("newest_source"))),
        (translate("details", "Compiled"), dates.display(meta.get("compiled"))),
    ]
    when = (
        "<table>"
        + "".join(
            f"<tr><td>{value_html(label)}</td><td>{value_html(text)}</td></tr>"
            for label, text in rows
        )
        + "</table>"
    )
    return (
        f"<h2>iomdesk {escape(version)}</h2>"
        "<p>"
        + translate(
            "details",
            "An offline reference about the International Organization for Migration: its "
            "leaders since 1951, how they were elected, its structure, whom to write to, its "
            "milestones and figures over time, and the countries: which belong, and where IOM "
            "has an office in each.",
        )
        + f"</p><p><b>{translate('details', 'Data as of:')}</b></p>{when}"
        + "".join(
            f"<p><b>{value_html(title)}:</b> {value_html(text)}</p>" for title, text in coverage
        )
        + "<p>"
        + translate(
            "details",
            "The data is read-only and ships inside the app. Descriptions are our own words; "
            "each fact names the documents it comes from.",
        )
        + f"</p><h3>{translate('details', 'Sources')}</h3><ul>{sources}</ul>"
    )
