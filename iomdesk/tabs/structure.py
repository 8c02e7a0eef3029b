"""Structure: the organisation as a tree, from headquarters down to workstreams, and the
field offices; its columns, details, Ctrl+K section and CSV columns (no Qt). The tree itself
is unit_tree.py's."""

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
from iomdesk.rows import Unit
from iomdesk.store import Store
from iomdesk.tabs.base import Column, Tab


def unit_label(unit: Unit) -> str:
    """'Peace and Recovery Division (PRD)': the name, with the acronym unless it says it."""
    if unit.acronym and unit.acronym not in unit.name:
        return f"{unit.name} ({unit.acronym})"
    return unit.name


def kind_text(kind: str) -> str:
    """'regional office' for 'regional-office': the English words search finds."""
    return kind.replace("-", " ")


def unit_location(unit: Unit) -> str:
    """'Geneva, Switzerland'."""
    return ", ".join(part for part in (unit.city, unit.country) if part)


def unit_haystack(unit: Unit) -> str:
    return search.haystack(
        [
            unit.name,
            unit.acronym,
            kind_text(unit.kind),
            records.kind_name(unit.kind),  # the word the reader sees is found as well
            unit.city,
            unit.country,
            unit.description,
        ]
    )


def covered_html(store: Store, unit: Unit) -> tuple[str, list[tuple[str, str]]]:
    """The countries a regional office covers, each a link to its row, by period: the 2024
    set-up's and the earlier one's apart."""
    periods: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    subjects = []
    for coverage in store.coverage_by_unit.get(unit.id, []):
        country = store.country_by_id.get(coverage.country_id)
        if country is None:
            continue
        links = periods.setdefault((coverage.start or "", coverage.end or ""), {})
        name = records.country_name(country)
        # Two pages naming one country count it once; both rows' sources are listed.
        links[country.id] = (search.fold(name), _link(Link(Kind.COUNTRY, country.id), name))
        subjects.append(("coverage", coverage.id))
    blocks = []
    for (start, end), links in sorted(periods.items(), reverse=True):
        span = f"{dates.display(start)}–{dates.display(end)}" if end else dates.display(start)
        if span:
            title = translate("details", "Countries covered ({period}): {count}").format(
                period=span, count=len(links)
            )
        else:  # read on the countries' own pages, which give no date
            title = translate("details", "Countries whose pages name this office: {count}")
            title = title.format(count=len(links))
        names = ", ".join(html for _key, html in sorted(links.values()))
        blocks.append(f"<h3>{_e(title)}</h3><p>{names}</p>")
    return "".join(blocks), subjects


def unit_html(store: Store, unit: Unit) -> str:
    """The unit: its kind, place and path, what it contains, its contacts, its sources."""
    contacts = store.contacts_by_unit.get(unit.id, [])
    children = store.unit_children.get(unit.id, [])
    facts = _facts(
        [
            (translate("details", "Kind"), _e(records.kind_name(unit.kind)) + _status(unit.status)),
            (translate("details", "Acronym"), _e(unit.acronym)),
            (translate("details", "Location"), _e(unit_location(unit))),
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
    covered, covered_subjects = covered_html(store, unit)
    directors = sorted(store.chiefs_by_unit.get(unit.id, []), key=lambda c: c.date, reverse=True)
    heads = "<br>".join(
        _e(
            translate("details", "{name}, {role} (named in post: {date})").format(
                name=c.name, role=c.role, date=dates.display(c.date)
            )
        )
        for c in directors
    )
    subjects = [("units", unit.id)] + [("contacts", c.id) for c in contacts]
    subjects += [("chiefs", c.id) for c in directors] + covered_subjects
    body = (f"<p>{_e(unit.description)}</p>" if unit.description else "") + (
        f"<h3>{translate('details', 'Contacts')}</h3>{contact_html}" if contact_html else ""
    )
    if heads:
        body += f"<h3>{translate('details', 'Heads of the office')}</h3><p>{heads}</p>"
    body += covered
    return _page(store, unit.name, facts, body, subjects)


class Structure(Tab):
    """A tree, not a table: the view keeps each match's ancestors and opens the way to it."""

    key = "structure"
    title = QT_TRANSLATE_NOOP("tabs", "Structure")
    shortcut = "Ctrl+3"
    view = "iomdesk.views.structure:StructureTab"
    link = "unit"
    tables = ("units",)

    def as_of(self) -> str:
        """The tree is drawn as of one structure; its notes can be newer."""
        meta = self.store.meta
        return records.as_of_text(meta, self.key, drawn=meta.get("structure_as_of"))

    def count(self) -> str:
        return translate("tabs", "{count} units").format(count=len(self.store.units))

    def rows(self) -> list[Unit]:
        return self.store.units

    def searchable(self, unit: Unit) -> str:
        """The unit's own text and its contacts': the tree finds a unit by its address."""
        contacts = self.store.contacts_by_unit.get(unit.id, [])
        own = [(c.label, c.email, c.phone, c.address) for c in contacts]
        return "\n".join([unit_haystack(unit), search.haystack(p for c in own for p in c)])

    def title_fields(self, unit: Unit) -> tuple[str, ...]:
        return unit.name, unit.acronym or "", unit_label(unit)

    def columns(self) -> list[Column]:
        return [
            Column(translate("columns", "Unit"), lambda u: records.capped(unit_label(u))),
            Column(
                translate("columns", "Kind"), lambda u: records.kind_name(u.kind), enumeration=True
            ),
            Column(translate("columns", "Location"), lambda u: records.capped(unit_location(u))),
        ]

    def details(self, unit: Unit) -> str:
        return unit_html(self.store, unit)

    def path(self, unit: Unit) -> str:
        """What Ctrl+C copies in the tab: 'International Organization for Migration › …'."""
        return records.unit_path_text(self.store, unit.id)

    def csv_columns(self) -> list[Column]:
        """Every unit shown, with its path, as a flat table."""
        return [
            Column(translate("structure", "Path"), self.path),
            Column(translate("structure", "Unit"), lambda u: u.name),
            Column(translate("structure", "Acronym"), lambda u: u.acronym or ""),
            Column(
                translate("structure", "Kind"),
                lambda u: records.kind_name(u.kind),
                enumeration=True,
            ),
            Column(translate("structure", "City"), lambda u: u.city or ""),
            Column(translate("structure", "Country"), lambda u: u.country or ""),
        ]

    def hit_title(self, unit: Unit) -> str:
        return unit_label(unit)

    def hit_detail(self, unit: Unit) -> str:
        return unit_location(unit)

    def citation(self, unit: Unit) -> tuple[str, list[tuple[str, str]]]:
        above = self.store.unit_path(unit.id)[:-1]
        parts = [records.kind_name(unit.kind), records.PATH_SEPARATOR.join(u.name for u in above)]
        parts.append(unit_location(unit))
        fact = sentence(f"{unit_label(unit)}: " + ", ".join(p for p in parts if p))
        return fact, [("units", unit.id)]

    def acronyms(self, unit: Unit) -> tuple[str, ...]:
        return (search.fold(unit.acronym),) if unit.acronym else ()
