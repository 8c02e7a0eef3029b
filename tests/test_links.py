"""iomdesk/links.py (no Qt): the links a details pane writes, and reading them back."""

from __future__ import annotations

import pytest

from iomdesk.links import Kind, Link


@pytest.mark.parametrize(
    ("url", "kind", "target"),
    [
        ("iomdesk:election/dg-2018", Kind.ELECTION, "dg-2018"),
        ("iomdesk:unit/prd", Kind.UNIT, "prd"),
        ("iomdesk:person/pope", Kind.PERSON, "pope"),
        ("iomdesk:tenure/pope-dg", Kind.TENURE, "pope-dg"),
        ("iomdesk:country/lbn", Kind.COUNTRY, "lbn"),
        ("iomdesk:contact/cbi-email", Kind.CONTACT, "cbi-email"),
        ("iomdesk:event/council-84", Kind.HISTORY, "events:council-84"),
        ("iomdesk:figure/members-2024", Kind.HISTORY, "figures:members-2024"),
        ("copy:cbisupport@iom.int", Kind.COPY, "cbisupport@iom.int"),
        ("mailto:dhrr@iom.int,pcca@iom.int", Kind.MAIL, "dhrr@iom.int,pcca@iom.int"),
        ("https://www.iom.int/about-iom", Kind.WEB, "https://www.iom.int/about-iom"),
        ("http://example.org/page?a=1#b", Kind.WEB, "http://example.org/page?a=1#b"),
    ],
)
def test_a_link_reads_back_from_the_url_it_writes(url, kind, target):
    link = Link.parse(url)
    assert link == Link(kind, target)
    assert link.url == url
    assert Link.parse(Link(kind, target).url) == link


def test_a_web_link_is_written_as_its_own_address():
    assert Link(Kind.WEB, "https://www.iom.int").url == "https://www.iom.int"
    assert Link(Kind.UNIT, "prd").url == "iomdesk:unit/prd"


@pytest.mark.parametrize(
    "url", ["iomdesk://unit/prd", "iomdesk:unit/prd/", " iomdesk:unit/prd\n", "unit:prd"]
)
def test_a_row_address_is_read_as_other_programs_and_the_app_itself_write_it(url):
    """A browser or a chat may add '//' or a slash; inside the app, unit:prd is short for it."""
    assert Link.parse(url) == Link(Kind.UNIT, "prd")


def test_the_target_keeps_everything_after_the_first_colon():
    link = Link.parse("copy:Tel: +41 22 717 9111")
    assert link == Link(Kind.COPY, "Tel: +41 22 717 9111")
    assert Link.parse(link.url) == link


@pytest.mark.parametrize(
    "url",
    [
        "ftp://odd",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "web:https://www.iom.int",  # web links are written as their own URL, never so
        "no scheme at all",
        "",
        "iomdesk:",
        "iomdesk:unit",
        "iomdesk:unit/",
        "iomdesk:planet/earth",  # no such kind of row
        "iomdesk:unit/DHRR",  # ids are lowercase
        "iomdesk:unit/a b",
        "iomdesk:copy/x",  # only rows have addresses
        "iomdesk:mailto/x@iom.int",
    ],
)
def test_links_the_app_does_not_follow_read_as_none(url):
    assert Link.parse(url) is None
