"""iomdesk/ranking.py: a row titled as the query first, then one whose title holds it."""

from __future__ import annotations

from iomdesk import ranking, search
from iomdesk.aliases import Aliases
from iomdesk.ranking import Ranking

NAMES = Aliases([(["Director General", "DG"], []), (["Deputy Director General"], [])])


def ranked(titles, query, preference=ranking.no_preference):
    rank = Ranking(NAMES, lambda title: (title,), preference=preference)
    order = ranking.ranked(rank, search.terms(query), range(len(titles)), titles.__getitem__)
    return [titles[p] for p in order]


def test_tiers_from_the_title_that_is_the_query_to_a_mention():
    titles = [
        "A note on the Director General's office",  # the phrase, among more words
        "Deputy Director General",  # another post
        "General fund, Director's report",  # the words, apart
        "Director General",  # the query itself
    ]
    assert ranked(titles, "director general")[:2] == [
        "Director General",
        "A note on the Director General's office",
    ]
    assert ranked(titles, "fund director")[0] == "General fund, Director's report"
    assert ranked(titles, "dg")[0] == "Director General"


def test_a_closer_title_first_and_whole_words_before_starts():
    assert ranked(
        ["Council approves joining the UN system", "IOM joins the UN system"], "un system"
    ) == [
        "IOM joins the UN system",
        "Council approves joining the UN system",
    ]
    assert ranked(["middle", "mid term"], "mid") == ["mid term", "middle"]


def test_the_tab_preference_breaks_ties_and_the_tab_order_breaks_the_rest():
    titles = ["Director General", "Director General", "Director General"]
    prefer_last = {0: 2, 1: 1, 2: 0}
    rank = Ranking(NAMES, lambda p: (titles[p],), preference=prefer_last.__getitem__)
    assert ranking.ranked(rank, ["dg"], [0, 1, 2], lambda p: p) == [2, 1, 0]
    assert ranked(titles, "dg") == titles  # no preference: the order stays


def test_an_address_is_looked_for_as_text_and_a_year_alone_keeps_the_order():
    rank = Ranking(NAMES, lambda row: (row[0],), line=lambda row: row[1])
    rows = [("DHRR", "Geneva"), ("DHRR", "dhrr@iom.int")]
    assert ranking.ranked(rank, ["dhrr@"], [0, 1], rows.__getitem__) == [1, 0]
    assert ranking.ranked(rank, [], [1, 0], rows.__getitem__) == [1, 0]


def test_only_the_first_matches_are_ranked():
    titles = ["x y"] * ranking.RANK_LIMIT + ["x"]
    assert ranked(titles, "x")[-1] == "x"  # past the limit: left in the tab's order
