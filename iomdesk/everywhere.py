"""Search everywhere: what it searches, and one query over all of it, grouped by tab and
ranked best first (no Qt)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from iomdesk import ranking, search, tabs
from iomdesk.aliases import Aliases
from iomdesk.i18n import translate
from iomdesk.ranking import Ranking
from iomdesk.tabs.base import Tab

PER_GROUP = 8
NO_ALIASES = Aliases([])
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
    ranking: Ranking | None = None  # the tab's: tiers and preference (ranking.py)

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
    tier: int = ranking.ELSEWHERE  # how its title answers the query (ranking.py)

    @property
    def rank(self) -> tuple[int, int]:
        """Lower is better, between tabs: how the title answers, then how the words match."""
        return self.tier, self.score


@dataclass
class Group:
    tab: str
    count: int
    hits: list[Hit] = field(default_factory=list)
    title: str = ""  # a heading of its own (Starred), not its tab's

    @property
    def best(self) -> tuple[int, int]:
        return min(hit.rank for hit in self.hits) if self.hits else (99, 99)


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
    """Groups with matches, the group with the best hit first (ties keep the tabs' order).

    Within a group hits rank as in their tab: the tier (a row titled as the query first),
    then the tab's preference (the current holder of a post), then the score (an exact
    acronym, a whole word, a word's start), then the tab's order. Between groups, the tier
    and the score of their best hit: "member states" shows History's count before a unit
    that mentions member states."""
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
        keys = _keys(section, text_words)
        best = heapq.nsmallest(
            per_group,
            (
                (keys(n, p, obj), obj)
                for n, p in enumerate(positions[: ranking.RANK_LIMIT])
                for obj in (section.item(p),)
            ),
            key=lambda entry: entry[0],
        )
        hits = [
            Hit(section.tab, obj, section.title(obj), section.detail(obj), k[3], k[0])
            for k, obj in best
        ]
        groups.append(Group(section.tab, len(positions), hits))
    order = {section.tab: n for n, section in enumerate(sections)}
    return sorted(groups, key=lambda g: (g.best, order[g.tab]))


def _keys(section: Section, words: Sequence[str]) -> Callable[[int, int, Any], tuple]:
    """How a section's hits sort: (tier, the tab's preference, score, the tab's order)."""
    haystacks = section.index.haystacks
    # A section made without a ranking is ranked by its title alone.
    rank = section.ranking or Ranking(NO_ALIASES, lambda obj: (section.title(obj),), section.detail)
    query = rank.query(words)

    def key(n: int, position: int, obj: Any) -> tuple:
        tier, closer, preference = rank.key(query, obj)
        return tier, closer, preference, score(haystacks[position], words, section.acronyms(obj)), n

    return key


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
        ranking=tab.ranking(),
    )


Resolve = Callable[[str], "tuple[Tab, Any] | None"]


def marked_groups(
    starred: Sequence[str], recent: Sequence[str], resolve: Resolve, text: str
) -> list[Group]:
    """Ctrl+K's first groups: the starred rows, then (with nothing typed) the rows viewed
    last. resolve gives an address's tab and row, or None when the data has no such row: a
    star is then listed as no longer in the data (a row viewed once is simply left out).
    With words typed, only the starred rows whose text holds every word."""
    words = search.terms(text)
    groups = []
    kinds = [("starred", starred, translate("everywhere", "Starred"))]
    if not words:
        kinds.append(("recent", recent, translate("everywhere", "Recently viewed")))
    for key, addresses, title in kinds:
        hits = []
        for address in addresses:
            found = resolve(address)
            if found is None:
                if key == "starred" and not words:
                    gone = translate("everywhere", "no longer in the data")
                    hits.append(Hit("", None, address, gone, 0))
                continue
            tab, row = found
            if words and not all(word in tab.searchable(row) for word in words):
                continue
            hits.append(Hit(tab.key, row, tab.hit_title(row), tab.hit_detail(row), 0, 0))
        if hits:
            groups.append(Group(key, len(hits), hits, title))
    return groups
