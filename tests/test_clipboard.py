"""iomdesk/clipboard.py: plain text onto the system clipboard, and saying when there is none."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from iomdesk.clipboard import clipboard_text, copy_text


@pytest.mark.parametrize(
    "text",
    [
        "dhrr@iom.int",
        "António Vitorino\tDirector General\tPortugal\nAmy Pope\tDirector General\tUSA",
        "International Organization for Migration › Headquarters",
        "🙂 ñandú",
    ],
)
def test_copied_text_is_on_the_clipboard_as_it_was(qapp, text):
    assert copy_text(text) is True
    assert clipboard_text() == text
    assert QGuiApplication.clipboard().text() == text


def test_without_a_clipboard_nothing_is_copied_and_it_says_so(qapp, monkeypatch):
    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(lambda: None))
    assert copy_text("dhrr@iom.int") is False
    assert clipboard_text() == ""


def test_a_clipboard_that_does_not_keep_the_text_is_not_a_copy(qapp, monkeypatch):
    class Forgetful:
        def setText(self, text):
            pass

        def text(self):
            return ""

    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(Forgetful))
    assert copy_text("dhrr@iom.int") is False
