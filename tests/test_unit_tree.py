"""iomdesk/unit_tree.py (no Qt): the units as a tree, and what a search shows of it — each
match, its ancestors for context, and everything below it."""

from __future__ import annotations

from collections import defaultdict

from iomdesk import search
from iomdesk.rows import Unit
from iomdesk.tabs.structure import unit_haystack
from iomdesk.unit_tree import UnitTree

# id, parent, name; siblings in their stated order.
UNITS = [
    ("org", None, "Organisation"),
    ("hq", "org", "Headquarters"),
    ("peace", "hq", "Peace Division"),
    ("ws", "peace", "Workstream on recovery"),
    ("field", "org", "Field offices"),
    ("dakar", "field", "Dakar office"),
    ("panama", "field", "Panamá office"),
]


def tree_of(rows) -> UnitTree:
    children: dict[str | None, list[Unit]] = defaultdict(list)
    for position, (unit_id, parent_id, name) in enumerate(rows):
        unit = Unit(unit_id, parent_id, name, None, "unit", None, None, None, position, "confirmed")
        children[parent_id].append(unit)
    return UnitTree(children, unit_haystack)


def shown_ids(tree: UnitTree) -> list[str]:
    return [unit.id for unit in tree.shown_units()]


def test_units_in_tree_order_all_shown_without_a_search():
    tree = tree_of(UNITS)
    assert [node.unit.id for node in tree.preorder] == [u[0] for u in UNITS]
    assert shown_ids(tree) == [u[0] for u in UNITS]
    assert tree.matched_count() == tree.shown_count == len(UNITS)


def test_a_match_shows_with_its_ancestors_but_not_its_cousins():
    tree = tree_of(UNITS)
    tree.search(search.terms("dakar"))
    assert shown_ids(tree) == ["org", "field", "dakar"]
    assert tree.matched_count() == 1 and tree.shown_count == 3
    assert tree.is_shown(tree.nodes["dakar"]) and not tree.is_shown(tree.nodes["panama"])
    assert not tree.is_shown(tree.nodes["hq"])


def test_a_match_keeps_everything_below_it():
    tree = tree_of(UNITS)
    tree.search(search.terms("peace"))
    assert shown_ids(tree) == ["org", "hq", "peace", "ws"]
    assert tree.matched_count() == 1


def test_matching_the_root_shows_everything_and_clearing_shows_all_again():
    tree = tree_of(UNITS)
    tree.search(search.terms("organisation"))
    assert shown_ids(tree) == [u[0] for u in UNITS]
    tree.search(search.terms("panama"))
    assert shown_ids(tree) == ["org", "field", "panama"]
    tree.search([])
    assert shown_ids(tree) == [u[0] for u in UNITS]
    assert tree.matched_count() == len(UNITS)


def test_the_nodes_to_open_lead_down_to_the_first_matches():
    tree = tree_of(UNITS)
    tree.search(search.terms("office"))
    opened = [node.unit.id for node in tree.ancestors_of_matches(10)]
    assert opened == ["org", "field"]
    tree.search(search.terms("recovery"))
    assert [node.unit.id for node in tree.ancestors_of_matches(10)] == ["org", "hq", "peace"]
    assert tree.ancestors_of_matches(0) == []


def test_a_very_deep_tree_is_built_and_searched_without_recursion():
    depth = 5000  # far deeper than Python's recursion limit
    rows = [("u0", None, "Unit 0")] + [(f"u{n}", f"u{n - 1}", f"Unit {n}") for n in range(1, depth)]
    tree = tree_of(rows)
    tree.search(search.terms("unit 4999"))
    assert tree.shown_count == depth
    assert len(tree.ancestors_of_matches(1)) == depth - 1


def test_found_means_matched_or_under_a_match_not_shown_for_context(store):
    from iomdesk.unit_tree import UnitTree

    tree = UnitTree(store.unit_children, unit_haystack)
    assert tree.found(tree.nodes["iom"])  # no search: everything is found
    tree.search(["cash"])
    assert tree.found(tree.nodes["cbi"])
    assert tree.is_shown(tree.nodes["iom"]) and not tree.found(tree.nodes["iom"])
