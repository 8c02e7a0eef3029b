"""The Leadership tab: heads and deputies since 1951, with the timeline above them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from iomdesk import details
from iomdesk.models.tabs import LEADERSHIP_FROM_COLUMN, leadership_model
from iomdesk.store import Store
from iomdesk.tabs import Tab
from iomdesk.views.table_tab import TableTab
from iomdesk.views.timeline import TimelineWidget


class LeadershipTab(TableTab):
    """The timeline is linked both ways: a click selects the row, the row outlines its bar,
    and the search dims the bars it hides. It starts on who leads IOM now."""

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(
            Tab.LEADERSHIP,
            leadership_model(store),
            lambda row: details.leader_html(store, row),
            sort=(LEADERSHIP_FROM_COLUMN, Qt.SortOrder.AscendingOrder),
            parent=parent,
        )
        self.timeline = TimelineWidget(store, self.shown_objects())
        self.timeline_splitter = self.put_above(self.timeline)
        self.timeline_splitter.setSizes([200, 560])
        self.timeline.tenure_clicked.connect(
            lambda tenure_id: self.select_object(lambda r: r.tenure.id == tenure_id)
        )
        self.current_object_changed.connect(
            lambda row: self.timeline.set_selected(row.tenure.id if row else None)
        )
        self.searched.connect(self._dim_timeline)
        current = self.view.currentIndex()
        if current.isValid():
            self.timeline.set_selected(self.object_at(current).tenure.id)

    def start_index(self) -> QModelIndex:
        """Who leads IOM now (made current once, not after the first row)."""
        row = self.model.row_of(lambda r: r.is_current_head)
        return self.model.index(row, 0) if row >= 0 else self.first_match()

    def _dim_timeline(self) -> None:
        if self.model.pattern_words():
            self.timeline.set_matching({row.tenure.id for row in self.shown_objects()})
        else:
            self.timeline.set_matching(None)
