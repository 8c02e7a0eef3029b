"""The structure tree: a model over the store's units and a proxy that filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from iomdesk import records, search
from iomdesk.models.table import OBJECT_ROLE, header_title
from iomdesk.store import Unit

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Unit", "Kind", "Location")


class _Node:
    __slots__ = ("children", "parent", "row", "unit")

    def __init__(self, unit: Unit | None, parent: _Node | None, row: int) -> None:
        self.unit = unit
        self.parent = parent
        self.row = row  # kept so that parent() never searches a list
        self.children: list[_Node] = []


def unit_label(unit: Unit) -> str:
    if unit.acronym and unit.acronym not in unit.name:
        return f"{unit.name} ({unit.acronym})"
    return unit.name


class UnitTreeModel(QAbstractItemModel):
    """Read-only tree from the root unit down; the Qt root (invalid index) holds the root unit."""

    def __init__(self, units: list[Unit], parent=None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self.units = list(units)
        children: dict[str | None, list[Unit]] = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        nodes: dict[str, _Node] = {}
        # Breadth-first from the roots, siblings in their stated order; orphans never attach
        # (the build refuses them, so this only guards hand-made files).
        queue = [(self._root, None)]
        while queue:
            parent_node, parent_id = queue.pop()
            for unit in sorted(children.get(parent_id, []), key=lambda u: u.position):
                node = _Node(unit, parent_node, len(parent_node.children))
                parent_node.children.append(node)
                nodes[unit.id] = node
                queue.append((node, unit.id))
        self._nodes = nodes

    def node_index(self, unit_id: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def unit_at(self, index: Index) -> Unit | None:
        return index.internalPointer().unit if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = parent.internalPointer() if parent.isValid() else self._root
        return self.createIndex(row, column, parent_node.children[row])

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
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = index.internalPointer().unit
        if role == OBJECT_ROLE:
            return unit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return unit_label(unit)
            if column == 1:
                return unit.kind.replace("-", " ")
            return records.unit_location(unit)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_title(COLUMNS, section, orientation, role)


class UnitFilterProxy(QSortFilterProxyModel):
    """Shows matching units, their ancestors (for context) and everything below them."""

    def __init__(self, source: UnitTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._units = source.units
        self._haystacks = [records.unit_haystack(u) for u in self._units]
        self._words: list[str] = []
        self.matched, self.visible = records.tree_visibility(self._units, self._haystacks, [])

    def set_pattern(self, text: str) -> None:
        words = search.terms(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.matched, self.visible = records.tree_visibility(self._units, self._haystacks, words)
        self.endFilterChange()

    def pattern_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        unit = index.internalPointer().unit if index.isValid() else None
        return unit is not None and unit.id in self.visible

    def shown_count(self) -> int:
        return len(self.visible)

    def matched_count(self) -> int:
        return len(self.matched) if self._words else len(self._units)

    def total_count(self) -> int:
        return len(self._units)
