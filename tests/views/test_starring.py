"""views/starring.py: Ctrl+D, each tab's Starred filter, Ctrl+K's Starred and Recently viewed
groups, and the stars exported and imported, driven from the real window."""

from __future__ import annotations

from keys import type_into
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from iomdesk.views.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def star(qtbot, window, address: str) -> None:
    """Go to the row, then Ctrl+D on its list, as a reader does."""
    window.navigation.follow(address)
    tab = window.current_tab()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)


def shown_ids(tab) -> list[str]:
    declared = tab.declared
    if tab.key == "structure":
        return [u.id for u in tab.model.matched_units()]
    return [declared.row_id(tab.model.row_object(r)) for r in range(tab.model.rowCount())]


def test_ctrl_d_stars_a_row_its_heading_shows_it_and_the_next_start_keeps_it(qtbot, window, store):
    star(qtbot, window, "iomdesk:unit/dhrr")
    structure = window.tab("structure")
    assert window.statusBar().currentMessage().startswith("Starred Department of Humanitarian")
    assert structure.details.toPlainText().startswith("★ Department of Humanitarian")
    assert QSettings().value("marks/starred") == "iomdesk:unit/dhrr"
    again = MainWindow(store, open_mail=lambda url: False)  # the next start
    qtbot.addWidget(again)
    assert again.starring.marks.starred == ["iomdesk:unit/dhrr"]
    qtbot.keyClick(structure.view, Qt.Key.Key_D, CTRL)  # and once more: no longer
    assert window.statusBar().currentMessage().startswith("Unstarred")
    assert not structure.details.toPlainText().startswith("★")
    assert window.starring.marks.starred == []


def test_the_starred_filter_shows_only_starred_rows_and_searches_within_them(qtbot, window):
    star(qtbot, window, "iomdesk:contact/dhrr-email")
    star(qtbot, window, "iomdesk:contact/pcca-email")
    contacts = window.tab("contacts")
    window.show_tab(contacts)
    qtbot.keyClick(contacts.view, Qt.Key.Key_D, CTRL_SHIFT)
    assert contacts.starred_button.isChecked()
    assert sorted(shown_ids(contacts)) == ["dhrr-email", "pcca-email"]
    assert contacts.count_label.text() == f"2 of {len(window.store.contacts)} shown"
    type_into(qtbot, contacts, "pcca")
    assert shown_ids(contacts) == ["pcca-email"]
    contacts.search.clear()
    contacts.view.setFocus()
    window.navigation.follow("iomdesk:contact/pcca-email")
    qtbot.keyClick(contacts.view, Qt.Key.Key_D, CTRL)  # unstarred: it leaves the list
    assert shown_ids(contacts) == ["dhrr-email"]
    contacts.starred_button.click()  # off: every row again
    assert len(shown_ids(contacts)) == len(window.store.contacts)


def test_the_starred_filter_in_structure_keeps_the_units_above_for_context(qtbot, window):
    star(qtbot, window, "iomdesk:unit/prd")
    structure = window.tab("structure")
    structure.starred_button.click()
    assert shown_ids(structure) == ["prd"]
    assert structure.count_line(1, 84).startswith("1 match (")
    assert structure.unit_at(structure.view.currentIndex()).id == "prd"


def test_a_tab_with_no_starred_row_says_how_to_star_one(qtbot, window):
    elections = window.tab("elections")
    window.show_tab(elections)
    elections.starred_button.click()
    assert elections.empty_state.isVisibleTo(window)
    assert "Ctrl+D stars the current row" in elections.empty_label.text()


def box_lines(qtbot, window, text: str = "") -> list[str]:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window._everywhere
    box.input.setText(text)
    lines = [box.results.item(i).text().strip() for i in range(box.results.count())]
    box.close()
    return lines


def test_ctrl_k_lists_the_starred_then_the_recently_viewed_with_nothing_typed(qtbot, window):
    window.starring._dwell.setInterval(10)
    star(qtbot, window, "iomdesk:election/dg-2023")
    window.navigation.follow("iomdesk:unit/prd")
    qtbot.wait(100)  # looked at, not passed over
    lines = box_lines(qtbot, window)
    assert lines[0] == "Starred (1)"
    assert lines[1].startswith("Director General election, 15 May 2023")
    recent = lines.index(next(line for line in lines if line.startswith("Recently viewed")))
    assert lines[recent + 1].startswith("Peace and Recovery Division")
    typed = box_lines(qtbot, window, "2023")
    assert typed[0] == "Starred (1)" and not any(t.startswith("Recently") for t in typed)


def test_a_star_the_data_no_longer_has_is_listed_so_and_kept(qtbot, window, tmp_path):
    window.starring.marks.starred = ["iomdesk:unit/gone-unit", "iomdesk:unit/prd"]
    lines = box_lines(qtbot, window)
    assert lines[:3][0] == "Starred (2)"
    assert "iomdesk:unit/gone-unit — no longer in the data" in lines
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window._everywhere
    box.results.setCurrentRow(1)
    qtbot.keyClick(box.input, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "iomdesk:unit/gone-unit is no longer in the data."
    path = tmp_path / "stars.txt"
    assert window.starring.export(str(path))
    text = path.read_text(encoding="utf-8")
    assert "iomdesk:unit/gone-unit  # no longer in the data" in text
    assert "iomdesk:unit/prd  # Peace and Recovery Division" in text
    assert window.statusBar().currentMessage() == f"Saved 2 stars to {path}"


def test_stars_imported_from_a_file_are_added_and_bad_lines_named(qtbot, window, tmp_path):
    QSettings().setValue("marks/starred", "iomdesk:unit/prd")
    path = tmp_path / "from a colleague.txt"
    path.write_text(
        "# iomdesk stars\n"
        "iomdesk:unit/prd  # already starred\n"
        "iomdesk:contact/dhrr-email\n"
        "not an address\n"
        "\n"
        "iomdesk://election/dg-2023/\n",
        encoding="utf-8",
    )
    assert window.starring.import_(str(path)) == 2
    assert window.starring.marks.starred == [
        "iomdesk:unit/prd",
        "iomdesk:contact/dhrr-email",
        "iomdesk:election/dg-2023",
    ]
    said = window.statusBar().currentMessage()
    assert said == f"Added 2 stars from {path} (lines not read: 4)"
    path.write_bytes(b"\xff\xfe not text")
    assert window.starring.import_(str(path)) == 0
    assert "Could not read" in window.statusBar().currentMessage()
    assert QApplication.clipboard() is not None  # the window goes on


def test_a_starred_row_has_a_star_before_its_first_column_in_the_list(qtbot, window):
    from PySide6.QtGui import QIcon

    star(qtbot, window, "iomdesk:contact/cbi-email")
    star(qtbot, window, "iomdesk:unit/prd")
    contacts, structure = window.tab("contacts"), window.tab("structure")
    decoration = Qt.ItemDataRole.DecorationRole
    marks = {}
    for row in range(contacts.model.rowCount()):
        obj = contacts.model.row_object(row)
        marks[obj.id] = contacts.model.data(contacts.model.index(row, 0), decoration)
        assert contacts.model.data(contacts.model.index(row, 1), decoration) is None
    assert isinstance(marks.pop("cbi-email"), QIcon)
    assert set(marks.values()) == {None}
    prd = structure.view.currentIndex()  # the last row starred is current there
    assert structure.unit_at(prd).id == "prd"
    assert isinstance(structure.model.data(prd.siblingAtColumn(0), decoration), QIcon)
    parent = prd.parent()
    assert structure.model.data(parent.siblingAtColumn(0), decoration) is None
    star(qtbot, window, "iomdesk:unit/prd")  # unstarred: the mark goes
    assert (
        structure.model.data(structure.view.currentIndex().siblingAtColumn(0), decoration) is None
    )


def test_two_windows_starring_keep_each_others_stars(qtbot, window, new_window):
    """Another iomdesk (a start with --db) shares the stored stars: a star made in one is not
    lost when the other stars a row after it."""
    other = new_window()
    star(qtbot, window, "iomdesk:unit/dhrr")
    other.activateWindow()  # the keys go to it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    star(qtbot, other, "iomdesk:unit/prd")
    assert str(QSettings().value("marks/starred")).splitlines() == [
        "iomdesk:unit/dhrr",
        "iomdesk:unit/prd",
    ]


def test_a_row_starred_by_its_person_address_is_unstarred_by_ctrl_d(qtbot, window, tmp_path):
    stars = tmp_path / "stars.txt"
    stars.write_text("iomdesk:person/pope\n", encoding="utf-8")
    window.starring.import_(str(stars))
    window.navigation.follow("iomdesk:tenure/pope-dg")
    tab = window.current_tab()
    assert tab.details.toPlainText().startswith("★")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert window.statusBar().currentMessage().startswith("Unstarred Amy Pope")
    assert not tab.details.toPlainText().startswith("★")
    assert not QSettings().value("marks/starred")


def test_a_link_to_a_row_the_starred_filter_hides_turns_the_filter_off(qtbot, window):
    star(qtbot, window, "iomdesk:contact/dhrr-email")
    contacts = window.tab("contacts")
    contacts.starred_button.setChecked(True)
    window.open_address("iomdesk:contact/pcca-email")
    assert not contacts.starred_button.isChecked()
    assert "pcca-email" in shown_ids(contacts)
    current = contacts.model.row_object(contacts.view.currentIndex().row())
    assert contacts.declared.row_id(current) == "pcca-email"
    structure = window.tab("structure")
    star(qtbot, window, "iomdesk:unit/dhrr")
    structure.starred_button.setChecked(True)
    nodes, model = structure.model.tree.nodes, structure.model
    hidden = next(unit for unit in nodes if not model.node_index(unit).isValid())
    window.open_address(f"iomdesk:unit/{hidden}")
    assert not structure.starred_button.isChecked()
    assert structure.unit_at(structure.view.currentIndex()).id == hidden
