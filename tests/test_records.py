"""iomdesk/records.py (no Qt): the rows each tab lists and the short texts made from them."""

from __future__ import annotations

from datetime import date

import pytest

from iomdesk import dates, i18n, records, tabs
from iomdesk.rows import Event, Figure, Unit
from iomdesk.tabs.contacts import named_address
from iomdesk.tabs.elections import election_title, rounds_text, short_name, two_thirds
from iomdesk.tabs.history import (
    figure_title,
    figure_value,
    history_date,
    history_figure,
    history_haystack,
    history_key,
    history_kind,
    history_sort_key,
    history_what,
    measure_name,
)
from iomdesk.tabs.leadership import LeaderRow, leader_rows, post_line, tenure_span
from iomdesk.tabs.structure import kind_text, unit_label, unit_location


def unit(**changes) -> Unit:
    base = Unit(
        id="prd",
        parent_id="dhrr",
        name="Peace and Recovery Division",
        acronym="PRD",
        kind="division",
        city="Geneva",
        country="Switzerland",
        description=None,
        position=1,
        status="confirmed",
    )
    return base._replace(**changes)


def figure(**changes) -> Figure:
    base = Figure(
        id="f",
        measure="member_states",
        date="2018-06",
        value=172.0,
        approx=0,
        note=None,
        status="confirmed",
    )
    return base._replace(**changes)


def milestone(**changes) -> Event:
    base = Event(
        id="iom",
        date="1989-11-14",
        title="Organisation becomes IOM",
        description=None,
        status="confirmed",
    )
    return base._replace(**changes)


@pytest.fixture
def translator():
    """Plug a translator in for one test; English again afterwards."""
    yield i18n.set_translator
    i18n.set_translator(lambda context, text: text)


def leader(store, tenure_id: str) -> LeaderRow:
    return next(r for r in leader_rows(store) if r.tenure.id == tenure_id)


def election(store, election_id: str):
    return next(e for e in store.elections if e.id == election_id)


def test_capped_text_keeps_the_start_and_says_how_long_it_was():
    assert records.capped("short") == "short"
    long = records.capped("a" * 10_000, 100)
    assert long.startswith("a" * 100) and long.endswith("(10000 characters)")


def test_capped_text_at_the_limit_is_left_whole():
    text = "a" * records.LONGEST_SHOWN
    assert records.capped(text) == text
    longer = records.capped(text + "b")
    assert longer.startswith(text) and "b" not in longer
    assert longer.endswith(f"({records.LONGEST_SHOWN + 1} characters)")


def test_unit_label_adds_the_acronym_unless_the_name_says_it():
    assert unit_label(unit()) == "Peace and Recovery Division (PRD)"
    assert unit_label(unit(name="IOM Development Fund", acronym="IOM")) == ("IOM Development Fund")
    assert unit_label(unit(acronym=None)) == "Peace and Recovery Division"
    assert unit_label(unit(acronym="")) == "Peace and Recovery Division"


def test_kind_text_reads_as_words():
    assert kind_text("regional-office") == "regional office"
    assert kind_text("sub-regional-office") == "sub regional office"
    assert kind_text("division") == "division"


def test_unit_location_leaves_out_what_is_unknown():
    assert unit_location(unit()) == "Geneva, Switzerland"
    assert unit_location(unit(city=None)) == "Switzerland"
    assert unit_location(unit(city=None, country=None)) == ""


def test_unit_path_text_runs_from_the_root_down_to_the_unit(store):
    assert records.unit_path_text(store, "prd") == records.PATH_SEPARATOR.join(
        [
            "International Organization for Migration",
            "Headquarters",
            "Deputy Director General for Operations",
            "Department of Humanitarian Response and Recovery",
            "Peace and Recovery Division",
        ]
    )
    assert records.unit_path_text(store, "iom") == "International Organization for Migration"
    assert records.unit_path_text(store, "no-such-unit") == ""


def test_date_text_marks_unconfirmed_dates_and_names_an_open_end():
    assert records.date_text("2018-10-01") == "1 Oct 2018"
    assert records.date_text("1955", "unconfirmed") == "c. 1955"
    assert records.date_text(None) == ""
    assert records.date_text(None, open_end="present") == "present"


def test_election_title_names_the_post_and_the_date(store):
    assert election_title(election(store, "dg-2018")) == ("Director General election, 29 Jun 2018")
    assert election_title(election(store, "dg-1993")) == "Director General election, 1993"
    undated = election(store, "dg-1993")._replace(date=None)
    assert election_title(undated) == "Director General election, date unknown"


def test_rounds_text_counts_the_ballots_and_says_acclamation(store):
    assert rounds_text(store, election(store, "dg-2018")) == "4 + acclamation"
    assert rounds_text(store, election(store, "dg-2023")) == "1 + acclamation"
    assert rounds_text(store, election(store, "dg-1993")) == "not recorded"


def test_post_line_gives_the_post_and_its_dates(store):
    assert post_line(leader(store, "vitorino-dg")) == ("Director General, 1 Oct 2018–30 Sep 2023")
    assert post_line(leader(store, "pope-dg")) == "Director General, 1 Oct 2023–"
    assert post_line(leader(store, "tittmann-director")) == "Director, c. 1955–May 1958"


def test_leader_rows_name_the_organisation_of_their_time(store):
    assert [b.acronym for b in leader(store, "thomas-director").bodies] == ["ICEM"]
    assert [b.acronym for b in leader(store, "vitorino-dg").bodies] == ["IOM"]
    assert leader(store, "pope-dg").is_current_head
    assert not leader(store, "vitorino-dg").current


def test_tenure_span_is_the_years_held_and_none_without_a_start(store):
    assert tenure_span(leader(store, "thomas-director")) == (1969, 1979)
    assert tenure_span(leader(store, "pope-dg")) == (2023, max(2023, date.today().year))
    row = leader(store, "thomas-director")
    undated = row._replace(tenure=row.tenure._replace(start=None))
    assert tenure_span(undated) is None


def test_date_span_is_the_year_of_a_dated_row():
    assert records.date_span("2018-06-29") == (2018, 2018)
    assert records.date_span("1993") == (1993, 1993)
    assert records.date_span(None) is None
    assert records.date_span("") is None


def test_figure_title_names_the_measure_then_the_number():
    assert figure_title(figure()) == "Member states: 172"
    assert figure_title(figure(measure="staff", value=10000.0, approx=1)) == ("Staff: about 10,000")
    assert figure_title(figure(measure="budget_usd_billions", value=2.5)) == (
        "Budget usd billions: 2.5"
    )


def test_measures_have_reader_names_in_the_interface_language(translator):
    assert measure_name("field_offices") == "Field offices"
    assert measure_name("new_measure") == "New measure"  # another file's: its key
    translator(lambda context, text: f"[{context}] {text}")
    assert measure_name("staff") == "[records] Staff"
    assert history_kind(milestone()) == "[records] Milestone"


def test_numbers_follow_the_interface_language():
    try:
        i18n.set_number_format(lambda value: f"{value:,.0f}".replace(",", " "))
        assert figure_value(figure(value=19000.0, approx=1)) == "about 19 000"
    finally:
        i18n.set_number_format(None)
    assert figure_value(figure(value=19000.0)) == "19,000"
    assert figure_value(figure(value=float("inf"))) == "inf"  # no crash on odd data


def test_history_rows_say_what_when_how_much_and_what_kind():
    ms = figure(note="Membership at the 2018 election.")
    assert history_date(ms) == "Jun 2018"
    assert history_what(ms) == "Membership at the 2018 election."
    assert history_what(figure()) == "Member states"  # no note: the measure
    assert (history_figure(ms), history_kind(ms)) == ("172", "Member states")
    event = milestone()
    assert history_what(event) == "Organisation becomes IOM"
    assert (history_figure(event), history_kind(event)) == ("", "Milestone")
    assert history_key(event) == "events:iom" and history_key(ms) == "figures:f"


def test_undated_history_rows_say_so_and_sort_as_the_oldest():
    undated = milestone(date=None)
    assert history_date(undated) == "date unknown"
    keys = [history_sort_key(r) for r in (undated, milestone(), figure())]
    assert keys[0] < keys[1] < keys[2]  # newest first puts the undated row last
    assert history_date(milestone(status="unconfirmed")) == "c. 14 Nov 1989"


def test_history_rows_are_found_by_their_text_kind_and_number():
    haystack = history_haystack(figure(value=19000.0, approx=1, measure="staff"))
    for word in ("staff", "19,000", "19000", "about", "jun 2018"):
        assert word in haystack
    assert "milestone" in history_haystack(milestone(description="A new name."))
    assert "a new name" in history_haystack(milestone(description="A new name."))


def test_two_thirds_prefers_the_stated_figure_then_derives_it():
    assert two_thirds(165, 110, [98, 67], None) == (110, "stated")
    assert two_thirds(144, None, [], None) == (96, "derived")
    assert two_thirds(None, None, [77, 66], 1) == (96, "derived")  # 144 with the blank
    assert two_thirds(None, None, [65, 51, 27], None) == (96, "derived")  # 95.3 up
    assert two_thirds(None, None, [1, 1, 1], None) == (2, "derived")  # exactly 2/3
    assert two_thirds(None, None, [], None) == (None, "")
    assert two_thirds(0, 0, [0, 0], 0) == (None, "")


def test_short_name_is_the_surname_without_suffixes():
    assert short_name("Amy E. Pope") == "Pope"
    assert short_name("James N. Purcell Jr.") == "Purcell"
    assert short_name("Harold H. Tittmann Jr.") == "Tittmann"
    assert short_name("Vitorino") == "Vitorino"
    assert short_name("") == ""
    assert short_name("Candidate of Sudan (name not confirmed)") == "Candidate of Sudan"


def test_elided_cuts_at_a_word():
    from iomdesk.records import elided

    assert elided("Md. Shahidul Haque") == "Md. Shahidul Haque"
    assert elided("Candidate of Sudan (name not confirmed)") == "Candidate of Sudan…"
    assert elided("Supercalifragilisticexpialidocious") == "Supercalifragilisti…"


def test_named_address_quotes_the_name_only_where_mail_needs_it():
    assert named_address("Amy Pope", "apope@iom.int") == "Amy Pope <apope@iom.int>"
    assert named_address("Cash-Based Interventions (CBI) Unit", "cbisupport@iom.int") == (
        '"Cash-Based Interventions (CBI) Unit" <cbisupport@iom.int>'
    )
    assert named_address("Pope, Amy", "apope@iom.int") == '"Pope, Amy" <apope@iom.int>'


def test_as_of_text_says_how_current_a_tab_is():
    meta = {
        "sources_checked": "2026-11",
        "as_of_contacts": "2024-10",
        "as_of_structure": "2026",
        "structure_as_of": "2024-10",
    }
    assert records.as_of_text(meta, "contacts") == (
        "Data as of Oct 2024; sources checked to Nov 2026"
    )
    assert records.as_of_text(meta, "structure", drawn="2024-10") == (
        "Tree as of Oct 2024 (notes to 2026); sources checked to Nov 2026"
    )
    as_new = {**meta, "structure_as_of": "2026"}
    assert records.as_of_text(as_new, "structure", drawn="2026") == (
        "Data as of 2026; sources checked to Nov 2026"
    )
    assert records.as_of_text({}, "leadership") == "Data as of ?; sources checked to ?"


def test_summary_says_how_much_there_is_and_how_fresh(store):
    text = records.summary_text(store, [tab(store).count() for tab in tabs.TABS])
    assert text.startswith("18 posts held, ")
    assert f"84 units, {len(store.contacts)} contacts, {len(store.countries)} countries" in text
    checked = dates.display(store.meta["sources_checked"])
    assert checked and text.endswith(f"— sources checked to {checked}")


def test_named_address_agrees_with_the_email_package_for_commas_quotes_and_accents():
    from email.headerregistry import Address

    for name in ("Doe, John", 'Ana "La" María', "José García", "Back\\slash Unit"):
        expected = str(Address(display_name=name, addr_spec="x@iom.int"))
        assert named_address(name, "x@iom.int") == expected
    # An address the package cannot parse still gets a name that mail can read back.
    assert named_address('Ana "La", Office', "not an address") == (
        '"Ana \\"La\\", Office" <not an address>'
    )


def test_every_kind_the_rules_allow_and_every_post_shipped_has_a_word_to_translate(store):
    from iomdesk import records, validate

    assert set(records.UNIT_KINDS) == set(validate.UNIT_KINDS)
    assert {t.role for t in store.tenures} | {e.post for e in store.elections} <= set(records.POSTS)
    assert records.kind_name("regional-office") == "regional office"
    assert records.post_name("Chief Cook") == "Chief Cook"  # unknown: as the data writes it
