"""Stars and recently viewed rows in the window: Ctrl+D, each tab's Starred filter, Ctrl+K's
first groups, and File > Export and Import stars. The marks themselves are marks.py's; they
are kept in the settings, by address, so that newer data keeps them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer

from iomdesk import everywhere, records
from iomdesk.i18n import translate
from iomdesk.links import row_link
from iomdesk.marks import Marks, read_stars, stars_file
from iomdesk.tabs.base import Tab

if TYPE_CHECKING:
    from iomdesk.views.main_window import MainWindow
    from iomdesk.views.search_tab import SearchTab

STARRED_SETTING, RECENT_SETTING = "marks/starred", "marks/recent"
VIEWED_AFTER_MS = 1500  # a row the reader stays on this long was looked at, not passed over


def _addresses(value: Any) -> list[str]:
    """A setting's addresses (a newline-separated text: QSettings keeps a list of one item
    as a plain string)."""
    return [line for line in str(value or "").splitlines() if line.strip()]


class Starring:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.marks = self._stored_marks()
        self._rows: dict[str, dict[str, Any]] = {}  # per tab: its rows by id, once asked
        self._viewing: tuple[SearchTab, Any] | None = None
        self._dwell = QTimer(window)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(VIEWED_AFTER_MS)
        self._dwell.timeout.connect(self._viewed)

    @staticmethod
    def _stored_marks() -> Marks:
        """The marks as stored now: another iomdesk (a start with --db, another window) may
        have written them since, and each change is made to what is stored, not lost over it."""
        settings = QSettings()
        settings.sync()  # reads what another process wrote
        return Marks(
            _addresses(settings.value(STARRED_SETTING)), _addresses(settings.value(RECENT_SETTING))
        )

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(STARRED_SETTING, "\n".join(self.marks.starred))
        settings.setValue(RECENT_SETTING, "\n".join(self.marks.recent))

    # -- a tab's rows ---------------------------------------------------------------------

    def wire(self, tab: SearchTab) -> None:
        tab.current_object_changed.connect(lambda row: self._looking_at(tab, row))
        self.mark(tab)

    def mark(self, tab: SearchTab) -> None:
        """The tab's starred ids, worked out once for each change of the stars: its filter,
        its details' heading and its list's ★ read them."""
        if not tab.declared.link:
            return  # its rows have no address to star
        ids, row_id = self.starred_ids(tab.declared), tab.declared.row_id
        tab.starred_ids = lambda: ids
        tab.model.marked = (lambda row: row_id(row) in ids) if ids else None
        tab.view.viewport().update()

    def starred_ids(self, declared: Tab) -> set[str]:
        """The ids of the tab's rows that are starred."""
        return {self._row_id(declared, address) for address in self.marks.starred} - {None}

    def _addresses_of(self, declared: Tab, row_id: str) -> list[str]:
        """The stored addresses that name this row (its own, or iomdesk:person/… for the
        latest post)."""
        return [a for a in self.marks.starred if self._row_id(declared, a) == row_id]

    @staticmethod
    def _row_id(declared: Tab, address: str) -> str | None:
        """The id of the tab's row the address names, or None when it names none of them."""
        link = row_link(address)
        if link is None or link.kind.value not in {declared.link, *declared.also_links} - {""}:
            return None
        return declared.row_id_for(link.kind.value, link.target)

    def resolve(self, address: str) -> tuple[Tab, Any] | None:
        """The tab and the row an address names, or None when the data has no such row."""
        link = row_link(address)
        key = self.window.navigation.by_link.get(link.kind.value) if link else None
        if key is None:
            return None
        view = self.window.tab(key)
        declared = view.declared
        if key not in self._rows:
            index, item = view.search_rows()
            rows = (item(position) for position in range(len(index)))
            self._rows[key] = {declared.row_id(row): row for row in rows}
        row_id = declared.row_id_for(link.kind.value, link.target)
        row = self._rows[key].get(row_id or "")
        return (declared, row) if row is not None else None

    def marked_groups(self, text: str) -> list[everywhere.Group]:
        return everywhere.marked_groups(self.marks.starred, self.marks.recent, self.resolve, text)

    # -- the commands ---------------------------------------------------------------------

    def toggle_star(self) -> None:
        """Ctrl+D: the current row starred, or no longer."""
        tab, row = self.window.current_row()
        address = tab.declared.address(row) if row is not None else None
        if address is None:
            self.window.show_status(translate("window", "No row is selected to star"))
            return
        self.marks = self._stored_marks()
        naming = self._addresses_of(tab.declared, tab.declared.row_id(row))
        now = not naming
        if naming:  # every address that stars it, or its ★ would stay
            self.marks.unstar(naming)
        else:
            self.marks.toggle(address)
        self.save()
        title = records.capped(tab.declared.hit_title(row), 80)
        said = (
            translate("window", "Starred {row}") if now else translate("window", "Unstarred {row}")
        )
        self.window.show_status(said.format(row=title))
        self._show_marks()

    def _show_marks(self) -> None:
        """Each tab's ★, filter and details again (the stored marks may hold other windows'
        changes too)."""
        for tab in self.window.all_tabs():
            self.mark(tab)  # first: the filter and the details read its ids
            if tab.starred_button.isChecked():
                tab.show_starred_only(True)  # an unstarred row leaves the starred rows
            tab.refresh_details()

    def toggle_filter(self) -> None:
        """Ctrl+Shift+D: the current tab's Starred filter on or off."""
        button = self.window.current_tab().starred_button
        button.setChecked(not button.isChecked())

    def export(self, path: str | None = None) -> bool:
        """File > Export stars: a text file of addresses, each row's title beside it."""
        if path is None:
            path = self.window.exporting._ask_path(
                translate("window", "Export stars"),
                "iomdesk-stars.txt",
                translate("window", "Text file (*.txt)"),
            )
            if path is None:
                return False
        titles = {}
        for address in self.marks.starred:
            found = self.resolve(address)
            if found is not None:
                titles[address] = found[0].hit_title(found[1])
        text = stars_file(self.marks, titles)
        saved = translate("window", "Saved {count} stars to {path}")

        def write() -> int:
            from iomdesk.export import write_text

            write_text(path, text)
            return len(self.marks.starred)

        return self.window.exporting._write(write, path, saved)

    def import_(self, path: str | None = None) -> int:
        """File > Import stars: the addresses of a stars file added to these."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("window", "Import stars"),
                str(Path.home()),
                translate("window", "Text file (*.txt);;All files (*)"),
            )
            if not path:
                return 0
        try:
            text = Path(path).read_text(encoding="utf-8-sig")  # a BOM, as Notepad saves
        except (OSError, UnicodeError) as error:
            reason = getattr(error, "strerror", None) or translate("window", "not UTF-8 text")
            said = translate("window", "Could not read {path}: {reason}")
            self.window.show_status(said.format(path=path, reason=reason))
            return 0
        addresses, bad = read_stars(text)
        self.marks = self._stored_marks()
        added = self.marks.add(addresses)
        self.save()
        said = translate("window", "Added {count} stars from {path}").format(count=added, path=path)
        if bad:
            lines = ", ".join(map(str, bad[:10])) + (" …" if len(bad) > 10 else "")
            said += " " + translate("window", "(lines not read: {lines})").format(lines=lines)
        self._show_marks()
        self.window.show_status(said)  # after the tabs: building them writes their counts
        return added

    # -- recently viewed ------------------------------------------------------------------

    def _looking_at(self, tab: SearchTab, row: Any) -> None:
        self._viewing = (tab, row) if row is not None else None
        self._dwell.start()

    def _viewed(self) -> None:
        if self._viewing is None:
            return
        tab, row = self._viewing
        if self.window.tabs.currentWidget() is not tab:
            return
        address = tab.declared.address(row)
        if address:
            self.marks = self._stored_marks()
            self.marks.saw(address)
            self.save()
