"""views/contacts.py: the Contacts tab — copying addresses, writing to them."""

from __future__ import annotations

from keys import CTRL, CTRL_SHIFT, copy_from, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomdesk.clipboard import clipboard_text


def test_contacts_copy_one_all_and_named(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    tab = window.tab("contacts")
    type_into(qtbot, tab, "cash")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert copy_from(qtbot, tab) == "cbisupport@iom.int"
    assert window.statusBar().currentMessage() == "Copied 1 address"
    assert copy_from(qtbot, tab, CTRL_SHIFT) == (
        '"Cash-Based Interventions (CBI) Unit" <cbisupport@iom.int>'
    )
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    tab.focus_results()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    copied = copy_from(qtbot, tab)
    rows = [tab.model.row_object(r) for r in range(tab.model.rowCount())]
    addresses = [c.email for c in rows if c.email]  # an office known by its telephone only
    assert copied.split(", ") == addresses
    assert "PRDCoreGroupHQ@iom.int" in copied and "hq@iom.int" in copied
    assert window.statusBar().currentMessage() == f"Copied {len(addresses)} addresses"


def test_copy_button_copies_selection(qtbot, window):
    tab = window.tab("contacts")
    type_into(qtbot, tab, "pcca")
    tab.focus_results()
    QApplication.clipboard().clear()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard_text() == "pcca@iom.int"


def test_double_click_without_mail_client_copies_instead(qtbot, window, mail_calls):
    tab = window.tab("contacts")
    type_into(qtbot, tab, "humanitarian operations")
    tab.focus_results()
    QApplication.clipboard().clear()
    index = tab.view.currentIndex()
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert mail_calls == ["mailto:humanitariancore@iom.int"]
    assert clipboard_text() == "humanitariancore@iom.int"
    assert window.statusBar().currentMessage() == (
        "No mail client answered; copied the address instead"
    )


def test_the_menu_key_opens_the_contact_actions_and_the_way_to_its_unit(qtbot, window):
    from keys import open_context_menu

    tab = window.tab("contacts")
    window.show_tab(tab)
    type_into(qtbot, tab, "cbi")
    tab.focus_results()
    menu = open_context_menu(qtbot, tab.view)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Copy e-mail",
        "Select all",
        'Copy as "Name <e-mail>"',
        "Write e-mail",
        "Copy row",
        "&Star or unstar",  # the window's commands on the row (Edit menu)
        "Copy &link",
        "Copy c&itation",
        "Copy citation as &Markdown",
        "Copy citation for &Wikipedia ({{cite web}})",
        "Go to its unit in Structure",
    ]
    assert all(a.shortcut().toString() for a in menu.actions()[:5])  # keys for each
    menu.actions()[-1].trigger()
    assert window.current_tab().key == "structure"
    unit = window.current_tab().object_at(window.current_tab().view.currentIndex())
    assert unit.id == tab.declared.rows()[0].unit_id or unit.acronym == "CBI"


def test_ctrl_enter_opens_the_mail_client_for_every_selected_address(qtbot, window):
    opened: list[str] = []
    window.open_mail = lambda url: opened.append(url) or True  # a mail client that answers
    tab = window.tab("contacts")
    window.show_tab(tab)
    type_into(qtbot, tab, "division")
    tab.focus_results()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, CTRL)
    addresses = [tab.model.row_object(r).email for r in range(tab.model.rowCount())]
    assert len(addresses) == 3
    assert opened == ["mailto:" + ",".join(addresses)]
    assert window.statusBar().currentMessage() == (
        f"Opened the mail client for {', '.join(addresses)}"
    )


def test_writing_with_nothing_selected_says_so(qtbot, window, mail_calls):
    tab = window.tab("contacts")
    type_into(qtbot, tab, "zzzz")
    tab.write_email()
    assert mail_calls == []
    assert window.statusBar().currentMessage() == "No e-mail address in the selection"


def test_ctrl_enter_on_the_keypad_writes_an_e_mail_too(qtbot, window, mail_calls):
    """Help says Ctrl+Enter: the keypad's Enter is a key of its own to Qt."""
    tab = window.tab("contacts")
    window.show_tab(tab)
    qtbot.keyClicks(tab.search, "pcca")
    tab.focus_results()
    qtbot.keyClick(tab.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert mail_calls and "pcca@iom.int" in mail_calls[-1]


def test_the_mail_link_encodes_any_address():
    """A plus stays, a space and an accent are encoded, and the link reads back as given."""
    from PySide6.QtCore import QUrl

    from iomdesk.views.mail import mailto_url

    addresses = ["jo+desk@iom.int", '"ana maría"@iom.int', "josé@iom.int"]
    url = mailto_url(addresses)
    assert url.startswith("mailto:jo+desk@iom.int,")
    assert " " not in url and "é" not in url and "%20" in url and "%C3%A9" in url
    assert QUrl(url).path() == ",".join(addresses)
    assert mailto_url(["hq@iom.int", "dhrr@iom.int"]) == "mailto:hq@iom.int,dhrr@iom.int"


def test_ctrl_c_on_an_office_known_by_its_telephone_copies_the_number(qtbot, window, store):
    office = next(c for c in store.contacts if c.country_id and c.phone and not c.email)
    tab = window.tab("contacts")
    window.show_tab(tab)
    assert tab.select_object(lambda c: c.id == office.id)
    tab.focus_results()
    assert copy_from(qtbot, tab) == office.phone
    assert window.statusBar().currentMessage() == "Copied 1 telephone number"


def test_a_unit_finds_its_own_address_and_those_under_it(qtbot, window):
    tab = window.tab("contacts")
    type_into(qtbot, tab, "DHRR")
    shown = [tab.model.row_object(r) for r in range(tab.model.rowCount())]
    assert shown[0].email == "dhrr@iom.int"  # its own address first
    assert {"cbisupport@iom.int", "PRDCoreGroupHQ@iom.int", "pcca@iom.int"} <= {
        c.email for c in shown
    }
    assert (
        tab.count_label.text()
        == f"{len(shown)} of 83 shown: 1 for DHRR and {len(shown) - 1} under it"
    )
    # A post's name and its acronyms find the addresses under its office.
    for typed in ("Deputy Director General for Operations", "ddg operations"):
        tab.search.clear()
        type_into(qtbot, tab, typed)
        assert tab.model.rowCount() == len(shown), typed
        assert tab.count_label.text().endswith(
            "shown, all under Deputy Director General for Operations"
        )
    tab.search.clear()
    type_into(qtbot, tab, "cbisupport")  # no unit named: the plain count
    assert tab.count_label.text() == "1 of 83 shown"
