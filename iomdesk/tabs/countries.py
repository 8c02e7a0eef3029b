"""Countries: who belongs to IOM, since when, where its office is, whom it reports to and who
heads it; the rows, columns, details, Ctrl+K section and what the map colours (no Qt)."""

from __future__ import annotations

from iomdesk import dates, records, search
from iomdesk.citations import sentence
from iomdesk.details import contact_links
from iomdesk.details import facts as _facts
from iomdesk.details import link as _link
from iomdesk.details import page as _page
from iomdesk.details import status as _status
from iomdesk.details import value_html as _e
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.links import Kind, Link
from iomdesk.records import country_name
from iomdesk.rows import Chief, Contact, Country, Coverage, Membership, Office
from iomdesk.store import Store
from iomdesk.tabs.base import Column, Tab

MEMBER, OBSERVER, NOT_FOUND = "member", "observer", "not found"
STATES = {
    MEMBER: QT_TRANSLATE_NOOP("countries", "Member"),
    OBSERVER: QT_TRANSLATE_NOOP("countries", "Observer"),
    NOT_FOUND: QT_TRANSLATE_NOOP("countries", "Not found in the stored sources"),
}


def other_names(country: Country) -> list[str]:
    """Every other name the row holds: the other languages', then the names people use."""
    shown = country_name(country)
    names = [country.name, country.name_fr, country.name_es]
    names += (country.other_names or "").split(";")
    kept: list[str] = []
    for name in names:
        if name and name != shown and name not in kept:
            kept.append(name)
    return kept


def current_membership(store: Store, country: Country) -> Membership | None:
    """The open period (no end): a member's before an observer's; None when the stored
    sources name neither (never read as "not a member")."""
    periods = [m for m in store.memberships.get(country.id, []) if not m.end]
    periods.sort(key=lambda m: m.kind != MEMBER)
    return periods[0] if periods else None


def state(store: Store, country: Country) -> str:
    membership = current_membership(store, country)
    return membership.kind if membership else NOT_FOUND


def state_text(value: str) -> str:
    return translate("countries", STATES[value])


def since_text(membership: Membership | None) -> str:
    if membership is None:
        return ""
    if not membership.start:
        return translate("countries", "year not found")
    return records.date_text(membership.start, membership.status)


def join_year(store: Store, country: Country) -> int | None:
    """The year the current membership began, where a source gives it."""
    membership = current_membership(store, country)
    if membership and membership.kind == MEMBER and membership.start:
        return dates.parts(membership.start)[0]
    return None


def current_coverage(store: Store, country: Country) -> Coverage | None:
    """The regional office the country reports to in the newest set-up a source gives."""
    rows = store.coverage.get(country.id, [])
    if not rows:
        return None
    return max(rows, key=lambda c: (c.end is None, c.start or "", bool(c.unit_id)))


def regional_office(store: Store, coverage: Coverage | None) -> str:
    if coverage is None:
        return ""
    unit = store.unit_by_id.get(coverage.unit_id or "")
    name = unit.city if unit and unit.city else coverage.office
    if coverage.end:
        return translate("countries", "{office} (to {year})").format(
            office=name, year=dates.display(coverage.end)
        )
    return name


def office(store: Store, country: Country) -> Office | None:
    offices = store.offices.get(country.id, [])
    return offices[0] if offices else None


def latest_chief(store: Store, country: Country) -> Chief | None:
    chiefs = store.chiefs.get(country.id, [])
    return max(chiefs, key=lambda c: c.date) if chiefs else None


def chief_text(chief: Chief | None) -> str:
    if chief is None:
        return ""
    return translate("countries", "{name} ({date})").format(
        name=chief.name, date=dates.display(chief.date)
    )


def coverage_figures(store: Store) -> dict[str, int]:
    """How much the stored sources say: for the README, About and the line above the table."""
    members = [c for c in store.countries if state(store, c) == MEMBER]
    offices = [o for rows in store.offices.values() for o in rows]
    contacts = [c for c in store.contacts if c.country_id]
    latest = [c for c in (latest_chief(store, country) for country in store.countries) if c]
    member_figures = [f for f in store.figures if f.measure == "member_states" and f.date]
    total = max(member_figures, key=lambda f: f.date).value if member_figures else 0
    return {
        "members": len(members),
        "members_total": int(total),
        "join_years": sum(1 for c in members if join_year(store, c) is not None),
        "observers": sum(1 for c in store.countries if state(store, c) == OBSERVER),
        "offices": len(offices),
        "with_address": len({c.country_id for c in contacts if c.address}),
        "with_phone": len({c.country_id for c in contacts if c.phone}),
        "with_email": len({c.country_id for c in contacts if c.email}),
        "chiefs_recent": sum(1 for c in latest if c.date >= "2023"),
        "chiefs_older": sum(1 for c in latest if c.date < "2023"),
    }


def coverage_text(store: Store) -> str:
    """'Members named: 167 of 175 (year of joining for 101); observers: 6; …'."""
    f = coverage_figures(store)
    return translate(
        "countries",
        "Members named: {members} of {total} (year of joining for {years}); observers: "
        "{observers}; offices: {offices}; with an address: {address}, a telephone: {phone}, an "
        "e-mail: {email}; chiefs of mission named in 2023 or later: {recent} (older: {older})",
    ).format(
        members=f["members"],
        total=f["members_total"] or "?",
        years=f["join_years"],
        observers=f["observers"],
        offices=f["offices"],
        address=f["with_address"],
        phone=f["with_phone"],
        email=f["with_email"],
        recent=f["chiefs_recent"],
        older=f["chiefs_older"],
    )


# -- details ---------------------------------------------------------------------------------


def _period_html(membership: Membership) -> str:
    kind = state_text(membership.kind)
    start = records.date_text(membership.start) or translate("countries", "year not found")
    if not membership.start and not membership.end:
        text = translate("countries", "{kind} (the year of joining was not found)").format(
            kind=kind
        )
    elif membership.end:
        text = translate("countries", "{kind} from {start} to {end}").format(
            kind=kind, start=start, end=records.date_text(membership.end)
        )
    else:
        text = translate("countries", "{kind} since {start}").format(kind=kind, start=start)
    html = _e(text) + _status(membership.status)
    where = [
        membership.session
        and translate("countries", "{session} Council").format(session=membership.session),
        membership.resolution,
    ]
    where_text = ", ".join(w for w in where if w)
    if where_text:
        html += " — " + (
            _link(Link(Kind.HISTORY, f"events:{membership.event_id}"), where_text)
            if membership.event_id
            else _e(where_text)
        )
    if membership.note:
        html += f"<br><i>{_e(membership.note)}</i>"
    return html


def _coverage_html(store: Store, coverage: Coverage) -> str:
    name = coverage.office
    text = _link(Link(Kind.UNIT, coverage.unit_id), name) if coverage.unit_id else _e(name)
    start, end = dates.display(coverage.start), dates.display(coverage.end)
    if start or end:
        span = (
            f"{start}–{end}" if end else translate("countries", "from {start}").format(start=start)
        )
        text += f" ({_e(span)})"
    text += _status(coverage.status)
    if coverage.note:
        text += f"<br><i>{_e(coverage.note)}</i>"
    return text


def _contact_html(contact: Contact) -> str:
    return f"<b>{_e(contact.label)}</b><br>{contact_links(contact)}"


def country_html(store: Store, country: Country) -> str:
    memberships = store.memberships.get(country.id, [])
    offices = store.offices.get(country.id, [])
    coverage = sorted(store.coverage.get(country.id, []), key=lambda c: c.start or "")
    chiefs = store.chiefs.get(country.id, [])  # the newest named first
    contacts = store.contacts_by_country.get(country.id, [])
    codes = " / ".join(code for code in (country.iso3, country.iso2) if code)
    membership = "<br>".join(_period_html(m) for m in memberships) or _e(state_text(NOT_FOUND))
    presence = []
    for o in offices:
        parts = [f"<b>{_e(o.name)}</b>"]
        if o.city:
            parts.append(_e(o.city))
        if o.start:
            parts.append(_e(translate("countries", "present since {year}").format(year=o.start)))
        line = ", ".join(parts)
        if o.sub_offices:
            line += "<br>" + _e(
                translate("countries", "Sub-offices: {names}").format(names=o.sub_offices)
            )
        if o.functions:
            line += f"<br>{_e(o.functions)}"
        if o.note:
            line += f"<br><i>{_e(o.note)}</i>"
        presence.append(line + _status(o.status))
    chief_lines = [
        _e(
            translate("countries", "{name}, {role} (named in post: {date})").format(
                name=c.name, role=c.role, date=dates.display(c.date)
            )
        )
        + (f"<br><i>{_e(c.note)}</i>" if c.note else "")
        for c in chiefs
    ]
    table = _facts(
        [
            (translate("details", "Also called"), _e(", ".join(other_names(country)))),
            (translate("details", "ISO 3166"), _e(codes)),
            (translate("details", "Membership"), membership),
            (translate("details", "Presence"), "<br>".join(presence)),
            (
                translate("details", "Reports to"),
                "<br>".join(_coverage_html(store, c) for c in coverage),
            ),
            (translate("details", "Chief of mission"), "<br>".join(chief_lines)),
            (translate("details", "Contacts"), "<br>".join(_contact_html(c) for c in contacts)),
        ]
    )
    subjects = [("countries", country.id)]
    subjects += [("memberships", m.id) for m in memberships]
    subjects += [("offices", o.id) for o in offices]
    subjects += [("coverage", c.id) for c in coverage]
    subjects += [("chiefs", c.id) for c in chiefs]
    subjects += [("contacts", c.id) for c in contacts]
    return _page(store, country_name(country), table, "", subjects)


def country_haystack(store: Store, country: Country) -> str:
    o = office(store, country)
    parts: list[object] = [
        country.name,
        country.name_fr,
        country.name_es,
        (country.other_names or "").replace(";", " "),
        country.iso2,
        country.iso3,
        # With its column's name: "is kuwait a member" asks the Membership column.
        translate("columns", "Membership"),
        state_text(state(store, country)),
    ]
    for membership in store.memberships.get(country.id, []):
        parts += [membership.start, membership.session, membership.resolution]
    for o in store.offices.get(country.id, []):
        parts += [o.name, o.city, o.sub_offices, o.functions]
    for c in store.coverage.get(country.id, []):
        unit = store.unit_by_id.get(c.unit_id or "")
        parts += [c.office, unit.name if unit else "", unit.city if unit else ""]
    parts += [c.name for c in store.chiefs.get(country.id, [])]
    return search.haystack(parts)


COLOUR_LABEL = QT_TRANSLATE_NOOP("tab", "Colo&ur by:")  # its view's field label


class Countries(Tab):
    """Every country a stored source connects to IOM, with the map above the list."""

    key = "countries"
    title = QT_TRANSLATE_NOOP("tabs", "Countries")
    shortcut = "Ctrl+6"
    labels = ((COLOUR_LABEL, QT_TRANSLATE_NOOP("shortcuts", "Countries: what the map colours")),)
    link = "country"
    tables = ("countries", "memberships", "offices", "coverage", "chiefs")
    view = "iomdesk.views.countries:CountriesTab"
    picture = True
    time_picture = True  # View > Show timelines and map (Ctrl+T) hides the map with the others

    def related(self, country: Country) -> list[tuple[str, str]]:
        coverage = current_coverage(self.store, country)
        if coverage is None or not coverage.unit_id:
            return []
        to = Link(Kind.UNIT, coverage.unit_id).url
        return [(translate("countries", "Go to its regional office"), to)]

    def count(self) -> str:
        return translate("tabs", "{count} countries").format(count=len(self.store.countries))

    def coverage(self) -> str:
        return coverage_text(self.store)

    def rows(self) -> list[Country]:
        return self.store.countries

    def searchable(self, country: Country) -> str:
        return country_haystack(self.store, country)

    def columns(self) -> list[Column]:
        store = self.store

        def since(c: Country) -> str | None:
            membership = current_membership(store, c)
            return membership.start if membership else None

        def city(c: Country) -> str:
            o = office(store, c)
            return (o.city or "") if o else ""

        def present(c: Country) -> str:
            o = office(store, c)
            return (o.start or "") if o else ""

        return [
            Column(translate("columns", "Country"), country_name),
            Column(
                translate("columns", "Membership"),
                lambda c: state_text(state(store, c)),
                enumeration=True,
            ),
            Column(
                translate("columns", "Since"),
                lambda c: since_text(current_membership(store, c)),
                lambda c: dates.sort_key(since(c)),
                iso=since,
            ),
            Column(
                translate("columns", "Regional office"),
                lambda c: regional_office(store, current_coverage(store, c)),
            ),
            Column(translate("columns", "Office"), city),
            Column(translate("columns", "Present since"), present, align_right=True),
            Column(
                translate("columns", "Chief of mission"),
                lambda c: chief_text(latest_chief(store, c)),
            ),
        ]

    def row_for(self, table: str, values: dict) -> str | None:
        """A membership's, an office's, a coverage's or a chief's row: its country's."""
        if table in self.tables[1:]:
            country = values.get("country_id")
            return str(country) if country else None
        return super().row_for(table, values)

    def details(self, country: Country) -> str:
        return country_html(self.store, country)

    def citation(self, country: Country) -> tuple[str, list[tuple[str, str]]]:
        membership = current_membership(self.store, country)
        if membership is None:  # the sources cited are the country's own, not a status's
            fact = translate(
                "countries", "{country}: its IOM membership is not found in the stored sources."
            ).format(country=country_name(country))
        else:
            detail = self.hit_detail(country).split(" · ")[0]  # not the office's city
            fact = sentence(f"{country_name(country)}: {detail}")
        return fact, [("countries", country.id)] + (
            [("memberships", membership.id)] if membership else []
        )

    def hit_title(self, country: Country) -> str:
        return country_name(country)

    def hit_detail(self, country: Country) -> str:
        membership = current_membership(self.store, country)
        text = state_text(state(self.store, country))
        if membership and membership.start:
            text += " " + translate("countries", "since {date}").format(
                date=dates.display(membership.start)
            )
        o = office(self.store, country)
        return f"{text} · {o.city}" if o and o.city else text

    def acronyms(self, country: Country) -> tuple[str, ...]:
        return tuple(search.fold(code) for code in (country.iso3, country.iso2) if code)


# -- what the map colours ------------------------------------------------------------------------

COLOURINGS = {
    "membership": QT_TRANSLATE_NOOP("countries", "Membership"),
    "decade": QT_TRANSLATE_NOOP("countries", "Decade of joining"),
    "office": QT_TRANSLATE_NOOP("countries", "Regional office"),
}


def map_groups(store: Store, colouring: str) -> tuple[list[str], dict[str, int]]:
    """The legend's labels, in order, and each country's place among them; a country left out
    is drawn as "not found in the stored sources"."""
    places: dict[str, str] = {}
    for country in store.countries:
        value = state(store, country)
        if colouring == "membership":
            label = state_text(value) if value != NOT_FOUND else ""
        elif colouring == "decade":
            year = join_year(store, country)
            if value != MEMBER:
                label = ""
            elif year is None:
                label = translate("countries", "member, year not found")
            else:
                label = translate("countries", "{decade}s").format(decade=year // 10 * 10)
        else:
            label = regional_office(store, current_coverage(store, country))
        if label:
            places[country.id] = label
    if colouring == "membership":
        labels = [state_text(MEMBER), state_text(OBSERVER)]
    else:
        labels = sorted(set(places.values()), key=lambda text: (not text[:1].isdigit(), text))
    labels = [label for label in labels if label in places.values()]
    return labels, {key: labels.index(label) for key, label in places.items()}
