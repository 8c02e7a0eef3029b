"""views/exporting.py: File > Export — the current tab's shown rows as CSV, contacts as vCard
3.0 or 4.0, the current picture as PNG."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def vcards(path):
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    return [block for block in text.split("BEGIN:VCARD")[1:]]


def test_leaders_shown_are_exported_as_shown(qtbot, window, tmp_path):
    tab = window.tab("leadership")
    qtbot.keyClicks(tab.search, "director general")
    target = tmp_path / "leaders.csv"
    assert window.exporting.rows(str(target))
    rows = read_csv(target)
    shown = ["Name", "Role", "Nationality", "From", "To", "Years", "Organisation"]
    assert rows[0] == [*shown, "From (ISO 8601)", "To (ISO 8601)"]  # dates a spreadsheet reads
    assert len(rows) - 1 == tab.model.shown_count()
    vitorino = rows[1 + [r[0] for r in rows[1:]].index("António Vitorino")]
    assert vitorino[3:5] == ["1 Oct 2018", "30 Sep 2023"] and vitorino[7:] == [
        "2018-10-01",
        "2023-09-30",
    ]
    assert rows[1 + [r[0] for r in rows[1:]].index("António Vitorino")][:3] == [
        "António Vitorino",
        "Director General",
        "Portugal",
    ]
    assert window.statusBar().currentMessage() == (
        f"Saved {tab.model.shown_count()} rows to {target}"
    )


def test_structure_exports_the_units_shown_with_their_path(qtbot, window, tmp_path):
    window.show_tab(window.tab("structure"))
    qtbot.keyClicks(window.tab("structure").search, "peace recovery")
    target = tmp_path / "units.csv"
    assert window.exporting.rows(str(target))
    rows = read_csv(target)
    assert rows[0][:2] == ["Path", "Unit"]
    names = [r[1] for r in rows[1:]]
    assert names[:5] == [
        "International Organization for Migration",
        "Headquarters",
        "Deputy Director General for Operations",
        "Department of Humanitarian Response and Recovery",
        "Peace and Recovery Division",
    ]
    assert len(names) == 11  # the division, its six workstreams, four ancestors


def test_contacts_export_as_vcard_all_or_selected(qtbot, window, tmp_path):
    every = tmp_path / "all.vcf"
    assert window.exporting.file("contacts", "vcards", str(every))
    cards = vcards(every)
    assert len(cards) == len(window.store.contacts)
    assert all("VERSION:3.0" in card for card in cards)  # the dialog's first choice
    assert any("EMAIL;TYPE=INTERNET,WORK:PRDCoreGroupHQ@iom.int" in card for card in cards)
    tab = window.tab("contacts")
    window.show_tab(tab)
    qtbot.keyClicks(tab.search, "division")
    tab.focus_results()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    some = tmp_path / "some.vcf"
    assert window.exporting.file("contacts", "selected_vcards", str(some))
    assert len(vcards(some)) == tab.model.shown_count() == 3
    assert window.statusBar().currentMessage() == f"Saved 3 contacts to {some}"


def test_export_to_a_place_that_cannot_be_written_says_so(window, tmp_path):
    target = tmp_path / "missing folder" / "rows.csv"
    assert not window.exporting.rows(str(target))
    assert window.statusBar().currentMessage().startswith(f"Could not write {target}")
    assert not target.parent.exists()


def test_export_png_of_each_picture(qtbot, window, tmp_path):
    target = tmp_path / "timeline.png"
    assert window.exporting.picture(str(target))
    image = QImage(str(target))
    assert image.width() == 2 * window.tab("leadership").timeline.width()
    assert image.height() == 2 * window.tab("leadership").timeline.height()
    window.tabs.setCurrentWidget(window.tab("elections"))
    assert window.exporting.picture(str(tmp_path / "votes"))
    assert not QImage(str(tmp_path / "votes.png")).isNull()
    window.tabs.setCurrentWidget(window.tab("contacts"))
    assert not window.exporting.picture(str(tmp_path / "none.png"))
    assert "no picture" in window.statusBar().currentMessage()


def test_rows_are_exported_in_the_columns_shown(qtbot, window, tmp_path):
    header = window.tab("leadership").view.horizontalHeader()
    header.moveSection(2, 0)  # Nationality dragged to the front
    header.hideSection(6)  # Organisation hidden
    target = tmp_path / "leaders.csv"
    assert window.exporting.rows(str(target))
    rows = read_csv(target)
    shown = ["Nationality", "Name", "Role", "From", "To", "Years"]
    assert rows[0] == [*shown, "From (ISO 8601)", "To (ISO 8601)"]
    assert all(len(row) == 8 for row in rows)


def test_exporting_selected_contacts_with_none_selected_says_so(qtbot, window, tmp_path):
    tab = window.tab("contacts")
    window.show_tab(tab)
    qtbot.keyClicks(tab.search, "zzzz")
    target = tmp_path / "none.vcf"
    assert not window.exporting.file("contacts", "selected_vcards", str(target))
    assert window.statusBar().currentMessage() == "No contact selected to export"
    assert not target.exists()


def test_exporting_the_timeline_builds_no_other_tab(qtbot, store, tmp_path):
    """Elections, Structure and Contacts load after the first paint; exporting the open tab's
    picture before then must not load them all."""
    from iomdesk.views.main_window import MainWindow

    window = MainWindow(store, open_mail=lambda url: False)  # not shown: nothing painted yet
    qtbot.addWidget(window)
    assert window.exporting.picture(str(tmp_path / "timeline.png"))
    assert (tmp_path / "timeline.png").stat().st_size > 1000
    assert window._rest is None, "the deferred tabs were built"


def test_save_dialogs_start_in_documents_then_where_the_last_file_went(
    qtbot, window, new_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    asked: list[str] = []
    chosen = tmp_path / "reports" / "leaders.csv"
    chosen.parent.mkdir()

    def dialog(parent, title, start, kind):
        asked.append(start)
        return str(chosen), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert window.exporting.rows()
    assert asked[0] == str(home / "Documents" / "iomdesk-leadership.csv")
    assert chosen.exists()
    window.close()
    again = new_window()  # the next run remembers the folder
    again.exporting.rows()
    assert asked[1] == str(chosen.parent / "iomdesk-leadership.csv")


def test_the_vcard_dialog_offers_3_0_first_and_writes_the_version_chosen(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    target = tmp_path / "chosen.vcf"

    def dialog(parent, title, start, kinds):
        offered.append(kinds)
        return str(target), kinds.split(";;")[1]  # the user picks vCard 4.0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    window.actions_by_name["contacts:vcards"].trigger()
    assert offered == ["vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)"]
    cards = vcards(target)
    assert len(cards) == len(window.store.contacts)
    assert all("VERSION:4.0" in card for card in cards)
