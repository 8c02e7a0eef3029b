"""The search rule: folding, words, and filtering."""

from iomdesk import search


def test_fold_removes_case_and_accents():
    assert search.fold("António VITORINO") == "antonio vitorino"
    assert search.fold("Vojáčková-Sollorano") == "vojackova-sollorano"


def test_fold_handles_letters_nfkd_does_not_split():
    assert search.fold("Søren Łukasz Æbelø Đorđe") == "soren lukasz aebelo dorde"
    assert search.fold("Straße") == "strasse"


def test_terms_split_fold_and_deduplicate():
    assert search.terms("  VITORINO antónio vitorino ") == ["vitorino", "antonio"]
    assert search.terms("") == []
    assert search.terms("   \t\n") == []


def test_terms_are_bounded_for_huge_pastes():
    words = search.terms("word " * 5000)
    assert words == ["word"]
    many = search.terms(" ".join(f"w{i}" for i in range(1000)))
    assert len(many) == search.MAX_TERMS


def test_every_word_must_match_in_any_order():
    hay = [search.haystack(["António Vitorino", "Portugal"]), search.haystack(["Amy Pope", "USA"])]
    assert search.filter_indices(hay, search.terms("portugal antonio")) == [0]
    assert search.filter_indices(hay, search.terms("VITORINO antónio")) == [0]
    assert search.filter_indices(hay, search.terms("pope portugal")) == []
    assert search.filter_indices(hay, []) == [0, 1]


def test_words_do_not_match_across_fields():
    hay = [search.haystack(["Amy", "Pope"])]
    assert search.filter_indices(hay, ["amypope"]) == []
    assert search.filter_indices(hay, ["y p"]) == []


def test_special_characters_are_plain_text():
    hay = [search.haystack(["a.b*c", "(x)", "50%", "it's"])]
    for pattern in ("a.b*c", "(x)", "50%", "it's", "'; DROP TABLE units; --", ".*", "[", "\\"):
        words = search.terms(pattern)
        expected = [0] if all(w in hay[0] for w in words) else []
        assert search.filter_indices(hay, words) == expected
    assert search.filter_indices(hay, search.terms(".*")) == []


def test_index_narrows_and_remembers_but_answers_like_a_fresh_search():
    hay = [search.haystack([f"Unit {n}", "Genève" if n % 3 else "Dakar"]) for n in range(300)]
    index = search.Index(hay)
    for query in ["u", "un", "unit", "unit 1", "unit 12", "unit 1", "dakar unit 1", "gen", "x"]:
        words = search.terms(query)
        expected = [i for i, text in enumerate(hay) if all(w in text for w in words)]
        assert list(index.positions(words)) == expected, query


def test_index_cache_stays_bounded():
    hay = [f"row {n}" for n in range(1000)]
    index = search.Index(hay)
    for n in range(200):
        index.positions([f"{n}"])
        index.positions(["row"])
    assert len(index._answers) <= search.Index.CACHE_SIZE
    kept = sum(len(hits) for hits, _ in index._answers.values())
    assert kept <= search.Index.CACHE_ROWS_FACTOR * len(hay)
