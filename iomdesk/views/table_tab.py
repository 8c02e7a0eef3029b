"""A search tab whose results are a sortable table over a FilterTableModel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from iomdesk import search
from iomdesk.i18n import translate
from iomdesk.models.table import tab_model
from iomdesk.tabs.base import Tab
from iomdesk.views.search_tab import SearchTab

MAX_COLUMN_WIDTH = 240
SIZE_SAMPLE_ROWS = 300  # the shipped tables whole (185 countries); 100,000 rows: 3 ms


NARROWEST_CUT = 110  # a column cut to fit is never narrower (its tooltip has all the text)


def fitted(widths: list[int], room: int) -> list[int]:
    """Column widths that fit in `room`: the wide columns (names, roles, lists) give up
    width in proportion to what they have over NARROWEST_CUT; short ones (dates, numbers)
    keep all theirs. Where even that cannot fit, the wide ones stop at NARROWEST_CUT."""
    excess = sum(widths) - room
    if excess <= 0:
        return widths
    spare = {i: w - NARROWEST_CUT for i, w in enumerate(widths) if w > NARROWEST_CUT}
    total = sum(spare.values())
    if total <= 0:
        return widths
    share = min(1.0, excess / total)
    return [w - int(spare.get(i, 0) * share + 0.999) for i, w in enumerate(widths)]


class TableTab(SearchTab):
    """A tab whose rows are a table (every tab but Structure): its columns, sorted as the tab
    declares, and the details of the current row."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        view = QTableView()
        super().__init__(declared, view, open_url, parent)
        self.model = model = tab_model(declared, self)
        column, newest_first = declared.sort
        order = Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        sort = (column, order)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The indicator first: enabling sorting then sorts once, by it.
        view.horizontalHeader().setSortIndicator(*sort)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        # Sized from the first rows only: measuring 100,000 rows would cost seconds (a
        # double click on a column's edge sizes it as Qt does, from as many rows).
        view.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self._natural_widths: list[int] | None = None
        self._size_columns()
        self.connect_selection()

    def _size_columns(self) -> None:
        """Each column as wide as its widest text in the first rows, or its title, as Qt's
        resizeColumnsToContents makes it; at most MAX_COLUMN_WIDTH.

        Qt's asks the model for eight roles of every cell (1,008 calls into Python for 18
        leaders, 4-6 ms of every start). Here Python finds each column's widest text, and Qt
        sizes that one cell, with the style's own margins.
        """
        view, model = self.view, self.model
        bold = QFont(view.font())
        bold.setBold(True)
        metrics = (QFontMetricsF(view.font()), QFontMetricsF(bold))
        # The first rows and the last: a sort puts the odd ones at an end (undated last).
        count = model.rowCount()
        rows = sorted({*range(min(count, SIZE_SAMPLE_ROWS)), *range(max(0, count - 20), count)})
        row_metrics = {row: metrics[model.is_bold(row)] for row in rows}  # once a row
        grid = 1 if view.showGrid() else 0

        def advance(row: int, column: int) -> float:
            # Qt draws a cell's text line by line: its widest line is its width.
            lines = model.shown_text(row, column).split("\n")
            return max(row_metrics[row].horizontalAdvance(line) for line in lines)

        widths = []
        for column in range(model.columnCount()):
            content = 0
            if rows:
                widest = max(rows, key=lambda row: advance(row, column))
                content = view.sizeHintForIndex(model.index(widest, column)).width() + grid
            width = max(content, view.horizontalHeader().sectionSizeHint(column))
            # Long roles and candidate lists would push the dates out of sight.
            widths.append(min(width, MAX_COLUMN_WIDTH))
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        self._natural_widths = widths  # fitted to the list's room once it is shown

    def showEvent(self, event) -> None:
        """The first time the tab shows, its columns fit the list's room (every column in
        view); not where the reader's own widths came back from the settings."""
        super().showEvent(event)
        if self._natural_widths is not None:
            QTimer.singleShot(0, self, self._fit_columns)  # once the layout has its sizes

    def _fit_columns(self) -> None:
        if self._natural_widths is None:
            return
        natural, self._natural_widths = self._natural_widths, None
        view = self.view
        shown = [view.columnWidth(c) for c in range(len(natural))]
        if shown[:-1] != natural[:-1]:  # the last one stretches; any other moved: theirs
            return
        for column, width in enumerate(fitted(natural, view.viewport().width())):
            view.setColumnWidth(column, width)

    def set_pattern(self, text: str) -> None:
        self.model.set_pattern(text)

    def counts(self) -> tuple[int, int]:
        return self.model.shown_count(), self.model.total_count()

    def start_index(self) -> QModelIndex:
        """The row the tab declares to start on (Leadership: who leads IOM now), made current
        once, not after the first row; else the first."""
        starts_on = self.declared.starts_on
        row = self.model.row_of(starts_on) if starts_on is not None else -1
        return self.model.index(row, 0) if row >= 0 else self.first_match()

    def search_rows(self) -> tuple[search.Index, Callable[[int], Any]]:
        return self.model.search_index, self.model.object_at_position

    def prepare_search(self) -> None:
        self.model.prepare_search()

    def select(self, obj: object) -> bool:
        return self.select_object(lambda row: row is obj)

    def select_id(self, row_id: str) -> bool:
        row_id_of = self.declared.row_id
        return self.select_object(lambda row: row_id_of(row) == row_id)

    def details_html(self, index: QModelIndex) -> str:
        return self.declared.details(self.model.row_object(index.row()))

    def object_at(self, index: QModelIndex) -> Any:
        return self.model.row_object(index.row())

    def key_of(self, index: QModelIndex) -> int:
        return self.model.listing.row_number(index.row())

    def index_of_key(self, key: object) -> QModelIndex:
        row = self.model.listing.shown_row_of(key)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def shown_objects(self) -> list[Any]:
        return [self.model.row_object(r) for r in range(self.model.rowCount())]

    def selected_objects(self) -> list[Any]:
        return [self.model.row_object(i.row()) for i in self.selected_rows()]

    def select_object(self, predicate: Callable[[Any], bool]) -> bool:
        """Select and show the first row whose object the predicate accepts."""
        row = self.model.row_of(predicate)
        if row < 0 and self.unhide():
            row = self.model.row_of(predicate)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def shown_columns(self) -> list[int]:
        """The visible columns in their on-screen order."""
        header = self.view.horizontalHeader()
        return [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]

    def export_table(self) -> tuple[list[str], list[list[str]]]:
        """The table as shown, then each shown date column again as ISO 8601 dates, which a
        spreadsheet reads as dates in any language."""
        titles, cells = self.table()
        columns = self.shown_columns()
        titles += self.model.iso_titles(columns)
        for row, line in enumerate(cells):
            line += self.model.iso_dates(row, columns)
        return titles, cells

    def table(self, rows: list[int] | None = None) -> tuple[list[str], list[list[str]]]:
        """Column titles and cell texts as shown: visible columns in their on-screen order."""
        columns = self.shown_columns()
        titles = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        numbers = range(self.model.rowCount()) if rows is None else rows
        cells = []
        for row in numbers:
            texts = self.model.row_texts(row)
            cells.append([texts[c] for c in columns])
        return titles, cells

    def copy_text_of(self, obj: object) -> str:
        """The row's visible columns in their on-screen order, tab-separated."""
        texts = self.model.object_texts(obj)
        return "\t".join(texts[c] for c in self.shown_columns())

    def copy(self) -> None:
        """The selected rows as tab-separated visible columns, one row per line."""
        rows = self.selected_rows()
        if not rows:
            self.report_nothing_selected()
            return
        _titles, cells = self.table([index.row() for index in rows])
        lines = ["\t".join(row) for row in cells]
        done = (
            translate("tab", "Copied 1 row")
            if len(lines) == 1
            else translate("tab", "Copied {count} rows").format(count=len(lines))
        )
        self.copy_and_report("\n".join(lines), done)
