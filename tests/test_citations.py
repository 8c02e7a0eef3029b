"""citations.py and each tab's citation (no Qt): a row's fact with its sources, in three forms."""

from __future__ import annotations

import re

import pytest

from iomdesk import citations, tabs
from iomdesk.rows import Source

CHECKED = "2026-11"
WEB = Source(
    "S1",
    "A [bracketed] *title*",
    "Publisher | Co",
    "2023-05-15",
    "https://x.org/a(b)",
    "public",
    None,
)
NO_URL = Source("S2", "Minutes", "Council", "1951", None, "public", None)


def test_plain_text_is_the_fact_then_each_source_with_publisher_date_and_address():
    cited = citations.Cited("A fact.", [WEB, NO_URL])
    assert citations.plain(cited, CHECKED) == (
        "A fact. Sources: A [bracketed] *title*, Publisher | Co, 15 May 2023, "
        "https://x.org/a(b); Minutes, Council, 1951."
    )
    assert citations.plain(citations.Cited("A fact.", [NO_URL]), CHECKED) == (
        "A fact. Source: Minutes, Council, 1951."
    )
    assert citations.plain(citations.Cited("A fact.", []), CHECKED) == "A fact."


def test_markdown_links_each_titled_source_and_shows_marks_as_written():
    text = citations.markdown(citations.Cited("A fact.", [WEB, NO_URL]), CHECKED)
    assert text == (
        "A fact. Sources: [A \\[bracketed\\] \\*title\\*](https://x.org/a%28b%29), "
        "Publisher | Co, 15 May 2023; Minutes, Council, 1951."
    )


def test_wikipedia_has_a_cite_web_per_source_and_its_access_date_is_the_check():
    text = citations.wikipedia(citations.Cited("A fact.", [WEB, NO_URL]), "2026-11-30")
    assert text == (
        "A fact.<ref>{{cite web |title=A [bracketed] *title* |url=https://x.org/a(b) "
        "|publisher=Publisher {{!}} Co |date=15 May 2023 |access-date=30 November 2026}}</ref>"
        "<ref>{{cite document |title=Minutes |publisher=Council |date=1951}}</ref>"
    )
    assert text.count("{{") == text.count("}}")  # a '|' or brace in a value breaks nothing


def test_a_check_dated_to_the_month_gives_no_access_date_wikipedia_would_flag():
    """Wikipedia's citation templates flag an access-date without a day as an error."""
    text = citations.wikipedia(citations.Cited("A fact.", [WEB]), "2026-11")
    assert "access-date" not in text and "|date=15 May 2023" in text


@pytest.mark.parametrize(
    ("iso", "english"),
    [("2023-05-15", "15 May 2023"), ("2022-12", "December 2022"), ("1951", "1951"), (None, "")],
)
def test_wikipedia_dates_are_english_whatever_the_interface(iso, english):
    assert citations.english_date(iso) == english


def cite(store, key: str, row_id: str) -> citations.Cited:
    tab = next(t for t in tabs.TABS if t.key == key)(store)
    row = next(r for r in tab.rows() if tab.row_id(r) == row_id)
    return tab.cited(row)


@pytest.mark.parametrize(
    ("key", "row_id", "fact"),
    [
        ("leadership", "pope-dg", "Amy Pope has been Director General of IOM since 1 Oct 2023."),
        (
            "leadership",
            "swing-dg",
            "William Lacy Swing was Director General of IOM from 1 Oct 2008 to 30 Sep 2018.",
        ),
        ("elections", "dg-2023", "Director General election, 15 May 2023: Amy Pope was elected."),
        (
            "structure",
            "dhrr",
            "Department of Humanitarian Response and Recovery (DHRR): department, "
            "International Organization for Migration › Headquarters › Deputy Director General for "
            "Operations, Geneva, Switzerland.",
        ),
        (
            "contacts",
            "dhrr-email",
            "Department of Humanitarian Response and Recovery (DHRR): dhrr@iom.int.",
        ),
        ("history", "figures:vs-2023-05", "Voting states: 171 (15 May 2023)."),
        ("countries", "alb", "Albania: Member since 1993."),
        (
            "countries",
            "hrv",
            "Croatia: its IOM membership is not found in the stored sources.",
        ),  # what its sources say is its office, not a status
    ],
)
def test_each_tab_states_its_row_in_one_sentence_with_the_row_s_own_sources(
    store, key, row_id, fact
):
    cited = cite(store, key, row_id)
    assert cited.fact == fact
    assert cited.sources, "every row cites a source"
    assert len({s.id for s in cited.sources}) == len(cited.sources)  # each once


def test_a_leader_s_citation_cites_the_post_and_the_person(store):
    cited = cite(store, "leadership", "pope-dg")
    expected = {
        s.id
        for t, i in (("tenures", "pope-dg"), ("people", "pope"))
        for s in store.sources_for(t, i)
    }
    assert {s.id for s in cited.sources} == expected
    assert re.search(r"https?://", citations.plain(cited, CHECKED))
