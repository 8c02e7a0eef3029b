"""A table model over store rows that filters and sorts itself with the shared search rule."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from iomdesk import records, search
from iomdesk.models.common import OBJECT_ROLE, SORT_ROLE, Index, SearchedModel, header_title
from iomdesk.models.guard import report_once


@dataclass(frozen=True)
class Column:
    """How one column shows and sorts a row."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class FilterTableModel(SearchedModel, QAbstractTableModel):
    """All rows are kept; `shown` is the filtered, sorted list of row positions.

    Filtering and sorting live here rather than in a QSortFilterProxyModel because a proxy
    calls back into Python once per row per keystroke; here one list comprehension does it.
    """

    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            OBJECT_ROLE,
            SORT_ROLE,
        }
    )

    def __init__(
        self,
        rows: Sequence[Any],
        columns: Sequence[Column],
        haystack: Callable[[Any], str],
        emphasis: Callable[[Any], bool] | None = None,
        span: Callable[[Any], tuple[int, int] | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._columns = list(columns)
        self._emphasis = emphasis
        # Rows with a period (a term in office, an election's year) answer year queries by it.
        self._span = span
        self._order: Sequence[int] = range(len(self._rows))  # row numbers in display order
        self._haystack = haystack
        # Haystacks live only in the index, in display order (see search.fresh_copies). The
        # index is made on the first search or by prepare_search() once the window shows.
        self._index_cache: search.Index | None = None
        self._shown: Sequence[int] = range(len(self._rows))  # positions in _order shown
        self._words: list[str] = []

    @property
    def _index(self) -> search.Index:
        if self._index_cache is None:
            # Made in display order, so the strings lie in memory in the order scanned.
            rows = self._rows
            self._index_cache = search.Index([self._haystack(rows[i]) for i in self._order])
        return self._index_cache

    @property
    def search_index(self) -> search.Index:
        """The rows' folded text in display order (shared with search everywhere)."""
        return self._index

    def object_at_position(self, position: int) -> Any:
        """The row object at a position of search_index (shown or not)."""
        return self._rows[self._order[position]]

    def prepare_search(self) -> None:
        """Fold every row's text now, so the first keystroke does not have to."""
        _ = self._index

    # -- the search and sort the views ask for -------------------------------------------------

    def _show_matches(self, words: list[str]) -> None:
        self._shown = self._positions(words)

    def _positions(self, words: list[str]) -> Sequence[int]:
        if not words:
            return range(len(self._rows))  # and the index waits: folding 100,000 rows costs
        rows, order, span = self._rows, self._order, self._span
        span_at = (lambda p: span(rows[order[p]])) if span is not None else None
        return search.matching(self._index, words, span_at)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self._order[self._shown[i.row()]], i.column()) for i in old]
        key = self._columns[column].sort or self._columns[column].text
        keys = [key(row) for row in self._rows]
        previous_order = self._order
        self._order = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        del keys
        if self._index_cache is not None:
            by_row = [""] * len(self._rows)
            for text, row in zip(self._index_cache.haystacks, previous_order, strict=True):
                by_row[row] = text
            self._index_cache = None  # let the old index go before the copies are made
            # The index answers in display order: a search never has to re-sort its hits.
            self._index_cache = search.Index(search.fresh_copies(by_row[i] for i in self._order))
            del by_row
        self._shown = self._positions(self._words)
        self.changePersistentIndexList(
            old, [self.index(self._visual_row(row), col) for row, col in old_rows]
        )
        self.layoutChanged.emit()

    def _visual_row(self, row: int) -> int:
        """Where a row now shows, or -1 (only for the few rows a selection remembers)."""
        try:
            position = self._order.index(row)
        except ValueError:
            return -1
        shown = bisect.bisect_left(self._shown, position)
        return shown if shown < len(self._shown) and self._shown[shown] == position else -1

    # -- access for views and tests ------------------------------------------------------------

    def shown_count(self) -> int:
        return len(self._shown)

    def total_count(self) -> int:
        return len(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[self._order[self._shown[row]]]

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The shown row of the first object the predicate accepts, or -1."""
        for n, position in enumerate(self._shown):
            if predicate(self._rows[self._order[position]]):
                return n
        return -1

    def row_texts(self, row: int) -> list[str]:
        obj = self.row_object(row)
        return [column.text(obj) for column in self._columns]

    # -- Qt's model contract -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            # Views ask for a dozen roles per cell; answer the ones we never set before any work.
            if role not in self._ROLES or not index.isValid():
                return None
            row = index.row()
            if not 0 <= row < len(self._shown):
                return None
            obj = self._rows[self._order[self._shown[row]]]
            column = self._columns[index.column()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return records.capped(column.text(obj))
            if role == OBJECT_ROLE:
                return obj
            if role == SORT_ROLE:
                return (column.sort or column.text)(obj)
            if role == Qt.ItemDataRole.FontRole:
                if self._emphasis and self._emphasis(obj):
                    font = QFont()
                    font.setBold(True)
                    return font
                return None
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        except Exception:  # a bug: an empty cell and one report, not a crash
            report_once(self)
            return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_title([c.title for c in self._columns], section, orientation, role)
