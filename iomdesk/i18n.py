"""Interface translation without Qt: modules call translate(); the app plugs Qt's in.

pyside6-lupdate finds `translate("context", "text")` and `QT_TRANSLATE_NOOP(...)` calls by
name, so both are called with literal strings. Data from the database is never translated.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(function: Callable[[str, str], str]) -> None:
    global _translator
    _translator = function


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for translation where it is defined; translate() it where it shows."""
    return text
