"""marks.py (no Qt): stars and recently viewed rows by address, and the stars file."""

from __future__ import annotations

from datetime import date

from iomdesk.marks import RECENT_KEPT, Marks, read_stars, stars_file


def test_a_star_toggles_and_each_address_is_kept_once_in_the_order_starred():
    marks = Marks(["iomdesk:unit/a", "iomdesk:unit/a", "iomdesk:unit/b"])
    assert marks.starred == ["iomdesk:unit/a", "iomdesk:unit/b"]
    assert marks.toggle("iomdesk:unit/c") is True
    assert marks.toggle("iomdesk:unit/a") is False
    assert marks.starred == ["iomdesk:unit/b", "iomdesk:unit/c"]
    assert marks.add(["iomdesk:unit/c", "iomdesk:unit/d", "iomdesk:unit/d"]) == 1


def test_the_recently_viewed_are_the_latest_first_each_once_and_a_few():
    marks = Marks()
    for n in range(RECENT_KEPT + 5):
        marks.saw(f"iomdesk:unit/u{n}")
    marks.saw("iomdesk:unit/u10")
    assert marks.recent[0] == "iomdesk:unit/u10"
    assert len(marks.recent) == RECENT_KEPT == len(set(marks.recent))


def test_the_stars_file_reads_back_as_written():
    marks = Marks(["iomdesk:unit/prd", "iomdesk:unit/gone"])
    text = stars_file(marks, {"iomdesk:unit/prd": "Peace and Recovery Division"}, date(2027, 1, 2))
    assert text.splitlines()[1:] == [
        "# exported 2027-01-02",
        "iomdesk:unit/prd  # Peace and Recovery Division",
        "iomdesk:unit/gone  # no longer in the data",
    ]
    assert read_stars(text) == (["iomdesk:unit/prd", "iomdesk:unit/gone"], [])
    assert read_stars("unit:prd\niomdesk:planet/x\n  # a comment\n") == ([], [1, 2])
