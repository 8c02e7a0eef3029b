"""models/table.py (FilterTableModel) through the three tab models of models/tabs.py: the
model contract, filtering and sorting through the shared search rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iomdesk.models.common import OBJECT_ROLE, SORT_ROLE
from iomdesk.models.table import tab_model
from iomdesk.tabs import Contacts, Elections, Leadership


def leadership_model(store):
    return tab_model(Leadership(store))


def elections_model(store):
    return tab_model(Elections(store))


def contacts_model(store):
    return tab_model(Contacts(store))


@pytest.mark.parametrize("make", [leadership_model, elections_model, contacts_model])
def test_table_models_pass_the_model_tester(qtmodeltester, store, make):
    model = make(store)
    qtmodeltester.check(model)
    model.set_pattern("geneva")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_table_filters_with_accents_and_words_in_any_order(store):
    model = leadership_model(store)
    model.set_pattern("VITORINO antónio")
    assert model.shown_count() == 1
    assert model.row_object(0).person.name == "António Vitorino"
    model.set_pattern("antonio portugal")
    assert model.shown_count() == 1
    model.set_pattern("")
    assert model.shown_count() == model.total_count() == len(store.tenures)


def test_sorting_uses_raw_values_and_survives_filtering(store):
    model = leadership_model(store)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # From
    starts = [model.index(r, 3).data(SORT_ROLE) for r in range(model.rowCount())]
    assert starts == sorted(starts)
    assert model.row_object(0).person.name == "Hugh Gibson"
    model.set_pattern("director general")
    # In the tab's own order a search is ranked: the current head first, then the newest.
    assert model.row_object(0).person.name == "Amy Pope"
    heads = [model.row_object(r) for r in range(model.rowCount())]
    heads = [row.tenure.start for row in heads if row.tenure.role == "Director General"]
    assert heads == sorted(heads, reverse=True)
    model.sort(5, Qt.SortOrder.DescendingOrder)  # Years in office, numerically
    lengths = [model.index(r, 5).data(SORT_ROLE) for r in range(model.rowCount())]
    assert lengths == sorted(lengths, reverse=True)  # a column chosen: its order holds
    model.sort(3, Qt.SortOrder.DescendingOrder)  # From, newest first: not the tab's order
    years = [model.row_object(r).tenure.start for r in range(model.rowCount())]
    assert years == sorted(years, key=lambda s: s or "0000", reverse=True)
    model.sort(3, Qt.SortOrder.AscendingOrder)  # the tab's order again: ranked again
    assert model.row_object(0).person.name == "Amy Pope"


def test_object_role_reaches_the_row(store):
    model = contacts_model(store)
    obj = model.index(0, 1).data(OBJECT_ROLE)
    assert obj.email == model.index(0, 1).data()


def test_elections_are_found_by_text_only_in_details(store):
    model = elections_model(store)
    model.set_pattern("isaacs")
    assert [model.row_object(r).id for r in range(model.rowCount())] == ["dg-2018"]
    model.set_pattern("riccardi")
    assert [model.row_object(r).id for r in range(model.rowCount())] == ["dg-2008"]


def test_rows_are_folded_for_search_only_when_a_search_needs_them(store):
    """Folding 100,000 contacts costs time and memory: building, sorting and clearing the
    search leave it undone; the first words typed (or prepare_search) do it."""
    model = contacts_model(store)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_pattern("   ")
    assert not model.listing.folded
    model.set_pattern("cash")
    assert model.listing.folded and model.shown_count() >= 1


def test_text_sorts_as_the_interface_language_does(qapp):
    """Accents and capitals do not push a name to the end; numbers inside text by value."""
    from PySide6.QtCore import QLocale

    from iomdesk.models.table import Column, FilterTableModel

    names = ["Zoë", "émile", "Round 10", "PRDCoreGroupHQ@", "Émile", "cbisupport@", "Round 9"]
    before = QLocale()
    for language in ("en", "fr", "es"):
        QLocale.setDefault(QLocale(language))
        try:
            model = FilterTableModel(names, [Column("Name", str)], str)
            model.sort(0, Qt.SortOrder.AscendingOrder)
            shown = [model.row_object(r) for r in range(model.rowCount())]
        finally:
            QLocale.setDefault(before)
        assert shown.index("cbisupport@") < shown.index("PRDCoreGroupHQ@"), language
        assert shown.index("Émile") < shown.index("PRDCoreGroupHQ@") < shown.index("Zoë")
        assert shown.index("Round 9") < shown.index("Round 10") < shown.index("Zoë")


def test_contacts_sort_by_address_whatever_its_capitals(store):
    model = contacts_model(store)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    emails = [model.row_object(r).email for r in range(model.rowCount())]
    assert emails.index("cbisupport@iom.int") < emails.index("PRDCoreGroupHQ@iom.int")
    assert emails == sorted(emails, key=lambda e: (e or "").casefold())
