"""Search everywhere (Ctrl+K) and questions by year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from iomdesk import everywhere

CTRL = Qt.KeyboardModifier.ControlModifier


def find(window, text):
    return everywhere.find(window.everywhere_sections(), text)


def test_pope_lists_the_person_before_the_election(window):
    groups = find(window, "pope")
    assert [g.tab for g in groups][:2] == ["leadership", "elections"]
    assert groups[0].hits[0].title == "Amy Pope"
    assert groups[0].count == 4  # her two posts, and two deputies whose notes name her


def test_exact_acronyms_come_first(window):
    groups = find(window, "prd")
    assert [g.tab for g in groups] == ["structure", "contacts"]
    assert groups[0].hits[0].obj.id == "prd"
    assert groups[1].hits[0].obj.email == "PRDCoreGroupHQ@iom.int"
    assert groups[0].hits[0].score == everywhere.EXACT_ACRONYM
    cbi = find(window, "CBI")
    assert cbi[0].hits[0].obj.id == "cbi"


def test_whole_words_before_starts_before_insides():
    from iomdesk import search

    hay = search.haystack(["Humanitarian Operations Division", "humanitariancore@iom.int"])
    assert everywhere.score(hay, ["division"], ()) == everywhere.WHOLE_WORD
    assert everywhere.score(hay, ["opera"], ()) == everywhere.WORD_START
    assert everywhere.score(hay, ["manitarian"], ()) == everywhere.INSIDE


def test_a_year_finds_who_was_in_office_by_term_not_text(window):
    groups = find(window, "1975")
    leaders = next(g for g in groups if g.tab == "leadership")
    assert [h.title for h in leaders.hits] == ["John F. Thomas"]  # term 1969-1979
    assert all(g.tab in ("leadership", "elections") for g in groups)


def test_a_range_finds_terms_and_elections_held_in_it(window):
    groups = {g.tab: g for g in find(window, "1990-2000")}
    assert {h.title for h in groups["leadership"].hits} == {
        "James N. Purcell Jr.",
        "Brunson McKinley",
        "Ndioro Ndiaye",
        "Narcisa Escaler",  # 1994–1999, a lead only: years still select her
    }
    years = {h.obj.date[:4] for h in groups["elections"].hits}
    assert years <= {str(y) for y in range(1990, 2001)} and "1993" in years


def test_each_tab_understands_years_too(qtbot, window):
    qtbot.keyClicks(window.leadership.search, "1975")
    model = window.leadership.model
    assert [model.row_object(r).person.name for r in range(model.rowCount())] == ["John F. Thomas"]
    window.show_tab(window.elections)
    qtbot.keyClicks(window.elections.search, "2018")
    assert window.elections.model.row_object(0).id == "dg-2018"
    assert window.elections.model.rowCount() == 1
    window.show_tab(window.contacts)
    qtbot.keyClicks(window.contacts.search, "9111")  # not a year: the telephone number
    assert window.contacts.model.row_object(0).email == "hq@iom.int"


def open_box(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window._everywhere
    assert box is not None and box.isVisible() and box.input.hasFocus()
    return box


def test_keyboard_only_from_opening_to_landing(qtbot, window):
    box = open_box(qtbot, window)
    qtbot.keyClicks(box.input, "peace recovery")
    assert box.current_hit().obj.id == "prd"
    qtbot.keyClick(box.input, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert window.tabs.currentWidget() is window.structure
    index = window.structure.view.currentIndex()
    assert window.structure.unit_at(index).id == "prd"
    assert "PRDCoreGroupHQ@iom.int" in window.structure.details.toPlainText()


def test_enter_lands_on_the_right_item_in_every_tab(qtbot, window):
    cases = [
        (
            "haveman",
            "leadership",
            lambda tab: (
                tab.model.row_object(tab.view.currentIndex().row()).person.name
                == "Bastiaan Haveman"
            ),
        ),
        (
            "isaacs",
            "elections",
            lambda tab: tab.model.row_object(tab.view.currentIndex().row()).id == "dg-2018",
        ),
        ("cash", "structure", lambda tab: tab.unit_at(tab.view.currentIndex()).id == "cbi"),
        (
            "publications",
            "contacts",
            lambda tab: (
                tab.model.row_object(tab.view.currentIndex().row()).email == "publications@iom.int"
            ),
        ),
    ]
    for query, tab_name, landed in cases:
        box = open_box(qtbot, window)
        box.input.setText(query)
        for _ in range(box.results.count()):  # Down at most once per result: never forever
            if box.current_hit() is None or box.current_hit().tab == tab_name:
                break
            qtbot.keyClick(box.input, Qt.Key.Key_Down)
        assert box.current_hit().tab == tab_name, query
        qtbot.keyClick(box.input, Qt.Key.Key_Return)
        tab = window.tabs.currentWidget()
        assert tab.key == tab_name, query
        assert landed(tab), query


def test_up_down_skip_group_headers_and_esc_closes(qtbot, window):
    box = open_box(qtbot, window)
    qtbot.keyClicks(box.input, "geneva")
    first = box.current_hit()
    qtbot.keyClick(box.input, Qt.Key.Key_Down)
    second = box.current_hit()
    assert second is not None and second is not first
    qtbot.keyClick(box.input, Qt.Key.Key_Up)
    assert box.current_hit() is first
    qtbot.keyClick(box.input, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_ctrl_c_on_a_contact_copies_its_address_and_stays_open(qtbot, window):
    box = open_box(qtbot, window)
    qtbot.keyClicks(box.input, "dhrr@")
    assert box.current_hit().tab == "contacts"
    QApplication.clipboard().clear()
    qtbot.keyClick(box.input, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "dhrr@iom.int"
    assert box.isVisible()
    assert window.statusBar().currentMessage() == "Copied dhrr@iom.int"
    box.close()


def test_hostile_text_in_the_box(qtbot, window):
    box = open_box(qtbot, window)
    for text in ("x" * 10_000, "🙂\x00.*[", "'; DROP", "2018-1990", "0000", ""):
        box.input.setText(text)
    assert box.results.count() == 0
    box.close()


def test_large_tabs_wait_for_a_third_letter_small_ones_do_not():
    from iomdesk import search

    big = search.Index([f"contact {n} maria" for n in range(everywhere.LARGE_SECTION + 1)])
    small = search.Index(["maria pope"])
    sections = [
        everywhere.Section("contacts", big, lambda p: p, str, str),
        everywhere.Section("leadership", small, lambda p: p, str, str),
    ]
    assert [g.tab for g in everywhere.find(sections, "ma")] == ["leadership"]
    assert {g.tab for g in everywhere.find(sections, "mar")} == {"contacts", "leadership"}
    found = everywhere.find(sections, "mar")
    assert next(g for g in found if g.tab == "contacts").count == everywhere.LARGE_SECTION + 1


def test_milestones_dated_in_a_year_are_found_and_shown(qtbot, window):
    groups = {g.tab: g for g in find(window, "1989")}
    assert [h.title for h in groups["milestones"].hits] == ["Organisation becomes IOM"]
    hit = groups["milestones"].hits[0]
    window.navigation.go_to(hit)
    page = window.result_page
    assert page.isVisible() and page.windowTitle() == "Organisation becomes IOM"
    text = page.findChild(QTextBrowser).toPlainText()
    assert "14 Nov 1989" in text and "Sources" in text
    page.close()


def test_results_stay_right_after_a_tab_is_sorted(qtbot, window):
    box = open_box(qtbot, window)
    box.input.setText("haveman")
    window.leadership.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    box.input.setText("havema")
    assert box.current_hit().title == "Bastiaan Haveman"
    box.close()


def test_dated_figures_answer_a_year_and_show_their_sources(qtbot, window):
    groups = {g.tab: g for g in find(window, "2018")}
    titles = [h.title for h in groups["figures"].hits]
    assert "172 member states" in titles and "about 10,000 staff" in titles
    hit = next(h for h in groups["figures"].hits if h.title == "172 member states")
    window.navigation.go_to(hit)
    text = window.result_page.findChild(QTextBrowser).toPlainText()
    assert "Jun 2018" in text and "seed003" in text
    window.result_page.close()
