"""iomdesk/listing.py (no Qt): a tab's rows in display order, and which the search shows."""

from __future__ import annotations

from iomdesk import search
from iomdesk.listing import Listing

CITIES = ["Geneva", "Dakar", "Bangkok", "Panamá"]


def listing_of(rows, span=None) -> Listing:
    return Listing(rows, lambda row: search.haystack([row]), span)


def shown(listing: Listing) -> list:
    return [listing.at(n) for n in range(len(listing.shown))]


def test_every_row_shows_until_a_search_and_no_text_is_folded_before():
    listing = listing_of(CITIES)
    assert shown(listing) == CITIES
    listing.search([])
    assert not listing.folded  # folding 100,000 rows waits for the first words typed
    listing.search(search.terms("K"))
    assert listing.folded
    assert shown(listing) == ["Dakar", "Bangkok"]
    listing.search(search.terms("panama"))
    assert shown(listing) == ["Panamá"]
    listing.search([])
    assert shown(listing) == CITIES


def test_a_sort_keeps_the_search_and_the_index_follows_the_order():
    listing = listing_of(CITIES)
    listing.search(["k"])
    listing.sort(str, descending=False)
    assert shown(listing) == ["Bangkok", "Dakar"]
    listing.sort(str, descending=True)
    assert shown(listing) == ["Dakar", "Bangkok"]
    assert listing.index.haystacks == ["panama", "geneva", "dakar", "bangkok"]
    assert [listing.at_position(p) for p in range(len(CITIES))] == [
        "Panamá",
        "Geneva",
        "Dakar",
        "Bangkok",
    ]


def test_sorting_before_any_search_still_searches_in_the_new_order():
    listing = listing_of(CITIES)
    listing.sort(len, descending=False)
    assert not listing.folded
    listing.search(["a"])
    assert shown(listing) == ["Dakar", "Geneva", "Panamá", "Bangkok"]


def test_a_row_is_found_again_after_a_sort_and_a_hidden_one_is_not():
    listing = listing_of(CITIES)
    dakar = listing.row_number(1)
    assert listing.rows[dakar] == "Dakar"
    listing.sort(str, descending=False)
    assert listing.at(listing.shown_row_of(dakar)) == "Dakar"
    listing.search(["geneva"])
    assert listing.shown_row_of(dakar) == -1
    assert listing.first_shown(lambda city: city.startswith("G")) == 0
    assert listing.first_shown(lambda city: city == "Dakar") == -1


def test_years_select_dated_rows_by_their_period():
    periods = {"Founding": (1951, 1951), "Renaming": (1989, 1989), "Undated": None}
    listing = listing_of(list(periods), span=periods.__getitem__)
    listing.search(["1989"])
    assert shown(listing) == ["Renaming"]
    listing.search(["1950-1990"])
    assert shown(listing) == ["Founding", "Renaming"]
    plain = listing_of(["Office 1989", "Office 1990"])  # no periods: a year is text
    plain.search(["1989"])
    assert shown(plain) == ["Office 1989"]
