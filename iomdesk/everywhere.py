"""Search everywhere: one query over every tab, grouped by tab, best matches first (no Qt)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from iomdesk import search

# Ranking reads at most this many matches per tab (in the tab's order): enough to find the
# best few among the first screenfuls, and a one-letter query over 100,000 contacts still
# answers within a keystroke (2,000 cost 30 ms a keystroke in make bench).
RANK_LIMIT = 300
PER_GROUP = 8
# One or two letters match most rows of a large directory and say little: tabs with more
# rows than this wait for a third letter (a year is always long enough). The shipped data's
# tabs are far smaller, so there every letter counts.
LARGE_SECTION = 10_000
MIN_LETTERS_LARGE = 3

EXACT_ACRONYM, WHOLE_WORD, WORD_START, INSIDE = 0, 1, 2, 3


@dataclass(frozen=True)
class Section:
    """One tab's searchable rows, as the everywhere box needs them."""

    tab: str
    index: search.Index  # the rows' folded text, by position
    item: Callable[[int], Any]  # position -> row object
    title: Callable[[Any], str]
    detail: Callable[[Any], str]
    acronyms: Callable[[Any], Sequence[str]] = lambda obj: ()
    span: Callable[[Any], tuple[int, int] | None] | None = None  # dated rows answer years


@dataclass(frozen=True)
class Hit:
    tab: str
    obj: Any
    title: str
    detail: str
    score: int


@dataclass
class Group:
    tab: str
    count: int
    hits: list[Hit] = field(default_factory=list)

    @property
    def best(self) -> int:
        return self.hits[0].score if self.hits else 99


def score(haystack: str, words: Sequence[str], acronyms: Sequence[str]) -> int:
    """Lower is better: per word, an exact acronym beats a whole word beats a word's start."""
    total = 0
    for word in words:
        if word in acronyms:
            total += EXACT_ACRONYM
        elif _pattern(word, whole=True).search(haystack):
            total += WHOLE_WORD
        elif _pattern(word, whole=False).search(haystack):
            total += WORD_START
        else:
            total += INSIDE
    return total


_patterns: dict[tuple[str, bool], re.Pattern[str]] = {}


def _pattern(word: str, whole: bool) -> re.Pattern[str]:
    key = (word, whole)
    if key not in _patterns:
        if len(_patterns) > 256:
            _patterns.clear()
        end = r"(?!\w)" if whole else ""
        _patterns[key] = re.compile(rf"(?<!\w){re.escape(word)}{end}")
    return _patterns[key]


def find(sections: Sequence[Section], text: str, per_group: int = PER_GROUP) -> list[Group]:
    """Groups with matches, the best group first (ties keep the tabs' order)."""
    words = search.terms(text)
    if not words:
        return []
    groups = []
    for section in sections:
        text_words, period = (
            search.split_years(words) if section.span is not None else (list(words), None)
        )
        if not text_words and period is None:
            continue
        too_short = sum(map(len, text_words)) < MIN_LETTERS_LARGE
        if len(section.index) > LARGE_SECTION and too_short and period is None:
            continue
        positions: Sequence[int] = (
            section.index.positions(text_words) if text_words else range(len(section.index))
        )
        if period is not None:
            span = section.span
            positions = [p for p in positions if search.overlaps(span(section.item(p)), period)]
        if not positions:
            continue
        haystacks = section.index.haystacks
        ranked = heapq.nsmallest(
            per_group,
            (
                (score(haystacks[p], text_words, section.acronyms(section.item(p))), n, p)
                for n, p in enumerate(positions[:RANK_LIMIT])
            ),
        )
        hits = [
            Hit(section.tab, obj, section.title(obj), section.detail(obj), s)
            for s, _n, p in ranked
            for obj in (section.item(p),)
        ]
        groups.append(Group(section.tab, len(positions), hits))
    order = {section.tab: n for n, section in enumerate(sections)}
    return sorted(groups, key=lambda g: (g.best, order[g.tab]))
