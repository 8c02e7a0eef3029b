"""The tabs, in the window's order: the one registry that the window, menus, Help, navigation,
Ctrl+K, window state, exports and About read. A tab is one module here (tabs/base.py says
what it declares); adding one is a line below (docs/ARCHITECTURE.md)."""

from iomdesk.tabs.base import Tab
from iomdesk.tabs.contacts import Contacts
from iomdesk.tabs.countries import Countries
from iomdesk.tabs.elections import Elections
from iomdesk.tabs.history import History
from iomdesk.tabs.leadership import Leadership
from iomdesk.tabs.structure import Structure

TABS: list[type[Tab]] = [Leadership, Elections, Structure, Contacts, History, Countries]


def by_key(key: str) -> type[Tab]:
    """The tab of a stable key (KeyError for one the registry does not hold)."""
    for tab in TABS:
        if tab.key == key:
            return tab
    raise KeyError(key)


def title(key: str) -> str:
    """The title of the tab of this key, in the interface language."""
    return by_key(key).shown_title()
