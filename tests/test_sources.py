"""Every fact can be checked: one document per source, cited, with its own address; seed
facts all in; sources that disagree say so; each tab says how current it is.

Each check runs on the shipped file (no problem) and on a copy spoiled the way an editor
might spoil it (the problem is named), so none of them can pass by accident.
"""

from __future__ import annotations

import shutil
import sqlite3

import datachecks
import pytest

from iomdesk import search
from iomdesk.database import default_path
from iomdesk.store import Store
from iomdesk.tabs.contacts import contact_haystack
from iomdesk.tabs.elections import election_haystack
from iomdesk.tabs.history import history_haystack, history_key, history_rows
from iomdesk.tabs.leadership import leader_haystack, leader_rows
from iomdesk.tabs.structure import unit_haystack


@pytest.fixture(scope="module")
def shipped():
    conn = sqlite3.connect(f"{default_path().as_uri()}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture
def spoil(tmp_path):
    """A writable copy of the shipped file with some SQL applied to it."""
    opened: list[sqlite3.Connection] = []

    def apply(*statements: str) -> sqlite3.Connection:
        copy = tmp_path / "spoiled.sqlite"
        shutil.copyfile(default_path(), copy)
        conn = sqlite3.connect(copy)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        opened.append(conn)
        return conn

    yield apply
    for conn in opened:
        conn.close()


def a_public_source(conn) -> str:
    return conn.execute(
        "SELECT source_id FROM citations c JOIN sources s ON s.id = c.source_id"
        " WHERE s.kind = 'public' AND s.url IS NOT NULL ORDER BY source_id LIMIT 1"
    ).fetchone()[0]


def test_every_public_source_is_one_document_with_its_own_address(shipped, spoil):
    assert datachecks.sources_without_document_address(shipped) == []
    source = a_public_source(shipped)
    spoiled = spoil(f"UPDATE sources SET url = 'https://devex.com/' WHERE id = '{source}'")
    assert datachecks.sources_without_document_address(spoiled) == [
        f"sources:{source}: public source without a document address (https://devex.com/)"
    ]


def test_a_source_without_an_address_says_it_was_not_found(shipped, spoil):
    missing = shipped.execute(
        "SELECT id, note FROM sources WHERE kind = 'public' AND url IS NULL"
    ).fetchall()
    for source, note in missing:
        assert "not found" in note.lower(), source
    source = a_public_source(shipped)
    spoiled = spoil(f"UPDATE sources SET url = NULL, note = 'copy' WHERE id = '{source}'")
    assert len(datachecks.sources_without_document_address(spoiled)) == 1


def test_no_document_under_two_ids(shipped, spoil):
    assert datachecks.repeated_addresses(shipped) == []
    first, second = shipped.execute(
        "SELECT id, url FROM sources WHERE url LIKE 'https://%' ORDER BY id LIMIT 2"
    ).fetchall()
    # The same address spelled another way is still the same document.
    twin = second[1].replace("https://", "http://www.", 1) + "/"
    spoiled = spoil(f"UPDATE sources SET url = '{twin}' WHERE id = '{first[0]}'")
    problems = datachecks.repeated_addresses(spoiled)
    assert len(problems) == 1 and first[0] in problems[0] and second[0] in problems[0]


def test_every_source_is_cited_by_some_row(shipped, spoil):
    assert datachecks.uncited_sources(shipped) == []
    spoiled = spoil(
        "INSERT INTO sources VALUES ('S999', 'A page', 'IOM', '2025', 'https://iom.int/a',"
        " 'public', NULL)"
    )
    assert datachecks.uncited_sources(spoiled) == ["sources:S999: cited by no row"]


def test_numbers_cited_to_a_seed_are_in_its_text(shipped, spoil):
    seeds = datachecks.seed_texts()
    assert datachecks.seed_numbers_not_in_seed(shipped, seeds) == []
    spoiled = spoil("INSERT INTO citations VALUES ('figures', 'staff-2023-05', 'seed003')")
    assert datachecks.seed_numbers_not_in_seed(spoiled, seeds) == [
        "figures:staff-2023-05: cites seed003, whose text lacks 19000"
    ]


def test_the_number_forms_a_seed_may_use():
    text = "some 281 million migrants, USD 2.5 billion, Six Regional Offices, 10,000 staff"
    for value in (281_000_000, 2_500_000_000, 6, 10_000):
        assert datachecks.text_has_number(text, value), value
    for value in (28, 81, 25, 1000, 7):
        assert not datachecks.text_has_number(text, value), value


def test_a_schedule_is_not_a_disagreement(shipped, spoil):
    assert datachecks.schedules_recorded_as_disagreements(shipped) == []
    # A date "given" only by a document written before it: a plan, not a second value.
    spoiled = spoil(
        "INSERT INTO conflicts VALUES ('x-june', 'elections:dg-2023', 'date', '2023-06', NULL)",
        "INSERT INTO citations VALUES ('conflicts', 'x-june', 'seed001')",
    )
    problems = datachecks.schedules_recorded_as_disagreements(spoiled)
    assert [p.split(":")[1] for p in problems] == ["x-june"]


def test_every_disagreement_has_two_values_each_with_its_own_source(shipped, spoil):
    assert datachecks.thin_disagreements(shipped) == []
    subject, _field, cid = shipped.execute(
        "SELECT subject, field, min(id) FROM conflicts GROUP BY subject, field LIMIT 1"
    ).fetchone()
    spoiled = spoil(f"DELETE FROM conflicts WHERE subject = '{subject}' AND id != '{cid}'")
    assert datachecks.thin_disagreements(spoiled)[0].startswith(f"conflicts on {subject}")


def test_a_disputed_renaming_is_disputed_at_both_ends(shipped, spoil):
    assert datachecks.body_boundaries_without_disagreement(shipped) == []
    spoiled = spoil("DELETE FROM conflicts WHERE subject = 'bodies:picmme' AND field = 'end'")
    problems = datachecks.body_boundaries_without_disagreement(spoiled)
    assert len(problems) == 1 and problems[0].startswith("bodies:picmme/icem")


def test_results_agree_with_the_rounds(shipped, spoil):
    assert datachecks.results_against_rounds(shipped) == []
    spoiled = spoil(
        "UPDATE candidates SET result = 'elected' WHERE id = 'dg-2018-thompson'",
        "UPDATE candidates SET result = 'defeated' WHERE id = 'dg-2018-vitorino'",
        "UPDATE elections SET winner_id = 'thompson' WHERE id = 'dg-2018'",
    )
    problems = datachecks.results_against_rounds(spoiled)
    assert problems == [
        "candidates:dg-2018-thompson: elected, yet outvoted in the last ballot dg-2018-r4"
    ]


def test_every_seed_fact_is_in_the_data_and_cites_its_seed(shipped, spoil):
    assert datachecks.seed_facts_unmet(shipped) == []
    spoiled = spoil("DELETE FROM citations WHERE source_id = 'seed004' AND row_table = 'units'")
    problems = datachecks.seed_facts_unmet(spoiled)
    assert problems and all("does not cite seed004" in p for p in problems)


def test_every_seed_fact_is_found_by_a_search(store: Store):
    """The checklist's words (its search column, else the text itself) find the row through
    the search a reader types into."""
    unfindable = []
    for fact in datachecks.seed_fact_lines():
        haystacks = searchable_text(store, fact["table"], fact["row_id"])
        words = search.terms(fact["search"] or fact["contains"])
        if not any(search.matches(h, words) for h in haystacks):
            unfindable.append(f"{fact['seed']}: {fact['fact']} ({fact['table']}:{fact['row_id']})")
    assert unfindable == []


def searchable_text(store: Store, table: str, row_id: str) -> list[str]:
    """The folded text the tab search or Ctrl+K matches for a row; a round, a vote or a
    disagreement is found through the row it belongs to, a body through the leaders of its
    years (its acronym is in their rows)."""
    if table == "conflicts":
        subject = next(c for cs in store.conflicts.values() for c in cs if c.id == row_id)
        table, row_id = subject.subject.split(":", 1)
    if table == "votes":
        table, row_id = (
            "rounds",
            next(v.round_id for vs in store.votes.values() for v in vs if v.id == row_id),
        )
    if table == "rounds":
        table, row_id = (
            "elections",
            next(r.election_id for rs in store.rounds.values() for r in rs if r.id == row_id),
        )
    if table == "candidates":
        table, row_id = (
            "elections",
            next(c.election_id for cs in store.candidates.values() for c in cs if c.id == row_id),
        )
    if table in ("people", "tenures", "bodies"):

        def key(row):
            return {
                "people": row.person.id,
                "tenures": row.tenure.id,
                "bodies": " ".join(b.id for b in row.bodies),
            }[table]

        return [leader_haystack(r) for r in leader_rows(store) if row_id in key(r)]
    if table == "elections":
        return [election_haystack(store, e) for e in store.elections if e.id == row_id]
    if table == "units":
        return [unit_haystack(store.unit_by_id[row_id])]
    if table == "contacts":
        return [contact_haystack(store, c) for c in store.contacts if c.id == row_id]
    if table in ("events", "figures"):
        rows = history_rows(store)
        wanted = f"{table}:{row_id}"
        return [history_haystack(r) for r in rows if history_key(r) == wanted]
    return []


def test_each_tab_says_how_current_it_is(shipped, spoil):
    assert datachecks.stale_as_of(shipped) == []
    newer = "UPDATE sources SET date = '2026-12' WHERE id = 'seed004'"
    problems = datachecks.stale_as_of(spoil(newer))
    assert any(p.startswith("meta:as_of_structure") for p in problems)
    assert any(p.startswith("meta:sources_checked") for p in problems)


def test_the_tree_carries_no_name_from_before_2024(shipped, spoil):
    assert datachecks.pre_2024_names_in_the_tree(shipped) == []
    spoiled = spoil("UPDATE units SET name = 'Global Data Institute' WHERE id = 'ops-dipc'")
    assert datachecks.pre_2024_names_in_the_tree(spoiled) == [
        "units:ops-dipc: 'Global Data Institute' is a name from before the 2024 structure"
    ]


def test_an_election_names_the_session_its_sources_report_on(shipped, spoil):
    assert datachecks.sessions_left_empty(shipped) == []
    spoiled = spoil("UPDATE elections SET session = NULL WHERE id = 'dg-2003'")
    assert datachecks.sessions_left_empty(spoiled) == [
        "elections:dg-2003: session empty, yet S83 reports on one"
    ]


def test_the_members_named_never_outnumber_historys_figure(shipped, spoil):
    assert datachecks.members_beyond_the_count(shipped) == []
    many = [
        f"INSERT INTO memberships VALUES ('x{n}', 'kwt', 'member', '1952', '1953', NULL, NULL,"
        " NULL, NULL, 'confirmed')"
        for n in range(60)
    ]
    problems = datachecks.members_beyond_the_count(spoil(*many))
    assert problems and all("more than" in p for p in problems)
    assert [p.split(":")[1] for p in problems] == ["ms-1952-10"]


def test_no_e_mail_is_masked_or_made_up(shipped, spoil):
    assert datachecks.masked_or_malformed_emails(shipped) == []
    spoiled = spoil(
        "UPDATE contacts SET email = '[email\u00a0protected]' WHERE id = 'dhrr-email'",
        "UPDATE contacts SET email = 'iomlebanon@' WHERE id = 'lbn-office'",
    )
    assert datachecks.masked_or_malformed_emails(spoiled) == [
        "contacts:dhrr-email: '[email\\xa0protected]' is not an e-mail address in full",
        "contacts:lbn-office: 'iomlebanon@' is not an e-mail address in full",
    ]


def test_values_hold_no_notes_about_their_source(shipped, spoil):
    assert datachecks.notes_in_values(shipped) == []
    spoiled = spoil(
        "UPDATE offices SET city = 'Beirut (listed on the contact tab)' WHERE id = 'lbn-office'"
    )
    assert datachecks.notes_in_values(spoiled) == [
        "offices:lbn-office: city 'Beirut (listed on the contact tab)' holds a note"
    ]
