"""The table models' Qt contract over a Listing (the rows, their order and the search)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from iomdesk import records, search
from iomdesk.aliases import Aliases
from iomdesk.i18n import translate
from iomdesk.listing import Listing
from iomdesk.models.common import (
    OBJECT_ROLE,
    SORT_ROLE,
    Index,
    SearchedModel,
    header_title,
    star_icon,
)
from iomdesk.models.guard import report_once
from iomdesk.ranking import Ranking
from iomdesk.tabs.base import Column, Tab


def text_collator() -> QCollator:
    """How text sorts in the interface language: "Émile" with the Es, capitals among small
    letters, "Round 10" after "Round 9" (QLocale() is the interface language's locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # a bare POSIX system: compare as English
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


class FilterTableModel(SearchedModel, QAbstractTableModel):
    """Columns, roles and Qt's signals; the rows, their order and the search are a Listing.

    Filtering and sorting happen in the Listing rather than in a QSortFilterProxyModel: a
    proxy calls back into Python once per row per keystroke; a Listing answers in one pass.
    """

    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.DecorationRole,
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
        aliases: Aliases | None = None,
        ranking: Ranking | None = None,
        ranked_sort: tuple[int, bool] = (0, False),
        parent=None,
    ) -> None:
        """ranked_sort: the (column, descending) order in which a search is ranked."""
        super().__init__(parent)
        self.listing = Listing(rows, haystack, span, aliases, ranking)
        self._ranked_sort = ranked_sort
        self._columns = list(columns)
        self._emphasis = emphasis
        self._words: list[str] = []
        self.marked: Callable[[Any], bool] | None = None  # a starred row (the window says)

    @property
    def search_index(self) -> search.Index:
        """The rows' folded text in display order (shared with search everywhere)."""
        return self.listing.index

    def object_at_position(self, position: int) -> Any:
        """The row object at a position of search_index (shown or not)."""
        return self.listing.at_position(position)

    def prepare_search(self) -> None:
        """Fold every row's text now, so the first keystroke does not have to."""
        _ = self.listing.index

    def _show_matches(self, words: list[str]) -> None:
        self.listing.search(words)

    def _set_keep(self, keep) -> None:
        self.listing.keep = keep

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self.listing.row_number(i.row()), i.column()) for i in old]
        key = self._columns[column].sort or self._columns[column].text
        collate = text_collator().sortKey

        def collated(value: Any) -> Any:  # text anywhere in a key sorts as the language does
            if isinstance(value, str):
                return collate(value)
            if isinstance(value, tuple):
                return tuple(collated(part) for part in value)
            return value

        descending = order == Qt.SortOrder.DescendingOrder
        # In the tab's own order a search shows the best matches first; sorted by another
        # column (the user asked for it), the matches keep that column's order.
        self.listing.ranks = (column, descending) == self._ranked_sort
        self.listing.sort(lambda row: collated(key(row)), descending)
        self.changePersistentIndexList(
            old, [self.index(self.listing.shown_row_of(row), col) for row, col in old_rows]
        )
        self.layoutChanged.emit()

    # -- access for views and tests ------------------------------------------------------------

    def shown_count(self) -> int:
        return len(self.listing.shown)

    def total_count(self) -> int:
        return len(self.listing.rows)

    def row_object(self, row: int) -> Any:
        return self.listing.at(row)

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The shown row of the first object the predicate accepts, or -1."""
        return self.listing.first_shown(predicate)

    def row_texts(self, row: int) -> list[str]:
        return self.object_texts(self.row_object(row))

    def object_texts(self, obj: Any) -> list[str]:
        """Every column's text for a row object, shown or not."""
        return [column.text(obj) for column in self._columns]

    def shown_text(self, row: int, column: int) -> str:
        """The cell's text as the view shows it ('' and one report for a bug, as in data())."""
        try:
            return records.capped(self._columns[column].text(self.row_object(row)))
        except Exception:
            report_once(self)
            return ""

    def is_bold(self, row: int) -> bool:
        """Whether the row is shown in bold (Leadership's current head)."""
        try:
            return bool(self._emphasis and self._emphasis(self.row_object(row)))
        except Exception:
            report_once(self)
            return False

    def iso_dates(self, row: int, columns: list[int]) -> list[str]:
        """The ISO dates behind those of the columns that show dates ('' when unknown)."""
        obj = self.row_object(row)
        return [self._columns[c].iso(obj) or "" for c in columns if self._columns[c].iso]

    def iso_titles(self, columns: list[int]) -> list[str]:
        """'From (ISO 8601)' for each of the columns that show dates."""
        return [
            translate("columns", "{column} (ISO 8601)").format(column=self._columns[c].title)
            for c in columns
            if self._columns[c].iso
        ]

    # -- Qt's model contract -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.listing.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            # Views ask for a dozen roles per cell; answer the ones we never set before any work.
            if role not in self._ROLES or not index.isValid():
                return None
            if role == Qt.ItemDataRole.DecorationRole and (
                index.column() != 0 or self.marked is None
            ):
                return None  # the star goes before the first column's text only
            row = index.row()
            if not 0 <= row < len(self.listing.shown):
                return None
            obj = self.listing.at(row)
            if role == Qt.ItemDataRole.DecorationRole:
                return star_icon() if self.marked(obj) else None
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


def tab_model(tab: Tab, parent=None) -> FilterTableModel:
    """A table tab's model, made from what the tab declares."""
    return FilterTableModel(
        tab.rows(),
        tab.columns(),
        tab.searchable,
        emphasis=tab.emphasis,
        span=tab.span,
        aliases=tab.store.aliases,
        ranking=tab.ranking(),
        ranked_sort=tab.sort,
        parent=parent,
    )
