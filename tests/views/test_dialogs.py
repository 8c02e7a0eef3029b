"""views/dialogs.py: a page of text in its own window (Help's shortcuts, About, a milestone)."""

from __future__ import annotations

import shiboken6
from modal import when_modal
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QWidget

from iomdesk.views.dialogs import show_page

HTML = (
    "<h3>Organisation becomes IOM</h3><p>14 Nov 1989</p>"
    "<p><a href='https://www.iom.int'>www.iom.int</a></p>"
)


def parent_window(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    return parent


def test_a_page_beside_the_window_shows_its_title_and_text_and_closes_for_good(qtbot):
    parent = parent_window(qtbot)
    page = show_page(parent, "Organisation becomes IOM", HTML, 560, 360, modal=False)
    assert page.isVisible() and not page.isModal()
    assert page.windowTitle() == "Organisation becomes IOM"
    browser = page.findChild(QTextBrowser)
    assert "14 Nov 1989" in browser.toPlainText()
    assert browser.accessibleName() == "Organisation becomes IOM"  # screen readers name it
    assert browser.openExternalLinks()  # its web links open in the browser
    gone: list[bool] = []
    page.destroyed.connect(lambda: gone.append(True))
    page.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not page.isVisible()
    qtbot.waitUntil(lambda: gone == [True])  # closed pages do not pile up


def test_a_modal_page_waits_until_it_is_closed(qtbot):
    parent = parent_window(qtbot)
    seen: list[tuple[str, str]] = []

    when_modal(
        lambda page: seen.append((page.windowTitle(), page.findChild(QTextBrowser).toPlainText()))
    )
    page = show_page(parent, "About iomdesk", HTML, 720, 640)
    assert len(seen) == 1  # it was shown, and read, before show_page returned
    assert seen[0][0] == "About iomdesk" and "Organisation becomes IOM" in seen[0][1]
    assert not shiboken6.isValid(page)  # closed pages do not pile up
