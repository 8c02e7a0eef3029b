"""The details pane: a read-only page of HTML that follows the theme at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QTextBrowser

from iomdesk.i18n import translate
from iomdesk.links import Kind, Link

if TYPE_CHECKING:  # made when a menu is asked for: their enums cost every start
    from PySide6.QtGui import QAction, QContextMenuEvent
    from PySide6.QtWidgets import QMenu


def link_colour() -> str:
    """The application's link colour (what a page read now draws its links in)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Link).name()


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
        self._link = ""  # the link colour the page was read in
        self.window_actions: list[QAction] = []  # the window's, at the menu's end (Print…)

    def setHtml(self, html: str) -> None:
        self._html = html
        self._link = link_colour()
        super().setHtml(html)

    def clear(self) -> None:
        self._html = ""
        super().clear()

    def html(self) -> str:
        """The page as it was given (setHtml), not as Qt writes it back."""
        return self._html

    def follow_palette(self) -> None:
        """Read the page again in the current palette, where the reader had scrolled to
        (only when the palette's link colour is another than the page was read in)."""
        if self._html and link_colour() != self._link:
            self._link = link_colour()
            bar = self.verticalScrollBar()
            where = bar.value()
            super().setHtml(self._html)
            bar.setValue(where)

    def mousePressEvent(self, event) -> None:
        # The mouse's back and forward buttons are the window's (Back, Forward): passed up
        # to the tab, where the window listens. (Not by a filter on the viewport: asking Qt
        # for a QTextBrowser's viewport makes some 70 enum classes, 10 ms of every start.)
        if event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            event.ignore()
            return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # The desktop's own theme change. The window's View > Theme calls follow_palette
        # itself: before the event loop runs, Qt sends no palette event to widgets.
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()

    def context_menu(self, position) -> QMenu:
        """Qt's own (Copy, Copy link location, Select all), then what a link under the
        pointer or cursor leads to (Open source, Go to …), then the window's (Print…)."""
        from PySide6.QtCore import QUrl  # its enums: not before the first paint

        menu = self.createStandardContextMenu(position)
        anchor = self.anchorAt(position)
        link = Link.parse(anchor) if anchor else None
        if link is not None and link.kind is not Kind.COPY:
            menu.addSeparator()
            if link.kind is Kind.WEB:
                text = translate("details", "Open source in the browser")
            elif link.kind is Kind.MAIL:
                text = translate("details", "Write e-mail")
            else:
                text = translate("details", "Go to this row")
            item = menu.addAction(text)
            item.triggered.connect(lambda _checked=False: self.anchorClicked.emit(QUrl(anchor)))
        if self.window_actions:
            menu.addSeparator()
            menu.addActions(self.window_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
