"""views/everywhere.py: the search-everywhere box (Ctrl+K), driven from the keyboard.

(Named test_everywhere_box.py: tests/test_everywhere.py tests iomdesk/everywhere.py, and the
default import mode wants test files' names to differ.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

CTRL = Qt.KeyboardModifier.ControlModifier


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
    assert window.tabs.currentWidget() is window.tab("structure")
    index = window.tab("structure").view.currentIndex()
    assert window.tab("structure").unit_at(index).id == "prd"
    assert "PRDCoreGroupHQ@iom.int" in window.tab("structure").details.toPlainText()


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


def test_results_stay_right_after_a_tab_is_sorted(qtbot, window):
    box = open_box(qtbot, window)
    box.input.setText("haveman")
    window.tab("leadership").view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    box.input.setText("havema")
    assert box.current_hit().title == "Bastiaan Haveman"
    box.close()


def test_results_come_under_their_tabs_heading_and_headings_cannot_be_chosen(qtbot, window):
    box = open_box(qtbot, window)
    box.input.setText("prd")
    first = box.results.item(0)
    assert first.text().startswith("Structure (")
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert box.current_hit() is not None and box.current_hit().tab == "structure"
    box.input.setText("zzzzqq")
    assert box.results.count() == 0
    assert box.hint.text() == "No matches for 'zzzzqq'"
    box.close()


class _SingleClickStyle(QProxyStyle):
    """Desktops (KDE's default) where one click activates an item."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_one_click_on_a_result_is_one_action(qtbot, window):
    box = open_box(qtbot, window)
    box.results.setStyle(_SingleClickStyle())
    chosen: list = []
    box.chosen.connect(chosen.append)
    window.navigation.go_to = lambda hit: None  # count the choices only
    box.input.setText("1989")  # a milestone: each choice would open a page
    row = next(r for r in range(box.results.count()) if box._hit(r) is not None)
    rect = box.results.visualItemRect(box.results.item(row))
    qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(chosen) == 1 and not box.isVisible()


@pytest.mark.parametrize(
    ("typed", "tab"),
    [
        ("dhrr", "structure"),  # the unit's path, not its name
        ("dhrr@", "contacts"),  # the address
        ("lebanon beirut", "contacts"),  # an office with a telephone only: the telephone
        ("amy pope", "leadership"),  # the row as the table shows it
        ("un system", "history"),
        ("2023 election", "elections"),
        ("kuwait", "countries"),
    ],
)
def test_ctrl_c_on_a_result_copies_what_ctrl_c_copies_in_its_tab(qtbot, window, typed, tab):
    box = open_box(qtbot, window)
    qtbot.keyClicks(box.input, typed)
    hit = box.current_hit()
    assert hit.tab == tab, typed
    QApplication.clipboard().clear()
    qtbot.keyClick(box.input, Qt.Key.Key_C, CTRL)
    from_box = QApplication.clipboard().text()
    qtbot.keyClick(box.input, Qt.Key.Key_Return)  # to the same row, in its tab
    shown = window.tab(tab)
    assert shown.declared.row_id(
        shown.object_at(shown.view.currentIndex())
    ) == shown.declared.row_id(hit.obj)
    QApplication.clipboard().clear()
    qtbot.keyClick(shown.view, Qt.Key.Key_C, CTRL)
    assert from_box and QApplication.clipboard().text() == from_box, typed


def test_ctrl_c_on_a_star_no_longer_in_the_data_copies_its_address(qtbot, window, tmp_path):
    stars = tmp_path / "stars.txt"
    stars.write_text("iomdesk:unit/no-such-unit\n", encoding="utf-8")
    window.starring.import_(str(stars))
    box = window.open_everywhere()
    gone = next(
        row for row in range(box.results.count()) if "no-such-unit" in box.results.item(row).text()
    )
    box.results.setCurrentRow(gone)
    QApplication.clipboard().clear()
    qtbot.keyClick(box.input, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "iomdesk:unit/no-such-unit"
    box.close()


def test_a_stars_file_saved_with_a_bom_keeps_its_first_star(qtbot, window, tmp_path):
    stars = tmp_path / "stars.txt"
    stars.write_bytes("iomdesk:unit/dhrr\r\niomdesk:unit/prd\r\n".encode("utf-8-sig"))
    assert window.starring.import_(str(stars)) == 2
    assert "lines not read" not in window.statusBar().currentMessage()
