"""The Leadership tab: heads and deputies since 1951, with the timeline above them."""

from __future__ import annotations

from collections.abc import Callable

from iomdesk.tabs.base import Tab
from iomdesk.views.table_tab import TableTab
from iomdesk.views.timeline import TimelineWidget


class LeadershipTab(TableTab):
    """The timeline is linked both ways: a click selects the row, the row outlines its bar,
    and the search dims the bars it hides. It starts on who leads IOM now."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        super().__init__(declared, open_url, parent)
        self.timeline = TimelineWidget(declared.store, self.shown_objects())
        self.timeline_splitter = self.put_above(
            self.timeline, self.timeline, "timeline_splitter", [200, 560]
        )
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

    def _dim_timeline(self) -> None:
        if self.model.pattern_words():
            self.timeline.set_matching({row.tenure.id for row in self.shown_objects()})
        else:
            self.timeline.set_matching(None)
