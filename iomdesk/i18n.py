"""Interface translation without Qt: modules call translate(), format_date() and format_number();
the app plugs in Qt's translator and the date and number formats of the interface language
(QLocale).

pyside6-lupdate finds `translate("context", "text")` and `QT_TRANSLATE_NOOP(...)` calls by
name, so both are called with literal strings. Data from the database is never translated.
"""

from __future__ import annotations

import math
from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731
_language = "en"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english_date(year: int, month: int | None = None, day: int | None = None) -> str:
    if day:
        return f"{day} {MONTHS[month - 1]} {year}"
    if month:
        return f"{MONTHS[month - 1]} {year}"
    return str(year)


_date_format: Callable[..., str] = _english_date


def set_translator(function: Callable[[str, str], str]) -> None:
    global _translator
    _translator = function


def set_language(code: str) -> None:
    """The interface language ('en', 'fr', 'es'): names the data holds in several languages
    (countries) are shown in it."""
    global _language
    _language = code


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for translation where it is defined; translate() it where it shows."""
    return text


def set_date_format(function: Callable[..., str] | None) -> None:
    """function(year, month=None, day=None) -> the date as the interface language writes it;
    None: English (what the tests and the command line see)."""
    global _date_format
    _date_format = function or _english_date


def format_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """'12 Dec 1954', 'Oct 1998', '1969' in English; in the interface language once set."""
    return _date_format(year, month, day)


def _english_number(value: float) -> str:
    if math.isfinite(value) and float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


_number_format: Callable[[float], str] = _english_number


def set_number_format(function: Callable[[float], str] | None) -> None:
    """function(value) -> the number as the interface language writes it; None: English."""
    global _number_format
    _number_format = function or _english_number


def format_number(value: float) -> str:
    """'19,000' in English, '19 000' in French once set; '2.5' keeps its decimals."""
    return _number_format(value)
