"""The Qt models: the model contract, filtering and sorting through the shared search rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iomdesk.models.common import OBJECT_ROLE, SORT_ROLE
from iomdesk.models.tabs import contacts_model, elections_model, leadership_model
from iomdesk.models.tree import UnitTreeModel


@pytest.mark.parametrize("make", [leadership_model, elections_model, contacts_model])
def test_table_models_pass_the_model_tester(qtmodeltester, store, make):
    model = make(store)
    qtmodeltester.check(model)
    model.set_pattern("geneva")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_tree_model_passes_the_model_tester_filtered_or_not(qtmodeltester, store):
    tree = UnitTreeModel(store.unit_children)
    qtmodeltester.check(tree)
    for pattern in ("recovery", "dakar", "international", "zzz", ""):
        tree.set_pattern(pattern)
        qtmodeltester.check(tree)


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
    years = [model.row_object(r).tenure.start for r in range(model.rowCount())]
    assert years == sorted(years, key=lambda s: s or "9999")
    model.sort(5, Qt.SortOrder.DescendingOrder)  # Years in office, numerically
    lengths = [model.index(r, 5).data(SORT_ROLE) for r in range(model.rowCount())]
    assert lengths == sorted(lengths, reverse=True)


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


def test_tree_counts_matches_not_context(store):
    tree = UnitTreeModel(store.unit_children)
    tree.set_pattern("dakar")
    assert tree.matched_count() == 1
    assert tree.shown_count() == 4  # IOM › Field offices › Regional Offices › Dakar
    assert [u.id for u in tree.matched_units()] == ["ro-dakar"]


def test_tree_filter_keeps_ancestors_and_the_subtree_of_a_match(store):
    tree = UnitTreeModel(store.unit_children)
    tree.set_pattern("peace recovery")

    def shown(index=None):
        from PySide6.QtCore import QModelIndex

        index = index or QModelIndex()
        found = []
        for row in range(tree.rowCount(index)):
            child = tree.index(row, 0, index)
            found.append(tree.unit_at(child).id)
            found += shown(child)
        return found

    visible = shown()
    assert visible[:5] == ["iom", "hq", "ddg-ops", "dhrr", "prd"]
    assert set(visible) == {"iom", "hq", "ddg-ops", "dhrr", "prd"} | {
        u.id for u in store.units if u.parent_id == "prd"
    }
    assert tree.node_index("hod").isValid() is False
    tree.set_pattern("")
    assert len(shown()) == len(store.units)


def test_tree_search_matching_the_root_shows_everything(store):
    tree = UnitTreeModel(store.unit_children)
    tree.set_pattern("international organization")
    assert tree.shown_count() == len(store.units)
    assert tree.first_match_index().data() == "International Organization for Migration (IOM)"


def test_tree_siblings_follow_their_stated_order(store):
    tree = UnitTreeModel(store.unit_children)
    root = tree.index(0, 0)
    field = tree.index(1, 0, root)
    names = [tree.index(r, 0, field).data() for r in range(tree.rowCount(field))]
    assert names[0] == "Regional Offices (RO)"
    assert names[-1] == "Country Offices (CO)"
    for parent_id in {u.parent_id for u in store.units}:
        index = tree.node_index(parent_id) if parent_id else root.parent()
        positions = [
            tree.unit_at(tree.index(r, 0, index)).position for r in range(tree.rowCount(index))
        ]
        assert positions == sorted(positions)


def test_rows_are_folded_for_search_only_when_a_search_needs_them(store):
    """Folding 100,000 contacts costs time and memory: building, sorting and clearing the
    search leave it undone; the first words typed (or prepare_search) do it."""
    model = contacts_model(store)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_pattern("   ")
    assert not model.listing.folded
    model.set_pattern("cash")
    assert model.listing.folded and model.shown_count() >= 1
