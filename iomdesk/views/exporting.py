"""File > Export: asks where (unless told), writes through export.py, says what it did."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from iomdesk import details
from iomdesk.i18n import translate
from iomdesk.tabs.base import Tab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from iomdesk.views.picture import PictureWidget
    from iomdesk.views.search_tab import SearchTab


FOLDER_SETTING = "export/folder"  # where the last file was saved


def documents_folder() -> str:
    """The user's Documents folder where it exists, else their home."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


class Exporting:
    """The current tab's picture and shown rows, and the files the tabs declare (vCards). It
    is given what it needs: the window (for its file dialogs), the tabs as declared, and
    callables for the current tab, a tab's view by key, the current picture and the status
    line."""

    def __init__(
        self,
        parent: QWidget,
        declared: Sequence[Tab],
        current_tab: Callable[[], SearchTab],
        tab: Callable[[str], SearchTab],
        current_picture: Callable[[], PictureWidget | None],
        status: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.declared = declared
        self.current_tab = current_tab
        self.tab = tab
        self.current_picture = current_picture
        self.status = status

    def picture(self, path: str | None = None) -> bool:
        """The current tab's picture as PNG (twice the screen size)."""
        picture = self.current_picture()
        if picture is None:
            drawn = ", ".join(tab.shown_title() for tab in self.declared if tab.picture)
            self.status(
                translate("window", "This tab has no picture to export ({tabs} have one)").format(
                    tabs=drawn
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

    def file(self, key: str, name: str, path: str | None = None, kind: int = 0) -> bool:
        """A file a tab declares (tabs/base.py FileExport): all its rows, or those selected;
        of the kinds of file it offers, the one chosen in the dialog (else `kind`)."""
        declared = next(tab for tab in self.declared if tab.key == key)
        export = next(e for e in declared.exports if e.name == name)
        rows = self.tab(key).selected_objects() if export.selected_only else declared.rows()
        if not rows:
            self.status(translate("window", export.nothing))
            return False
        if path is None:
            kinds = translate("window", export.file_kind)
            path, kind = self._ask_path_and_kind(
                translate("window", export.dialog_title), export.file_name, kinds
            )
            if path is None:
                return False
        saved = translate("window", export.saved)
        return self._write(lambda: export.write(list(rows), path, kind), path, saved)

    def _paper(self):
        """The current row's details as a document for paper, and a name for it; None when
        no row is current."""
        from PySide6.QtGui import QTextDocument

        tab = self.current_tab()
        html = tab.details.html()
        index = tab.view.currentIndex()
        if not html or not index.isValid():
            self.status(translate("window", "No row is selected: nothing to print"))
            return None, ""
        document = QTextDocument()
        document.setDefaultFont(tab.details.font())
        document.setHtml(details.printable(html))
        title = tab.declared.hit_title(tab.object_at(index))
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        return document, title

    def details_pdf(self, path: str | None = None) -> bool:
        """File > Export details as PDF: the details pane, its web links as footnotes."""
        document, title = self._paper()
        if document is None:
            return False
        path = path or self._ask_path(
            translate("window", "Export details as PDF"),
            f"iomdesk-{self.current_tab().key}.pdf",
            translate("window", "PDF document (*.pdf)"),
        )
        if path is None:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from PySide6.QtGui import QPageSize, QPdfWriter

        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(title)
        writer.setCreator("iomdesk")
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            self.status(translate("window", "Could not write {path}").format(path=path))
            return False
        self.status(translate("window", "Saved the details to {path}").format(path=path))
        return True

    def print_details(self, printer=None) -> bool:
        """Ctrl+P: the details pane through Qt's print dialog (a printer, or a PDF file)."""
        document, _title = self._paper()
        if document is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self.parent)
            dialog.setWindowTitle(translate("window", "Print details"))
            accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
            self.parent.activateWindow()
            if not accepted:
                return False
        document.print_(printer)
        self.status(
            translate("window", "Sent the details to {printer}").format(
                printer=printer.outputFileName() or printer.printerName()
            )
        )
        return True

    def _ask_path(self, title: str, name: str, kind: str) -> str | None:
        return self._ask_path_and_kind(title, name, kind)[0]

    def _ask_path_and_kind(self, title: str, name: str, kinds: str) -> tuple[str | None, int]:
        """The save dialog, opened in the folder of the last export (remembered across runs),
        or the user's Documents folder the first time; never the working folder. The path
        (None: cancelled) and the position of the kind of file chosen among `kinds`."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QFileDialog  # its enums wait until a file is asked for

        settings = QSettings()
        folder = str(settings.value(FOLDER_SETTING, "") or "")
        if not folder or not os.path.isdir(folder):
            folder = documents_folder()
        start = os.path.join(folder, name)
        path, chosen = QFileDialog.getSaveFileName(self.parent, title, start, kinds)
        self.parent.activateWindow()
        if path:
            settings.setValue(FOLDER_SETTING, os.path.dirname(os.path.abspath(path)))
        offered = kinds.split(";;")
        return path or None, offered.index(chosen) if chosen in offered else 0

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
