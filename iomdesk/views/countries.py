"""The Countries tab: the world map above the list, a choice of what the map colours, and the
line that says how much of the membership the stored sources name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from iomdesk.i18n import translate
from iomdesk.records import country_name
from iomdesk.tabs.base import Tab
from iomdesk.tabs.countries import COLOUR_LABEL, COLOURINGS, coverage_text, map_groups
from iomdesk.views.picture import series_color
from iomdesk.views.table_tab import TableTab
from iomdesk.views.world_map import WorldMap

# Decades from pale to deep (one hue, so that order reads as order), then "year not found".
DECADES = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b", "#041c40")
YEAR_NOT_FOUND = "#CC79A7"


def legend_colours(colouring: str, labels: list[str]) -> list[QColor]:
    if colouring == "decade":
        decades = [label for label in labels if label[:1].isdigit()]
        colours = [QColor(DECADES[min(i, len(DECADES) - 1)]) for i in range(len(decades))]
        return colours + [QColor(YEAR_NOT_FOUND)] * (len(labels) - len(decades))
    return [series_color(i) for i in range(len(labels))]


class CountriesTab(TableTab):
    """The map is linked both ways, as the other pictures are: a click selects the country's
    row, the row outlines the country, and the search dims the countries it hides."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        super().__init__(declared, open_url, parent)
        store = declared.store
        self.map = WorldMap({c.id: country_name(c) for c in store.countries})
        self.colouring_box = QComboBox()
        self.colouring_box.setAccessibleName(translate("tab", "What the map colours"))
        self.colouring_box.view().setAccessibleName(translate("tab", "Colourings of the map"))
        for key, title in COLOURINGS.items():
            self.colouring_box.addItem(translate("countries", title), key)
        label = QLabel(translate("tab", COLOUR_LABEL))
        label.setBuddy(self.colouring_box)
        self.coverage_label = QLabel(coverage_text(store))
        self.coverage_label.setWordWrap(True)
        choice = QHBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(label)
        choice.addWidget(self.colouring_box)
        choice.addWidget(self.coverage_label, 1)
        self.map_panel = QWidget()
        column = QVBoxLayout(self.map_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choice)
        column.addWidget(self.map, 1)
        self.map_splitter = self.put_above(self.map_panel, self.map, "map_splitter", [300, 460])
        self.colouring_box.currentIndexChanged.connect(lambda _n: self._colour())
        self._colour()
        self.map.country_clicked.connect(
            lambda key: self.select_object(lambda country: country.id == key)
        )
        self.current_object_changed.connect(
            lambda country: self.map.set_selected(country.id if country else None)
        )
        self.searched.connect(self._dim_map)
        self.set_focus_order(self.colouring_box)
        current = self.view.currentIndex()
        if current.isValid():
            self.map.set_selected(self.object_at(current).id)

    @property
    def colouring(self) -> str:
        return self.colouring_box.currentData() or "membership"

    def _colour(self) -> None:
        labels, places = map_groups(self.declared.store, self.colouring)
        colours = legend_colours(self.colouring, labels)
        self.map.set_colours(
            self.colouring_box.currentText(),
            {key: (colours[i], labels[i]) for key, i in places.items()},
            list(zip(colours, labels, strict=True)),
        )

    def choices(self) -> dict[str, str]:
        return {"colouring": self.colouring}

    def restore_choice(self, name: str, value: str) -> None:
        index = self.colouring_box.findData(value)
        if name == "colouring" and index >= 0:
            self.colouring_box.setCurrentIndex(index)

    def _dim_map(self) -> None:
        if self.model.pattern_words():
            self.map.set_matching({country.id for country in self.shown_objects()})
        else:
            self.map.set_matching(None)
