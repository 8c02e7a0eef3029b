"""The main window: composes the tabs, the pictures, the menus and the status line; the rest is
delegated (menus.py, exporting.py, navigation.py, window_state.py, the tabs themselves)."""

from __future__ import annotations

import linecache
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from iomdesk import APP_ID, __version__, details, records, tabs
from iomdesk.database import default_path
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.links import row_link
from iomdesk.store import Store
from iomdesk.tabs.base import Tab
from iomdesk.views import menus, theme, window_state
from iomdesk.views.details_pane import DetailsPane
from iomdesk.views.dialogs import show_page
from iomdesk.views.exporting import Exporting
from iomdesk.views.navigation import Navigation, open_url
from iomdesk.views.picture import PictureWidget
from iomdesk.views.search_tab import SearchTab

if TYPE_CHECKING:
    from iomdesk import packs
    from iomdesk.views.everywhere import EverywhereBox

log = logging.getLogger(__name__)
WINDOW_TITLE = QT_TRANSLATE_NOOP("window", "iomdesk — IOM reference")
# The windows open: one, but two for a moment while File > Open data file makes the next one.
OPEN_WINDOWS: list[MainWindow] = []
STATUS_SECONDS = 6
# The Edit menu's commands on the current row, in the results' context menu as well.
ROW_COMMANDS = (
    "toggle_star",
    "copy_link",
    "copy_citation",
    "copy_citation_markdown",
    "copy_citation_wikipedia",
)


class _FirstPaint(QObject):
    """Calls back once, after the watched widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._callback()
        return False


class RoomyTabBar(QTabBar):
    """Tabs a few pixels taller than the style makes them: Fusion draws an unselected tab
    lower than the selected one, and cut the accent off 'Élections' unless it was chosen."""

    ACCENT_ROOM = 4

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        return QSize(hint.width(), hint.height() + self.ACCENT_ROOM)


class MainWindow(QMainWindow):
    """The tabs of the registry (iomdesk.tabs.TABS), in its order: the first is built before
    the first paint, the others right after it.

    Structure and Contacts can hold tens of thousands of rows: loading them after the window
    has painted keeps startup short. Asking for a tab (`tab(key)`: a shortcut, a link, a
    test) builds them at once if the idle moment has not come yet.
    """

    def __init__(
        self,
        store: Store,
        open_mail: Callable[[str], bool] = open_url,
        data: packs.Choice | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.data = data  # which file is in use and which packs were passed over, and why
        self.open_mail = open_mail
        self.setWindowTitle(translate("window", WINDOW_TITLE))
        self.resize(1320, 820)
        self.declared: list[Tab] = [tab(store) for tab in tabs.TABS]
        self._rest: list[SearchTab] | None = None  # the tabs after the first, once built
        self._when_loaded: list[Callable[[], None]] = []
        self._when_painted: list[Callable[[], None]] | None = []  # None once painted
        self._everywhere: EverywhereBox | None = None
        self._time_pictures_shown = True
        OPEN_WINDOWS.append(self)
        self.setAcceptDrops(True)  # a data pack dropped on the window

        from iomdesk.views.starring import Starring

        self.starring = Starring(self)  # before the first tab: each tab is wired to it
        first, *rest = self.declared
        self.first_tab = self._build(first)
        self.tabs = QTabWidget()
        self.tabs.setTabBar(RoomyTabBar())
        self.tabs.setAccessibleName(translate("window", "Sections"))
        self.tabs.addTab(self.first_tab, self.first_tab.label)
        for declared in rest:
            self.tabs.addTab(QLabel(translate("window", "Loading…")), declared.shown_title())
        self.setCentralWidget(self.tabs)
        # Which data this is, for as long as the window shows it: the status line's summary
        # goes after a few seconds, or as soon as a menu is opened.
        self.data_label = QLabel(records.data_in_use(store, data))
        self.data_label.setToolTip(
            translate("window", "{path} (Help > Data says more)").format(path=store.path)
        )
        self.statusBar().addPermanentWidget(self.data_label)

        self.exporting = Exporting(
            self,
            self.declared,
            self.current_tab,
            self.tab,
            self.current_picture,
            self.show_status,
        )
        from iomdesk.views.data_files import DataFiles

        self.data_files = DataFiles(self)
        self.navigation = Navigation(
            self.declared,
            self.tab,
            self.tabs.setCurrentWidget,
            self.write_to,
            self.show_status,
            current=self.current_tab,
        )
        self.actions_by_name = menus.install(
            self,
            {
                "show_tab_number": lambda n: self.show_tab(self.all_tabs()[n]),
                "focus_search": lambda: self.current_tab().focus_search(),
                "open_everywhere": self.open_everywhere,
                "set_timeline_visible": self.set_timeline_visible,
                "export_picture": self.exporting.picture,
                "export_rows": self.exporting.rows,
                "tab_export": self.exporting.file,
                "show_shortcuts": self.show_shortcuts,
                "show_about": self.show_about,
                "open_data_file": self.data_files.open_dialog,
                "show_data": self.data_files.show_data,
                "show_whats_new": self.data_files.whats_new,
                "close": self.close,
                "set_theme": self.set_theme,
                "export_details_pdf": self.exporting.details_pdf,
                "print_details": self.exporting.print_details,
                "edit_copy": self.edit_copy,
                "edit_select_all": self.edit_select_all,
                "copy_link": self.copy_link,
                "toggle_star": lambda: self.starring.toggle_star(),
                "toggle_starred_filter": lambda: self.starring.toggle_filter(),
                "export_stars": lambda: self.starring.export(),
                "import_stars": lambda: self.starring.import_(),
                "copy_citation": lambda: self.copy_citation("plain"),
                "copy_citation_markdown": lambda: self.copy_citation("markdown"),
                "copy_citation_wikipedia": lambda: self.copy_citation("wikipedia"),
                "go_back": self.navigation.back,
                "context_menu": self.open_context_menu,
                "go_forward": self.navigation.forward,
            },
            self.declared,
        )
        for tab in [self.first_tab, *(self._rest or [])]:
            self._add_menus(tab)
        self.navigation.trail_changed = self._show_trail
        self._show_trail()
        self.first_tab.search.setFocus()
        window_state.restore(
            self, self.tabs, self.first_tab, self.set_timeline_visible, self.ensure_tabs
        )
        # The rows of the tab it reopens on (the first tab's would never paint under another).
        # Not the window's own paint: that can come before the rows', and building the other
        # tabs first kept 100,000 contacts' window blank for 4 s.
        self._paint_watch = _FirstPaint(self.tabs.currentWidget().viewport, self._after_first_paint)

    def _build(self, declared: Tab) -> SearchTab:
        """A tab's view, as the tab declares it ('module:Class'), wired to the window."""
        from importlib import import_module

        module, _, name = declared.view.partition(":")
        view = getattr(import_module(module), name)(declared, lambda url: self.open_mail(url))
        self._wire(view)
        return view

    def _wire(self, tab: SearchTab) -> None:
        tab.as_of_label.setText(tab.declared.as_of())

        def make_clear_button() -> None:
            tab.search.setClearButtonEnabled(True)

        # The search field's clear button shows only once something is typed; making it (its
        # icon from the style) cost 1.2 ms of every start: the first tab's is made once its
        # first frame is drawn. The field is the timer's context: a window closed meanwhile
        # drops the call.
        self.when_painted(lambda: QTimer.singleShot(0, tab.search, make_clear_button))
        for part in (tab.viewport, tab, tab.search):
            part.installEventFilter(self)  # the mouse's back and forward buttons
        tab.status_message.connect(self.show_status)
        tab.link_activated.connect(lambda url: self.navigation.follow(url))
        self.starring.wire(tab)

    def _after_first_paint(self) -> None:
        callbacks, self._when_painted = self._when_painted or [], None
        for callback in callbacks:
            callback()
        linecache.clearcache()
        QTimer.singleShot(0, self, self.ensure_tabs)  # with self: dropped if it is deleted first
        QTimer.singleShot(0, self, self._set_icon)
        # PySide6 reads the source of each module imported after it into linecache (to see
        # whether it uses its __feature__ switches). app.spare_pyside_source_reading spares
        # most of that (5 files, 0.16 million characters are still read, against 51 and 1.07
        # million); what is read anyway, the app never uses. A traceback reads the files again
        # if it needs them.
        self.when_loaded(linecache.clearcache)

    def _set_icon(self) -> None:
        """The window icon: an SVG, whose image plugin need not load before the first paint."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        icon = QIcon(str(default_path().with_name(f"{APP_ID}.svg")))
        QApplication.instance().setWindowIcon(icon)
        self.setWindowIcon(icon)

    # -- the tabs -------------------------------------------------------------------------------

    def ensure_tabs(self) -> list[SearchTab]:
        """Build every tab after the first (once), in place of their placeholders."""
        if self._rest is not None:
            return self._rest
        started = time.perf_counter()
        self._rest = [self._build(declared) for declared in self.declared[1:]]
        current = self.tabs.currentIndex()
        for index, tab in enumerate(self._rest, start=1):
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            placeholder.deleteLater()
            self.tabs.insertTab(index, tab, tab.label)
        self.tabs.setCurrentIndex(current)
        settings = QSettings()
        for tab in self._rest:
            if hasattr(self, "actions_by_name"):  # else __init__ adds them once it has them
                self._add_menus(tab)
            tab.show_time_picture(self._time_pictures_shown)  # View > Show timelines and map
            window_state.restore_tab(settings, tab)
        counts = [tab.count() for tab in self.declared]
        summary = records.summary_text(self.store, counts)
        about_data = records.data_line(self.data)
        self.show_status(f"{summary}; {about_data}" if about_data else summary)
        log.debug(
            "built %s in %.0f ms",
            ", ".join(tab.label for tab in self._rest),
            (time.perf_counter() - started) * 1000,
        )
        QTimer.singleShot(0, self, self._prepare_search)
        if self.data is not None and self.store.path != default_path():  # a pack: which rows
            # differ from the shipped data (not for --db: any file at all, and tests' own)
            QTimer.singleShot(0, self, self.data_files.mark_changed_rows)
        callbacks, self._when_loaded = self._when_loaded, []
        for callback in callbacks:
            callback()
        return self._rest

    def _prepare_search(self) -> None:
        """Fold the rows' text while the user is still looking, before the first keystroke."""
        for tab in self.all_tabs():
            tab.prepare_search()

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Run the callback once the rows of the tab shown first are painted."""
        if self._when_painted is None:
            callback()
        else:
            self._when_painted.append(callback)

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Run the callback once every tab has its data."""
        if self._rest is not None:
            callback()
        else:
            self._when_loaded.append(callback)

    def all_tabs(self) -> list[SearchTab]:
        return [self.first_tab, *self.ensure_tabs()]

    def tab(self, key: str) -> SearchTab:
        """The view of the tab of this key (built if need be)."""
        if key == self.first_tab.key:
            return self.first_tab
        return next(tab for tab in self.ensure_tabs() if tab.key == key)

    def current_tab(self) -> SearchTab:
        self.ensure_tabs()
        return self.tabs.currentWidget()

    def show_tab(self, tab: SearchTab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.focus_search()

    def _add_menus(self, tab: SearchTab) -> None:
        """The window's commands in a tab's context menus: its row's link and citations in
        the results', Print and PDF in the details pane's, Export picture and Show timelines
        in each picture's."""
        actions = self.actions_by_name
        tab.row_actions = [actions[name] for name in ROW_COMMANDS]
        tab.details.window_actions = [actions["print_details"], actions["export_details_pdf"]]
        for picture in tab.pictures():  # not findChildren: it wraps every child (5 ms)
            picture.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            picture.addActions([actions["export_picture"], actions["set_timeline_visible"]])

    def edit_copy(self) -> None:
        """Edit > Copy: what Ctrl+C does where the focus is (a text's selection, else the
        current tab's rows, as the list copies them)."""
        from PySide6.QtWidgets import QTextEdit  # its enums: not before the first paint

        focused = QApplication.focusWidget()
        selected = (isinstance(focused, QLineEdit) and focused.hasSelectedText()) or (
            isinstance(focused, QTextEdit) and focused.textCursor().hasSelection()
        )
        if selected:
            focused.copy()
        else:
            self.current_tab().copy()

    def current_row(self) -> tuple[SearchTab, object | None]:
        """The current tab and its current row (None when no row is current)."""
        tab = self.current_tab()
        index = tab.view.currentIndex()
        return tab, tab.object_at(index) if index.isValid() else None

    def copy_link(self) -> None:
        """Edit > Copy link: the current row's address, which opens iomdesk on it."""
        tab, row = self.current_row()
        link = tab.declared.address(row) if row is not None else None
        if link is None:
            tab.report_nothing_selected()
            return
        tab.copy_and_report(link, translate("window", "Copied {text}").format(text=link))

    def copy_citation(self, form: str) -> None:
        """Edit > Copy citation: the current row's fact and its sources, as plain text,
        Markdown or Wikipedia's {{cite web}} (access-date: when the sources were checked)."""
        from iomdesk import citations

        tab, row = self.current_row()
        if row is None:
            tab.report_nothing_selected()
            return
        cited = tab.declared.cited(row)
        text = citations.FORMATS[form](cited, self.store.meta.get("sources_checked", ""))
        said = translate("window", "Copied the citation of {row} ({count} sources)")
        title = records.capped(tab.declared.hit_title(row), 80)
        tab.copy_and_report(text, said.format(row=title, count=len(cited.sources)))

    def edit_select_all(self) -> None:
        """Edit > Select all: the focused text's whole text, else every shown row."""
        from PySide6.QtWidgets import QTextEdit

        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QTextEdit)):
            focused.selectAll()
            return
        tab = self.current_tab()
        tab.view.setFocus()
        tab.view.selectAll()

    def open_context_menu(self) -> None:
        """Shift+F10: what the Menu key does, on the widget that has the focus (at its
        current row or cursor, as the keyboard's context menu opens)."""
        from PySide6.QtCore import QRect, QRectF
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QAbstractScrollArea

        focused = QApplication.focusWidget()
        if focused is None:
            return
        target = focused.viewport() if isinstance(focused, QAbstractScrollArea) else focused
        cursor = focused.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        if isinstance(cursor, (QRect, QRectF)) and not cursor.isEmpty():
            where = QRectF(cursor).center().toPoint()  # the current row, the text cursor
        else:
            where = target.rect().center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, where, target.mapToGlobal(where)
        )
        QApplication.sendEvent(target, event)

    def _show_trail(self) -> None:
        """View > Back and Forward are enabled when there is somewhere to go."""
        self.actions_by_name["go_back"].setEnabled(bool(self.navigation.behind))
        self.actions_by_name["go_forward"].setEnabled(bool(self.navigation.ahead))

    def eventFilter(self, watched, event) -> bool:
        """The mouse's back and forward buttons, over a list, a details pane or a picture;
        a data pack dropped on a search field (which would take its address as text)."""
        drag = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if event.type() in drag and self.data_files.dropped_file(event.mimeData()) is not None:
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.BackButton:
                self.navigation.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.navigation.forward()
                return True
        return super().eventFilter(watched, event)

    def open_address(self, address: str) -> None:
        """An address from the command line or from a later start: the window comes to the
        front, on that row (or says that no row has it)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if not address:
            return
        link = row_link(address)
        if link is None:
            said = translate("window", "{address} is not the address of a row.")
            self.show_status(said.format(address=address))
            return
        self.navigation.follow(link.url)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    # -- the pictures ---------------------------------------------------------------------------

    def set_timeline_visible(self, visible: bool) -> None:
        """The pictures on a time axis (Leadership's timeline, History's chart)."""
        self._time_pictures_shown = visible
        for tab in [self.first_tab, *(self._rest or ())]:
            tab.show_time_picture(visible)
        self.actions_by_name["set_timeline_visible"].setChecked(visible)

    def current_picture(self) -> PictureWidget | None:
        """The open tab's picture; it never builds the tabs not built yet."""
        current = self.tabs.currentWidget()
        return current.picture() if isinstance(current, SearchTab) else None

    def write_to(self, addresses: list[str]) -> None:
        """A mailto: link followed: the mail client, or the addresses copied."""
        from iomdesk.views import mail

        self.show_status(mail.write_to(addresses, self.open_mail))

    # -- search everywhere ----------------------------------------------------------------------

    def everywhere_sections(self):
        """What the box searches: each tab's own index (in its current order)."""
        from iomdesk import everywhere  # not needed before the first Ctrl+K

        return [
            everywhere.section(declared, *view.search_rows())
            for declared, view in zip(self.declared, self.all_tabs(), strict=True)
        ]

    def open_everywhere(self) -> EverywhereBox:
        if self._everywhere is None:
            from iomdesk.views.everywhere import EverywhereBox

            self._everywhere = EverywhereBox(
                self.everywhere_sections, self, self.starring.marked_groups
            )
            self._everywhere.chosen.connect(self.go_to_hit)
            self._everywhere.copy_requested.connect(self.navigation.copy_hit)
        self._everywhere.open_over(self)
        return self._everywhere

    def go_to_hit(self, hit) -> None:
        """A Ctrl+K result: its row, or (a star no longer in the data) a line saying so."""
        if hit.obj is None:
            said = translate("window", "{address} is no longer in the data.")
            self.show_status(said.format(address=hit.title))
            return
        self.navigation.go_to(hit)

    # -- the rest of the menus ------------------------------------------------------------------

    def set_theme(self, choice: str) -> None:
        applied = theme.apply_theme(choice)
        for pane in self.findChildren(DetailsPane):
            pane.follow_palette()
        QSettings().setValue("view/theme", applied)
        for name, action in self.actions_by_name.items():
            if name.startswith("theme:"):
                action.setChecked(name == f"theme:{applied}")
        label = dict(menus.THEMES)[applied]  # "&Dark": the menu's word, in the language
        name = translate("window", label).replace("&", "").lower()
        self.show_status(translate("window", "Theme: {theme}").format(theme=name))

    def show_shortcuts(self) -> None:
        shortcuts = menus.shortcuts_html(self.declared)
        show_page(self, translate("window", "Keyboard shortcuts"), shortcuts, 660, 420)

    def show_about(self) -> None:
        as_of = [(tab.shown_title(), tab.as_of()) for tab in self.declared]
        coverage = [(tab.shown_title(), tab.coverage()) for tab in self.declared if tab.coverage()]
        about = details.about_html(self.store, __version__, as_of, coverage)
        show_page(
            self,
            translate("window", "About iomdesk"),
            about,
            720,
            640,
            follow=self.navigation.follow,
        )

    def dragEnterEvent(self, event) -> None:
        if self.data_files.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        dropped = self.data_files.dropped_file(event.mimeData())
        if dropped is not None:
            event.acceptProposedAction()
            self.data_files.drop(dropped, event.mimeData())

    def save_state(self) -> None:
        """Where the window is and what it shows, for the next start (or the next window)."""
        window_state.save(
            self,
            self.tabs,
            [self.first_tab, *(self._rest or ())],
            self.actions_by_name["set_timeline_visible"].isChecked(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if self in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(self)
