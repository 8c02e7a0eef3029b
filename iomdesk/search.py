"""The one search rule every tab uses: fold case and accents, split into words, all must match."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import contains

# Letters that NFKD leaves whole (lower case: they are applied after casefold).
_UNSPLIT = (
    ("ø", "o"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ł", "l"),
    ("đ", "d"),
    ("ð", "d"),
    ("þ", "th"),
    ("ı", "i"),
)


def _mark_ranges() -> str:
    """Every combining mark of the Basic Multilingual Plane, as a regex character class."""
    first = 0x300  # nothing below combines
    plane = "".join(map(chr, range(first, 0x10000)))
    # map/compress keep the 64,000 look-ups in C: 3 ms instead of 15 at every start.
    marks = list(compress(range(first, 0x10000), map(unicodedata.combining, plane)))
    ranges, start = [], marks[0]
    for previous, current in itertools.pairwise([*marks, -1]):
        if current != previous + 1:
            ranges.append(f"{chr(start)}-{chr(previous)}" if previous > start else chr(start))
            start = current
    return "[" + "".join(ranges) + "]"


@functools.cache
def _marks() -> re.Pattern[str]:
    return re.compile(_mark_ranges())  # built on first use: 8 ms kept out of startup


# A paste of a whole document must not turn every keystroke into a long scan.
MAX_PATTERN_CHARS = 200
MAX_TERMS = 12


def fold(text: str) -> str:
    """Lower-case and strip accents so that "António" and "antonio" compare equal."""
    if text.isascii():  # most text: nothing to decompose, and casefold equals lower here
        return text.lower()
    folded = _marks().sub("", unicodedata.normalize("NFKD", text).casefold())
    if max(folded, default=" ") > "\uffff":  # marks beyond the BMP are rare: one by one
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    for letter, plain in _UNSPLIT:  # `in` and str.replace beat a translate table or a regex
        if letter in folded:
            folded = folded.replace(letter, plain)
    return folded


def terms(pattern: str) -> list[str]:
    """The folded words of a pattern, trimmed to a sane size, duplicates dropped."""
    words: list[str] = []
    for word in fold(pattern[:MAX_PATTERN_CHARS]).split():
        if word not in words:
            words.append(word)
    return words[:MAX_TERMS]


def fresh_copies(texts: Iterable[str]) -> list[str]:
    """New string objects in the order given.

    After a sort, the haystacks sit scattered in memory; scanning them in display order then
    costs twice as long (measured: 35 ms against 19 ms for 100,000 rows). Copies made in
    display order lie together again.
    """
    return [(text + " ")[:-1] for text in texts]


def haystack(parts: Iterable[object]) -> str:
    """One folded string holding every searchable field of a row, fields kept apart."""
    return fold("\n".join(str(part) for part in parts if part not in (None, "")))


def matches(folded_haystack: str, words: Sequence[str]) -> bool:
    """True when every word occurs somewhere in the haystack (no words: everything matches)."""
    return all(word in folded_haystack for word in words)


def filter_indices(haystacks: Sequence[str], words: Sequence[str]) -> list[int]:
    """Positions of the haystacks that match all words, in order (a one-off search)."""
    return list(Index(haystacks).positions(words)) if words else list(range(len(haystacks)))


class Index:
    """Searches a fixed list of haystacks, reusing earlier answers while the user types.

    Typing extends the query, so most keystrokes only need to re-check the rows that matched
    the previous query; backspacing returns to a query already answered. Positions refer to
    the haystacks in the order given.
    """

    CACHE_SIZE = 48
    CACHE_ROWS_FACTOR = 4  # the answers kept hold at most four times the rows searched

    def __init__(self, haystacks: Sequence[str]) -> None:
        self._haystacks = list(haystacks)
        # query words -> (positions that match, their haystacks): the texts are kept so that
        # narrowing an answer never has to look rows up one by one.
        self._answers: dict[tuple[str, ...], tuple[Sequence[int], list[str]]] = {}

    def __len__(self) -> int:
        return len(self._haystacks)

    @property
    def haystacks(self) -> list[str]:
        return self._haystacks

    def positions(self, words: Sequence[str]) -> Sequence[int]:
        """Positions of the haystacks that contain every word, in order."""
        key = tuple(words)
        if not key:
            return list(range(len(self._haystacks)))
        if key not in self._answers:
            hits, texts = self._narrowest_known(key)
            # The longest word first: it rules out the most rows in one pass.
            for word in sorted(key, key=len, reverse=True):
                # map/compress keep the per-row loop in C, twice as fast as a comprehension.
                keep = list(map(contains, texts, repeat(word)))
                # Positions as a compact array: 4 bytes each instead of a 32-byte int object.
                hits = array("I", compress(hits, keep))
                texts = list(compress(texts, keep))
            self._answers[key] = (hits, texts)
            # Bounded by count and by size: dense answers of 100,000 rows add up quickly.
            while len(self._answers) > 1 and (
                len(self._answers) > self.CACHE_SIZE
                or sum(len(h) for h, _ in self._answers.values())
                > self.CACHE_ROWS_FACTOR * len(self)
            ):
                self._answers.pop(next(iter(self._answers)))
        return self._answers[key][0]

    def _narrowest_known(self, key: tuple[str, ...]) -> tuple[Sequence[int], list[str]]:
        """The smallest earlier answer that must contain this one's answer (or everything).

        An earlier query contains the new one when each of its words occurs inside some new
        word: every row matching the new words then matches the old ones too.
        """
        best: tuple[Sequence[int], list[str]] | None = None
        for old, answer in self._answers.items():
            if (best is None or len(answer[0]) < len(best[0])) and all(
                any(o in w for w in key) for o in old
            ):
                best = answer
        if best is None:
            return range(len(self._haystacks)), self._haystacks
        return best


YEAR_RANGE = re.compile(r"^(\d{4})(?:[-–—](\d{4}))?$")
FIRST_YEAR, LAST_YEAR = 1900, 2100  # a four-digit number outside this is just a number


def split_years(words: Sequence[str]) -> tuple[list[str], tuple[int, int] | None]:
    """Words that are years ("1975") or ranges ("1990-2000") become one period; the rest stay.

    Several years or ranges widen the period to cover them all.
    """
    text: list[str] = []
    first = last = None
    for word in words:
        found = YEAR_RANGE.match(word)
        start = int(found.group(1)) if found else 0
        end = int(found.group(2) or start) if found else 0
        if found and FIRST_YEAR <= start <= LAST_YEAR and FIRST_YEAR <= end <= LAST_YEAR:
            start, end = min(start, end), max(start, end)
            first = start if first is None else min(first, start)
            last = end if last is None else max(last, end)
        else:
            text.append(word)
    return text, (first, last) if first is not None else None


def overlaps(span: tuple[int, int] | None, period: tuple[int, int]) -> bool:
    return span is not None and span[0] <= period[1] and span[1] >= period[0]


Span = Callable[[int], tuple[int, int] | None]  # a position's years, for dated lists


def matching(index: Index, words: Sequence[str], span_at: Span | None = None) -> Sequence[int]:
    """The one filter every list uses: positions of the index (in its order) whose text has
    every word. In a dated list (span_at given) years and ranges ("1975", "1990-2000") select
    rows by their period instead of by their text."""
    period = None
    if span_at is not None:
        words, period = split_years(words)
    found = index.positions(words) if words else range(len(index))
    if period is None:
        return found
    return [p for p in found if overlaps(span_at(p), period)]
