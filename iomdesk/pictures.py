"""What the pictures share, worked out without Qt: years as positions, a round top for a
scale, how long a drawn label may be. Each picture's own layout is in its tab's module
(tabs/leadership.py's timeline, tabs/elections.py's vote chart, tabs/history.py's chart)."""

import math
from datetime import date

from iomdesk import dates

LABEL = 120  # characters of a name drawn in a picture


def year_position(iso: str | None, today: date | None = None) -> float:
    """A partial date as a fractional year; an open end is today."""
    if not iso:
        today = today or date.today()
        return today.year + (today.timetuple().tm_yday - 1) / 365.25
    p = dates.parts(iso)
    month = p[1] if len(p) > 1 else 1
    day = p[2] if len(p) > 2 else 1
    return p[0] + (month - 1) / 12 + (day - 1) / 365.25


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least the value."""
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power
