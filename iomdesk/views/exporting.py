"""File > Export: asks where (unless told), writes through export.py, says what it did."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from iomdesk.i18n import translate
from iomdesk.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from iomdesk.views.contacts import ContactsTab
    from iomdesk.views.picture import PictureWidget
    from iomdesk.views.search_tab import SearchTab


class Exporting:
    """The three exports. It is given what it needs: the window (for its file dialogs), the
    store, and callables for the current tab, the Contacts tab, the current picture and the
    status line."""

    def __init__(
        self,
        parent: QWidget,
        store: Store,
        current_tab: Callable[[], SearchTab],
        contacts_tab: Callable[[], ContactsTab],
        current_picture: Callable[[], PictureWidget | None],
        status: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.store = store
        self.current_tab = current_tab
        self.contacts_tab = contacts_tab
        self.current_picture = current_picture
        self.status = status

    def picture(self, path: str | None = None) -> bool:
        """The current tab's picture as PNG (twice the screen size)."""
        picture = self.current_picture()
        if picture is None:
            self.status(
                translate(
                    "window",
                    "This tab has no picture to export (Leadership, Elections and History do)",
                )
            )
            return False
        path = path or self._ask_path(
            translate("window", "Export picture"),
            picture.file_name,
            translate("window", "PNG image (*.png)"),
        )
        if path is None:
            return False
        if not path.lower().endswith(".png"):
            path += ".png"
        if picture.export_png(path):
            self.status(translate("window", "Saved the picture to {path}").format(path=path))
            return True
        self.status(translate("window", "Could not write {path}").format(path=path))
        return False

    def rows(self, path: str | None = None) -> bool:
        """What the current tab shows, as it shows it, as CSV."""
        tab = self.current_tab()
        path = path or self._ask_path(
            translate("window", "Export shown rows"),
            f"iomdesk-{tab.key}.csv",
            translate("window", "CSV (*.csv)"),
        )
        if path is None:
            return False
        titles, cells = tab.export_table()
        saved = translate("window", "Saved {count} rows to {path}")
        from iomdesk import export  # csv and uuid: not needed before the first export

        return self._write(lambda: export.write_csv(path, titles, cells), path, saved)

    def vcards(self, path: str | None = None, selected_only: bool = False) -> bool:
        """Contacts as vCard 4.0: all of them, or those selected in the Contacts tab."""
        tab = self.contacts_tab()
        contacts = tab.selected_objects() if selected_only else list(self.store.contacts)
        if not contacts:
            self.status(translate("window", "No contact selected to export"))
            return False
        path = path or self._ask_path(
            translate("window", "Export contacts"),
            "iomdesk-contacts.vcf",
            translate("window", "vCard (*.vcf)"),
        )
        if path is None:
            return False
        from iomdesk import export

        cards = [
            export.vcard(c, [u.name for u in self.store.unit_path(c.unit_id)]) for c in contacts
        ]
        saved = translate("window", "Saved {count} contacts to {path}")
        return self._write(lambda: export.write_vcards(path, cards), path, saved)

    def _ask_path(self, title: str, name: str, kind: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog  # its enums wait until a file is asked for

        path, _ = QFileDialog.getSaveFileName(self.parent, title, name, kind)
        self.parent.activateWindow()
        return path or None

    def _write(self, write: Callable[[], int], path: str, saved: str) -> bool:
        """Run a writer; say how many it wrote (`saved` has {count} and {path}), or why not."""
        try:
            count = write()
        except OSError as error:
            self.status(
                translate("window", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.status(saved.format(count=count, path=path))
        return True
