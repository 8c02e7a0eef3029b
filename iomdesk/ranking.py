"""Which matches come first: a row titled as the query, then one whose title holds it, then
the rest; among equals, what the tab prefers (the current holder of a post) (no Qt).

Titles and queries are compared as canonical tokens (aliases.Aliases.tokens): "DG",
"Director-General" and "directeur général" are one token, so "dg" ranks the post titled
"Director General" as it ranks "director general".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from iomdesk.aliases import Aliases, content_words, group_of, is_group
from iomdesk.search import fold

# The tiers, best first.
TITLE_IS_QUERY = 0  # a title field is the query: "director general" -> the post so titled
PHRASE_IN_TITLE = 1  # a title field holds the query's words in a row: "un system"
WORDS_IN_TITLE = 2  # the title fields hold every word, apart
WORDS_IN_LINE = 3  # ... or the line shown under the title does ("rome": the office in Rome)
ELSEWHERE = 4  # only the rest of the row's text does
# A one-letter query over 100,000 contacts must not rank them all at each keystroke: the
# first so many matches (in the tab's order) are ranked, and the rest follow in that order.
# Ranking a row costs about 50-100 µs at 100,000 contacts (make bench): 100 rows cost a tab
# 5-10 ms a keystroke, and Ctrl+K, which ranks six tabs and shows eight rows of each, 6 times
# that. A tab of the shipped data ranks all its matches but for the Countries' 185.
RANK_LIMIT = 100

Query = tuple[str, ...]
RAW = "\x01"  # marks a query word kept whole (see Ranking.query)
ADDRESS = re.compile(r"[@.]\w|@")


def no_preference(row: Any) -> int:
    return 0


@dataclass(frozen=True)
class Ranking:
    """How one tab's rows are ranked: what titles them, the line under the title, and which
    of two equally good rows it prefers (lower first)."""

    aliases: Aliases
    fields: Callable[[Any], Sequence[str]]
    line: Callable[[Any], str] = lambda row: ""
    preference: Callable[[Any], Any] = no_preference

    def query(self, words: Sequence[str]) -> Query:
        """The query's words as tokens (the small words of a question left out). A word
        with "@" or "." inside ("dhrr@", "iom.int") is part of an address: it stays whole,
        marked RAW, and is looked for as text."""
        raw = [RAW + word for word in words if ADDRESS.search(word)]
        plain = [word for word in words if not ADDRESS.search(word)]
        tokens = self.aliases.canonical(content_words(plain)) if plain else []
        return (*tokens, *raw)

    def tier(self, query: Query, row: Any) -> tuple[int, int]:
        """(tier, how many more words the closest title field has than the query)."""
        if not query:
            return ELSEWHERE, 0
        tokens = self.aliases.tokens
        texts = [field for field in self.fields(row) if field]
        raw = [word[1:] for word in query if word.startswith(RAW)]
        if raw:  # an address: in the title fields, or in the line under them
            title_text = fold("\n".join(texts))
            if all(word in title_text for word in raw):
                return WORDS_IN_TITLE, 0
            if all(word in title_text + fold(self.line(row)) for word in raw):
                return WORDS_IN_LINE, 0
            return ELSEWHERE, 0
        # Most rows ranked hold the words only deeper down: letters first, words only where
        # the letters are there (tokens cost ten times a substring test).
        title_text = fold("\n".join(texts))
        if not all(self._letters_in(wanted, title_text) for wanted in query):
            line_text = fold(self.line(row))
            if not all(self._letters_in(wanted, line_text + title_text) for wanted in query):
                return ELSEWHERE, 0
        fields = [tokens(field) for field in texts]
        # The first two tiers want whole words: "mid" is the phrase in "mid term", and only
        # starts a word of "middle".
        if any(len(f) == len(query) and all(map(self._whole, query, f)) for f in fields):
            return TITLE_IS_QUERY, 0
        holding = [f for f in fields if self._run_in(query, f)]
        if holding:  # "IOM joins the UN system" before "Council approves joining the UN system"
            return PHRASE_IN_TITLE, min(len(f) for f in holding) - len(query)
        title = [token for f in fields for token in f]
        if self._all_in(query, title):
            return WORDS_IN_TITLE, len(title) - len(query)
        if self._all_in(query, [*title, *tokens(self.line(row))]):
            return WORDS_IN_LINE, 0
        return ELSEWHERE, 0

    def key(self, query: Query, row: Any) -> tuple[int, int, Any]:
        """Sorts best first: the tier, the closer title, then the tab's preference (none
        without words)."""
        if not query:
            return ELSEWHERE, 0, 0
        return *self.tier(query, row), self.preference(row)

    def _letters_in(self, wanted: str, text: str) -> bool:
        """Whether a folded text may hold a query token: its letters, or the first word of a
        name it stands for or may start ("general": "DG")."""
        if is_group(wanted):
            return any(word in text for word in self.aliases.first_words(group_of(wanted)))
        if wanted in text:
            return True
        groups = self.aliases.groups_for_word(wanted)
        return any(word in text for group in groups for word in self.aliases.first_words(group))

    def _matches(self, wanted: str, token: str, whole: bool = False) -> bool:
        """A query token matches a title token: the same, the start of a word (whole: the
        word), or a word of one of the names the token stands for ("general" in "Director
        General")."""
        if wanted == token:
            return True
        if is_group(wanted):
            return False
        if is_group(token):
            return group_of(token) in self.aliases.groups_for_word(wanted, whole)
        return not whole and token.startswith(wanted)

    def _whole(self, wanted: str, token: str) -> bool:
        return self._matches(wanted, token, whole=True)

    def _run_in(self, query: Query, field: Sequence[str]) -> bool:
        width = len(query)
        return any(
            all(map(self._whole, query, field[start : start + width]))
            for start in range(len(field) - width + 1)
        )

    def _all_in(self, query: Query, tokens: Sequence[str]) -> bool:
        return all(any(self._matches(wanted, token) for token in tokens) for wanted in query)


def ranked(
    ranking: Ranking, words: Sequence[str], positions: Sequence[int], row_at: Callable[[int], Any]
) -> list[int]:
    """The positions, the first RANK_LIMIT best first (ties keep their order), then the rest.
    With no words to rank by (a year alone), the order is kept."""
    query = ranking.query(words)
    if not query:
        return list(positions)
    head = list(positions[:RANK_LIMIT])
    keys = {p: ranking.key(query, row_at(p)) for p in head}
    head.sort(key=keys.__getitem__)  # stable: equal keys keep the tab's order
    return [*head, *positions[RANK_LIMIT:]]
