"""iomdesk/everywhere.py (no window): what search everywhere searches, how it ranks, and
questions by year. No window: the sections are built from the shipped store, in the store's
order, each list's index made from its tab's searchable text (the window uses its tabs' indexes)."""

from __future__ import annotations

import pytest

from iomdesk import everywhere, ranking, search, tabs


def section(tab):
    """A tab's section over its rows in the store's order, indexed by its searchable text."""
    items = list(tab.rows())
    index = search.Index([tab.searchable(item) for item in items])
    return everywhere.section(tab, index, items.__getitem__)


@pytest.fixture(scope="module")
def sections(store):
    return all_sections(store)


def all_sections(store):
    return [section(tab(store)) for tab in tabs.TABS]


def find(sections, text):
    return everywhere.find(sections, text)


def hand_made(tab, texts, span=None, acronyms=lambda text: ()):
    """A section over a few texts: each row is its text, titled by itself."""
    index = search.Index([search.haystack([text]) for text in texts])
    return everywhere.Section(
        tab, index, texts.__getitem__, str, lambda text: "", acronyms=acronyms, span=span
    )


def test_pope_lists_the_person_before_the_election(sections):
    groups = find(sections, "pope")
    # Her posts, then the milestone titled with her name, then the election that chose her.
    assert [g.tab for g in groups][:3] == ["leadership", "history", "elections"]
    assert groups[0].hits[0].title == "Amy Pope"
    assert groups[0].count == 4  # her two posts, and two deputies whose notes name her


def test_exact_acronyms_come_first(sections):
    groups = find(sections, "prd")
    assert [g.tab for g in groups] == ["structure", "contacts"]
    assert groups[0].hits[0].obj.id == "prd"
    assert groups[1].hits[0].obj.email == "PRDCoreGroupHQ@iom.int"
    assert groups[0].hits[0].score == everywhere.EXACT_ACRONYM
    cbi = find(sections, "CBI")
    assert cbi[0].hits[0].obj.id == "cbi"


def test_whole_words_before_starts_before_insides():
    from iomdesk import search

    hay = search.haystack(["Humanitarian Operations Division", "humanitariancore@iom.int"])
    assert everywhere.score(hay, ["division"], ()) == everywhere.WHOLE_WORD
    assert everywhere.score(hay, ["opera"], ()) == everywhere.WORD_START
    assert everywhere.score(hay, ["manitarian"], ()) == everywhere.INSIDE


def test_a_year_finds_who_was_in_office_by_term_not_text(sections):
    groups = find(sections, "1975")
    leaders = next(g for g in groups if g.tab == "leadership")
    assert [h.title for h in leaders.hits] == ["John F. Thomas"]  # term 1969-1979
    assert all(g.tab in ("leadership", "elections") for g in groups)


def test_a_range_finds_terms_and_elections_held_in_it(sections):
    groups = {g.tab: g for g in find(sections, "1990-2000")}
    assert {h.title for h in groups["leadership"].hits} == {
        "James N. Purcell Jr.",
        "Brunson McKinley",
        "Ndioro Ndiaye",
        "Narcisa Escaler",  # 1994–1999, a lead only: years still select her
    }
    years = {h.obj.date[:4] for h in groups["elections"].hits}
    assert years <= {str(y) for y in range(1990, 2001)} and "1993" in years


def test_large_tabs_wait_for_a_third_letter_small_ones_do_not():
    from iomdesk import search

    big = search.Index([f"contact {n} maria" for n in range(everywhere.LARGE_SECTION + 1)])
    small = search.Index(["maria pope"])
    sections = [
        everywhere.Section("contacts", big, lambda p: p, str, str),
        everywhere.Section("leadership", small, lambda p: p, str, str),
    ]
    assert [g.tab for g in everywhere.find(sections, "ma")] == ["leadership"]
    assert {g.tab for g in everywhere.find(sections, "mar")} == {"contacts", "leadership"}
    found = everywhere.find(sections, "mar")
    assert next(g for g in found if g.tab == "contacts").count == everywhere.LARGE_SECTION + 1


def test_several_words_add_up_and_an_acronym_counts_as_exact():
    hay = search.haystack(["Peace and Recovery Division", "PRD"])
    assert everywhere.score(hay, ["prd"], ("prd",)) == everywhere.EXACT_ACRONYM
    assert everywhere.score(hay, ["prd"], ()) == everywhere.WHOLE_WORD
    assert everywhere.score(hay, ["division", "recov"], ()) == (
        everywhere.WHOLE_WORD + everywhere.WORD_START
    )


def test_within_a_group_the_best_come_first_and_only_so_many():
    section = hand_made("structure", ["amidst", "middle", "mid term", "pyramid"])
    (group,) = everywhere.find([section], "mid")
    assert [hit.title for hit in group.hits] == ["mid term", "middle", "amidst", "pyramid"]
    assert [hit.score for hit in group.hits][:2] == [everywhere.WHOLE_WORD, everywhere.WORD_START]
    (few,) = everywhere.find([section], "mid", per_group=2)
    assert [hit.title for hit in few.hits] == ["mid term", "middle"]
    assert few.count == 4  # the heading still says how many matched


def test_groups_rank_by_their_best_hit_and_ties_keep_the_tabs_order():
    inside = hand_made("leadership", ["community"])
    start = hand_made("structure", ["unity"])
    assert [g.tab for g in everywhere.find([inside, start], "unit")] == [
        "structure",
        "leadership",
    ]
    both = [hand_made("leadership", ["unit head"]), hand_made("structure", ["unit team"])]
    assert [g.tab for g in everywhere.find(both, "unit")] == ["leadership", "structure"]
    assert [g.tab for g in everywhere.find(both[::-1], "unit")] == ["structure", "leadership"]


def test_nothing_typed_finds_nothing():
    section = hand_made("structure", ["unit"])
    for text in ("", "   ", "\t\n"):
        assert everywhere.find([section], text) == []
    assert everywhere.find([section], "zzz") == []


def test_a_year_selects_dated_rows_by_their_years_and_is_plain_text_elsewhere():
    years = {"founding": (1951, 1951), "renaming": (1989, 1989), "undated": None}
    dated = hand_made("history", list(years), span=years.__getitem__)
    undated = hand_made("contacts", ["office 1989 annex", "office 1990"])
    groups = {g.tab: g for g in everywhere.find([dated, undated], "1989")}
    assert [h.title for h in groups["history"].hits] == ["renaming"]
    assert [h.title for h in groups["contacts"].hits] == ["office 1989 annex"]
    period = everywhere.find([dated], "1950-1990")
    assert {h.title for h in period[0].hits} == {"founding", "renaming"}


def test_group_titles_are_the_tabs_titles():
    assert everywhere.group_title("leadership") == "Leadership"
    assert everywhere.group_title("contacts") == "Contacts"
    assert everywhere.group_title("history") == "History"


def test_every_tab_is_searched_in_the_tabs_order(sections, store):
    assert [s.tab for s in sections] == [tab.key for tab in tabs.TABS]
    assert {s.tab: len(s.index) for s in sections} == {
        "leadership": len(store.tenures),
        "elections": len(store.elections),
        "structure": len(store.units),
        "contacts": len(store.contacts),
        "history": len(store.events) + len(store.figures),
        "countries": len(store.countries),
    }
    dated = {s.tab for s in sections if s.span is not None}
    assert dated == {"leadership", "elections", "history"}


def test_milestones_and_figures_are_found_under_history(sections):
    groups = {g.tab: g for g in find(sections, "1989")}
    assert [h.title for h in groups["history"].hits] == ["Organisation becomes IOM"]
    assert groups["history"].hits[0].detail == "14 Nov 1989"
    titles = [h.title for h in find_group(sections, "member states 2018", "history").hits]
    assert titles == ["Member states: 172", "109th Council admits Uzbekistan"]


def find_group(sections, text, tab):
    return next(g for g in find(sections, text) if g.tab == tab)


def test_a_hit_is_titled_as_its_tab_shows_it(sections):
    groups = {g.tab: g for g in find(sections, "prd")}
    unit = groups["structure"].hits[0]
    assert (unit.title, unit.detail) == ("Peace and Recovery Division (PRD)", "Geneva, Switzerland")
    contact = groups["contacts"].hits[0]
    assert contact.detail == "PRDCoreGroupHQ@iom.int"
    vitorino = find(sections, "vitorino")[0].hits[0]
    assert vitorino.title == "António Vitorino"
    assert vitorino.detail.startswith("Director General, 1 Oct 2018")


def test_of_equal_scores_a_hit_named_in_its_title_comes_first():
    mentioned = everywhere.Section(
        "structure",
        search.Index([search.haystack(["Headquarters", "works with the UN system"])]),
        lambda position: "Headquarters",
        str,
        lambda obj: "",
    )
    titled = hand_made("history", ["IOM joins the UN system"])
    groups = everywhere.find([mentioned, titled], "un system")
    assert [g.tab for g in groups] == ["history", "structure"]
    assert groups[0].hits[0].tier == ranking.PHRASE_IN_TITLE
    assert groups[1].hits[0].tier == ranking.ELSEWHERE
    assert groups[0].hits[0].score == groups[1].hits[0].score  # a tie, broken by the title


def test_the_shipped_un_system_milestone_leads_ctrl_k(sections):
    groups = find(sections, "un system")
    assert [g.tab for g in groups] == ["history", "structure"]
    assert [hit.tier for hit in groups[0].hits] == [ranking.PHRASE_IN_TITLE] * 2
    assert "IOM joins the UN system" in [hit.title for hit in groups[0].hits]
