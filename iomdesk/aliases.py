"""Names that mean the same thing (UN, United Nations, ONU): which a text holds, which a query
word may mean, and a text's words with each name replaced by its group (no Qt)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from iomdesk.search import LATER_WORD, QUESTION_WORDS, fold

WORD = re.compile(r"\w+")
Groups = Iterable[tuple[Sequence[str], Sequence[str]]]


def words_of(text: str) -> list[str]:
    """A folded text's words: hyphens and spaces alike separate them ("director-general")."""
    return WORD.findall(text)


class Aliases:
    """Groups of forms; a group's number is its place in the list given."""

    def __init__(self, groups: Groups | Callable[[], Groups]) -> None:
        """groups: per group, (forms looked for in a text, forms only added to it); or what
        gives them, asked for at the first use (the store's rows wait for the first search)."""
        self._groups = groups
        self._ready = False
        self._word_groups = functools.lru_cache(maxsize=512)(self._groups_for_word)
        self.tokens = functools.lru_cache(maxsize=8192)(self._tokens)
        self._patterns = functools.lru_cache(maxsize=256)(self._pattern_for)

    def _load(self) -> None:
        if self._ready:
            return
        groups = self._groups() if callable(self._groups) else self._groups
        self._build(groups)
        self._ready = True

    def _build(self, groups: Groups) -> None:
        self.forms: list[list[str]] = []  # per group, every folded form
        self._looked_for: list[list[tuple[str, ...]]] = []  # per group, the words of each
        found: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # looked for in texts
        meant: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # read in queries
        for number, (looked_for, added) in enumerate(groups):
            forms: list[str] = []
            self._looked_for.append([])
            tagged = [*((f, False) for f in looked_for), *((f, True) for f in added)]
            for form, added_only in tagged:
                folded = fold(form.strip())
                words = tuple(words_of(folded))
                if not words or folded in forms:
                    continue
                forms.append(folded)
                entry = (words, number)
                # Read without the small words a query drops ("chief of mission": "chief
                # mission"), so that a query and a title compare alike (content_words).
                content = tuple(content_words(words))
                meant.setdefault(content[0], []).append((content, number))
                if not added_only:
                    found.setdefault(words[0], []).append(entry)
                    self._looked_for[number].append(words)
            self.forms.append(forms)
        for table in (found, meant):  # the longest form first: "deputy director general"
            for entries in table.values():  # before "director general"
                entries.sort(key=lambda entry: -len(entry[0]))
        self._found, self._meant = found, meant
        self._shadowed = {
            group
            for group, forms in enumerate(self._looked_for)
            for words in forms
            for other, longer in enumerate(self._looked_for)
            if other != group
            for big in longer
            if len(big) > len(words)
            and any(big[i : i + len(words)] == words for i in range(len(big) - len(words) + 1))
        }
        self._found_starts = frozenset(found)
        self._looked_up = frozenset(g for g, forms in enumerate(self._looked_for) if forms)
        self._first_words = [frozenset(words_of(form)[0] for form in forms) for forms in self.forms]

    def __len__(self) -> int:
        self._load()
        return len(self.forms)

    @property
    def looked_up(self) -> frozenset[int]:
        """The groups with a form looked for in texts (not a country's: from_rows)."""
        self._load()
        return self._looked_up

    def first_words(self, group: int) -> frozenset[str]:
        """The first word of each of the group's forms, added ones too: a text holds one of
        them wherever a form of the group is among its words."""
        self._load()
        return self._first_words[group]

    def looked_for(self, group: int) -> list[tuple[str, ...]]:
        """The words of each form of the group looked for in a text."""
        self._load()
        return self._looked_for[group]

    def pattern_for(self, groups: frozenset[int]) -> re.Pattern[str] | None:
        """A text that names one of the groups matches this (and, for a group that a longer
        name may hold, groups_in says for sure); None when none is looked for in texts."""
        return self._patterns(groups)

    def _pattern_for(self, groups: frozenset[int]) -> re.Pattern[str] | None:
        self._load()
        forms = [
            r"\W+".join(map(re.escape, words))
            for group in sorted(groups)
            for words in self._looked_for[group]
        ]
        forms.sort(key=len, reverse=True)  # the longest first: the regex takes the first
        return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)") if forms else None

    def shadowed(self, group: int) -> bool:
        """Whether a form of another group holds one of this group's forms ("deputy
        director general" holds "director general"): a match may then belong to it."""
        self._load()
        return group in self._shadowed

    def groups_in(self, folded_text: str) -> list[int]:
        """The groups whose forms a folded text holds as whole words, each form's words
        counted once (the longest form wins: "deputy director general" is not also "DG")."""
        self._load()
        words = words_of(folded_text)
        if self._found_starts.isdisjoint(words):  # most rows: one C-level set test
            return []
        return [group for group, _start, _end in _spans(words, self._found)]

    def groups_for_word(self, word: str, whole: bool = False) -> frozenset[int]:
        """The groups a query word may mean: a form starts with it, or has a later word
        that starts with it and it has LATER_WORD letters (whole: a form has a word that is
        it)."""
        return self._word_groups(word, whole)

    def _groups_for_word(self, word: str, whole: bool) -> frozenset[int]:
        self._load()
        if not word:
            return frozenset()
        end = r"(?!\w)" if whole else ""
        # Typing "gen" is not yet "Director General": a word of a name past its first is
        # meant from LATER_WORD letters on ("gener"), or whole ("general").
        start = r"(?<!\w)" if whole or len(word) >= LATER_WORD else "^"
        pattern = re.compile(rf"{start}{re.escape(word)}{end}")
        return frozenset(
            number
            for number, forms in enumerate(self.forms)
            if any(pattern.search(form) for form in forms)
        )

    def _tokens(self, text: str) -> tuple[str, ...]:
        """A text's content words, each name replaced by its group (canonical): what ranking
        compares with a query. Cached: titles come back at every keystroke."""
        return tuple(self.canonical(content_words(words_of(fold(text)))))

    def canonical(self, words: Sequence[str]) -> list[str]:
        """The words with every name replaced by one token for its group ("\x00<n>"), so that
        "RO Dakar" and "Regional Office in Dakar" read alike; query forms count too."""
        self._load()
        out: list[str] = []
        position = 0
        for group, start, end in _spans(words, self._meant):
            out.extend(words[position:start])
            out.append(f"\x00{group}")
            position = end
        out.extend(words[position:])
        return out


def content_words(words: Sequence[str]) -> list[str]:
    """The words without a question's small words ("of", "the", "de"), unless that is all."""
    content = [word for word in words if word not in QUESTION_WORDS]
    return content or list(words)


def is_group(token: str) -> bool:
    """Whether a canonical token stands for a group of names rather than a word."""
    return token.startswith("\x00")


def group_of(token: str) -> int:
    return int(token[1:])


def _spans(
    words: Sequence[str], table: dict[str, list[tuple[tuple[str, ...], int]]]
) -> list[tuple[int, int, int]]:
    """(group, start, end) of each form found, left to right, longest first, not overlapping."""
    spans = []
    position = 0
    while position < len(words):
        for form, group in table.get(words[position], ()):
            end = position + len(form)
            if tuple(words[position:end]) == form:
                spans.append((group, position, end))
                position = end
                break
        else:
            position += 1
    return spans


def from_rows(aliases: Iterable[object], countries: Iterable[object]) -> Groups:
    """The data's alias rows and every country's names (English, French, Spanish, others).

    A country's names are read in queries and titles ("turkey" ranks Türkiye first) but not
    looked for in rows' texts: the rows that name a country (its own, its offices' contacts)
    hold every name of it already, and looking for 185 countries' names in 100,000 rows
    would cost seconds."""
    groups: list[tuple[list[str], list[str]]] = []
    for alias in aliases:
        groups.append(
            (
                [f for f in alias.forms.split("|") if f.strip()],
                [f for f in (alias.added_only or "").split("|") if f.strip()],
            )
        )
    for country in countries:
        names = [country.name, country.name_fr, country.name_es]
        names = [n.strip() for n in names + (country.other_names or "").split(";") if n]
        groups.append(([], [*names, *([country.iso3] if country.iso3 else [])]))
    return groups
