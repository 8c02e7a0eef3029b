"""The main window: composes the tabs, the pictures, the menus and the status line; the rest is
delegated (menus.py, exporting.py, navigation.py, window_state.py, the tabs themselves)."""

from __future__ import annotations

import linecache
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from iomdesk import __version__, details, records
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.store import Store
from iomdesk.tabs import Tab
from iomdesk.tabs import title as tab_title
from iomdesk.views import menus, theme, window_state
from iomdesk.views.dialogs import show_page
from iomdesk.views.exporting import Exporting
from iomdesk.views.leadership import LeadershipTab
from iomdesk.views.navigation import Navigation, open_url
from iomdesk.views.picture import PictureWidget
from iomdesk.views.search_tab import SearchTab

if TYPE_CHECKING:
    from iomdesk.views.contacts import ContactsTab
    from iomdesk.views.elections import ElectionsTab
    from iomdesk.views.everywhere import EverywhereBox
    from iomdesk.views.history import HistoryTab
    from iomdesk.views.structure import StructureTab

log = logging.getLogger(__name__)
WINDOW_TITLE = QT_TRANSLATE_NOOP("window", "iomdesk — IOM reference")
STATUS_SECONDS = 6


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


class MainWindow(QMainWindow):
    """Leadership is built before the first paint; the other tabs right after it.

    Structure and Contacts can hold tens of thousands of rows: loading them after the window
    has painted keeps startup short. Touching `elections`, `structure`, `contacts` or
    `history` (a shortcut, a link, a test) builds them at once if the idle moment has not
    come yet.
    """

    def __init__(self, store: Store, open_mail: Callable[[str], bool] = open_url) -> None:
        super().__init__()
        self.store = store
        self.open_mail = open_mail
        self.setWindowTitle(translate("window", WINDOW_TITLE))
        self.resize(1320, 820)
        self._rest: tuple[ElectionsTab, StructureTab, ContactsTab, HistoryTab] | None = None
        self._when_loaded: list[Callable[[], None]] = []
        self._when_painted: list[Callable[[], None]] | None = []  # None once painted
        self._everywhere: EverywhereBox | None = None

        self.leadership = LeadershipTab(store)
        self.timeline = self.leadership.timeline
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("window", "Sections"))
        self._wire(self.leadership)
        self.tabs.addTab(self.leadership, self.leadership.label)
        for key in (Tab.ELECTIONS, Tab.STRUCTURE, Tab.CONTACTS, Tab.HISTORY):
            self.tabs.addTab(QLabel(translate("window", "Loading…")), tab_title(key))
        self.setCentralWidget(self.tabs)

        self.exporting = Exporting(
            self,
            store,
            self.current_tab,
            lambda: self.contacts,
            self.current_picture,
            self.show_status,
        )
        self.navigation = Navigation(
            store,
            self.tab,
            self.tabs.setCurrentWidget,
            lambda addresses: self.contacts.write_to(addresses),
            self.show_status,
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
                "export_vcards": self.exporting.vcards,
                "export_selected_vcards": lambda: self.exporting.vcards(selected_only=True),
                "show_shortcuts": self.show_shortcuts,
                "show_about": self.show_about,
                "close": self.close,
                "set_theme": self.set_theme,
            },
        )
        self.leadership.search.setFocus()
        window_state.restore(
            self,
            self.tabs,
            self.leadership,
            self.leadership.timeline_splitter,
            self.set_timeline_visible,
            self.ensure_tabs,
        )
        # The rows of the tab it reopens on (Leadership's would never paint under another).
        # Not the window's own paint: that can come before the rows', and building the other
        # tabs first kept 100,000 contacts' window blank for 4 s.
        self._paint_watch = _FirstPaint(self.tabs.currentWidget().viewport, self._after_first_paint)

    def _wire(self, tab: SearchTab) -> None:
        tab.as_of_label.setText(records.as_of_text(self.store.meta, tab.key))

        def make_clear_button() -> None:
            tab.search.setClearButtonEnabled(True)

        # The search field's clear button shows only once something is typed; making it (its
        # icon from the style) cost 1.2 ms of every start: the first tab's is made once its
        # first frame is drawn. The field is the timer's context: a window closed meanwhile
        # drops the call.
        self.when_painted(lambda: QTimer.singleShot(0, tab.search, make_clear_button))
        tab.status_message.connect(self.show_status)
        tab.link_activated.connect(lambda url: self.navigation.follow(url))

    def _after_first_paint(self) -> None:
        callbacks, self._when_painted = self._when_painted or [], None
        for callback in callbacks:
            callback()
        linecache.clearcache()
        QTimer.singleShot(0, self.ensure_tabs)
        QTimer.singleShot(0, self._set_icon)
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

        from iomdesk.store import default_path

        icon = QIcon(str(default_path().with_name("iomdesk.svg")))
        QApplication.instance().setWindowIcon(icon)
        self.setWindowIcon(icon)

    # -- the tabs -------------------------------------------------------------------------------

    def ensure_tabs(self) -> tuple[ElectionsTab, StructureTab, ContactsTab, HistoryTab]:
        """Build Elections, Structure, Contacts and History (once), in place of their
        placeholders."""
        if self._rest is not None:
            return self._rest
        started = time.perf_counter()
        # Imported here: what the first paint does not need is not loaded before it.
        from iomdesk.views.contacts import ContactsTab
        from iomdesk.views.elections import ElectionsTab
        from iomdesk.views.history import HistoryTab
        from iomdesk.views.structure import StructureTab

        store = self.store
        elections = ElectionsTab(store)
        self.vote_chart = elections.vote_chart
        structure = StructureTab(store)
        contacts = ContactsTab(store, lambda url: self.open_mail(url))
        history = HistoryTab(store)
        history.chart_panel.setVisible(not self.timeline.isHidden())  # View > Show timelines
        self._rest = (elections, structure, contacts, history)
        current = self.tabs.currentIndex()
        for index, tab in enumerate(self._rest, start=1):
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            placeholder.deleteLater()
            self.tabs.insertTab(index, tab, tab.label)
            self._wire(tab)
        self.tabs.setCurrentIndex(current)
        settings = QSettings()
        for tab in self._rest:
            window_state.restore_tab(settings, tab)
        self.show_status(records.summary_text(store))
        log.debug(
            "built Elections, Structure, Contacts, History in %.0f ms",
            (time.perf_counter() - started) * 1000,
        )
        QTimer.singleShot(0, self._prepare_search)
        callbacks, self._when_loaded = self._when_loaded, []
        for callback in callbacks:
            callback()
        return self._rest

    def _prepare_search(self) -> None:
        """Fold the rows' text while the user is still looking, before the first keystroke."""
        for tab in (self.leadership, self.elections, self.contacts, self.history):
            tab.model.prepare_search()

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

    @property
    def elections(self) -> ElectionsTab:
        return self.ensure_tabs()[0]

    @property
    def structure(self) -> StructureTab:
        return self.ensure_tabs()[1]

    @property
    def contacts(self) -> ContactsTab:
        return self.ensure_tabs()[2]

    @property
    def history(self) -> HistoryTab:
        return self.ensure_tabs()[3]

    def all_tabs(self) -> list[SearchTab]:
        return [self.leadership, *self.ensure_tabs()]

    def tab(self, key: Tab) -> SearchTab:
        return next(tab for tab in self.all_tabs() if tab.key == key)

    def current_tab(self) -> SearchTab:
        self.ensure_tabs()
        return self.tabs.currentWidget()

    def show_tab(self, tab: SearchTab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.focus_search()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    # -- the pictures ---------------------------------------------------------------------------

    def set_timeline_visible(self, visible: bool) -> None:
        """Leadership's timeline and History's chart: the pictures on a time axis."""
        self.timeline.setVisible(visible)
        if self._rest is not None:
            self._rest[3].chart_panel.setVisible(visible)
        self.actions_by_name["set_timeline_visible"].setChecked(visible)

    def current_picture(self) -> PictureWidget | None:
        """The open tab's picture; it never builds the tabs not built yet."""
        current = self.tabs.currentWidget()
        if current is self.leadership and self.timeline.isVisibleTo(self):
            return self.timeline
        if self._rest is not None and current is self._rest[0]:
            return self.vote_chart
        if self._rest is not None and current is self._rest[3]:
            history = self._rest[3]
            return history.chart if history.chart_panel.isVisibleTo(self) else None
        return None

    # -- search everywhere ----------------------------------------------------------------------

    def everywhere_sections(self):
        """What the box searches: each tab's own index (in its current order)."""
        from iomdesk import everywhere  # not needed before the first Ctrl+K

        elections, structure, contacts, history = self.ensure_tabs()
        return everywhere.sections(
            self.store,
            (self.leadership.model.search_index, self.leadership.model.object_at_position),
            (elections.model.search_index, elections.model.object_at_position),
            (structure.model.search_index, structure.model.unit_at_position),
            (contacts.model.search_index, contacts.model.object_at_position),
            (history.model.search_index, history.model.object_at_position),
        )

    def open_everywhere(self) -> EverywhereBox:
        if self._everywhere is None:
            from iomdesk.views.everywhere import EverywhereBox

            self._everywhere = EverywhereBox(self.everywhere_sections, self)
            self._everywhere.chosen.connect(self.navigation.go_to)
            self._everywhere.copy_requested.connect(self.navigation.copy_hit)
        self._everywhere.open_over(self)
        return self._everywhere

    # -- the rest of the menus ------------------------------------------------------------------

    def set_theme(self, choice: str) -> None:
        applied = theme.apply_theme(choice)
        QSettings().setValue("view/theme", applied)
        for name, action in self.actions_by_name.items():
            if name.startswith("theme:"):
                action.setChecked(name == f"theme:{applied}")
        self.show_status(translate("window", "Theme: {theme}").format(theme=applied))

    def show_shortcuts(self) -> None:
        show_page(self, translate("window", "Keyboard shortcuts"), menus.shortcuts_html(), 660, 420)

    def show_about(self) -> None:
        about = details.about_html(self.store, __version__)
        show_page(self, translate("window", "About iomdesk"), about, 720, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(
            self,
            self.tabs,
            [self.leadership, *(self._rest or ())],
            self.leadership.timeline_splitter,
            self.actions_by_name["set_timeline_visible"].isChecked(),
        )
        super().closeEvent(event)
