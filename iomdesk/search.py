"""The one search rule every tab uses: fold case and accents, split into words, all must match."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

# Letters that NFKD leaves whole, so stripping combining marks alone would not fold them.
_UNSPLIT = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ß": "ss",
    }
)

# A paste of a whole document must not turn every keystroke into a long scan.
MAX_PATTERN_CHARS = 200
MAX_TERMS = 12


def fold(text: str) -> str:
    """Lower-case and strip accents so that "António" and "antonio" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNSPLIT))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_UNSPLIT)


def terms(pattern: str) -> list[str]:
    """The folded words of a pattern, trimmed to a sane size, duplicates dropped."""
    words: list[str] = []
    for word in fold(pattern[:MAX_PATTERN_CHARS]).split():
        if word not in words:
            words.append(word)
    return words[:MAX_TERMS]


def haystack(parts: Iterable[object]) -> str:
    """One folded string holding every searchable field of a row, fields kept apart."""
    return "\n".join(fold(str(part)) for part in parts if part not in (None, ""))


def matches(folded_haystack: str, words: Sequence[str]) -> bool:
    """True when every word occurs somewhere in the haystack (no words: everything matches)."""
    return all(word in folded_haystack for word in words)


def filter_indices(haystacks: Sequence[str], words: Sequence[str]) -> list[int]:
    """Positions of the haystacks that match all words, in order."""
    if not words:
        return list(range(len(haystacks)))
    # Filter by the longest word first: it rules out the most rows in one C-level pass.
    ordered = sorted(words, key=len, reverse=True)
    first, rest = ordered[0], ordered[1:]
    hits = [i for i, text in enumerate(haystacks) if first in text]
    for word in rest:
        hits = [i for i in hits if word in haystacks[i]]
    return hits
