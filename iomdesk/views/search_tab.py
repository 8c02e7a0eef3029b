"""What every tab shares: a search field, results, a details pane, a count, an empty state."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iomdesk.clipboard import copy_text
from iomdesk.i18n import translate
from iomdesk.tabs.base import Tab
from iomdesk.views import menus
from iomdesk.views.details_pane import DetailsPane
from iomdesk.views.menus import new_action
from iomdesk.views.picture_room import PictureRoom

if TYPE_CHECKING:
    from iomdesk import search
    from iomdesk.views.picture import PictureWidget


LIST_KEEPS = (
    200  # pixels a picture above the results leaves them: five rows, the header, a scroll bar
)
DETAILS_KEEPS = 140  # and of details text a picture above it leaves


class SearchTab(QWidget):
    """A tab's view, over what the tab declares (tabs/): subclasses supply the model, the
    Qt view, details and what Ctrl+C copies. open_url opens a link outside the app (a
    mailto: address, a web page) and says whether something answered."""

    status_message = Signal(str)
    link_activated = Signal(str)
    current_object_changed = Signal(object)  # the row object, or None
    searched = Signal()

    def __init__(
        self,
        declared: Tab,
        view: QAbstractItemView,
        open_url: Callable[[str], bool],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.declared = declared
        self.key = declared.key  # stable: settings, file names and code use it
        self.label = declared.shown_title()
        self.open_url = open_url
        self.view = view
        self._picture_above: tuple[QWidget, PictureWidget] | None = None  # (panel, picture)
        self._above_splitters: dict[str, QSplitter] = {}
        self._picture_rooms: list[PictureRoom] = []  # put_above's first, then put_in_details'
        self.row_actions: list[QAction] = []  # the window's, on the current row (Copy link)
        # A viewport made here: asking Qt for the one it made costs 18 ms the first time
        # (PySide resolves the widget's class by creating the enums of every widget class).
        self.viewport = QWidget()
        self.viewport.setObjectName("qt_scrollarea_viewport")  # what Qt's own is given
        self.viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport.setAutoFillBackground(True)
        view.setViewport(self.viewport)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("tab", "Search {tab}… (Ctrl+F)").format(tab=self.label.lower())
        )
        self.search.setAccessibleName(
            translate("tab", "Search {tab}").format(tab=self.label.lower())
        )
        self.search.installEventFilter(self)

        self.empty_label = QLabel()
        self.clear_button = QPushButton(translate("tab", "Clear search"))
        self.clear_button.clicked.connect(self.clear_search)
        self.empty_state = QWidget()
        empty_layout = QHBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.clear_button)
        empty_layout.addStretch(1)
        self.empty_state.hide()

        self.details = DetailsPane()
        self.details.setAccessibleName(translate("tab", "{tab} details").format(tab=self.label))
        self.details.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))

        view.setAccessibleName(translate("tab", "{tab} results").format(tab=self.label))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # Tab leaves the results; arrows move between rows

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(view)
        self.splitter.addWidget(self.details)
        self.splitter.setSizes([780, 500])
        self.splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("tab", "{tab} count").format(tab=self.label))
        self.details.setAccessibleDescription(
            translate("tab", "Facts about the selected row, with their sources")
        )
        self.clear_button.setAccessibleName(translate("tab", "Clear search"))

        self.search_label = QLabel(translate("tab", menus.SEARCH_LABEL))
        self.search_label.setBuddy(self.search)  # Alt+S, and screen readers name the field
        # Only the starred rows (Ctrl+Shift+D): the window says which they are.
        self.starred_button = QPushButton(translate("tab", "★ Starred"))
        self.starred_button.setCheckable(True)
        self.starred_button.setToolTip(
            translate("tab", "Show only the starred rows (Ctrl+Shift+D); Ctrl+D stars a row")
        )
        self.starred_button.setAccessibleName(
            translate("tab", "Only starred rows in {tab}").format(tab=self.label.lower())
        )
        self.starred_button.toggled.connect(self.show_starred_only)
        self.starred_ids: Callable[[], set[str]] = set  # the ids of the tab's starred rows
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.starred_button)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.splitter, 1)
        # How current the tab's data is, on the right of the count: a reader weighs the facts.
        self.as_of_label = QLabel()
        self.as_of_label.setAccessibleName(
            translate("tab", "{tab} data date").format(tab=self.label)
        )
        status_row = QHBoxLayout()
        self._count_holder = _OutOfLayout(self.count_label)
        status_row.addWidget(self._count_holder, 1)
        status_row.addWidget(self.as_of_label)
        layout.addLayout(status_row)

        self.copy_action = self._view_action(
            translate("tab", "Copy"), QKeySequence.StandardKey.Copy, self.copy
        )
        self.select_all_action = self._view_action(
            translate("tab", "Select all"), QKeySequence.StandardKey.SelectAll, view.selectAll
        )
        # Right-click, the Menu key or Shift+F10: the view's actions and the rows it leads to.
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_results_menu)
        self.search.textChanged.connect(self.apply_search)
        self.set_focus_order()

    def _view_action(self, text: str, keys, slot) -> QAction:
        """An action on the results view: in its context menu and on its keyboard (keys: one
        key sequence, or a list of them)."""
        action = new_action(text, self.view)
        action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def results_menu(self):
        """The results' context menu: what the view's keys do (Copy, Select all, the tab's
        own), then the current row's way to other tabs ('Go to its unit in Structure')."""
        from PySide6.QtWidgets import QMenu  # its enums: not before the first paint

        menu = QMenu(self)
        for action in self.view.actions():
            menu.addAction(action)
        if self.row_actions:
            menu.addSeparator()
            menu.addActions(self.row_actions)
        index = self.view.currentIndex()
        row = self.object_at(index) if index.isValid() else None
        related = self.declared.related(row) if row is not None else []
        if related:
            menu.addSeparator()
        for label, link in related:
            item = menu.addAction(label)
            item.triggered.connect(lambda _checked=False, to=link: self.link_activated.emit(to))
        return menu

    def show_results_menu(self, position) -> None:
        menu = self.results_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def set_focus_order(self, *after_details: QWidget) -> None:
        """Tab goes search, results, details, then what the tab adds; the empty state's button
        comes right after the search field when it shows."""
        chain = [
            self.search,
            self.clear_button,
            self.view,
            self.details,
            *after_details,
            self.starred_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def connect_selection(self) -> None:
        """Call once the view has its model: details follow the current row."""
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.update_count()
        first = self.start_index()
        if first.isValid():  # the details pane is never blank at start
            self.view.setCurrentIndex(first)

    # -- hooks for the tabs --------------------------------------------------------------------

    def set_pattern(self, text: str) -> None:
        raise NotImplementedError

    def counts(self) -> tuple[int, int]:
        """(matches shown, total)."""
        raise NotImplementedError

    def first_match(self) -> QModelIndex:
        return self.view.model().index(0, 0)

    def best_matches(self, limit: int) -> list:
        """The rows the search found, best first: a table shows them so."""
        model = self.view.model()
        return [model.row_object(row) for row in range(min(limit, model.rowCount()))]

    def start_index(self) -> QModelIndex:
        """The row current when the tab opens."""
        return self.first_match()

    def search_rows(self) -> tuple[search.Index, Callable[[int], object]]:
        """The rows' folded text, and the row at a position of it: what Ctrl+K searches,
        the tab's own index in its current order."""
        raise NotImplementedError

    def prepare_search(self) -> None:
        """Fold the rows' text now, so the first keystroke need not (a tree does as it is
        built)."""

    def select(self, obj: object) -> bool:
        """Make this row current and show it (a Ctrl+K result)."""
        raise NotImplementedError

    def select_id(self, row_id: str) -> bool:
        """Make the row of this stable id current (a link): False when there is none."""
        raise NotImplementedError

    # -- what the window asks of every tab (pictures, remembered layout) ----------------------

    def picture(self) -> PictureWidget | None:
        """The picture File > Export picture saves, when the tab shows one now: the one put
        above the list, while its panel is shown."""
        if self._picture_above and self._picture_above[0].isVisibleTo(self.window()):
            return self._picture_above[1]
        return None

    def pictures(self) -> list[QWidget]:
        """Every picture the tab shows (above the list, above the details)."""
        return [room.picture for room in self._picture_rooms]

    def show_time_picture(self, visible: bool) -> None:
        """View > Show timelines and map: the picture put above the list shows or hides
        (where there is room for it: PictureRoom)."""
        if self._picture_above:
            self._picture_rooms[0].set_wanted(visible)

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters the window remembers, by the name their settings use."""
        return {"splitter": self.splitter, **self._above_splitters}

    def choices(self) -> dict[str, str]:
        """Other choices the window remembers (History's measure), by name."""
        return {}

    def restore_choice(self, name: str, value: str) -> None:
        """A remembered choice given back; one the data no longer offers is ignored."""

    def details_html(self, index: QModelIndex) -> str:
        raise NotImplementedError

    def object_at(self, index: QModelIndex) -> object:
        raise NotImplementedError

    def key_of(self, index: QModelIndex) -> object:
        """Something that names the row at an index across a new search (not the index)."""
        raise NotImplementedError

    def index_of_key(self, key: object) -> QModelIndex:
        """Where the row named by key_of now shows, or an invalid index."""
        raise NotImplementedError

    def copy(self) -> None:
        raise NotImplementedError

    def copy_text_of(self, obj: object) -> str:
        """What Ctrl+C copies of one row (Ctrl+K copies a result so)."""
        raise NotImplementedError

    def copy_and_report(self, text: str, done: str) -> None:
        """Copy text; the status line says `done`, or that there is no clipboard."""
        if copy_text(text):
            self.status_message.emit(done)
        else:
            self.status_message.emit(
                translate("tab", "The clipboard is not available; nothing was copied")
            )

    def report_nothing_selected(self) -> None:
        self.status_message.emit(translate("tab", "Nothing selected to copy"))

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Column titles and the rows shown, as shown."""
        raise NotImplementedError

    def export_table(self) -> tuple[list[str], list[list[str]]]:
        """What File > Export shown rows writes (the table as shown, unless a tab adds to it)."""
        return self.table()

    # -- shared behaviour ----------------------------------------------------------------------

    def apply_search(self, text: str) -> None:
        self._refilter(lambda: self.set_pattern(text))

    def show_starred_only(self, on: bool) -> None:
        """Only the starred rows, the search applied within them; or every row again."""
        keep = None
        if on:
            ids, row_id = self.starred_ids(), self.declared.row_id
            keep = lambda row: row_id(row) in ids  # noqa: E731
        self._refilter(lambda: self.set_keep(keep))

    def set_keep(self, keep) -> None:
        self.model.set_keep(keep)

    def _refilter(self, change: Callable[[], None]) -> None:
        current = self.view.currentIndex()
        kept = self.key_of(current) if current.isValid() else None
        change()
        self.update_count()
        shown, _ = self.counts()
        text = self.search.text()
        if shown == 0 and self.starred_button.isChecked():
            self.empty_label.setText(
                translate("tab", "No starred rows here match: Ctrl+D stars the current row")
            )
            self.empty_state.show()
        elif shown == 0 and text.strip():
            shown_text = text.strip()
            if len(shown_text) > 40:
                shown_text = shown_text[:40] + "…"
            # Control characters would garble the label; show them as spaces.
            shown_text = "".join(ch if ch.isprintable() else " " for ch in shown_text)
            self.empty_label.setText(
                translate("tab", "No matches for '{text}'").format(text=shown_text)
            )
            self.empty_state.show()
        else:
            self.empty_state.hide()
        self._follow_search(kept)
        self.searched.emit()

    def _follow_search(self, kept: object) -> None:
        """The details and pictures follow the search: the current row stays where it is
        still shown; else the first match becomes current; with no match they clear."""
        index = self.index_of_key(kept) if kept is not None else QModelIndex()
        if not index.isValid():
            index = self.first_match()
        if index.isValid():
            if index != self.view.currentIndex():
                self.view.setCurrentIndex(index)
            return
        self.view.setCurrentIndex(QModelIndex())
        self.details.setHtml("<p><i>" + translate("tab", "No row matches the search.") + "</i></p>")
        self.current_object_changed.emit(None)

    def update_count(self) -> None:
        shown, total = self.counts()
        words = translate("tab", "{shown} of {total} shown")
        self.count_label.setText(self.count_line(shown, total))
        # The widest count this tab can show: a narrow window clips the date line, not this.
        self._count_holder.keep_room_for(words.format(shown=total, total=total))

    def count_line(self, shown: int, total: int) -> str:
        """The count line (Contacts adds "1 for DHRR and 4 under it")."""
        return translate("tab", "{shown} of {total} shown").format(shown=shown, total=total)

    def clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_results(self) -> None:
        """Move to the results and select the first match."""
        index = self.first_match()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected_rows(self) -> list[QModelIndex]:
        """Selected rows (column 0), top to bottom; the current row if nothing is selected."""
        rows = self.view.selectionModel().selectedRows(0)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().siblingAtColumn(0)]
        return sorted(rows, key=lambda i: i.row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setHtml(self.shown_details(current))
            self.current_object_changed.emit(self.object_at(current))
        else:
            self.details.clear()
            self.current_object_changed.emit(None)

    def shown_details(self, index: QModelIndex) -> str:
        """The details of the row at index, its heading starred when the row is."""
        html = self.details_html(index)
        starred = self.starred_ids() if self.declared.link else ()  # a tab with addresses
        if starred and self.declared.row_id(self.object_at(index)) in starred:
            html = html.replace("<h2>", "<h2>★ ", 1)
        return html

    def unhide(self) -> bool:
        """Clear the search and the Starred filter, for a row they hide that a link or a
        result asks for; whether either was on."""
        hidden = bool(self.search.text()) or self.starred_button.isChecked()
        self.search.clear()
        self.starred_button.setChecked(False)
        return hidden

    def refresh_details(self) -> None:
        """The current row's details written again (a star given or taken, a change marked)."""
        current = self.view.currentIndex()
        if current.isValid():
            self.details.setHtml(self.shown_details(current))

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()

    def put_above(
        self, panel: QWidget, picture: PictureWidget, name: str, sizes: list[int]
    ) -> QSplitter:
        """A picture (in its panel, with what goes with it) above results and details, in a
        splitter the user can drag, remembered under `name`; picture(), show_time_picture()
        and splitters() then know it."""
        outer = QSplitter(Qt.Orientation.Vertical)
        position = self.layout().indexOf(self.splitter)
        outer.addWidget(panel)
        outer.addWidget(self.splitter)  # reparenting takes it out of the layout
        self.layout().insertWidget(position, outer, 1)
        outer.setStretchFactor(1, 1)
        outer.setChildrenCollapsible(False)
        outer.setSizes(sizes)
        self._picture_above = (panel, picture)
        self._above_splitters[name] = outer
        self._picture_rooms.append(PictureRoom(outer, picture, keep=LIST_KEEPS))
        return outer

    def put_in_details(self, picture: QWidget) -> QSplitter:
        """A picture above the details text."""
        column = QSplitter(Qt.Orientation.Vertical)
        column.addWidget(picture)
        column.addWidget(self.details)  # reparenting takes it out of the outer splitter
        self.splitter.insertWidget(1, column)
        column.setStretchFactor(1, 1)
        column.setChildrenCollapsible(False)
        self._picture_rooms.append(PictureRoom(column, picture, keep=DETAILS_KEEPS))
        return column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_results()
                return True
        return super().eventFilter(watched, event)


class _OutOfLayout(QWidget):
    """Holds a label whose text changes at every keystroke outside any layout.

    A label's new text relays out its layout, and Qt then relays out every layout up to the
    window; the tab widget answers that by repainting the whole window (17 ms at 1,000
    leaders, on about half the keystrokes). Here the label fills this holder, which keeps one
    line's height.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        label.setParent(self)
        self._least_width = 0
        self._room_for = ""

    def keep_room_for(self, text: str) -> None:
        """Never narrower than this text needs: measured and relaid out when the text changes
        (once per tab, as its row total is fixed), not at each keystroke."""
        if text == self._room_for:
            return
        self._room_for = text
        metrics = self.label.fontMetrics()
        margins = self.label.sizeHint().width() - metrics.horizontalAdvance(self.label.text())
        self._least_width = metrics.horizontalAdvance(text) + max(0, margins)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.label.sizeHint().expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least_width, self.label.sizeHint().height())

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
