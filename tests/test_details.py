"""The details pane's text: facts, links, disagreements and sources (no display needed)."""

from __future__ import annotations

import html

from iomdesk import __version__, dates, details, tabs
from iomdesk.tabs.contacts import contact_html
from iomdesk.tabs.elections import election_html
from iomdesk.tabs.leadership import leader_html, leader_rows
from iomdesk.tabs.structure import unit_html


def leader(store, person_id: str, kind: str = "head"):
    return next(r for r in leader_rows(store) if r.person.id == person_id and r.tenure.kind == kind)


def test_leader_links_to_the_election_and_names_the_body_then(store):
    html = leader_html(store, leader(store, "vitorino"))
    assert "href='iomdesk:election/dg-2018'" in html
    assert "International Organization for Migration (IOM" in html
    carlin = leader_html(store, leader(store, "carlin"))
    assert "(ICEM" in carlin and "(ICM" in carlin
    assert "(unconfirmed)" in leader_html(store, leader(store, "tittmann"))
    # A head chosen where no vote is recorded links to that row, with no blank line above
    thomas = leader_html(store, leader(store, "thomas"))
    assert "href='iomdesk:election/dg-thomas'" in thomas
    assert "<br><a href='iomdesk:election/dg-thomas'" not in thomas


def test_election_rounds_show_votes_and_the_two_thirds_line(store):
    election = next(e for e in store.elections if e.id == "dg-2023")
    html = election_html(store, election)
    assert "<td align='right'>98</td>" in html and "<td align='right'>110</td>" in html
    older = next(e for e in store.elections if e.id == "dg-1993")
    assert "No round-by-round results were found in the sources" in election_html(store, older)


def test_derived_threshold_is_labelled(store):
    election = next(e for e in store.elections if e.id == "dg-2018")
    html = election_html(store, election)
    assert "96 (derived)" in html  # two-thirds of 77 + 66 + 1 blank = 144 ballots


def test_unit_details_carry_contacts_with_copy_links(store):
    html = unit_html(store, store.unit_by_id["cbi"])
    assert "href='mailto:cbisupport@iom.int'" in html
    assert "href='copy:cbisupport@iom.int'" in html
    assert "seed004" in html


def test_pcca_shows_both_names_its_one_source_uses(store):
    html = unit_html(store, store.unit_by_id["pcca"])
    assert "Climate Change Action" in html and "Climate Change Adaptation" in html


def test_a_disagreement_between_sources_is_shown(store):
    html = leader_html(store, leader(store, "haveman"))
    assert "Sources disagree on the start" in html
    assert "1961" in html and "1962" in html


def test_about_dates_every_tab_and_names_every_seed(store):
    as_of = [(tab.shown_title(), tab(store).as_of()) for tab in tabs.TABS]
    html = details.about_html(store, __version__, as_of)
    assert f"iomdesk {__version__}" in html
    checked = dates.display(store.meta["sources_checked"])
    for _title, line in as_of:
        assert line in html
        assert line.endswith(f"sources checked to {checked}")
    structure = tabs.by_key("structure")(store).as_of()  # the tree is older than its notes
    assert structure.startswith(f"Tree as of {dates.display(store.meta['structure_as_of'])}")
    assert f"Newest source</td><td>{dates.display(store.meta['newest_source'])}" in html
    for source_id in store.sources:  # every source is cited (tests/test_sources.py), so listed
        assert f"<b>{source_id}</b>" in html


def test_text_from_the_data_is_escaped(store):
    html = contact_html(store, store.contacts[0])
    assert "<script" not in html
    assert details.value_html("<b>&") == "&lt;b&gt;&amp;"


def test_escaping_is_html_escape_s():
    text = 'Tom & Jerry\'s <b>"office"</b> — São Tomé, 10 > 9 &amp;'
    assert details.escape(text) == html.escape(text)


def test_the_disputed_field_is_named_in_the_interface_language(store, monkeypatch):
    """'Les sources divergent sur le début', not on a column's English key."""
    from iomdesk import i18n

    monkeypatch.setattr(
        i18n, "_translator", lambda context, text: {"the start": "le début"}.get(text, text)
    )
    html = details.disagreements_html(store, [("tenures", "haveman-director")])
    assert "le début" in html and " start:" not in html
