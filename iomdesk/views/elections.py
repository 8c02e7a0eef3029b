"""The Elections tab: how each Director General and deputy was chosen, with the vote chart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iomdesk import details
from iomdesk.models.tabs import ELECTIONS_DATE_COLUMN, elections_model
from iomdesk.store import Store
from iomdesk.tabs import Tab
from iomdesk.views.table_tab import TableTab
from iomdesk.views.vote_chart import VoteChart


class ElectionsTab(TableTab):
    """Newest first; the vote chart above the details follows the selected election."""

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(
            Tab.ELECTIONS,
            elections_model(store),
            lambda e: details.election_html(store, e),
            sort=(ELECTIONS_DATE_COLUMN, Qt.SortOrder.DescendingOrder),
            parent=parent,
        )
        self.splitter.setSizes([560, 720])  # the rounds need the room
        self.vote_chart = VoteChart()
        self.put_in_details(self.vote_chart).setSizes([300, 420])
        self.current_object_changed.connect(
            lambda election: self.vote_chart.set_election(store, election)
        )
        current = self.view.currentIndex()
        if current.isValid():
            self.vote_chart.set_election(store, self.object_at(current))
