"""Partial dates: display, sorting, spans."""

from datetime import date

from iomdesk import dates


def test_display_keeps_the_precision_known():
    assert dates.display("2018-10-01") == "1 Oct 2018"
    assert dates.display("1998-10") == "Oct 1998"
    assert dates.display("1969") == "1969"
    assert dates.display(None) == ""


def test_sort_key_orders_by_time_and_unknown_last():
    values = ["2018-10-01", "1969", None, "1998-10", "1952"]
    assert sorted(values, key=dates.sort_key) == ["1952", "1969", "1998-10", "2018-10-01", None]


def test_years_between_and_open_end():
    assert round(dates.years_between("2008-10-01", "2018-09-30"), 1) == 10.0
    assert dates.years_between(None, "2018") is None
    assert round(dates.years_between("2023-10-01", None, today=date(2024, 10, 1)), 1) == 1.0


def test_year_span():
    assert dates.year_span("1969", "1979") == (1969, 1979)
    assert dates.year_span("2023-10-01", None, today=date(2026, 1, 1)) == (2023, 2026)
