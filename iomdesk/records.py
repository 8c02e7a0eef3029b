"""What several tabs' rows share (no Qt): capped text, dates in cells, a unit's path, the
status line and how current each tab's data is."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from iomdesk import dates, i18n
from iomdesk.database import default_path
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.rows import Country
from iomdesk.store import Store

if TYPE_CHECKING:
    from iomdesk import packs

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


# The posts and the kinds of unit are a closed list in the data (validate.py checks the
# kinds): shown in the interface language, stored and searched in English.
POSTS = (
    QT_TRANSLATE_NOOP("posts", "Director"),
    QT_TRANSLATE_NOOP("posts", "Director General"),
    QT_TRANSLATE_NOOP("posts", "Deputy Director General"),
    QT_TRANSLATE_NOOP("posts", "Deputy Director General for Operations"),
    QT_TRANSLATE_NOOP("posts", "Deputy Director General for Management and Reform"),
    QT_TRANSLATE_NOOP("posts", "Deputy Director General for Management and Reform ad interim"),
)
UNIT_KINDS = {
    "organisation": QT_TRANSLATE_NOOP("kinds", "organisation"),
    "headquarters": QT_TRANSLATE_NOOP("kinds", "headquarters"),
    "group": QT_TRANSLATE_NOOP("kinds", "group"),
    "office": QT_TRANSLATE_NOOP("kinds", "office"),
    "unit": QT_TRANSLATE_NOOP("kinds", "unit"),
    "area": QT_TRANSLATE_NOOP("kinds", "area"),
    "department": QT_TRANSLATE_NOOP("kinds", "department"),
    "division": QT_TRANSLATE_NOOP("kinds", "division"),
    "workstream": QT_TRANSLATE_NOOP("kinds", "workstream"),
    "regional-office": QT_TRANSLATE_NOOP("kinds", "regional office"),
    "sub-regional-office": QT_TRANSLATE_NOOP("kinds", "sub-regional office"),
    "global-office": QT_TRANSLATE_NOOP("kinds", "global office"),
    "copa": QT_TRANSLATE_NOOP("kinds", "COPA"),
    "admin-centre": QT_TRANSLATE_NOOP("kinds", "administrative centre"),
    "country-offices": QT_TRANSLATE_NOOP("kinds", "country offices"),
}


def post_name(post: str) -> str:
    """A post as the interface language names it ('Directeur général'); a post the list
    does not know, as the data writes it."""
    return translate("posts", post) if post in POSTS else post


# A candidate's result, as candidates.csv writes it; each shown in the interface language.
RESULTS = {
    "elected": QT_TRANSLATE_NOOP("results", "elected"),
    "defeated": QT_TRANSLATE_NOOP("results", "defeated"),
    "not elected": QT_TRANSLATE_NOOP("results", "not elected"),
    "eliminated": QT_TRANSLATE_NOOP("results", "eliminated"),
    "withdrew": QT_TRANSLATE_NOOP("results", "withdrew"),
}


def result_name(result: str) -> str:
    """A candidate's result in the interface language ('élu'); an unknown one as written."""
    return translate("results", RESULTS[result]) if result in RESULTS else result


def kind_name(kind: str) -> str:
    """A unit's kind in the interface language ('bureau régional' for 'regional-office')."""
    known = UNIT_KINDS.get(kind)
    return translate("kinds", known) if known else kind.replace("-", " ")


HEADING_LETTERS = 20  # a table heading longer than this is cut at a word, with a tooltip


def elided(text: str, limit: int = HEADING_LETTERS) -> str:
    """The text, or its words that fit in `limit` characters and '…' ('Candidate of Sudan…')."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:(") + "…"


def date_text(iso: str | None, status: str = "confirmed", open_end: str = "") -> str:
    """A date for a table cell: unconfirmed dates say so with 'c.'."""
    if not iso:
        return open_end
    text = dates.display(iso)
    if status == "unconfirmed":
        return translate("records", "c. {date}").format(date=text)
    return text


def date_span(iso: str | None) -> tuple[int, int] | None:
    """The year of a dated row (an election, a milestone, a figure), for year searches."""
    return dates.year_span(iso, iso) if iso else None


PATH_SEPARATOR = " › "


def unit_path_text(store: Store, unit_id: str) -> str:
    """'International Organization for Migration › Headquarters › …' down to the unit."""
    return PATH_SEPARATOR.join(u.name for u in store.unit_path(unit_id))


OLD_AFTER_YEARS = 3  # a contact read in an older source shows "as of 2019"


def as_of_note(when: str | None, today: date | None = None) -> str:
    """'as of 2019' for a contact read in a source older than three years, else nothing."""
    if not when:
        return ""
    today = today or date.today()
    year = dates.parts(when)[0]
    if today.year - year > OLD_AFTER_YEARS or (
        today.year - year == OLD_AFTER_YEARS
        and dates.earliest(when) < date(year, today.month, min(today.day, 28))
    ):
        return translate("records", "as of {year}").format(year=year)
    return ""


def country_name(country: Country) -> str:
    """A country's name in the interface language (English where the data has no other)."""
    language = i18n.language()
    if language == "fr" and country.name_fr:
        return country.name_fr
    if language == "es" and country.name_es:
        return country.name_es
    return country.name


def summary_text(store: Store, counts: list[str]) -> str:
    """The status line once everything is loaded: how much there is (the tabs' counts, '84
    units'), how fresh it is."""
    checked = dates.display(store.meta.get("sources_checked")) or "?"
    return translate("records", "{counts} — sources checked to {date}").format(
        counts=", ".join(c for c in counts if c), date=checked
    )


def data_line(choice: packs.Choice | None) -> str:
    """What the status line adds about the file in use: a pack from the data folder, and the
    first pack passed over with its reason ('… and 2 more'); '' for the shipped data alone."""
    if choice is None:
        return ""
    parts = []
    if choice.from_folder:
        parts.append(
            translate("records", "data {release} from the data folder ({name})").format(
                release=choice.release, name=choice.path.name
            )
        )
    elif choice.release and choice.path != default_path():  # File > Open data file, for now
        parts.append(
            translate("records", "data {release} from {name}").format(
                release=choice.release, name=choice.path.name
            )
        )
    if choice.skipped:
        first = choice.skipped[0]
        line = translate("records", "{name} not used: {reason}").format(
            name=first.path.name, reason=first.reason
        )
        if len(choice.skipped) > 1:
            line += " " + translate("records", "(and {count} more)").format(
                count=len(choice.skipped) - 1
            )
        parts.append(line)
    return "; ".join(parts)


def data_in_use(store: Store, choice: packs.Choice | None) -> str:
    """The status bar's lasting word on which data the window shows: 'data 2026.12.06',
    '… from the data folder', '… from download.sqlite' (opened for now, or --db)."""
    release = store.meta.get("release") or "?"
    if choice is not None and choice.from_folder:
        return translate("records", "data {release} from the data folder").format(release=release)
    if store.path != default_path():
        return translate("records", "data {release} from {name}").format(
            release=release, name=store.path.name
        )
    return translate("records", "data {release}").format(release=release)


def as_of_text(meta: dict[str, str], tab: str, drawn: str | None = None) -> str:
    """'Data as of 2026; sources checked to Nov 2026'. `drawn`: the date a tab's main view
    shows when older than its newest note ('Tree as of Oct 2024 (notes to Jul 2025); …')."""
    checked = dates.display(meta.get("sources_checked")) or "?"
    newest = dates.display(meta.get(f"as_of_{tab}")) or "?"
    if drawn and drawn < meta.get(f"as_of_{tab}", ""):
        return translate(
            "records", "Tree as of {tree} (notes to {newest}); sources checked to {checked}"
        ).format(tree=dates.display(drawn), newest=newest, checked=checked)
    return translate("records", "Data as of {newest}; sources checked to {checked}").format(
        newest=newest, checked=checked
    )
