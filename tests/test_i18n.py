"""iomdesk/i18n.py (no Qt): translate() answers through whatever translator is plugged in."""

from __future__ import annotations

import pytest

from iomdesk import i18n


@pytest.fixture
def translator():
    """Plug a translator in for one test; English again afterwards."""
    yield i18n.set_translator
    i18n.set_translator(lambda context, text: text)


def test_without_a_translator_text_stays_as_written():
    assert i18n.translate("window", "&File") == "&File"
    assert i18n.translate("records", "{count} + acclamation") == "{count} + acclamation"


def test_a_translator_plugged_in_answers_with_the_context(translator):
    table = {("window", "&File"): "&Fichier", ("tabs", "Contacts"): "Contacts (fr)"}
    translator(lambda context, text: table.get((context, text), text))
    assert i18n.translate("window", "&File") == "&Fichier"
    assert i18n.translate("tabs", "Contacts") == "Contacts (fr)"
    assert i18n.translate("tabs", "&File") == "&File"  # the same text in another context
    assert i18n.translate("window", "Not in the table") == "Not in the table"


def test_noop_marks_a_string_and_translate_translates_it_where_it_shows(translator):
    marked = i18n.QT_TRANSLATE_NOOP("tabs", "Milestones")
    translator(lambda context, text: text.upper())
    assert marked == "Milestones"  # marked when defined, in English
    assert i18n.QT_TRANSLATE_NOOP("tabs", "Figures") == "Figures"
    assert i18n.translate("tabs", marked) == "MILESTONES"
