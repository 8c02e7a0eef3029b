"""The one search rule every tab uses: fold case and accents, split into words, all must match."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import contains, not_, or_
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iomdesk.aliases import Aliases

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


# A query word shorter than this means only the names it is, not those it starts (Index);
# one shorter than LATER_WORD only the names it starts, not those with a later word it
# starts ("gen" is not yet "Director General"; Aliases.groups_for_word).
MIN_PREFIX = 3
LATER_WORD = 5
# Up to this many rows left to check, a word's aliases are looked for in them one by one;
# past it, over all rows once per alias group, and kept (Index._with_aliases).
FEW_ROWS = 10_000
LARGE = 10_000  # a list this long: a word of two letters does not look for names
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


# The words of a question, not of its subject ("who is the director general", "qui est le
# directeur général", "quién es la directora general"), folded. Words that carry meaning stay:
# "deputy", "former", "current", and "un", which is also the UN.
QUESTION_WORDS = frozenset(
    """
    who whom whose what when where which how why is are was were be been the a an did does
    do i me my can could in of for to at on many much there reach find get
    qui que quoi quand ou comment quel quelle quels quelles est sont etait le la les l une
    des du de d combien au aux en pour et qu
    quien quienes cual cuales cuando donde como cuanto cuantos cuantas es son era fue el
    los las lo unos unas del para por al y
    """.split()  # noqa: SIM905 (a list literal of 90 words would not read)
)
# French elisions: "d'états" is "états", "l'OIM" is "OIM".
ELISION = re.compile(r"^(?:[ldjnmstc]|qu)['’]")


def terms(pattern: str) -> list[str]:
    """The folded words of a pattern, trimmed to a sane size, duplicates dropped; a question's
    words are left out while other words remain."""
    words: list[str] = []
    for word in fold(pattern[:MAX_PATTERN_CHARS]).split():
        word = ELISION.sub("", word) or word
        if word not in words:
            words.append(word)
    content = [word for word in words if word not in QUESTION_WORDS]
    return (content or words)[:MAX_TERMS]


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

    With aliases, a word also matches the rows that hold a name it may mean ("un": a row that
    says "United Nations"). Which rows name a group is found the first time a query needs
    it, and kept: building the index costs nothing more, a word with no alias nothing more per
    keystroke, and one with aliases a set look-up per row matched.
    """

    CACHE_SIZE = 48
    CACHE_ROWS_FACTOR = 4  # the answers kept hold at most four times the rows searched

    def __init__(self, haystacks: Sequence[str], aliases: Aliases | None = None) -> None:
        self._haystacks = list(haystacks)
        self._aliases = aliases  # read at the first word that may have aliases
        self._rows_with: dict[int, frozenset[int]] = {}  # alias group -> rows naming it
        self._alias_rows: dict[str, frozenset[int]] = {}  # word -> positions its aliases add
        self._literal: dict[str, frozenset[int]] = {}  # word -> positions holding it
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
                groups = self._groups_of(word)
                if groups:
                    keep = self._with_aliases(word, groups, hits, texts, keep)
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

    def _groups_of(self, word: str) -> frozenset[int]:
        """The alias groups a query word may mean. A word of one or two letters means only
        the names it is ("un", "dg"), not every name one of whose words starts so ("co":
        Colombia, Comoros, Congo...), and in a list of more than LARGE rows none."""
        if self._aliases is None or len(word) < 2:
            return frozenset()
        if len(word) < MIN_PREFIX and len(self._haystacks) > LARGE:
            # Two letters match most of a large list by their letters already ("co" is in
            # "country office"); looking for the names as well would cost a pass per form.
            return frozenset()
        groups = self._aliases.groups_for_word(word, whole=len(word) < MIN_PREFIX)
        return groups & self._aliases.looked_up  # a country's names are not looked for

    def _with_aliases(
        self,
        word: str,
        groups: frozenset[int],
        hits: Sequence[int],
        texts: list[str],
        keep: list[bool],
    ) -> list[bool]:
        """keep, with the rows that name one of the groups added. Among a few rows, each row
        the word did not match is read; among many, the rows naming each group are found
        once over all rows and kept (_rows_naming)."""
        if len(hits) > FEW_ROWS:
            if word not in self._alias_rows:
                if len(self._alias_rows) > 256:
                    self._alias_rows.clear()
                self._alias_rows[word] = frozenset().union(*map(self._rows_naming, groups))
            named = self._alias_rows[word]
            return list(map(or_, keep, map(named.__contains__, hits))) if named else keep
        aliases = self._aliases
        pattern = aliases.pattern_for(groups)
        if pattern is None:
            return keep
        exact = any(map(aliases.shadowed, groups))
        out = list(keep)
        unmatched = list(compress(range(len(keep)), map(not_, keep)))
        # The regex in C over the rows the word missed; the exact rule only where it matched.
        for n in compress(unmatched, map(pattern.search, map(texts.__getitem__, unmatched))):
            out[n] = not exact or not groups.isdisjoint(aliases.groups_in(texts[n]))
        return out

    def _rows_holding(self, word: str) -> frozenset[int]:
        """The positions whose text holds the word's letters (one pass in C, kept: the
        names of several groups share words, "director", "general", "office")."""
        if word not in self._literal:
            if len(self._literal) > 512:
                self._literal.clear()
            texts = self._haystacks
            self._literal[word] = frozenset(
                compress(range(len(texts)), map(contains, texts, repeat(word)))
            )
        return self._literal[word]

    def _rows_naming(self, group: int) -> frozenset[int]:
        """The positions whose text names a group, found the first time a query needs it.

        Per form, a pass in C finds the rows holding its longest word; a regex then wants
        the form's words as whole words in those rows, and where another group's longer
        name may hold the form, the exact rule decides (groups_in: the longest form wins)."""
        if group not in self._rows_with:
            aliases, texts = self._aliases, self._haystacks
            found: set[int] = set()
            for words in aliases.looked_for(group):  # its longest word: the fewest rows
                found |= self._rows_holding(max(words, key=len))
            pattern = aliases.pattern_for(frozenset([group]))
            if pattern is None:  # a group only read in queries (a country's names)
                self._rows_with[group] = frozenset()
                return self._rows_with[group]
            candidates = sorted(found)
            named = compress(candidates, map(pattern.search, map(texts.__getitem__, candidates)))
            if aliases.shadowed(group):
                named = (p for p in named if group in aliases.groups_in(texts[p]))
            self._rows_with[group] = frozenset(named)
        return self._rows_with[group]

    def _narrowest_known(self, key: tuple[str, ...]) -> tuple[Sequence[int], list[str]]:
        """The smallest earlier answer that must contain this one's answer (or everything).

        An earlier query contains the new one when each of its words occurs inside some new
        word: every row matching the new words then matches the old ones too. With aliases,
        only a word's start counts ("unit" after "un"), and only a word long enough to have
        meant every name it starts (LATER_WORD), unless the new word means no name: "gene"
        did not mean "Director General", "gener" does.
        """
        if self._aliases is None:
            inside = contains
        else:

            def inside(new: str, old: str) -> bool:
                return new == old or (
                    new.startswith(old) and (len(old) >= LATER_WORD or not self._groups_of(new))
                )

        best: tuple[Sequence[int], list[str]] | None = None
        for old, answer in self._answers.items():
            if (best is None or len(answer[0]) < len(best[0])) and all(
                any(inside(w, o) for w in key) for o in old
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
