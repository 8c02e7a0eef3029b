"""The structure's units as a tree, and which of them a search shows (no Qt).

A search keeps each match, its ancestors (for context) and everything below it. The tree
model adapts this to Qt: a node is what an index points at.
"""

from __future__ import annotations

from collections.abc import Callable

from iomdesk import ranking, search
from iomdesk.aliases import Aliases
from iomdesk.ranking import Ranking
from iomdesk.rows import Unit


class Node:
    __slots__ = ("all_row", "children", "end", "parent", "position", "row", "shown", "unit")

    def __init__(self, unit: Unit | None, parent: Node | None, all_row: int) -> None:
        self.unit = unit
        self.parent = parent
        self.all_row = all_row  # row among all siblings
        self.row = all_row  # row among the siblings the current search shows
        self.children: list[Node] = []
        self.shown: list[Node] = self.children  # the children the current search shows
        self.position = 0  # in pre-order
        self.end = 0  # pre-order position just after this node's subtree


class UnitTree:
    """The root (a node without a unit) holds the top unit; positions are in pre-order."""

    def __init__(
        self,
        children: dict[str | None, list[Unit]],
        haystack: Callable[[Unit], str],
        aliases: Aliases | None = None,
        ranking: Ranking | None = None,
    ) -> None:
        """children: each unit's children in their stated order, by parent id (None: the
        root), as Store.unit_children gives them; haystack: a unit's searchable text."""
        self.root = Node(None, None, 0)
        self.nodes: dict[str, Node] = {}
        self.preorder: list[Node] = []
        # Depth-first from the root, siblings in their stated order. The store refuses a file
        # whose units do not form one tree (iomdesk.validate), so every unit is reached.
        stack = [(self.root, None)]
        while stack:
            parent_node, parent_id = stack.pop()
            for unit in children.get(parent_id, ()):
                node = Node(unit, parent_node, len(parent_node.children))
                parent_node.children.append(node)
                self.nodes[unit.id] = node
            stack.extend((node, node.unit.id) for node in reversed(parent_node.children))
        self._number()
        self.index = search.Index([haystack(n.unit) for n in self.preorder], aliases)
        self.words: list[str] = []
        self.filtering = False  # words typed, or only the starred units shown
        self.matched: list[Node] = []  # in pre-order
        self._ranking = ranking
        self.ranked: list[Node] = []  # the matches, best first (the first RANK_LIMIT ranked)
        self._matched_set: set[Node] = set()  # the same nodes, to ask "is this one matched?"
        self.shown_count = len(self.preorder)
        # Only units it accepts match (the starred ones), with their ancestors for context.
        self.keep: Callable[[Unit], bool] | None = None

    def _number(self) -> None:
        """Pre-order positions and subtree ends, without recursion (trees can be deep)."""
        stack = [(self.root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                node.end = len(self.preorder)
                continue
            if node is not self.root:
                node.position = len(self.preorder)
                self.preorder.append(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.children))

    def search(self, words: list[str]) -> None:
        keep = self.keep
        self.words = words
        self.filtering = bool(words) or keep is not None
        positions = search.matching(self.index, words) if words else []
        if keep is not None:
            every = positions if words else range(len(self.preorder))
            positions = [p for p in every if keep(self.preorder[p].unit)]
        self.matched = [self.preorder[p] for p in positions]
        self.ranked = self.matched
        if self._ranking is not None and words and len(positions) > 1:
            best_first = ranking.ranked(self._ranking, words, positions, self.unit_at)
            self.ranked = [self.preorder[p] for p in best_first]
        self._matched_set = set(self.matched)
        if keep is None and (not words or (positions and positions[0] == 0)):
            self._show_everything()  # no search, or the root matches: all of it shows
        else:
            self._show(positions)

    def unit_at(self, position: int) -> Unit:
        return self.preorder[position].unit

    def _show_everything(self) -> None:
        for node in (self.root, *self.preorder):
            node.shown = node.children
            node.row = node.all_row
        self.shown_count = len(self.preorder)

    def _show(self, positions: list[int]) -> None:
        visible: set[int] = set()
        covered_until = -1
        for p in positions:
            node = self.preorder[p]
            parent = node.parent
            while parent is not self.root and parent.position not in visible:
                visible.add(parent.position)
                parent = parent.parent
            if p >= covered_until:  # a match's whole subtree shows; it is contiguous
                visible.update(range(p, node.end))
                covered_until = node.end
        self.root.shown = []
        for p in sorted(visible):
            node = self.preorder[p]
            node.shown = []
            siblings = node.parent.shown
            node.row = len(siblings)
            siblings.append(node)
        self.shown_count = len(visible)

    def found(self, node: Node) -> bool:
        """Whether the search found this unit: it matches, or lies under a unit that does
        (an ancestor shown only to give context was not found)."""
        if not self.filtering:
            return True
        while node is not None and node.unit is not None:
            if node in self._matched_set:
                return True
            node = node.parent
        return False

    def matches(self, node: Node) -> bool:
        """Whether this unit itself matches the search (not one shown for context)."""
        return not self.filtering or node in self._matched_set

    def is_shown(self, node: Node) -> bool:
        while node.parent is not None:
            siblings = node.parent.shown
            if node.row >= len(siblings) or siblings[node.row] is not node:
                return False
            node = node.parent
        return True

    def shown_units(self) -> list[Unit]:
        """Every unit the search leaves visible, top to bottom (folded or not)."""
        found: list[Unit] = []
        stack = list(reversed(self.root.shown))
        while stack:
            node = stack.pop()
            found.append(node.unit)
            stack.extend(reversed(node.shown))
        return found

    def matched_count(self) -> int:
        return len(self.matched) if self.filtering else len(self.preorder)

    def ancestors_of_matches(self, limit: int) -> list[Node]:
        """The nodes to expand so that the first `limit` matches are in view, top down."""
        seen: set[int] = set()
        found: list[Node] = []
        for node in self.matched[:limit]:
            chain = []
            parent = node.parent
            while parent is not self.root and parent.position not in seen:
                seen.add(parent.position)
                chain.append(parent)
                parent = parent.parent
            found.extend(reversed(chain))
        return found
