"""iomdesk/tabs.py (no Qt): the tabs by a stable key, and their titles."""

from __future__ import annotations

import pytest

from iomdesk import i18n, tabs
from iomdesk.tabs import Tab


@pytest.fixture
def translator():
    """Plug a translator in for one test; English again afterwards."""
    yield i18n.set_translator
    i18n.set_translator(lambda context, text: text)


def test_tabs_in_the_window_order_with_stable_keys():
    assert list(Tab) == [Tab.LEADERSHIP, Tab.ELECTIONS, Tab.STRUCTURE, Tab.CONTACTS, Tab.HISTORY]
    keys = ["leadership", "elections", "structure", "contacts", "history"]
    assert [tab.value for tab in Tab] == keys
    assert Tab("contacts") is Tab.CONTACTS  # settings and file names store the key


def test_titles_in_english():
    titles = ["Leadership", "Elections", "Structure", "Contacts", "History"]
    assert [tabs.title(tab) for tab in Tab] == titles


def test_titles_follow_the_interface_language(translator):
    translator(lambda context, text: f"[{context}] {text.upper()}")
    assert tabs.title(Tab.STRUCTURE) == "[tabs] STRUCTURE"
    assert Tab.STRUCTURE.value == "structure"  # the key never changes with the language
