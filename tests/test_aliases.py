"""iomdesk/aliases.py and the aliases it gives search: a reader's names for the same thing."""

from __future__ import annotations

from iomdesk import search
from iomdesk.aliases import Aliases


def aliases():
    return Aliases(
        [
            (["UN", "United Nations", "ONU"], []),
            (["Director General", "Director-General", "DG"], []),
            (["Deputy Director General", "DDG"], []),
            (["Regional Office"], ["RO"]),  # RO is also Romania: added, never looked for
            (["Chief of Mission"], ["CoM"]),
        ]
    )


def test_a_text_names_the_longest_form_it_holds_once():
    names = aliases()
    assert names.groups_in(search.fold("Deputy Director General for Operations")) == [2]
    assert names.groups_in(search.fold("the Director-General of IOM")) == [1]
    assert names.groups_in(search.fold("ONU et OIM")) == [0]
    assert names.groups_in(search.fold("Bureau ro de Bucarest")) == []  # added only
    assert names.groups_in(search.fold("contact.com")) == []
    assert names.groups_in(search.fold("nothing named here")) == []


def test_a_query_word_means_every_group_with_a_word_it_starts():
    names = aliases()
    assert names.groups_for_word("dg") == {1}
    assert names.groups_for_word("ro") == {3}  # read in a query, never in a text
    assert names.groups_for_word("dir") == {1}  # a name that starts so
    # A later word of a name, from five letters on: typing "gen" is not yet "General".
    assert names.groups_for_word("gen") == frozenset()
    assert names.groups_for_word("gener") == names.groups_for_word("direc") == {1, 2}
    assert names.groups_for_word("gen", whole=True) == frozenset()
    assert names.groups_for_word("general", whole=True) == {1, 2}


def test_canonical_reads_a_query_and_a_title_alike():
    names = aliases()
    assert names.tokens("Regional Office in Dakar") == names.tokens("RO Dakar")
    assert names.tokens("Chief of Mission") == names.tokens("CoM") == names.tokens("chief mission")
    assert names.tokens("DG") == names.tokens("Director-General") != names.tokens("DDG")


def test_aliases_wait_for_their_first_use():
    asked = []
    names = Aliases(lambda: asked.append(1) or [(["UN", "United Nations"], [])])
    index = search.Index(["un"], names)
    assert asked == []  # made, not read: startup does not pay for them
    assert list(index.positions(["united"])) == [0]
    assert asked == [1]


def test_a_word_finds_the_rows_that_name_what_it_means():
    texts = ["IOM joins the UN system", "United Nations Network", "Director-General", "unit", "DG"]
    index = search.Index([search.haystack([t]) for t in texts], aliases())
    assert list(index.positions(["united", "nations"])) == [0, 1]
    assert list(index.positions(["onu"])) == [0, 1]
    assert list(index.positions(["un"])) == [0, 1, 3]  # "unit" holds the letters "un"
    assert list(index.positions(["dg"])) == [2, 4]
    assert list(index.positions(["director", "general"])) == [2, 4]
    # Every word must still match: "un" with "director" is nothing here.
    assert list(index.positions(["un", "director"])) == []
    # Narrowing while typing stays right ("u", "un", "uni" reuse earlier answers).
    typing = ("u", "un", "uni", "unit", "unite", "united", "d", "di", "dir", "director")
    for typed in (*typing, "g", "ge", "gen", "gene", "gener", "general"):
        fresh = search.Index(index.haystacks, aliases())
        assert list(index.positions([typed])) == list(fresh.positions([typed])), typed


def test_shipped_aliases_find_what_the_issue_asked_for(store):
    index = search.Index(
        [search.haystack([e.title, e.description]) for e in store.events], store.aliases
    )
    titles = [store.events[p].title for p in index.positions(search.terms("united nations"))]
    assert "IOM joins the UN system" in titles
    # A country's names rank alike; they are not looked for in texts (from_rows says why).
    assert store.aliases.tokens("Turkey") == store.aliases.tokens("Türkiye")
    assert store.aliases.tokens("Liban") == store.aliases.tokens("Lebanon")


def test_a_question_finds_what_its_content_words_find():
    assert search.terms("who is the director general") == ["director", "general"]
    assert search.terms("qui est le directeur général") == ["directeur", "general"]
    assert search.terms("quién es la directora general") == ["directora", "general"]
    assert search.terms("combien d'États membres") == ["etats", "membres"]
    assert search.terms("former deputy") == ["former", "deputy"]  # words that carry meaning
    assert search.terms("who is") == ["who", "is"]  # nothing else: the words stay
