"""The main window: four tabs, menus, shortcuts, and the links between tabs."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iomdesk import __version__, dates, details, records, search
from iomdesk.clipboard import copy_text
from iomdesk.models.tabs import (
    ELECTIONS_DATE_COLUMN,
    LEADERSHIP_FROM_COLUMN,
    elections_model,
    leadership_model,
)
from iomdesk.models.tree import unit_label
from iomdesk.store import Store

if TYPE_CHECKING:
    from iomdesk import everywhere
    from iomdesk.views.contacts import ContactsTab
    from iomdesk.views.everywhere import EverywhereBox
    from iomdesk.views.structure import StructureTab
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.views import theme
from iomdesk.views.picture import PictureWidget
from iomdesk.views.search_tab import SearchTab, saved_bytes
from iomdesk.views.table_tab import TableTab
from iomdesk.views.timeline import TimelineWidget

WINDOW_TITLE = "iomdesk — IOM reference"
STATUS_SECONDS = 6

SHORTCUTS = (
    (
        "Ctrl+1 … Ctrl+4",
        QT_TRANSLATE_NOOP("shortcuts", "Leadership, Elections, Structure, Contacts"),
    ),
    ("Ctrl+F", QT_TRANSLATE_NOOP("shortcuts", "Search in the current tab (selects the text)")),
    (
        "Ctrl+K, Ctrl+L",
        QT_TRANSLATE_NOOP(
            "shortcuts", "Search everywhere: every tab at once; Enter goes to the result"
        ),
    ),
    (QT_TRANSLATE_NOOP("shortcuts", "Esc"), QT_TRANSLATE_NOOP("shortcuts", "Clear the search")),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Down or Enter"),
        QT_TRANSLATE_NOOP("shortcuts", "From the search field to the first match"),
    ),
    ("Ctrl+A", QT_TRANSLATE_NOOP("shortcuts", "Select all shown rows")),
    (
        "Ctrl+C",
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "Copy: contacts' e-mail addresses; table rows as tab-separated text; "
            "the unit's path in Structure",
        ),
    ),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("shortcuts", 'Contacts: copy as "Name <e-mail>"')),
    (
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("shortcuts", "Contacts: write an e-mail (double-click does the same)"),
    ),
    ("Ctrl+T", QT_TRANSLATE_NOOP("shortcuts", "Show or hide the leadership timeline")),
    (
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP(
            "shortcuts", "Export the current tab's picture as PNG (File > Export picture)"
        ),
    ),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("shortcuts", "Export the current tab's shown rows as CSV")),
    ("F1", QT_TRANSLATE_NOOP("shortcuts", "This list of shortcuts")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("shortcuts", "Quit")),
)


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


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
    has painted keeps startup short. Touching `elections`, `structure` or `contacts` (a
    shortcut, a link, a test) builds them at once if the idle moment has not come yet.
    """

    def __init__(self, store: Store, open_mail: Callable[[str], bool] = open_url) -> None:
        super().__init__()
        self.store = store
        self.open_mail = open_mail
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1320, 820)
        self._rest: tuple[TableTab, StructureTab, ContactsTab] | None = None
        self._when_loaded: list[Callable[[], None]] = []

        self.leadership = TableTab(
            QT_TRANSLATE_NOOP("tabs", "Leadership"),
            leadership_model(store),
            lambda row: details.leader_html(store, row),
            sort=(LEADERSHIP_FROM_COLUMN, Qt.SortOrder.AscendingOrder),
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("window", "Sections"))
        self._wire(self.leadership)
        self.tabs.addTab(self.leadership, self.leadership.label)
        for title in (
            QT_TRANSLATE_NOOP("tabs", "Elections"),
            QT_TRANSLATE_NOOP("tabs", "Structure"),
            QT_TRANSLATE_NOOP("tabs", "Contacts"),
        ):
            self.tabs.addTab(QLabel(translate("window", "Loading…")), translate("tabs", title))
        self.setCentralWidget(self.tabs)
        self._select_current_head()
        self._add_timeline()

        self._build_menus()
        for number in range(1, 5):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_tab(self.all_tabs()[n - 1]))
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(
            lambda: self.current_tab().focus_search()
        )
        self._everywhere: EverywhereBox | None = None
        self._milestones: search.Index | None = None
        self._figures: search.Index | None = None
        for keys in ("Ctrl+K", "Ctrl+L"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.open_everywhere)
        self.leadership.search.setFocus()
        self.restore_state()
        self._paint_watch = _FirstPaint(self.leadership.view.viewport(), self._after_first_paint)

    def _wire(self, tab: SearchTab) -> None:
        tab.as_of_label.setText(records.as_of_text(self.store.meta, tab.title.lower()))
        tab.status_message.connect(self.show_status)
        tab.link_activated.connect(self.follow_link)

    def _after_first_paint(self) -> None:
        QTimer.singleShot(0, self.ensure_tabs)
        QTimer.singleShot(0, self._set_icon)

    def _set_icon(self) -> None:
        """The window icon: an SVG, whose image plugin need not load before the first paint."""
        from PySide6.QtGui import QIcon

        from iomdesk.store import default_path

        icon = QIcon(str(default_path().with_name("iomdesk.svg")))
        QApplication.instance().setWindowIcon(icon)
        self.setWindowIcon(icon)

    def ensure_tabs(self) -> tuple[TableTab, StructureTab, ContactsTab]:
        """Build Elections, Structure and Contacts (once), in place of their placeholders."""
        if self._rest is not None:
            return self._rest
        # Imported here: what the first paint does not need is not loaded before it.
        from iomdesk.views.contacts import ContactsTab
        from iomdesk.views.structure import StructureTab

        store = self.store
        elections = TableTab(
            QT_TRANSLATE_NOOP("tabs", "Elections"),
            elections_model(store),
            lambda e: details.election_html(store, e),
            sort=(ELECTIONS_DATE_COLUMN, Qt.SortOrder.DescendingOrder),
        )
        elections.splitter.setSizes([560, 720])  # the rounds need the room
        structure = StructureTab(store)
        contacts = ContactsTab(store, lambda url: self.open_mail(url))
        self._rest = (elections, structure, contacts)
        current = self.tabs.currentIndex()
        for index, tab in enumerate(self._rest, start=1):
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            placeholder.deleteLater()
            self.tabs.insertTab(index, tab, tab.label)
            self._wire(tab)
        self.tabs.setCurrentIndex(current)
        self._add_vote_chart(elections)
        settings = QSettings()
        for tab in self._rest:
            tab.restore_state(settings, tab.title.lower())
        self.statusBar().showMessage(
            translate(
                "window",
                "{posts} posts held, {elections} elections, {units} units, {contacts} contacts"
                " — sources checked to {date}",
            ).format(
                posts=len(store.tenures),
                elections=len(store.elections),
                units=len(store.units),
                contacts=len(store.contacts),
                date=dates.display(store.meta.get("sources_checked")) or "?",
            ),
            STATUS_SECONDS * 1000,
        )
        QTimer.singleShot(0, self._prepare_search)
        callbacks, self._when_loaded = self._when_loaded, []
        for callback in callbacks:
            callback()
        return self._rest

    def _prepare_search(self) -> None:
        """Fold the rows' text while the user is still looking, before the first keystroke."""
        for tab in (self.leadership, self.elections, self.contacts):
            tab.model.prepare_search()

    @property
    def elections(self) -> TableTab:
        return self.ensure_tabs()[0]

    @property
    def structure(self) -> StructureTab:
        return self.ensure_tabs()[1]

    @property
    def contacts(self) -> ContactsTab:
        return self.ensure_tabs()[2]

    def _add_timeline(self) -> None:
        """The timeline above the leaders, linked both ways to the table and its search."""
        tab = self.leadership
        self.timeline = TimelineWidget(self.store, tab.shown_objects())
        self.timeline_splitter = tab.put_above(self.timeline)
        self.timeline_splitter.setSizes([200, 560])
        self.timeline.tenure_clicked.connect(
            lambda tenure_id: tab.select_object(lambda r: r.tenure.id == tenure_id)
        )
        tab.current_object_changed.connect(
            lambda row: self.timeline.set_selected(row.tenure.id if row else None)
        )
        tab.searched.connect(self._dim_timeline)
        current = tab.view.currentIndex()
        if current.isValid():
            self.timeline.set_selected(tab.object_at(current).tenure.id)

    def _add_vote_chart(self, elections: TableTab) -> None:
        """The vote chart above an election's details, following the selected election."""
        from iomdesk.views.vote_chart import VoteChart

        self.vote_chart = VoteChart()
        column = elections.put_in_details(self.vote_chart)
        column.setSizes([300, 420])
        elections.current_object_changed.connect(
            lambda election: self.vote_chart.set_election(self.store, election)
        )
        current = elections.view.currentIndex()
        if current.isValid():
            self.vote_chart.set_election(self.store, elections.object_at(current))

    def _dim_timeline(self) -> None:
        tab = self.leadership
        if tab.model.pattern_words():
            self.timeline.set_matching({row.tenure.id for row in tab.shown_objects()})
        else:
            self.timeline.set_matching(None)

    def set_theme(self, choice: str) -> None:
        applied = theme.apply_theme(choice)
        QSettings().setValue("view/theme", applied)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == applied)
        self.show_status(translate("window", "Theme: {theme}").format(theme=applied))

    # -- remembered state ----------------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry, current tab, splitters, columns and the timeline, as the user left them."""
        settings = QSettings()
        geometry = saved_bytes(settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.leadership.restore_state(settings, "leadership")
        splitter = saved_bytes(settings, "leadership/timeline_splitter")
        if splitter is not None:
            self.timeline_splitter.restoreState(splitter)
        self.set_timeline_visible(str(settings.value("view/timeline", "true")).lower() != "false")
        try:
            tab = int(settings.value("window/tab", 0))
        except (TypeError, ValueError):
            tab = 0
        if 0 < tab < self.tabs.count():
            self.ensure_tabs()  # the user left another tab open: it is wanted at once
            self.tabs.setCurrentIndex(tab)
            self.current_tab().focus_search()

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("view/timeline", self.timeline_action.isChecked())
        settings.setValue("leadership/timeline_splitter", self.timeline_splitter.saveState())
        tabs = [self.leadership, *(self._rest or ())]
        for tab in tabs:
            tab.save_state(settings, tab.title.lower())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def set_timeline_visible(self, visible: bool) -> None:
        self.timeline.setVisible(visible)
        self.timeline_action.setChecked(visible)

    def current_picture(self) -> PictureWidget | None:
        if self.current_tab() is self.leadership and self.timeline.isVisible():
            return self.timeline
        if self.current_tab() is self.elections:
            return self.vote_chart
        return None

    def export_picture(self, path: str | None = None) -> bool:
        """File > Export picture: the current tab's picture as PNG (twice the screen size)."""
        picture = self.current_picture()
        if picture is None:
            self.show_status(
                translate(
                    "window", "This tab has no picture to export (Leadership and Elections do)"
                )
            )
            return False
        if path is None:
            name = "iomdesk-timeline.png" if picture is self.timeline else "iomdesk-votes.png"
            path, _ = QFileDialog.getSaveFileName(self, "Export picture", name, "PNG image (*.png)")
            self.activateWindow()
            if not path:
                return False
        if not path.lower().endswith(".png"):
            path += ".png"
        if picture.export_png(path):
            self.show_status(translate("window", "Saved the picture to {path}").format(path=path))
            return True
        self.show_status(translate("window", "Could not write {path}").format(path=path))
        return False

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Run the callback once every tab has its data."""
        if self._rest is not None:
            callback()
        else:
            self._when_loaded.append(callback)

    def _ask_path(self, title: str, name: str, kind: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, kind)
        self.activateWindow()
        return path or None

    def _write(self, write: Callable[[], int], path: str, noun: str) -> bool:
        # noun: the translated "Saved {count} … to {path}" sentence
        """Run a writer; report the count written, or why nothing was."""
        try:
            count = write()
        except OSError as error:
            self.show_status(
                translate("window", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.show_status(noun.format(count=count, path=path))
        return True

    def export_rows(self, path: str | None = None) -> bool:
        """File > Export shown rows as CSV: what the current tab shows, as it shows it."""
        tab = self.current_tab()
        path = path or self._ask_path(
            translate("window", "Export shown rows"),
            f"iomdesk-{tab.title.lower()}.csv",
            translate("window", "CSV (*.csv)"),
        )
        if path is None:
            return False
        titles, cells = tab.table()
        saved = translate("window", "Saved {count} rows to {path}")
        from iomdesk import export  # csv and uuid: not needed before the first export

        return self._write(lambda: export.write_csv(path, titles, cells), path, saved)

    def export_vcards(self, path: str | None = None, selected_only: bool = False) -> bool:
        """File > Export contacts as vCard 4.0: all of them, or those selected in Contacts."""
        tab = self.contacts
        contacts = tab.selected_objects() if selected_only else list(self.store.contacts)
        if not contacts:
            self.show_status(translate("window", "No contact selected to export"))
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

    # -- search everywhere ----------------------------------------------------------------------

    def everywhere_sections(self) -> list[everywhere.Section]:
        """Every tab's rows for the everywhere box, sharing the tabs' own search indexes."""
        from iomdesk import everywhere  # not needed before the first Ctrl+K

        elections, structure, contacts = self.ensure_tabs()
        store = self.store
        leaders = self.leadership.model
        votes = elections.model
        people = contacts.model
        units = structure.model

        def unit_acronyms(unit):
            return (search.fold(unit.acronym),) if unit.acronym else ()

        def contact_acronyms(contact):
            unit = store.unit_by_id.get(contact.unit_id or "")
            return unit_acronyms(unit) if unit else ()

        def leader_span(row):
            return dates.year_span(row.tenure.start, row.tenure.end) if row.tenure.start else None

        return [
            everywhere.Section(
                "Leadership",
                leaders.search_index,
                leaders.object_at_position,
                lambda r: r.person.name,
                lambda r: (
                    f"{r.tenure.role}, {records.date_text(r.tenure.start, r.tenure.start_status)}"
                    f"–{records.date_text(r.tenure.end, r.tenure.end_status)}"
                ),
                span=leader_span,
            ),
            everywhere.Section(
                "Elections",
                votes.search_index,
                votes.object_at_position,
                details.election_title,
                lambda e: records.candidate_names(store, e),
                span=lambda e: dates.year_span(e.date, e.date) if e.date else None,
            ),
            everywhere.Section(
                "Structure",
                units.search_index,
                units.unit_at_position,
                unit_label,
                lambda u: records.unit_location(u),
                acronyms=unit_acronyms,
            ),
            everywhere.Section(
                "Milestones",
                self._milestones_index(),
                store.events.__getitem__,
                lambda e: e.title,
                lambda e: dates.display(e.date),
                span=lambda e: dates.year_span(e.date, e.date) if e.date else None,
            ),
            everywhere.Section(
                "Figures",
                self._figures_index(),
                store.figures.__getitem__,
                records.figure_title,
                lambda f: dates.display(f.date),
                span=lambda f: dates.year_span(f.date, f.date) if f.date else None,
            ),
            everywhere.Section(
                "Contacts",
                people.search_index,
                people.object_at_position,
                lambda c: c.label,
                lambda c: c.email or c.phone or "",
                acronyms=contact_acronyms,
            ),
        ]

    def _milestones_index(self) -> search.Index:
        """The organisation's dated milestones: no tab of their own, found from the box."""
        if self._milestones is None:
            self._milestones = search.Index([records.event_haystack(e) for e in self.store.events])
        return self._milestones

    def _figures_index(self) -> search.Index:
        """Dated figures (members, staff, offices over time): found from the box."""
        if self._figures is None:
            self._figures = search.Index([records.figure_haystack(f) for f in self.store.figures])
        return self._figures

    def open_everywhere(self) -> EverywhereBox:
        if self._everywhere is None:
            from iomdesk.views.everywhere import EverywhereBox

            self._everywhere = EverywhereBox(self.everywhere_sections, self)
            self._everywhere.chosen.connect(self.go_to)
            self._everywhere.copy_requested.connect(self._copy_hit)
        self._everywhere.open_over(self)
        return self._everywhere

    def go_to(self, hit: everywhere.Hit) -> None:
        """Show a result in its tab: tab switched, row selected, details shown."""
        if hit.tab in ("Milestones", "Figures"):  # no tab of their own: a page with sources
            if hit.tab == "Milestones":
                page = details.event_html(self.store, hit.obj)
            else:
                page = details.figure_html(self.store, hit.obj)
            self.milestone_page = self._show_text(hit.title, page, 560, 360, modal=False)
            return
        tab = {t.title: t for t in self.all_tabs()}[hit.tab]
        self.tabs.setCurrentWidget(tab)
        if tab is self.structure:
            tab.select_unit(hit.obj.id)
        else:
            tab.select_object(lambda obj: obj is hit.obj)

    def _copy_hit(self, hit: everywhere.Hit) -> None:
        text = hit.obj.email if hit.tab == "Contacts" and hit.obj.email else hit.title
        if copy_text(text):
            self.show_status(translate("window", "Copied {text}").format(text=text))
        else:
            self.show_status(translate("window", "The clipboard is not available"))

    def all_tabs(self) -> list[SearchTab]:
        return [self.leadership, *self.ensure_tabs()]

    def current_tab(self) -> SearchTab:
        self.ensure_tabs()
        return self.tabs.currentWidget()

    def show_tab(self, tab: SearchTab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.focus_search()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _select_current_head(self) -> None:
        """Start with something useful in the details pane: who leads IOM now."""
        model = self.leadership.model
        row = model.row_of(lambda r: r.is_current_head)
        if row >= 0:
            self.leadership.view.setCurrentIndex(model.index(row, 0))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("window", "&File"))
        export_action = QAction(translate("window", "&Export picture…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(lambda: self.export_picture())
        file_menu.addAction(export_action)
        csv_action = QAction(translate("window", "Export shown rows as &CSV…"), self)
        csv_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        csv_action.triggered.connect(lambda: self.export_rows())
        file_menu.addAction(csv_action)
        vcard_action = QAction(translate("window", "Export contacts as &vCard…"), self)
        vcard_action.triggered.connect(lambda: self.export_vcards(selected_only=False))
        file_menu.addAction(vcard_action)
        selected_action = QAction(translate("window", "Export &selected contacts as vCard…"), self)
        selected_action.triggered.connect(lambda: self.export_vcards(selected_only=True))
        file_menu.addAction(selected_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("window", "&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.addAction(quit_action)

        view_menu = self.menuBar().addMenu(translate("window", "&View"))
        self.timeline_action = QAction(translate("window", "Show &timeline"), self)
        self.timeline_action.setCheckable(True)
        self.timeline_action.setChecked(True)
        self.timeline_action.setShortcut(QKeySequence("Ctrl+T"))
        self.timeline_action.toggled.connect(self.set_timeline_visible)
        view_menu.addAction(self.timeline_action)
        theme_menu = view_menu.addMenu(translate("window", "T&heme"))
        self.theme_actions = QActionGroup(self)
        current = theme.current_choice()
        for choice, label in (
            ("system", translate("window", "&System")),
            ("light", translate("window", "&Light")),
            ("dark", translate("window", "&Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(choice)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            self.theme_actions.addAction(action)
            theme_menu.addAction(action)

        help_menu = self.menuBar().addMenu(translate("window", "&Help"))
        keys_action = QAction(translate("window", "&Keyboard shortcuts"), self)
        keys_action.setShortcut(QKeySequence("F1"))
        keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys_action)
        about_action = QAction(translate("window", "&About iomdesk"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def shortcuts_html(self) -> str:
        rows = "".join(
            f"<tr><td><b>{escape(translate('shortcuts', keys))}</b></td>"
            f"<td>{escape(translate('shortcuts', text))}</td></tr>"
            for keys, text in SHORTCUTS
        )
        return f"<table cellspacing='6'>{rows}</table>"

    def show_shortcuts(self) -> None:
        self._show_text(translate("window", "Keyboard shortcuts"), self.shortcuts_html(), 660, 420)

    def show_about(self) -> None:
        self._show_text(
            translate("window", "About iomdesk"),
            details.about_html(self.store, __version__),
            720,
            640,
        )

    def _show_text(
        self, title: str, html: str, width: int, height: int, modal: bool = True
    ) -> QDialog:
        """A scrollable, closable page of text (the sources list is long)."""
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(title)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(html)
        browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(width, height)
        if not modal:
            dialog.show()
            return dialog
        dialog.exec()
        self.activateWindow()  # without a window manager, focus would stay nowhere
        return dialog

    def follow_link(self, url: str) -> None:
        """Links in the details panes: another tab's item, a mail address, a copy, the web."""
        scheme, _, rest = url.partition(":")
        if scheme == "election":
            self.tabs.setCurrentWidget(self.elections)
            self.elections.select_object(lambda e: e.id == rest)
        elif scheme == "unit":
            self.tabs.setCurrentWidget(self.structure)
            self.structure.select_unit(rest)
        elif scheme == "copy":
            ok = copy_text(rest)
            self.show_status(
                translate("window", "Copied {text}").format(text=rest)
                if ok
                else translate("window", "The clipboard is not available")
            )
        elif scheme == "mailto":
            self.contacts.write_to(rest.split(","))
        elif scheme in ("http", "https") and not open_url(url):
            self.show_status(translate("window", "Could not open {url}").format(url=url))
