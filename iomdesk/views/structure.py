"""The Structure tab: IOM as a tree, filtered with its context kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from iomdesk import search
from iomdesk.i18n import translate
from iomdesk.models.tree import UnitTreeModel
from iomdesk.rows import Unit
from iomdesk.tabs.base import Tab
from iomdesk.views.search_tab import SearchTab
from iomdesk.views.table_tab import SIZE_SAMPLE_ROWS

# The tree's name column before the tab first shows; it then takes what Type and Place leave.
NAME_WIDTH = 470
NAME_KEEPS = 300  # the names never get less: Place is cut first (the last column, tooltip)

# With thousands of matches, opening the way to all of them would take longer than reading
# them: the first screenfuls are opened, the rest are one click away.
EXPAND_MATCHES = 200


class StructureTab(SearchTab):
    """The units as a tree: a search keeps each match's ancestors, opened into view."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        view = QTreeView()
        super().__init__(declared, view, open_url, parent)
        self.model = UnitTreeModel(declared, self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setUniformRowHeights(True)
        view.header().setStretchLastSection(True)
        view.setColumnWidth(0, NAME_WIDTH)
        self._columns_fitted = False
        self.copy_action.setText(translate("structure", "Copy path"))
        self.expand_default()
        self.connect_selection()
        self._opening = False
        # The reader opens or folds a unit: the rows in view change, and the count says so.
        view.expanded.connect(lambda _index: self._opening or self.update_count())
        view.collapsed.connect(lambda _index: self._opening or self.update_count())

    def showEvent(self, event) -> None:
        """The first time the tab shows, Type and Place get their whole text ('centre
        administratif'), the names the rest; not where the reader's own widths came back."""
        super().showEvent(event)
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self, self._fit_columns)  # once the layout has its sizes

    def sample(self) -> list[QModelIndex]:
        """The first units of the tree, level by level, shown or folded (bounded for speed)."""
        found, queue = [], [QModelIndex()]
        while queue and len(found) < SIZE_SAMPLE_ROWS:
            parent = queue.pop(0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                found.append(index)
                queue.append(index)
        return found[:SIZE_SAMPLE_ROWS]

    def _fit_columns(self) -> None:
        view, model = self.view, self.model
        if view.columnWidth(0) != NAME_WIDTH:  # the reader's own widths, from the settings
            return
        plain = QFontMetricsF(view.font())
        bold_font = QFont(view.font())
        bold_font.setBold(True)  # a search draws matches bold: their text must fit too
        bold = QFontMetricsF(bold_font)
        rows = self.sample()
        if not rows:  # nothing shown yet (a search that found nothing): fit when it shows
            self._columns_fitted = False
            return

        def text(index: QModelIndex) -> str:
            return str(index.data() or "")

        widths = []
        for column in (1, 2):
            cells = [model.index(i.row(), column, i.parent()) for i in rows]
            widest = max(cells, key=lambda index: bold.horizontalAdvance(text(index)))
            # Qt's size of the cell (margins, style) plus what bold adds to its text
            extra = bold.horizontalAdvance(text(widest)) - plain.horizontalAdvance(text(widest))
            content = int(view.sizeHintForIndex(widest).width() + extra + 0.999)
            widths.append(max(content, view.header().sectionSizeHint(column)))
        kind, place = widths
        name = max(NAME_KEEPS, view.viewport().width() - kind - place)
        view.setColumnWidth(0, name)
        view.setColumnWidth(1, kind)

    def expand_default(self) -> None:
        """Root and its first level open, as when the app starts."""
        root = self.model.index(0, 0)
        self.view.expand(root)
        for row in range(self.model.rowCount(root)):
            self.view.expand(self.model.index(row, 0, root))

    def set_pattern(self, text: str) -> None:
        self._filter(lambda: self.model.set_pattern(text))

    def set_keep(self, keep) -> None:
        self._filter(lambda: self.model.set_keep(keep))

    def _filter(self, change) -> None:
        self._opening = True  # the count is made once, after (the search calls update_count)
        try:
            change()  # a reset: everything is folded again
            if not self.model.tree.filtering:
                self.expand_default()
                return
            for index in self.model.ancestors_of_matches(EXPAND_MATCHES):
                self.view.expand(index)
        finally:
            self._opening = False

    def counts(self) -> tuple[int, int]:
        return self.model.matched_count(), self.model.total_count()

    def count_line(self, shown: int, total: int) -> str:
        """While searching, the matches and the rows in view around them: '7 matches (14
        rows shown)'; else the usual '84 of 84 shown' (or '0 of 84')."""
        if not self.model.tree.filtering or shown == 0:
            return super().count_line(shown, total)
        rows = self.rows_in_view()
        if shown == 1:
            line = translate("structure", "1 match ({rows} rows shown)")
        else:
            line = translate("structure", "{count} matches ({rows} rows shown)")
        return line.format(count=shown, rows=rows)

    def rows_in_view(self) -> int:
        """The rows one can scroll to: each shown row whose ancestors are all open."""
        count, stack = 0, [QModelIndex()]
        while stack:
            parent = stack.pop()
            rows = self.model.rowCount(parent)
            count += rows
            for row in range(rows):
                child = self.model.index(row, 0, parent)
                if self.view.isExpanded(child):
                    stack.append(child)
        return count

    def unit_at(self, index: QModelIndex) -> Unit | None:
        return self.model.unit_at(index)

    def key_of(self, index: QModelIndex) -> str | None:
        unit = self.model.unit_at(index)
        return unit.id if unit else None

    def index_of_key(self, key: object) -> QModelIndex:
        return self.model.found_index(str(key))

    def first_match(self) -> QModelIndex:
        """The first unit, top to bottom, matching itself (not an ancestor shown for context)."""
        return self.model.first_match_index()

    def best_matches(self, limit: int) -> list:
        """The units the search found, best first (the first is current)."""
        return self.model.best_units(limit)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The units shown, with their path, for export (the tab's CSV columns)."""
        columns = self.declared.csv_columns()
        titles = [column.title for column in columns]
        cells = [[column.text(unit) for column in columns] for unit in self.model.shown_units()]
        return titles, cells

    def search_rows(self) -> tuple[search.Index, Callable[[int], Unit]]:
        return self.model.search_index, self.model.unit_at_position

    def select(self, obj: object) -> bool:
        return self.select_id(obj.id)

    def select_id(self, row_id: str) -> bool:
        return self.select_unit(row_id)

    def object_at(self, index: QModelIndex) -> Unit | None:
        return self.unit_at(index)

    def details_html(self, index: QModelIndex) -> str:
        unit = self.unit_at(index)
        return self.declared.details(unit) if unit else ""

    def select_unit(self, unit_id: str) -> bool:
        index = self.model.node_index(unit_id)
        if not index.isValid() and self.unhide():
            index = self.model.node_index(unit_id)
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def copy_text_of(self, obj: object) -> str:
        return self.declared.path(obj)

    def copy(self) -> None:
        """The current unit's path from the root, joined with ' › '."""
        index = self.view.currentIndex()
        unit = self.unit_at(index) if index.isValid() else None
        if unit is None:
            self.report_nothing_selected()
            return
        path = self.declared.path(unit)
        done = translate("structure", "Copied the path of {unit}").format(unit=unit.name)
        self.copy_and_report(path, done)
