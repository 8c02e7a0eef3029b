"""models/tree.py (UnitTreeModel): the model contract, and a filter that keeps its context."""

from __future__ import annotations

from iomdesk.models.tree import UnitTreeModel
from iomdesk.tabs import Structure


def test_tree_model_passes_the_model_tester_filtered_or_not(qtmodeltester, store):
    tree = UnitTreeModel(Structure(store))
    qtmodeltester.check(tree)
    for pattern in ("recovery", "dakar", "international", "zzz", ""):
        tree.set_pattern(pattern)
        qtmodeltester.check(tree)


def test_tree_counts_matches_not_context(store):
    tree = UnitTreeModel(Structure(store))
    tree.set_pattern("dakar")
    assert tree.matched_count() == 1
    assert tree.shown_count() == 4  # IOM › Field offices › Regional Offices › Dakar
    assert [u.id for u in tree.matched_units()] == ["ro-dakar"]


def test_tree_filter_keeps_ancestors_and_the_subtree_of_a_match(store):
    tree = UnitTreeModel(Structure(store))
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
    tree = UnitTreeModel(Structure(store))
    tree.set_pattern("international organization")
    assert tree.shown_count() == len(store.units)
    assert tree.first_match_index().data() == "International Organization for Migration (IOM)"


def test_tree_siblings_follow_their_stated_order(store):
    tree = UnitTreeModel(Structure(store))
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
