"""Going to a row of a tab: from a link in a details pane, or from a search-everywhere result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

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


TRAIL_LENGTH = 100  # the places Back remembers, per window


class Place(NamedTuple):
    """Where the reader was: a tab, and its current row's object (None: no row current)."""

    tab: str
    row: object


class Navigation:
    """Given the tabs as declared and callables into the window: a tab's view by key,
    showing a tab, writing to addresses and the status line.

    It keeps the window's trail of moves: following a link to a row, or a Ctrl+K result,
    leaves the place the reader was on the Back list; back() and forward() walk it, as a
    browser does (a new move after going back forgets what was ahead).
    """

    def __init__(
        self,
        declared: Sequence[Tab],
        tab: Callable[[str], SearchTab],
        show_tab: Callable[[SearchTab], None],
        write_to: Callable[[list[str]], None],
        status: Callable[[str], None],
        current: Callable[[], SearchTab | None] = lambda: None,
    ) -> None:
        self.declared = {tab.key: tab for tab in declared}
        self.by_link = {
            kind: tab.key for tab in declared for kind in (tab.link, *tab.also_links) if kind
        }
        self.tab = tab
        self.show_tab = show_tab
        self.write_to = write_to
        self.status = status
        self.current = current  # the tab the reader is on
        self.behind: list[Place] = []
        self.ahead: list[Place] = []
        self.trail_changed: Callable[[], None] = lambda: None  # the window's Back and Forward

    # -- the trail --------------------------------------------------------------------------

    def here(self, tab: SearchTab) -> Place:
        index = tab.view.currentIndex()
        return Place(tab.key, tab.object_at(index) if index.isValid() else None)

    def _moving_from(self, tab: SearchTab | None, place: Place | None = None) -> None:
        if tab is None:
            return
        place = place or self.here(tab)
        if not self.behind or self.behind[-1] != place:
            self.behind = [*self.behind, place][-TRAIL_LENGTH:]
        self.ahead = []
        self.trail_changed()

    def back(self) -> bool:
        """To the place before the last move (Alt+Left, the mouse's back button)."""
        return self._walk(self.behind, self.ahead)

    def forward(self) -> bool:
        """Again to where Back came from (Alt+Right, the mouse's forward button)."""
        return self._walk(self.ahead, self.behind)

    def _walk(self, source: list[Place], other: list[Place]) -> bool:
        if not source:
            return False
        current = self.current()
        if current is not None:
            other.append(self.here(current))
        place = source.pop()
        tab = self.tab(place.tab)
        self.show_tab(tab)
        if place.row is not None:
            tab.select(place.row)
        self.trail_changed()
        return True

    def follow(self, url: str) -> None:
        """A link in a details pane: another tab's row, an address, a copy, or the web."""
        link = Link.parse(url)
        if link is None:
            return
        if link.kind.value in self.by_link:  # a row, by id, in the tab its kind names
            self.go_to_row(link)
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

    def go_to_row(self, link: Link) -> bool:
        """The row an address names, shown in its tab (Back returns); the status line says
        so when no row of the data has that address, and the reader stays where they are."""
        tab = self.tab(self.by_link[link.kind.value])
        current = self.current()
        before = self.here(current) if current is not None else None
        row_id = tab.declared.row_id_for(link.kind.value, link.target)
        if row_id is None or not tab.select_id(row_id):
            said = translate("window", "No row of this data has the address {address}.")
            self.status(said.format(address=link.url))
            return False
        self._moving_from(current, before)
        self.show_tab(tab)
        return True

    def go_to(self, hit: everywhere.Hit) -> None:
        """A search-everywhere result: its tab shown, its row selected."""
        self._moving_from(self.current())
        tab = self.tab(hit.tab)
        self.show_tab(tab)
        tab.select(hit.obj)

    def copy_hit(self, hit: everywhere.Hit) -> None:
        """Ctrl+C on a result: what Ctrl+C copies of the same row in its tab (a unit's path,
        a contact's address, a table's row); a star no longer in the data copies its address."""
        text = hit.title if hit.obj is None else self.tab(hit.tab).copy_text_of(hit.obj)
        if text:
            self.copy(text)
        else:
            self.status(translate("tab", "Nothing selected to copy"))

    def copy(self, text: str) -> None:
        if copy_text(text):
            self.status(translate("window", "Copied {text}").format(text=text))
        else:
            self.status(translate("window", "The clipboard is not available"))
