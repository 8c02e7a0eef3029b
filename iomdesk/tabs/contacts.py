"""Contacts: whom to write to; its rows, columns, details, Ctrl+K section and vCard exports
(no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import NamedTuple

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
from iomdesk.rows import Contact, Unit
from iomdesk.store import Store
from iomdesk.tabs.base import Column, FileExport, Tab


def contact_place(store: Store, contact: Contact) -> str:
    """Where the contact is: its country (an office's), else its unit's city and country."""
    country = store.country_by_id.get(contact.country_id or "")
    if country is not None:
        return records.country_name(country)
    unit = store.unit_by_id.get(contact.unit_id or "")
    return ", ".join(part for part in (unit.city, unit.country) if part) if unit else ""


def contact_haystack(store: Store, contact: Contact) -> str:
    unit = store.unit_by_id.get(contact.unit_id or "")
    country = store.country_by_id.get(contact.country_id or "")
    names: list[object] = []
    if country is not None:  # every name of its country, and the regional office over it
        names += [country.name, country.name_fr, country.name_es, country.other_names]
        names += [country.iso3, country.iso2]
        for coverage in store.coverage.get(country.id, []):
            office = store.unit_by_id.get(coverage.unit_id or "")
            names += [coverage.office, office.city if office else ""]
    # The units above its own: "DHRR" finds its divisions' addresses too.
    above = store.unit_path(unit.id)[:-1] if unit else []
    return search.haystack(
        [
            contact.label,
            *names,
            unit.name if unit else "",
            unit.acronym if unit else "",
            unit.city if unit else "",
            unit.country if unit else "",
            *(part for u in above for part in (u.name, u.acronym)),
            contact.email,
            contact.phone,
            contact.fax,
            contact.address,
            contact.note,
        ]
    )


# Past this many contacts shown the share is not worth a pass at each keystroke.
SHARE_LIMIT = 2_000


class UnitShare(NamedTuple):
    """Of the contacts a search shows, how many are a unit's own and how many sit under it."""

    unit: Unit
    own: int
    under: int


def unit_share(
    store: Store, contacts: Sequence[Contact], units: Sequence[Unit]
) -> UnitShare | None:
    """Of the units a search names, the one most of the contacts shown belong to or sit
    under, when some sit under it: "1 for DHRR and 4 under it"."""
    if not units or not contacts or len(contacts) > SHARE_LIMIT:
        return None
    named = {u.id: u for u in units}
    own: dict[str, int] = dict.fromkeys(named, 0)
    under: dict[str, int] = dict.fromkeys(named, 0)
    for contact in contacts:
        if not contact.unit_id:
            continue
        *above, itself = store.unit_path(contact.unit_id) or [None]
        if itself is not None and itself.id in own:
            own[itself.id] += 1
        for unit in above:
            if unit.id in under:
                under[unit.id] += 1
    # The unit with the most contacts shown; of equals, the highest (the first in the data).
    best = max(named, key=lambda i: own[i] + under[i])
    return UnitShare(named[best], own[best], under[best]) if under[best] else None


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


def contact_html(store: Store, contact: Contact) -> str:
    """The contact: its unit (a link to it in Structure), its address, a note, its sources."""
    unit = ""
    if contact.unit_id:  # the unit's path, a link to it in Structure
        path = records.unit_path_text(store, contact.unit_id)
        unit = _link(Link(Kind.UNIT, contact.unit_id), path)
    country = store.country_by_id.get(contact.country_id or "")
    where = _link(Link(Kind.COUNTRY, country.id), records.country_name(country)) if country else ""
    read = dates.display(contact.date)
    facts = _facts(
        [
            (translate("details", "Unit"), unit),
            (translate("details", "Country"), where),
            (translate("details", "Source dated"), _e(read)),
            (translate("details", "Contact"), contact_links(contact)),
            (translate("details", "Note"), _e(contact.note) + _status(contact.status)),
        ]
    )
    subjects = [("contacts", contact.id)]
    return _page(store, contact.label, facts, "", subjects)


class Contacts(Tab):
    """Addresses to copy in one keystroke, or to write to; File > Export writes vCards."""

    key = "contacts"
    title = QT_TRANSLATE_NOOP("tabs", "Contacts")
    shortcut = "Ctrl+4"
    view = "iomdesk.views.contacts:ContactsTab"
    link = "contact"
    tables = ("contacts",)

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        vcards = dict(
            dialog_title=QT_TRANSLATE_NOOP("window", "Export contacts"),
            file_name="iomdesk-contacts.vcf",
            # 3.0 first: the importers of Android and Outlook, among others, fail on 4.0
            file_kind=QT_TRANSLATE_NOOP("window", "vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)"),
            saved=QT_TRANSLATE_NOOP("window", "Saved {count} contacts to {path}"),
            nothing=QT_TRANSLATE_NOOP("window", "No contact selected to export"),
            write=self.write_vcards,
        )
        self.exports = (
            FileExport(
                "vcards", QT_TRANSLATE_NOOP("window", "Export contacts as &vCard…"), **vcards
            ),
            FileExport(
                "selected_vcards",
                QT_TRANSLATE_NOOP("window", "Export &selected contacts as vCard…"),
                selected_only=True,
                **vcards,
            ),
        )

    keys = (
        (("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("shortcuts", 'Contacts: copy as "Name <e-mail>"')),
        (("Ctrl+Alt+C",), QT_TRANSLATE_NOOP("shortcuts", "Contacts: copy the rows as shown")),
        (
            ("Ctrl+Enter",),
            QT_TRANSLATE_NOOP(
                "shortcuts", "Contacts: write an e-mail (double-click does the same)"
            ),
        ),
    )

    def related(self, contact: Contact) -> list[tuple[str, str]]:
        found = []
        if contact.unit_id:
            found.append(
                (
                    translate("contacts", "Go to its unit in Structure"),
                    Link(Kind.UNIT, contact.unit_id).url,
                )
            )
        if contact.country_id:
            found.append(
                (
                    translate("contacts", "Go to its country"),
                    Link(Kind.COUNTRY, contact.country_id).url,
                )
            )
        return found

    def count(self) -> str:
        return translate("tabs", "{count} contacts").format(count=len(self.store.contacts))

    def rows(self) -> list[Contact]:
        return self.store.contacts

    def searchable(self, contact: Contact) -> str:
        return contact_haystack(self.store, contact)

    def columns(self) -> list[Column]:
        return [
            Column(translate("columns", "Unit"), lambda c: c.label),
            Column(translate("columns", "E-mail"), lambda c: c.email or ""),
            Column(translate("columns", "Telephone"), lambda c: c.phone or ""),
            Column(translate("columns", "Address"), lambda c: c.address or ""),
            Column(translate("columns", "Where"), lambda c: contact_place(self.store, c)),
            Column(
                translate("columns", "As of"),
                lambda c: records.as_of_note(c.date),
                lambda c: dates.sort_key(c.date),
            ),
        ]

    def details(self, contact: Contact) -> str:
        return contact_html(self.store, contact)

    def hit_title(self, contact: Contact) -> str:
        return contact.label

    def hit_detail(self, contact: Contact) -> str:
        return contact.email or contact.phone or ""

    def citation(self, contact: Contact) -> tuple[str, list[tuple[str, str]]]:
        ways = (contact.email, contact.phone, contact.address)
        fact = sentence(f"{contact.label}: " + ", ".join(w for w in ways if w))
        return fact, [("contacts", contact.id)]

    @cached_property
    def _unit_names(self) -> search.Index:
        """Each unit's name and acronym, with their aliases ("ddg operations")."""
        names = [search.haystack([u.name, u.acronym]) for u in self.store.units]
        return search.Index(names, self.store.aliases)

    def units_named(self, words: Sequence[str]) -> list[Unit]:
        """The units whose name or acronym holds every word."""
        if not words:
            return []
        return [self.store.units[p] for p in self._unit_names.positions(words)]

    def preference(self, contact: Contact) -> int:
        """The higher unit's address first: "geneva" is the headquarters' before a division's,
        and a unit's own before its divisions'."""
        return len(self.store.unit_path(contact.unit_id)) if contact.unit_id else 0

    def title_fields(self, contact: Contact) -> tuple[str, ...]:
        """A contact is named by its label and its own unit, and with its place, as the list
        shows them side by side: "headquarters geneva" is the Geneva address; "kuwait" is
        still the country before its office."""
        unit = self.store.unit_by_id.get(contact.unit_id or "")
        names = (unit.name, unit.acronym or "") if unit else ()
        return contact.label, *names, f"{contact.label} {contact_place(self.store, contact)}"

    def acronyms(self, contact: Contact) -> tuple[str, ...]:
        unit = self.store.unit_by_id.get(contact.unit_id or "")
        return (search.fold(unit.acronym),) if unit and unit.acronym else ()

    def write_vcards(self, contacts: Sequence[Contact], path: str, kind: int = 0) -> int:
        """The contacts as vCard 3.0 (kind 0) or 4.0 (kind 1), each with its unit's path as
        its organisation."""
        from iomdesk import export  # csv and uuid: not needed before the first export

        version = export.VCARD_VERSIONS[kind]
        units = self.store.unit_path
        cards = [export.vcard(c, [u.name for u in units(c.unit_id)], version) for c in contacts]
        return export.write_vcards(path, cards)
