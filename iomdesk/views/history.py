"""The History tab: milestones and dated figures in one list, newest first, with the chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from iomdesk.i18n import translate
from iomdesk.tabs.base import Tab
from iomdesk.tabs.history import CHART_LABEL, chart_measures, history_key, measure_name
from iomdesk.views.history_chart import HistoryChart
from iomdesk.views.table_tab import TableTab


class HistoryTab(TableTab):
    """The chart is linked both ways, as Leadership's timeline is: a click selects the row,
    the row is outlined in the chart, and the search dims what it hides. A choice above the
    chart picks the measure drawn, among those with enough dated figures."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        super().__init__(declared, open_url, parent)
        store = declared.store
        self.chart = HistoryChart(self.shown_objects())
        self.measure_box = QComboBox()
        self.measure_box.setAccessibleName(translate("tab", "Figure drawn in the chart"))
        self.measure_box.view().setAccessibleName(translate("tab", "Figures that can be drawn"))
        for measure in chart_measures(store.figures):
            self.measure_box.addItem(measure_name(measure), measure)
        measure_label = QLabel(translate("tab", CHART_LABEL))
        measure_label.setBuddy(self.measure_box)
        choice = QHBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(measure_label)
        choice.addWidget(self.measure_box)
        choice.addStretch(1)
        # The chart and its choice show and hide together (View > Show timelines and map).
        self.chart_panel = QWidget()
        column = QVBoxLayout(self.chart_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choice)
        column.addWidget(self.chart, 1)
        if self.measure_box.count() == 0:  # a file without enough dated figures: marks only
            measure_label.hide()
            self.measure_box.hide()
        self.picture_splitter = self.put_above(
            self.chart_panel, self.chart, "picture_splitter", [230, 530]
        )
        self.measure_box.currentIndexChanged.connect(
            lambda _n: self.chart.set_measure(self.measure_box.currentData())
        )
        self.chart.set_measure(self.measure_box.currentData())
        self.chart.item_clicked.connect(
            lambda key: self.select_object(lambda item: history_key(item) == key)
        )
        self.current_object_changed.connect(
            lambda item: self.chart.set_selected(history_key(item) if item else None)
        )
        self.searched.connect(self._dim_chart)
        self.set_focus_order(self.measure_box)
        current = self.view.currentIndex()
        if current.isValid():
            self.chart.set_selected(history_key(self.object_at(current)))

    def choices(self) -> dict[str, str]:
        return {"chart": self.chart_choice}

    def restore_choice(self, name: str, value: str) -> None:
        if name == "chart":
            self.choose_chart(value)

    @property
    def chart_choice(self) -> str:
        """The measure drawn ('' when none): the window remembers it."""
        return self.measure_box.currentData() or ""

    def choose_chart(self, measure: str) -> None:
        """Draw another measure, if the data offers it."""
        index = self.measure_box.findData(measure)
        if index >= 0:
            self.measure_box.setCurrentIndex(index)

    def _dim_chart(self) -> None:
        if self.model.pattern_words():
            self.chart.set_matching({history_key(item) for item in self.shown_objects()})
        else:
            self.chart.set_matching(None)
