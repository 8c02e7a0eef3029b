"""Property tests of the search rule against a plain oracle (hypothesis).

The default run tries a few hundred texts per property; `make fuzz` runs the same properties
with 10,000 examples each (HYPOTHESIS_PROFILE=thorough).
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iomdesk import search

settings.register_profile("default", max_examples=300, deadline=None)
settings.register_profile(
    "thorough", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

UNSPLIT = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}


def oracle_fold(text: str) -> str:
    """The rule written plainly, one character at a time: no regex, no fast paths."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    kept = [ch for ch in decomposed if not unicodedata.combining(ch)]
    return "".join(UNSPLIT.get(ch, ch) for ch in kept)


def oracle_match(row: list[str], pattern: str) -> bool:
    # The rule's stated bounds: the first 200 characters, the first 12 distinct words.
    words = list(dict.fromkeys(oracle_fold(pattern[: search.MAX_PATTERN_CHARS]).split()))
    words = words[: search.MAX_TERMS]
    fields = [oracle_fold(field) for field in row]
    return all(any(word in field for field in fields) for word in words)


# Text that exercises the rule: accents, letters NFKD keeps whole, other scripts, marks,
# regex and SQL characters, control characters, emoji, and anything else Unicode has.
interesting = st.sampled_from(
    [
        *"aeiouAEIOU ćéñøØæÆłŁđĐßİı ΣσςЖж王芳🙂\u0301\u0308\u200d.*+?[](){}\\|^$%_';-\t\n\x00",
        *["\U0001d165", "ﬁ", "Ⅻ", "ℍ", "ǅ"],
    ]
)
texts = st.text(alphabet=st.one_of(interesting, st.characters()), max_size=40)
rows = st.lists(st.lists(texts, min_size=1, max_size=4), min_size=0, max_size=12)


@given(st.text(max_size=400))
def test_any_text_folds_and_splits_without_error(text):
    words = search.terms(text)
    assert len(words) <= search.MAX_TERMS
    assert all(word and not any(ch.isspace() for ch in word) for word in words)
    search.fold(text)


@given(texts)
def test_fold_equals_the_plain_rule(text):
    assert search.fold(text) == oracle_fold(text)


@given(rows, texts)
def test_filtering_equals_the_oracle(table, pattern):
    haystacks = [search.haystack(row) for row in table]
    expected = [i for i, row in enumerate(table) if oracle_match(row, pattern)]
    words = search.terms(pattern)
    assert search.filter_indices(haystacks, words) == expected
    index = search.Index(haystacks)
    assert list(index.positions(words)) == expected


@given(rows, st.lists(texts, min_size=1, max_size=8))
def test_an_index_typed_into_agrees_with_fresh_searches(table, patterns):
    """Narrowing and remembered answers never change a result, whatever order queries come."""
    haystacks = [search.haystack(row) for row in table]
    index = search.Index(haystacks)
    for pattern in patterns:
        for end in range(len(pattern) + 1):  # as typed, letter by letter
            words = search.terms(pattern[:end])
            fresh = search.filter_indices(haystacks, words)
            assert list(index.positions(words)) == fresh
