"""The History tab's table model, as models/table.tab_model makes it from tabs/history.py (the
other tabs' models are checked through their tabs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iomdesk.models.table import tab_model
from iomdesk.rows import Event, Figure
from iomdesk.tabs import History

HISTORY_DATE_COLUMN = History.sort[0]


def history_model(store):
    return tab_model(History(store))


@pytest.fixture
def model(qapp, store):
    model = history_model(store)
    model.sort(HISTORY_DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    return model


def texts(model) -> list[list[str]]:
    return [model.row_texts(row) for row in range(model.rowCount())]


def test_the_model_keeps_qts_contract_while_searched_and_sorted(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_pattern("member states")
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_pattern("")
    qtmodeltester.check(model)


def test_milestones_and_figures_in_one_list_newest_first_undated_last(model, store):
    assert model.total_count() == len(store.events) + len(store.figures)
    rows = [model.row_object(r) for r in range(model.rowCount())]
    assert {type(r) for r in rows} == {Event, Figure}
    dated = [r.date for r in rows if r.date]
    assert dated == sorted(dated, key=lambda d: tuple(map(int, d.split("-"))), reverse=True)
    undated = [r for r in rows if not r.date]
    assert undated and rows[-len(undated) :] == undated
    assert {model.row_texts(r)[0] for r in range(len(rows) - len(undated), len(rows))} == {
        "date unknown"
    }
    model.sort(HISTORY_DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert model.row_texts(model.rowCount() - 1)[0] != "date unknown"


def test_columns_say_when_what_the_figure_and_its_kind(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["When", "What", "Figure", "Kind"]
    model.set_pattern("1989")
    assert texts(model) == [["14 Nov 1989", "Organisation becomes IOM", "", "Milestone"]]
    model.set_pattern("staff 2023")
    assert ["Dec 2023", "Over 20,000 employees.", "about 20,000", "Staff"] in texts(model)
    alignment = model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_years_select_rows_by_date_and_ranges_work(model):
    model.set_pattern("2016")
    found = texts(model)
    assert [t[1] for t in found if "Council admits" not in t[1] or "China" in t[1]] == [
        "IOM joins the UN system",
        "UN General Assembly approves the agreement",
        "Special Council admits China",
        "Council approves joining the UN system",
        "After China joined.",
    ]
    model.set_pattern("1989-1992")
    assert [t[0] for t in texts(model)] == ["1992", "14 Nov 1989"]
    model.set_pattern("un system 2016")
    assert len(texts(model)) == 2
    model.set_pattern("figures 1951")  # not a word of any row
    assert texts(model) == []


def test_dates_and_figures_sort_as_dates_and_numbers(model):
    model.set_pattern("member states")
    model.sort(2, Qt.SortOrder.DescendingOrder)
    rows = [model.row_object(r) for r in range(model.rowCount())]
    values = [r.value for r in rows if isinstance(r, Figure)]
    assert values == sorted(values, reverse=True) and values[0] == 175
    assert isinstance(rows[-1], Event)  # milestones have no figure: below the smallest
    model.sort(HISTORY_DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert model.row_texts(0)[0] == "Dec 1951"
    assert model.iso_dates(0, [0, 1, 2, 3]) == ["1951-12"]
