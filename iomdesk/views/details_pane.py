"""The details pane: a read-only page of HTML that follows the theme at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser


class DetailsPane(QTextBrowser):
    """A QTextBrowser that keeps the HTML it was given.

    Qt fixes a link's colour when the HTML is read (the palette's Link of that moment), so a
    theme change left #0000FF links on a dark ground until another row was chosen. On a
    palette change the page is read again, where the reader had scrolled to.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self._html = ""

    def setHtml(self, html: str) -> None:
        self._html = html
        super().setHtml(html)

    def clear(self) -> None:
        self._html = ""
        super().clear()

    def html(self) -> str:
        """The page as it was given (setHtml), not as Qt writes it back."""
        return self._html

    def follow_palette(self) -> None:
        """Read the page again in the current palette, where the reader had scrolled to."""
        if self._html:
            bar = self.verticalScrollBar()
            where = bar.value()
            super().setHtml(self._html)
            bar.setValue(where)

    def changeEvent(self, event: QEvent) -> None:
        # The desktop's own theme change. The window's View > Theme calls follow_palette
        # itself: before the event loop runs, Qt sends no palette event to widgets.
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()
