"""Going to a row of a tab: from a link in a details pane, or from a search-everywhere result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from iomdesk.clipboard import copy_text
from iomdesk.i18n import translate
from iomdesk.links import Kind, Link
from iomdesk.tabs.base import Tab

if TYPE_CHECKING:
    from iomdesk import everywhere
    from iomdesk.views.search_tab import SearchTab


def open_url(url: str) -> bool:
    from PySide6.QtCore import QUrl  # imported when a link is followed, not before the paint
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


class Navigation:
    """Given the tabs as declared and callables into the window: a tab's view by key,
    showing a tab, writing to addresses and the status line."""

    def __init__(
        self,
        declared: Sequence[Tab],
        tab: Callable[[str], SearchTab],
        show_tab: Callable[[SearchTab], None],
        write_to: Callable[[list[str]], None],
        status: Callable[[str], None],
    ) -> None:
        self.declared = {tab.key: tab for tab in declared}
        self.by_link = {tab.link: tab.key for tab in declared if tab.link}
        self.tab = tab
        self.show_tab = show_tab
        self.write_to = write_to
        self.status = status

    def follow(self, url: str) -> None:
        """A link in a details pane: another tab's row, an address, a copy, or the web."""
        link = Link.parse(url)
        if link is None:
            return
        if link.kind.value in self.by_link:  # a row, by id, in the tab its kind names
            tab = self.tab(self.by_link[link.kind.value])
            self.show_tab(tab)
            tab.select_id(link.target)
        elif link.kind is Kind.COPY:
            self.copy(link.target)
        elif link.kind is Kind.MAIL:
            self.write_to(link.target.split(","))
        elif not open_url(link.url):  # offline, or no browser: the address to paste later
            if copy_text(link.url):
                said = translate("window", "No browser answered; copied the address instead: {url}")
            else:
                said = translate("window", "Could not open {url}")
            self.status(said.format(url=link.url))

    def go_to(self, hit: everywhere.Hit) -> None:
        """A search-everywhere result: its tab shown, its row selected."""
        tab = self.tab(hit.tab)
        self.show_tab(tab)
        tab.select(hit.obj)

    def copy_hit(self, hit: everywhere.Hit) -> None:
        """Ctrl+C on a result: what Ctrl+C copies of the same row in its tab (a unit's path,
        a contact's address, a table's row)."""
        text = self.tab(hit.tab).copy_text_of(hit.obj)
        if text:
            self.copy(text)
        else:
            self.status(translate("tab", "Nothing selected to copy"))

    def copy(self, text: str) -> None:
        if copy_text(text):
            self.status(translate("window", "Copied {text}").format(text=text))
        else:
            self.status(translate("window", "The clipboard is not available"))
