"""iomdesk/tabs (no Qt): the registry of tabs by a stable key, in the window's order, and their
titles."""

from __future__ import annotations

import pytest

from iomdesk import i18n, tabs


@pytest.fixture
def translator():
    """Plug a translator in for one test; English again afterwards."""
    yield i18n.set_translator
    i18n.set_translator(lambda context, text: text)


def test_tabs_in_the_window_order_with_stable_keys():
    keys = ["leadership", "elections", "structure", "contacts", "history", "countries"]
    assert [tab.key for tab in tabs.TABS] == keys
    assert tabs.by_key("contacts") is tabs.Contacts  # settings and file names store the key
    assert [tab.shortcut for tab in tabs.TABS] == [f"Ctrl+{n}" for n in range(1, 7)]
    with pytest.raises(KeyError):
        tabs.by_key("Contacts")


def test_titles_in_english():
    titles = ["Leadership", "Elections", "Structure", "Contacts", "History", "Countries"]
    assert [tabs.title(tab.key) for tab in tabs.TABS] == titles


def test_titles_follow_the_interface_language(translator):
    translator(lambda context, text: f"[{context}] {text.upper()}")
    assert tabs.title("structure") == "[tabs] STRUCTURE"
    assert tabs.Structure.key == "structure"  # the key never changes with the language
