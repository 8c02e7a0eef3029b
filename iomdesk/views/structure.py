"""The Structure tab: IOM as a tree, filtered with its context kept."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from iomdesk import details
from iomdesk.clipboard import copy_text
from iomdesk.models.tree import UnitFilterProxy, UnitTreeModel
from iomdesk.store import Store, Unit
from iomdesk.views.search_tab import SearchTab


class StructureTab(SearchTab):
    def __init__(self, store: Store, parent=None) -> None:
        view = QTreeView()
        super().__init__("Structure", view, parent)
        self.store = store
        self.source = UnitTreeModel(store.units, self)
        self.proxy = UnitFilterProxy(self.source, self)
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setUniformRowHeights(True)
        view.header().setStretchLastSection(True)
        view.setColumnWidth(0, 470)
        self.expand_default()
        self.connect_selection()

    def expand_default(self) -> None:
        """Root and its first level open, as when the app starts."""
        self.view.collapseAll()
        root = self.proxy.index(0, 0)
        self.view.expand(root)
        for row in range(self.proxy.rowCount(root)):
            self.view.expand(self.proxy.index(row, 0, root))

    def set_pattern(self, text: str) -> None:
        self.proxy.set_pattern(text)
        if not self.proxy.pattern_words():
            self.expand_default()
            return
        # Open the way to every match; what lies below a match stays folded.
        self.view.collapseAll()
        for unit_id in self.proxy.matched:
            unit = self.store.unit_by_id[unit_id]
            parent_id = unit.parent_id
            while parent_id:
                index = self.proxy.mapFromSource(self.source.node_index(parent_id))
                if self.view.isExpanded(index):
                    break
                self.view.expand(index)
                parent_id = self.store.unit_by_id[parent_id].parent_id

    def counts(self) -> tuple[int, int]:
        return self.proxy.matched_count(), self.proxy.total_count()

    def unit_at(self, index: QModelIndex) -> Unit | None:
        return self.source.unit_at(self.proxy.mapToSource(index))

    def first_match(self) -> QModelIndex:
        """The first unit, top to bottom, matching itself (not an ancestor shown for context)."""
        if not self.proxy.pattern_words():
            return self.proxy.index(0, 0)
        stack = [self.proxy.index(r, 0) for r in reversed(range(self.proxy.rowCount()))]
        while stack:
            index = stack.pop()
            unit = self.unit_at(index)
            if unit is not None and unit.id in self.proxy.matched:
                return index
            rows = self.proxy.rowCount(index)
            stack.extend(self.proxy.index(r, 0, index) for r in reversed(range(rows)))
        return QModelIndex()

    def object_at(self, index: QModelIndex) -> Unit | None:
        return self.unit_at(index)

    def details_html(self, index: QModelIndex) -> str:
        unit = self.unit_at(index)
        return details.unit_html(self.store, unit) if unit else ""

    def select_unit(self, unit_id: str) -> bool:
        index = self.proxy.mapFromSource(self.source.node_index(unit_id))
        if not index.isValid() and self.search.text():
            self.search.clear()
            index = self.proxy.mapFromSource(self.source.node_index(unit_id))
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def copy(self) -> None:
        """The current unit's path from the root, joined with ' › '."""
        index = self.view.currentIndex()
        unit = self.unit_at(index) if index.isValid() else None
        if unit is None:
            self.status_message.emit("Nothing selected to copy")
            return
        path = details.unit_path_text(self.store, unit.id)
        if copy_text(path):
            self.status_message.emit(f"Copied the path of {unit.name}")
        else:
            self.status_message.emit("The clipboard is not available; nothing was copied")
