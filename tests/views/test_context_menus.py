"""Right-click and Shift+F10 everywhere, the Edit menu, and the details on paper (Ctrl+P, PDF)."""

from __future__ import annotations

import pytest
from keys import open_context_menu, type_into
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from iomdesk.clipboard import clipboard_text
from iomdesk.views import navigation
from iomdesk.views.picture import PictureWidget


def texts(menu: QMenu) -> list[str]:
    return [a.text().partition("\t")[0] for a in menu.actions() if not a.isSeparator()]


@pytest.mark.parametrize(
    "key, first", [("leadership", "Copy"), ("structure", "Copy path"), ("contacts", "Copy e-mail")]
)
def test_every_list_has_a_context_menu_from_the_keyboard(qtbot, window, key, first):
    tab = window.tab(key)
    window.show_tab(tab)
    tab.focus_results()
    menu = open_context_menu(qtbot, tab.view)
    assert texts(menu)[:2] == [first, "Select all"]
    menu.close()


def test_a_leader_s_menu_goes_to_the_election_that_chose_them(qtbot, window):
    tab = window.tab("leadership")
    type_into(qtbot, tab, "pope")
    tab.focus_results()
    menu = open_context_menu(qtbot, tab.view)
    going = next(a for a in menu.actions() if a.text() == "Go to the election")
    going.trigger()
    election = window.current_tab().object_at(window.current_tab().view.currentIndex())
    assert window.current_tab().key == "elections" and election.id == "dg-2023"


def anchor_point(details, prefix: str) -> QPoint:
    """Where in the details pane the first link whose address starts so is drawn."""
    document = details.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref().startswith(prefix):
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                details.setTextCursor(cursor)
                details.ensureCursorVisible()
                return details.cursorRect(cursor).center()
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {prefix}")


def test_right_click_on_a_source_opens_or_copies_it_and_offers_print(qtbot, window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(navigation, "open_url", lambda url: opened.append(url) or False)
    window.navigation.follow("election:dg-2023")
    details = window.tab("elections").details
    where = anchor_point(details, "https://")
    viewport = details.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    shown = texts(menu)
    assert "Open source in the browser" in shown
    assert any("Copy Link Location" in text.replace("&", "") for text in shown)  # Qt's own
    assert {"&Print details…", "Export &details as PDF…"} <= set(shown)
    next(a for a in menu.actions() if a.text() == "Open source in the browser").trigger()
    menu.close()
    assert opened and clipboard_text() == opened[0]  # no browser: the address copied


def test_pictures_offer_export_and_hiding(qtbot, window):
    window.ensure_tabs()  # built after the first paint, each with its menus
    pictures = window.findChildren(PictureWidget)
    assert len(pictures) >= 3
    for picture in pictures:
        assert picture.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        names = [a.text() for a in picture.actions()]
        assert names == ["&Export picture…", "Show &timelines and map"]
        assert all(a.shortcut().toString() for a in picture.actions())  # keys for each


def test_the_edit_menu_copies_and_selects_where_the_focus_is(qtbot, window):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    copy, select_all = edit.actions()[:2]
    assert copy.text() == "&Copy\tCtrl+C" and select_all.text() == "Select &all\tCtrl+A"
    tab = window.tab("contacts")
    window.show_tab(tab)
    type_into(qtbot, tab, "cbi")
    tab.focus_results()
    copy.trigger()
    assert clipboard_text() == tab.copy_text_of(tab.object_at(tab.view.currentIndex()))
    tab.details.setFocus()
    select_all.trigger()
    assert tab.details.textCursor().selectedText().startswith(tab.details.toPlainText()[:20])
    copy.trigger()
    assert clipboard_text().startswith(tab.details.toPlainText()[:20])


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_export_details_as_pdf_writes_the_page_with_its_sources(qtbot, window, tmp_path):
    window.navigation.follow("election:dg-2023")
    target = tmp_path / "election.pdf"
    assert window.exporting.details_pdf(str(target))
    text = " ".join(pdf_text(target).split())
    assert "Director General election, 15 May 2023" in text
    assert "Sources" in text and "https://" in text
    assert "copy" not in text.split()  # the pane's copy links are not for paper
    assert window.statusBar().currentMessage() == f"Saved the details to {target}"


def test_ctrl_p_prints_through_qt_s_print_support(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window.navigation.follow("unit:dhrr")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.exporting.print_details(printer)
    text = " ".join(pdf_text(tmp_path / "printed.pdf").split())
    assert "Department of Humanitarian Response and Recovery" in text


def test_ctrl_p_opens_the_print_dialog(qtbot, window):
    from modal import when_modal

    seen: list[str] = []
    when_modal(lambda dialog: seen.append(dialog.windowTitle()))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Print details"]


def test_a_row_s_link_and_citation_are_copied_by_key_menu_and_context_menu(qtbot, window):
    tab = window.tab("structure")
    window.show_tab(tab)
    window.navigation.follow("iomdesk:unit/dhrr")
    tab.view.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert clipboard_text() == "iomdesk:unit/dhrr"
    assert window.statusBar().currentMessage() == "Copied iomdesk:unit/dhrr"
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    plain = clipboard_text()
    assert plain.startswith("Department of Humanitarian Response and Recovery (DHRR): department,")
    assert "Source" in plain and "https://" in plain
    assert "Copied the citation of" in window.statusBar().currentMessage()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    labels = texts(edit)
    assert labels[:7] == [
        "&Copy",
        "Select &all",
        "&Star or unstar",
        "Copy &link",
        "Copy c&itation",
        "Copy citation as &Markdown",
        "Copy citation for &Wikipedia ({{cite web}})",
    ]
    window.actions_by_name["copy_citation_wikipedia"].trigger()
    assert (
        "{{cite web |title=" in clipboard_text()
        and "|url=" in clipboard_text()
        and "access-date" not in clipboard_text()  # the data's check has no day (2026-11)
    )
    window.actions_by_name["copy_citation_markdown"].trigger()
    assert "](https://" in clipboard_text()
    menu = open_context_menu(qtbot, tab.view)
    assert {"Copy link", "Copy citation", "Copy citation as Markdown"} <= {
        t.replace("&", "") for t in texts(menu)
    }
    menu.close()


def test_no_current_row_means_nothing_is_copied_and_the_status_line_says_so(qtbot, window):
    tab = window.tab("contacts")
    window.show_tab(tab)
    type_into(qtbot, tab, "zzzznothing")
    QApplication.clipboard().setText("kept")
    window.actions_by_name["copy_citation"].trigger()
    window.actions_by_name["copy_link"].trigger()
    assert clipboard_text() == "kept"
    assert window.statusBar().currentMessage() == "Nothing selected to copy"
