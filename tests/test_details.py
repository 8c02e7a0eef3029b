"""The details pane's text: facts, links, disagreements and sources (no display needed)."""

from __future__ import annotations

from iomdesk import __version__, details, records


def leader(store, person_id: str, kind: str = "head"):
    return next(
        r for r in records.leader_rows(store) if r.person.id == person_id and r.tenure.kind == kind
    )


def test_leader_links_to_the_election_and_names_the_body_then(store):
    html = details.leader_html(store, leader(store, "vitorino"))
    assert "href='election:dg-2018'" in html
    assert "International Organization for Migration (IOM" in html
    carlin = details.leader_html(store, leader(store, "carlin"))
    assert "(unconfirmed)" in carlin
    assert "(ICEM" in carlin and "(ICM" in carlin


def test_election_rounds_show_votes_and_the_two_thirds_line(store):
    election = next(e for e in store.elections if e.id == "dg-2023")
    html = details.election_html(store, election)
    assert "<td align='right'>98</td>" in html and "<td align='right'>110</td>" in html
    older = next(e for e in store.elections if e.id == "dg-1993")
    assert "No round-by-round results are published" in details.election_html(store, older)


def test_derived_threshold_is_labelled(store):
    election = next(e for e in store.elections if e.id == "dg-2018")
    html = details.election_html(store, election)
    assert "96 (derived)" in html  # two-thirds of 77 + 66 + 1 blank = 144 ballots


def test_unit_details_carry_contacts_with_copy_links(store):
    html = details.unit_html(store, store.unit_by_id["cbi"])
    assert "href='mailto:cbisupport@iom.int'" in html
    assert "href='copy:cbisupport@iom.int'" in html
    assert "seed004" in html


def test_pcca_name_disagreement_is_shown(store):
    html = details.unit_html(store, store.unit_by_id["pcca"])
    assert "Sources disagree on name" in html
    assert "Climate Change Action Division" in html and "Adaptation Division" in html


def test_about_names_the_data_date_and_every_seed(store):
    html = details.about_html(store, __version__)
    assert f"iomdesk {__version__}" in html
    assert "Data as of:</b> 2025" in html
    for seed in range(5):
        assert f"seed00{seed}" in html
    assert "S104" not in html  # listed only when some row cites it


def test_text_from_the_data_is_escaped(store):
    html = details.contact_html(store, store.contacts[0])
    assert "<script" not in html
    assert details._e("<b>&") == "&lt;b&gt;&amp;"
