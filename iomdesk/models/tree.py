"""The structure tree: a model over the store's units that filters itself.

Filtering keeps each match, its ancestors (for context) and everything below it. It happens
here rather than in a QSortFilterProxyModel because a proxy calls back into Python for every
row on every keystroke (20,000 units: seconds); here one pass over the visible units does it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from iomdesk import records, search
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.models.common import OBJECT_ROLE, Index, SearchedModel, header_title
from iomdesk.models.guard import report_once
from iomdesk.store import Unit

COLUMNS = (
    QT_TRANSLATE_NOOP("columns", "Unit"),
    QT_TRANSLATE_NOOP("columns", "Kind"),
    QT_TRANSLATE_NOOP("columns", "Location"),
)


class _Node:
    __slots__ = ("all_row", "children", "end", "parent", "position", "row", "shown", "unit")

    def __init__(self, unit: Unit | None, parent: _Node | None, all_row: int) -> None:
        self.unit = unit
        self.parent = parent
        self.all_row = all_row  # row among all siblings; kept so parent() never searches
        self.row = all_row  # row among the siblings shown by the current search
        self.children: list[_Node] = []
        self.shown: list[_Node] = self.children
        self.position = 0  # in pre-order
        self.end = 0  # pre-order position just after this node's subtree


class UnitTreeModel(SearchedModel, QAbstractItemModel):
    """Read-only tree; the Qt root (invalid index) holds the root unit."""

    def __init__(self, children: dict[str | None, list[Unit]], parent=None) -> None:
        """children: each unit's children in their stated order, by parent id (None: the root),
        as Store.unit_children gives them."""
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._nodes: dict[str, _Node] = {}
        self._preorder: list[_Node] = []
        # Depth-first from the root, siblings in their stated order. The store refuses a file
        # whose units do not form one tree (iomdesk.validate), so every unit is reached.
        stack = [(self._root, None)]
        while stack:
            parent_node, parent_id = stack.pop()
            for unit in children.get(parent_id, ()):
                node = _Node(unit, parent_node, len(parent_node.children))
                parent_node.children.append(node)
                self._nodes[unit.id] = node
            stack.extend((node, node.unit.id) for node in reversed(parent_node.children))
        self._number(self._root)
        self._index = search.Index([records.unit_haystack(n.unit) for n in self._preorder])
        self._words: list[str] = []
        self._matched: list[_Node] = []  # in pre-order
        self._visible_count = len(self._preorder)

    def _number(self, root: _Node) -> None:
        """Pre-order positions and subtree ends, without recursion (trees can be deep)."""
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                node.end = len(self._preorder)
                continue
            if node is not root:
                node.position = len(self._preorder)
                self._preorder.append(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))

    # -- search --------------------------------------------------------------------------------

    def _show_matches(self, words: list[str]) -> None:
        positions = search.matching(self._index, words) if words else []
        self._matched = [self._preorder[p] for p in positions]
        if not words or (positions and positions[0] == 0):
            self._show_everything()  # no search, or the root matches: all of it shows
        else:
            self._show(positions)

    def _show_everything(self) -> None:
        for node in (self._root, *self._preorder):
            node.shown = node.children
            node.row = node.all_row
        self._visible_count = len(self._preorder)

    def _show(self, positions: list[int]) -> None:
        visible: set[int] = set()
        covered_until = -1
        for p in positions:
            node = self._preorder[p]
            parent = node.parent
            while parent is not self._root and parent.position not in visible:
                visible.add(parent.position)
                parent = parent.parent
            if p >= covered_until:  # a match's whole subtree shows; it is contiguous
                visible.update(range(p, node.end))
                covered_until = node.end
        self._root.shown = []
        for p in sorted(visible):
            node = self._preorder[p]
            node.shown = []
            siblings = node.parent.shown
            node.row = len(siblings)
            siblings.append(node)
        self._visible_count = len(visible)

    @property
    def search_index(self) -> search.Index:
        """The units' folded text in tree order (shared with search everywhere)."""
        return self._index

    def unit_at_position(self, position: int) -> Unit:
        return self._preorder[position].unit

    def matched_units(self) -> list[Unit]:
        """Units that match the search themselves, top to bottom."""
        return [node.unit for node in self._matched]

    def shown_units(self) -> list[Unit]:
        """Every unit the search leaves visible, top to bottom (folded or not)."""
        found: list[Unit] = []
        stack = list(reversed(self._root.shown))
        while stack:
            node = stack.pop()
            found.append(node.unit)
            stack.extend(reversed(node.shown))
        return found

    def matched_count(self) -> int:
        return len(self._matched) if self._words else len(self._preorder)

    def shown_count(self) -> int:
        return self._visible_count

    def total_count(self) -> int:
        return len(self._preorder)

    # -- lookups for the view ------------------------------------------------------------------

    def node_index(self, unit_id: str, column: int = 0) -> QModelIndex:
        """The unit's index, or an invalid one when the search hides it."""
        node = self._nodes.get(unit_id)
        if node is None or not self._is_shown(node):
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def _is_shown(self, node: _Node) -> bool:
        while node.parent is not None:
            siblings = node.parent.shown
            if node.row >= len(siblings) or siblings[node.row] is not node:
                return False
            node = node.parent
        return True

    def unit_at(self, index: Index) -> Unit | None:
        return index.internalPointer().unit if index.isValid() else None

    def first_match_index(self) -> QModelIndex:
        if not self._matched:
            return self.index(0, 0) if not self._words else QModelIndex()
        node = self._matched[0]
        return self.createIndex(node.row, 0, node)

    def ancestors_of_matches(self, limit: int) -> list[QModelIndex]:
        """Indexes to expand so that the first `limit` matches are in view, top down."""
        seen: set[int] = set()
        found: list[_Node] = []
        for node in self._matched[:limit]:
            chain = []
            parent = node.parent
            while parent is not self._root and parent.position not in seen:
                seen.add(parent.position)
                chain.append(parent)
                parent = parent.parent
            found.extend(reversed(chain))
        return [self.createIndex(n.row, 0, n) for n in found]

    # -- Qt's model contract -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = parent.internalPointer() if parent.isValid() else self._root
        if not (0 <= row < len(node.shown) and 0 <= column < len(COLUMNS)):
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
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = index.internalPointer().unit
        if role == OBJECT_ROLE:
            return unit
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        try:
            column = index.column()
            if column == 0:
                return records.capped(records.unit_label(unit))
            if column == 1:
                return records.kind_text(unit.kind)
            return records.capped(records.unit_location(unit))
        except Exception:  # a bug: an empty cell and one report, not a crash
            report_once(self)
            return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = [translate("columns", title) for title in COLUMNS]
        return header_title(titles, section, orientation, role)
