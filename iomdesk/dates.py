"""Partial ISO dates ("1969", "1998-10", "2018-10-01"): display, sorting, years and overlap."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from iomdesk import i18n


@lru_cache(maxsize=4096)  # the same few hundred dates are read for display, sorting and spans
def parts(iso: str | None) -> tuple[int, ...]:
    """(year,), (year, month) or (year, month, day); () for an unknown date."""
    if not iso:
        return ()
    return tuple(int(p) for p in iso.split("-"))


def display(iso: str | None) -> str:
    """'1 Oct 2018', 'Oct 1998', '1969' (in the interface language), or '' if unknown."""
    p = parts(iso)
    return i18n.format_date(*p) if p else ""


def sort_key(iso: str | None, missing: int = 99999) -> tuple[int, int, int]:
    """A key that sorts partial dates by time; an unknown date sorts after every known one."""
    p = parts(iso)
    if not p:
        return (missing, 0, 0)
    return (p[0], p[1] if len(p) > 1 else 0, p[2] if len(p) > 2 else 0)


def newest_first(iso: str | None) -> tuple[int, int, int]:
    """A key that sorts the newest date first; an unknown date after every known one."""
    return tuple(-part for part in sort_key(iso, missing=-99999))


def earliest(iso: str) -> date:
    p = parts(iso)
    return date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def years_between(start: str | None, end: str | None, today: date | None = None) -> float | None:
    """Length of a tenure in years (an open end runs to today); None if the start is unknown."""
    if not start:
        return None
    finish = earliest(end) if end else (today or date.today())
    return max(0.0, (finish - earliest(start)).days / 365.25)


def year_span(start: str | None, end: str | None, today: date | None = None) -> tuple[int, int]:
    """First and last calendar year touched; an open end runs to this year."""
    first = parts(start)[0] if start else 0
    last = parts(end)[0] if end else (today or date.today()).year
    return first, max(first, last)
