"""models/common.py: what the table and tree models share — column titles and when a search
resets the model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iomdesk.models.common import header_title
from iomdesk.models.table import tab_model
from iomdesk.models.tree import UnitTreeModel
from iomdesk.tabs import Leadership, Structure

HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
DISPLAY = Qt.ItemDataRole.DisplayRole


def test_header_title_answers_only_horizontal_display_titles():
    titles = ["Name", "Role"]
    assert header_title(titles, 0, HORIZONTAL, DISPLAY) == "Name"
    assert header_title(titles, 1, HORIZONTAL, DISPLAY) == "Role"
    assert header_title(titles, 2, HORIZONTAL, DISPLAY) is None
    assert header_title(titles, -1, HORIZONTAL, DISPLAY) is None
    assert header_title(titles, 0, VERTICAL, DISPLAY) is None  # no row numbers
    assert header_title(titles, 0, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.parametrize(
    "make",
    [lambda store: tab_model(Leadership(store)), lambda store: UnitTreeModel(Structure(store))],
)
def test_a_search_resets_the_model_only_when_its_words_change(store, make):
    """A reset loses the selection and the scroll position: a space typed, or the same words
    in another case or with other accents, must not cause one."""
    model = make(store)
    resets: list[list[str]] = []
    model.modelReset.connect(lambda: resets.append(model.pattern_words()))
    model.set_pattern("Pope")
    model.set_pattern("  pope ")
    model.set_pattern("POPE")
    assert resets == [["pope"]]
    model.set_pattern("pope amy")
    model.set_pattern("antónio")
    model.set_pattern("ANTONIO")
    assert resets == [["pope"], ["pope", "amy"], ["antonio"]]
    model.set_pattern("")
    assert resets[-1] == [] and model.pattern_words() == []
