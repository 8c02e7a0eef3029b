"""The Elections tab: how each Director General and deputy was chosen, with the vote chart."""

from __future__ import annotations

from collections.abc import Callable

from iomdesk.tabs.base import Tab
from iomdesk.views.picture import PictureWidget
from iomdesk.views.table_tab import TableTab
from iomdesk.views.vote_chart import VoteChart


class ElectionsTab(TableTab):
    """Newest first; the vote chart above the details follows the selected election."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        super().__init__(declared, open_url, parent)
        store = declared.store
        self.splitter.setSizes([560, 720])  # the rounds need the room
        self.vote_chart = VoteChart()
        self.put_in_details(self.vote_chart).setSizes([300, 420])
        self.current_object_changed.connect(
            lambda election: self.vote_chart.set_election(store, election)
        )
        current = self.view.currentIndex()
        if current.isValid():
            self.vote_chart.set_election(store, self.object_at(current))

    def picture(self) -> PictureWidget:
        return self.vote_chart
