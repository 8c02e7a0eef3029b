"""Search everywhere: what it searches, and one query over all of it, grouped by tab and
ranked best first (no Qt)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from iomdesk import search, tabs
from iomdesk.tabs.base import Tab

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


def group_title(key: str) -> str:
    """A group's heading in the interface language: its tab's title."""
    return tabs.title(key)


@dataclass(frozen=True)
class Section:
    """One tab's searchable rows, as the everywhere box needs them."""

    tab: str  # the tab's key
    index: search.Index  # the rows' folded text, by position
    item: Callable[[int], Any]  # position -> row object
    title: Callable[[Any], str]
    detail: Callable[[Any], str]
    acronyms: Callable[[Any], Sequence[str]] = lambda obj: ()
    span: Callable[[Any], tuple[int, int] | None] | None = None  # dated rows answer years

    def span_at(self) -> search.Span | None:
        """For a dated section, the years of the row at a position."""
        if self.span is None:
            return None
        span, item = self.span, self.item
        return lambda position: span(item(position))


@dataclass(frozen=True)
class Hit:
    tab: str
    obj: Any
    title: str
    detail: str
    score: int
    in_title: bool = False  # every word is a whole word of the title: breaks a tie in score
    in_line: bool = False  # ... or of the line shown under it ("rome": Italy, office in Rome)

    @property
    def rank(self) -> tuple[int, bool, bool]:
        """Lower is better: the score, then a hit named in its title before one that is not,
        then one whose shown line names it before one that only mentions it deeper down."""
        return self.score, not self.in_title, not self.in_line


@dataclass
class Group:
    tab: str
    count: int
    hits: list[Hit] = field(default_factory=list)

    @property
    def best(self) -> tuple[int, bool, bool]:
        return self.hits[0].rank if self.hits else (99, True, True)


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


def _in_title(title: str, words: Sequence[str]) -> bool:
    folded = search.fold(title)
    return bool(words) and all(_pattern(word, whole=True).search(folded) for word in words)


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
    """Groups with matches, the best group first (ties keep the tabs' order). Within a group
    and between groups, of two hits that score the same, one whose title holds every word
    comes first ("un system": the milestone titled so, before units that mention it)."""
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
        positions = search.matching(section.index, words, section.span_at())
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
            Hit(
                section.tab,
                obj,
                title,
                detail,
                s,
                _in_title(title, text_words),
                _in_title(f"{title} {detail}", text_words),
            )
            for s, _n, p in ranked
            for obj in (section.item(p),)
            for title, detail in ((section.title(obj), section.detail(obj)),)
        ]
        hits.sort(key=lambda hit: hit.rank)  # stable: equal ranks keep the tab's order
        groups.append(Group(section.tab, len(positions), hits))
    order = {section.tab: n for n, section in enumerate(sections)}
    return sorted(groups, key=lambda g: (g.best, order[g.tab]))


def section(tab: Tab, index: search.Index, item: Callable[[int], Any]) -> Section:
    """What search everywhere searches of a tab: its rows as the tab lists them (the tab's own
    index, so the box and the tab share it and its order), titled as the tab declares."""
    return Section(
        tab.key,
        index,
        item,
        tab.hit_title,
        tab.hit_detail,
        acronyms=tab.acronyms,
        span=tab.span,
    )
