"""A table model over store rows that filters and sorts itself with the shared search rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from iomdesk import search

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def header_title(titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int):
    """Column titles for a model's horizontal header; nothing else."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(titles)
    ):
        return titles[section]
    return None


@dataclass(frozen=True)
class Column:
    """How one column shows and sorts a row."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class FilterTableModel(QAbstractTableModel):
    """All rows are kept; `shown` is the filtered, sorted list of row positions.

    Filtering and sorting live here rather than in a QSortFilterProxyModel because a proxy
    calls back into Python once per row per keystroke; here one list comprehension does it.
    """

    def __init__(
        self,
        rows: Sequence[Any],
        columns: Sequence[Column],
        haystack: Callable[[Any], str],
        emphasis: Callable[[Any], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._columns = list(columns)
        self._haystacks = [haystack(row) for row in self._rows]
        self._emphasis = emphasis
        self._order = list(range(len(self._rows)))
        self._shown = list(self._order)
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- the search and sort the views ask for -------------------------------------------------

    def set_pattern(self, text: str) -> None:
        words = search.terms(text)
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._refilter()
        self.endResetModel()

    def pattern_words(self) -> list[str]:
        return list(self._words)

    def _refilter(self) -> None:
        if not self._words:
            self._shown = list(self._order)
            return
        hits = set(search.filter_indices(self._haystacks, self._words))
        self._shown = [i for i in self._order if i in hits]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self._shown[i.row()], i.column()) for i in old]
        key = self._columns[column].sort or self._columns[column].text
        keys = [key(row) for row in self._rows]
        self._order = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._sort = (column, order)
        self._refilter()
        position = {row: n for n, row in enumerate(self._shown)}
        self.changePersistentIndexList(
            old, [self.index(position[row], col) for row, col in old_rows]
        )
        self.layoutChanged.emit()

    # -- access for views and tests ------------------------------------------------------------

    def shown_count(self) -> int:
        return len(self._shown)

    def total_count(self) -> int:
        return len(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[self._shown[row]]

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The shown row of the first object the predicate accepts, or -1."""
        for n, i in enumerate(self._shown):
            if predicate(self._rows[i]):
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
        if not index.isValid() or not (0 <= index.row() < len(self._shown)):
            return None
        obj = self._rows[self._shown[index.row()]]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(obj)
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return (column.sort or column.text)(obj)
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(obj):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_title([c.title for c in self._columns], section, orientation, role)
