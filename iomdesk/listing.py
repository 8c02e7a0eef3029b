"""A tab's rows in display order, and which of them the search shows (no Qt).

The table models hold one of these and keep only Qt's model contract. The rows' folded text
(the search index) is kept in display order and made only when a search first needs it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from iomdesk import ranking, search
from iomdesk.aliases import Aliases
from iomdesk.ranking import Ranking

Span = Callable[[Any], tuple[int, int] | None]


class Listing:
    """All rows are kept; `shown` holds the positions (in display order) the search shows."""

    def __init__(
        self,
        rows: Sequence[Any],
        haystack: Callable[[Any], str],
        span: Span | None,
        aliases: Aliases | None = None,
        ranking: Ranking | None = None,
    ):
        self.rows = list(rows)
        self._aliases = aliases  # names that mean the same (search.Index)
        self._ranking = ranking
        # Whether a search shows the best matches first (the model turns it off while the
        # rows are sorted by a column the user chose).
        self.ranks = True
        self._ranked_count = 0  # the first shown rows are in ranked order, not display order
        self._haystack = haystack
        # Rows with a period (a term in office, an election's year) answer year queries by it.
        self._span = span
        self.order: Sequence[int] = range(len(self.rows))  # row numbers in display order
        self.shown: Sequence[int] = range(len(self.rows))  # positions in `order` shown
        self.words: list[str] = []
        self._index: search.Index | None = None  # see `index`
        # Only rows it accepts are shown (the starred ones), the search or not; None: all.
        self.keep: Callable[[Any], bool] | None = None

    @property
    def index(self) -> search.Index:
        """The rows' folded text in display order (search everywhere shares it)."""
        if self._index is None:
            # Made in display order, so the strings lie in memory in the order scanned.
            self._index = search.Index(
                [self._haystack(self.rows[i]) for i in self.order], self._aliases
            )
        return self._index

    @property
    def folded(self) -> bool:
        """Whether the rows' text has been folded for search yet."""
        return self._index is not None

    def search(self, words: list[str]) -> None:
        self.words = words
        self.shown = self._positions(words)

    def _positions(self, words: list[str]) -> Sequence[int]:
        found = self._matching(words)
        if self.keep is None:
            return found
        keep, rows, order = self.keep, self.rows, self.order
        head = self._ranked_count  # the ranked rows lead, best first: so they stay
        kept = [p for p in found if keep(rows[order[p]])]
        self._ranked_count = sum(1 for p in found[:head] if keep(rows[order[p]]))
        return kept

    def _matching(self, words: list[str]) -> Sequence[int]:
        self._ranked_count = 0
        if not words:
            return range(len(self.rows))  # and the index waits: folding 100,000 rows costs
        rows, order, span = self.rows, self.order, self._span
        span_at = (lambda p: span(rows[order[p]])) if span is not None else None
        found = search.matching(self.index, words, span_at)
        if not (self.ranks and self._ranking and len(found) > 1):
            return found
        text_words = search.split_years(words)[0] if span is not None else words
        self._ranked_count = min(len(found), ranking.RANK_LIMIT)
        return ranking.ranked(self._ranking, text_words, found, self.at_position)

    def sort(self, key: Callable[[Any], Any], descending: bool) -> None:
        """Rows in a new order; the search is applied again (its index follows the order)."""
        keys = [key(row) for row in self.rows]
        previous = self.order
        self.order = sorted(range(len(self.rows)), key=keys.__getitem__, reverse=descending)
        del keys
        if self._index is not None:
            by_row = [""] * len(self.rows)
            for text, row in zip(self._index.haystacks, previous, strict=True):
                by_row[row] = text
            self._index = None  # let the old index go before the copies are made
            # The index answers in display order: a search never has to re-sort its hits.
            self._index = search.Index(
                search.fresh_copies(by_row[i] for i in self.order), self._aliases
            )
            del by_row
        self.shown = self._positions(self.words)

    def at(self, shown_row: int) -> Any:
        """The object on a shown row."""
        return self.rows[self.order[self.shown[shown_row]]]

    def at_position(self, position: int) -> Any:
        """The object at a position of the index (shown or not)."""
        return self.rows[self.order[position]]

    def row_number(self, shown_row: int) -> int:
        """The stable number of the object on a shown row (its place in `rows`)."""
        return self.order[self.shown[shown_row]]

    def shown_row_of(self, row_number: int) -> int:
        """Where an object (by its number) now shows, or -1. For the few rows a selection
        remembers: it searches the order."""
        try:
            position = self.order.index(row_number)
        except ValueError:
            return -1
        head = self._ranked_count
        if position in self.shown[:head]:  # the ranked rows: a few hundred at most
            return list(self.shown[:head]).index(position)
        shown = bisect.bisect_left(self.shown, position, lo=head)
        return shown if shown < len(self.shown) and self.shown[shown] == position else -1

    def first_shown(self, predicate: Callable[[Any], bool]) -> int:
        """The shown row of the first object the predicate accepts, or -1."""
        for n, position in enumerate(self.shown):
            if predicate(self.rows[self.order[position]]):
                return n
        return -1
