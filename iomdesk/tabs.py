"""The tabs by a stable key: code and settings use the key; the title is only for display."""

from __future__ import annotations

from enum import StrEnum

from iomdesk.i18n import QT_TRANSLATE_NOOP, translate


class Tab(StrEnum):
    """In the window's order (Ctrl+1 … Ctrl+5); the value names settings and exported files."""

    LEADERSHIP = "leadership"
    ELECTIONS = "elections"
    STRUCTURE = "structure"
    CONTACTS = "contacts"
    HISTORY = "history"


_TITLES = {
    Tab.LEADERSHIP: QT_TRANSLATE_NOOP("tabs", "Leadership"),
    Tab.ELECTIONS: QT_TRANSLATE_NOOP("tabs", "Elections"),
    Tab.STRUCTURE: QT_TRANSLATE_NOOP("tabs", "Structure"),
    Tab.CONTACTS: QT_TRANSLATE_NOOP("tabs", "Contacts"),
    Tab.HISTORY: QT_TRANSLATE_NOOP("tabs", "History"),
}


def title(tab: Tab) -> str:
    """The tab's title in the interface language."""
    return translate("tabs", _TITLES[tab])
