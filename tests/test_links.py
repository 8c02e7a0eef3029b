"""iomdesk/links.py (no Qt): the links a details pane writes, and reading them back."""

from __future__ import annotations

import pytest

from iomdesk.links import Kind, Link


@pytest.mark.parametrize(
    ("url", "kind", "target"),
    [
        ("election:dg-2018", Kind.ELECTION, "dg-2018"),
        ("unit:prd", Kind.UNIT, "prd"),
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
    assert Link(Kind.UNIT, "prd").url == "unit:prd"


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
    ],
)
def test_links_the_app_does_not_follow_read_as_none(url):
    assert Link.parse(url) is None
