"""views/navigation.py: following a details pane's links, and going to search results."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from iomdesk import everywhere
from iomdesk.clipboard import clipboard_text
from iomdesk.views import navigation


def find(window, text):
    return everywhere.find(window.everywhere_sections(), text)


def test_leader_details_link_to_their_election(qtbot, window):
    window.navigation.follow("election:dg-2018")
    assert window.tabs.currentWidget() is window.tab("elections")
    current = window.tab("elections").view.currentIndex()
    assert window.tab("elections").model.row_object(current.row()).id == "dg-2018"


def test_a_milestone_found_everywhere_is_shown_in_the_history_tab(qtbot, window):
    groups = {g.tab: g for g in find(window, "1989")}
    hit = groups["history"].hits[0]
    assert hit.title == "Organisation becomes IOM"
    window.navigation.go_to(hit)
    history = window.tab("history")
    assert window.tabs.currentWidget() is history
    assert history.object_at(history.view.currentIndex()) is hit.obj
    text = history.details.toPlainText()
    assert "14 Nov 1989" in text and "Sources" in text


def test_a_figure_found_everywhere_is_selected_even_behind_a_search(qtbot, window):
    qtbot.keyClicks(window.tab("history").search, "council")
    groups = {g.tab: g for g in find(window, "2018")}
    titles = [h.title for h in groups["history"].hits]
    assert "Member states: 172" in titles and "Staff: about 10,000" in titles
    hit = next(h for h in groups["history"].hits if h.title == "Member states: 172")
    window.navigation.go_to(hit)
    history = window.tab("history")
    assert history.search.text() == ""  # the search hid it: cleared
    assert history.object_at(history.view.currentIndex()) is hit.obj
    text = history.details.toPlainText()
    assert "Jun 2018" in text and "seed003" in text and "Sources disagree" in text


def test_a_unit_link_shows_the_unit_even_when_a_search_hides_it(qtbot, window):
    structure = window.tab("structure")
    qtbot.keyClicks(structure.search, "dakar")
    window.navigation.follow("unit:prd")
    assert window.tabs.currentWidget() is structure
    assert structure.search.text() == ""
    assert structure.unit_at(structure.view.currentIndex()).id == "prd"
    assert "Peace and Recovery Division" in structure.details.toPlainText()


def test_an_election_link_clears_a_search_that_hides_it(qtbot, window):
    qtbot.keyClicks(window.tab("elections").search, "1993")
    window.navigation.follow("election:dg-2018")
    current = window.tab("elections").view.currentIndex()
    assert window.tab("elections").model.row_object(current.row()).id == "dg-2018"


def test_a_copy_link_copies_and_says_so(window):
    QApplication.clipboard().clear()
    window.navigation.follow("copy:cbisupport@iom.int")
    assert clipboard_text() == "cbisupport@iom.int"
    assert window.statusBar().currentMessage() == "Copied cbisupport@iom.int"


def test_a_mail_link_writes_to_every_address_it_names(window, mail_calls):
    QApplication.clipboard().clear()
    window.navigation.follow("mailto:dhrr@iom.int,pcca@iom.int")
    assert mail_calls == ["mailto:dhrr@iom.int,pcca@iom.int"]
    assert clipboard_text() == "dhrr@iom.int, pcca@iom.int"  # no mail client: copied
    assert window.statusBar().currentMessage() == (
        "No mail client answered; copied the addresses instead"
    )


def test_a_source_no_browser_opens_is_copied_instead(qtbot, window, monkeypatch):
    """Offline, or with no browser: the address goes on the clipboard, as mail does."""
    opened: list[str] = []
    monkeypatch.setattr(navigation, "open_url", lambda url: opened.append(url) or False)
    QApplication.clipboard().clear()
    window.navigation.follow("https://www.iom.int/about-iom")
    assert opened == ["https://www.iom.int/about-iom"]
    assert clipboard_text() == "https://www.iom.int/about-iom"
    assert window.statusBar().currentMessage() == (
        "No browser answered; copied the address instead: https://www.iom.int/about-iom"
    )


def test_links_the_app_does_not_follow_change_nothing(window, mail_calls, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(navigation, "open_url", lambda url: opened.append(url) or True)
    tab = window.tabs.currentWidget()
    window.statusBar().showMessage("before")
    for url in ("ftp://odd", "javascript:alert(1)", "file:///etc/passwd", "web:x", ""):
        window.navigation.follow(url)
    assert window.tabs.currentWidget() is tab
    assert window.statusBar().currentMessage() == "before"
    assert opened == [] and mail_calls == []


def test_copying_a_result_copies_what_its_tab_copies(window):
    leaders = next(g for g in find(window, "vitorino") if g.tab == "leadership")
    window.navigation.copy_hit(leaders.hits[0])
    assert clipboard_text().startswith("António Vitorino\tDirector General\tPortugal")
    contacts = next(g for g in find(window, "cbisupport") if g.tab == "contacts")
    window.navigation.copy_hit(contacts.hits[0])
    assert clipboard_text() == "cbisupport@iom.int"
    assert window.statusBar().currentMessage() == "Copied cbisupport@iom.int"


def test_going_to_a_unit_result_shows_it_in_structure(window):
    units = next(g for g in find(window, "cash") if g.tab == "structure")
    window.navigation.go_to(units.hits[0])
    assert window.tabs.currentWidget() is window.tab("structure")
    assert (
        window.tab("structure").unit_at(window.tab("structure").view.currentIndex())
        is units.hits[0].obj
    )


def test_a_contacts_unit_is_a_link_that_goes_to_it_in_structure(qtbot, window):
    """The contact's details name its unit as a link; clicking it shows the unit."""
    import re

    tab = window.tab("contacts")
    window.show_tab(tab)
    qtbot.keyClicks(tab.search, "dhrr@")
    tab.focus_results()
    html = tab.details.toHtml()
    href = re.search(r'href="(iomdesk:unit/[^"]+)"', html)
    assert href and href.group(1) == "iomdesk:unit/dhrr"
    tab.details.anchorClicked.emit(QUrl(href.group(1)))  # what a click on it does
    assert window.tabs.currentWidget() is window.tab("structure")
    index = window.tab("structure").view.currentIndex()
    assert window.tab("structure").unit_at(index).id == "dhrr"


def test_a_source_in_about_that_no_browser_opens_is_copied_too(qtbot, window, monkeypatch):
    from modal import when_modal
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QTextBrowser

    monkeypatch.setattr(navigation, "open_url", lambda url: False)
    QApplication.clipboard().clear()
    clicked: list[str] = []

    def click_first_source(page):
        browser = page.findChild(QTextBrowser)
        assert not browser.openExternalLinks()  # the window decides what a click does
        html = browser.toHtml()
        address = html[html.index('href="https://') + 6 :].split('"')[0]
        clicked.append(address)
        browser.anchorClicked.emit(QUrl(address))

    when_modal(click_first_source)
    window.show_about()
    assert clicked and clipboard_text() == clicked[0]
    assert window.statusBar().currentMessage().startswith("No browser answered")


def test_back_and_forward_retrace_the_links_followed(qtbot, window):
    """Contact -> its unit -> a country it covers; Alt+Left twice comes home, Alt+Right goes
    again; the mouse's back button does what Alt+Left does."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    back = window.actions_by_name["go_back"]
    assert not back.isEnabled()
    contacts = window.tab("contacts")
    window.show_tab(contacts)
    contacts.select_id(contacts.declared.row_id(contacts.declared.rows()[0]))
    start = window.navigation.here(contacts)
    window.navigation.follow("unit:dhrr")
    assert window.current_tab().key == "structure"
    window.navigation.follow("unit:prd")
    assert window.navigation.here(window.current_tab()).row.id == "prd"
    assert back.isEnabled()
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigation.here(window.current_tab()).row.id == "dhrr"
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab() is contacts and window.navigation.here(contacts) == start
    assert not back.isEnabled() and window.actions_by_name["go_forward"].isEnabled()
    qtbot.keyClick(contacts.details, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.navigation.here(window.current_tab()).row.id == "dhrr"
    viewport = window.current_tab().view.viewport()
    press = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        viewport.mapToGlobal(QPointF(5, 5)),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, press)
    assert window.current_tab() is contacts and window.navigation.here(contacts) == start


def test_each_window_has_its_own_trail(qtbot, window, new_window):
    other = new_window()
    window.navigation.follow("unit:dhrr")
    assert window.actions_by_name["go_back"].isEnabled()
    assert not other.actions_by_name["go_back"].isEnabled()
    assert other.navigation.back() is False  # nothing behind: nothing moves


def test_the_mouse_s_back_button_over_the_details_goes_back_too(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    window.navigation.follow("unit:dhrr")
    details = window.current_tab().details
    viewport = details.viewport()
    press = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        viewport.mapToGlobal(QPointF(5, 5)),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, press)
    assert window.current_tab().key == "leadership"


def test_a_person_s_address_shows_their_latest_post(qtbot, window):
    window.navigation.follow("iomdesk:person/pope")  # deputy from 2021, then Director General
    leadership = window.tab("leadership")
    assert window.tabs.currentWidget() is leadership
    assert leadership.object_at(leadership.view.currentIndex()).tenure.id == "pope-dg"


def test_a_milestone_s_address_shows_it_in_history(qtbot, window):
    window.navigation.follow("iomdesk:event/1951-12-05-brussels")
    history = window.tab("history")
    assert window.tabs.currentWidget() is history
    assert history.declared.row_id(history.object_at(history.view.currentIndex())) == (
        "events:1951-12-05-brussels"
    )


def test_an_address_no_row_has_is_said_and_the_reader_stays(qtbot, window):
    window.ensure_tabs()
    before = window.tabs.currentWidget(), window.navigation.behind[:]
    for address in ("iomdesk:unit/nope", "iomdesk:person/nobody", "iomdesk:event/nope"):
        window.navigation.follow(address)
        said = window.statusBar().currentMessage()
        assert said == f"No row of this data has the address {address}."
        assert (window.tabs.currentWidget(), window.navigation.behind) == before
