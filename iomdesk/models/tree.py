"""The structure tree's Qt contract over a UnitTree (unit_tree.py): nodes are what indexes
point at; the tree and its search live there.

Filtering happens there rather than in a QSortFilterProxyModel because a proxy calls back
into Python for every row on every keystroke (20,000 units: seconds).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from iomdesk import search
from iomdesk.models.common import OBJECT_ROLE, Index, SearchedModel, header_title, star_icon
from iomdesk.models.guard import report_once
from iomdesk.rows import Unit
from iomdesk.tabs.base import Tab
from iomdesk.unit_tree import UnitTree

CONTEXT_TEXT = 0.62  # how far from the ground to the text colour a context row is drawn


class UnitTreeModel(SearchedModel, QAbstractItemModel):
    """Read-only tree; the Qt root (invalid index) holds the top unit."""

    def __init__(self, tab: Tab, parent=None) -> None:
        """The tree of the store's units (each unit's children in their stated order, as
        Store.unit_children gives them), with the tab's columns and searchable text."""
        super().__init__(parent)
        self.tree = UnitTree(
            tab.store.unit_children, tab.searchable, tab.store.aliases, tab.ranking()
        )
        self._columns = tab.columns()
        self._root = self.tree.root
        self._words: list[str] = []
        self.marked: Callable[[Unit], bool] | None = None  # a starred unit (the window says)

    def _show_matches(self, words: list[str]) -> None:
        self.tree.search(words)

    def _set_keep(self, keep) -> None:
        self.tree.keep = keep

    @property
    def search_index(self) -> search.Index:
        """The units' folded text in tree order (shared with search everywhere)."""
        return self.tree.index

    def unit_at_position(self, position: int) -> Unit:
        return self.tree.unit_at(position)

    def matched_units(self) -> list[Unit]:
        """Units that match the search themselves, top to bottom."""
        return [node.unit for node in self.tree.matched]

    def shown_units(self) -> list[Unit]:
        """Every unit the search leaves visible, top to bottom (folded or not)."""
        return self.tree.shown_units()

    def best_units(self, limit: int) -> list[Unit]:
        """The matching units, best first (the tree shows them top to bottom)."""
        return [node.unit for node in self.tree.ranked[:limit]]

    def matched_count(self) -> int:
        return self.tree.matched_count()

    def shown_count(self) -> int:
        return self.tree.shown_count

    def total_count(self) -> int:
        return len(self.tree.preorder)

    # -- lookups for the view ------------------------------------------------------------------

    def node_index(self, unit_id: str, column: int = 0) -> QModelIndex:
        """The unit's index, or an invalid one when the search hides it."""
        node = self.tree.nodes.get(unit_id)
        if node is None or not self.tree.is_shown(node):
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def found_index(self, unit_id: str) -> QModelIndex:
        """The unit's index if the search found it (not when it shows only as a match's
        ancestor, for context), else an invalid one."""
        node = self.tree.nodes.get(unit_id)
        if node is None or not self.tree.found(node):
            return QModelIndex()
        return self.node_index(unit_id)

    def unit_at(self, index: Index) -> Unit | None:
        return index.internalPointer().unit if index.isValid() else None

    def first_match_index(self) -> QModelIndex:
        if not self.tree.matched:
            return self.index(0, 0) if not self._words else QModelIndex()
        node = self.tree.ranked[0]  # the best-ranked match, wherever it sits in the tree
        return self.createIndex(node.row, 0, node)

    def ancestors_of_matches(self, limit: int) -> list[QModelIndex]:
        """Indexes to expand so that the first `limit` matches are in view, top down."""
        return [self.createIndex(n.row, 0, n) for n in self.tree.ancestors_of_matches(limit)]

    # -- Qt's model contract -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = parent.internalPointer() if parent.isValid() else self._root
        if not (0 <= row < len(node.shown) and 0 <= column < len(self._columns)):
            return QModelIndex()
        return self.createIndex(row, column, node.shown[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent_node = index.internalPointer().parent
        if parent_node is None or parent_node is self._root:
            return QModelIndex()
        return self.createIndex(parent_node.row, 0, parent_node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer()
        unit = node.unit
        if role == OBJECT_ROLE:
            return unit
        if role == Qt.ItemDataRole.DecorationRole:
            marked = self.marked
            return star_icon() if index.column() == 0 and marked and marked(unit) else None
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return self._search_look(node, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        try:
            return self._columns[index.column()].text(unit)
        except Exception:  # a bug: an empty cell and one report, not a crash
            report_once(self)
            return None

    def _search_look(self, node, role: int) -> Any:
        """While searching, a match is bold and a unit shown only around one (an ancestor,
        a descendant) is drawn in a dimmer colour that still reads at 4.5:1 or more."""
        if not self._words:
            return None
        if role == Qt.ItemDataRole.FontRole:
            if not self.tree.matches(node):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if self.tree.matches(node):
            return None
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        ground = palette.color(QPalette.ColorRole.Base)
        mix = lambda a, b: round(b + CONTEXT_TEXT * (a - b))  # noqa: E731
        return QColor(
            mix(text.red(), ground.red()),
            mix(text.green(), ground.green()),
            mix(text.blue(), ground.blue()),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_title([c.title for c in self._columns], section, orientation, role)
