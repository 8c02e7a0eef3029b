"""Going to a row of a tab: from a link in a details pane, or from a search-everywhere result."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from iomdesk.clipboard import copy_text
from iomdesk.i18n import translate
from iomdesk.links import Kind, Link
from iomdesk.store import Store
from iomdesk.tabs import Tab

if TYPE_CHECKING:
    from iomdesk import everywhere
    from iomdesk.views.search_tab import SearchTab


def open_url(url: str) -> bool:
    from PySide6.QtCore import QUrl  # imported when a link is followed, not before the paint
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


class Navigation:
    """Given the store and callables into the window: the tab for a key, showing a tab,
    writing to addresses and the status line."""

    def __init__(
        self,
        store: Store,
        tab: Callable[[Tab], SearchTab],
        show_tab: Callable[[SearchTab], None],
        write_to: Callable[[list[str]], None],
        status: Callable[[str], None],
    ) -> None:
        self.store = store
        self.tab = tab
        self.show_tab = show_tab
        self.write_to = write_to
        self.status = status

    def follow(self, url: str) -> None:
        """A link in a details pane: another tab's row, an address, a copy, or the web."""
        link = Link.parse(url)
        if link is None:
            return
        if link.kind is Kind.ELECTION:
            self._select(Tab.ELECTIONS, lambda e: e.id == link.target)
        elif link.kind is Kind.UNIT:
            structure = self.tab(Tab.STRUCTURE)
            self.show_tab(structure)
            structure.select_unit(link.target)
        elif link.kind is Kind.COPY:
            self.copy(link.target)
        elif link.kind is Kind.MAIL:
            self.write_to(link.target.split(","))
        elif not open_url(link.url):
            self.status(translate("window", "Could not open {url}").format(url=link.url))

    def go_to(self, hit: everywhere.Hit) -> None:
        """A search-everywhere result: its tab shown, its row selected."""
        if hit.tab == Tab.STRUCTURE:
            structure = self.tab(Tab.STRUCTURE)
            self.show_tab(structure)
            structure.select_unit(hit.obj.id)
        else:
            self._select(Tab(hit.tab), lambda obj: obj is hit.obj)

    def copy_hit(self, hit: everywhere.Hit) -> None:
        """Ctrl+C on a result: a contact's address, else the result's title."""
        self.copy(hit.obj.email if hit.tab == Tab.CONTACTS and hit.obj.email else hit.title)

    def copy(self, text: str) -> None:
        if copy_text(text):
            self.status(translate("window", "Copied {text}").format(text=text))
        else:
            self.status(translate("window", "The clipboard is not available"))

    def _select(self, key: Tab, wanted: Callable[[object], bool]) -> None:
        tab = self.tab(key)
        self.show_tab(tab)
        tab.select_object(wanted)
