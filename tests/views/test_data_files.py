"""views/data_files.py: File > Open data file, a dropped pack, Help > Data, What's new in the
data and 'Changed in' in the details, driven from the real window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from badfiles import digest, pack_copy, text
from keys import copy_from, type_into
from modal import page_text, when_modal
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QTextBrowser

from iomdesk import packs
from iomdesk.database import default_path
from iomdesk.store import Store
from iomdesk.views import data_files, main_window
from iomdesk.views.main_window import MainWindow

NEW_MAIL = "cbi-new@iom.int"


def newer_pack(folder: Path, name: str = "download.sqlite", release: str = "2099.01.01") -> Path:
    """A newer pack, as a user downloads it: a changed e-mail and a new milestone."""
    change = f"UPDATE contacts SET email = '{NEW_MAIL}' WHERE id = 'cbi-email'"
    return pack_copy(folder, name, release, change)


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The data folder, empty, under a scratch XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return packs.data_folder()


@pytest.fixture(autouse=True)
def every_window_closed():
    """The windows are closed here, not by qtbot: a window replaced on other data is deleted
    by the app itself, which qtbot would then fail to close."""
    yield
    for window in list(main_window.OPEN_WINDOWS):
        if shiboken6.isValid(window):
            window.close()
    main_window.OPEN_WINDOWS.clear()


def opened(qtbot, choice: packs.Choice | None) -> MainWindow:
    window = MainWindow(Store(choice.path if choice else default_path()), lambda u: False, choice)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def shipped_window(qtbot, folder):
    """The window as a start with an empty data folder makes it."""
    return opened(qtbot, packs.choose(folder, default_path()))


def successor(qtbot, old: MainWindow) -> MainWindow:
    """The window made again on other data, once the old one has closed."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(old) or not old.isVisible())
    new = next(w for w in main_window.OPEN_WINDOWS if w is not old)
    qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is new)  # the keys go to it
    new.ensure_tabs()
    return new


def press(label: str):
    """Read a modal box's text, then press its button of this label (its & ignored)."""
    seen: list[str] = []

    def read(box) -> None:
        seen.append(box.text() if isinstance(box, QMessageBox) else page_text(box)[1])
        button = next(
            b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == label
        )
        seen.append("enabled" if button.isEnabled() else "disabled")
        if button.isEnabled():
            button.click()

    when_modal(read)
    return seen


def contact_mail(qtbot, window: MainWindow) -> str:
    tab = window.tab("contacts")
    window.show_tab(tab)
    type_into(qtbot, tab, "cash")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    return copy_from(qtbot, tab)


def test_open_data_file_use_from_now_on_copies_it_in_and_shows_its_data(
    qtbot, shipped_window, folder, tmp_path, monkeypatch
):
    download = newer_pack(tmp_path)
    before = digest(download)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(download), ""))
    seen = press("Use from now on")
    shipped_window.actions_by_name["open_data_file"].trigger()
    assert "2099.01.01" in seen[0] and "passed every check" in seen[0] and seen[1] == "enabled"
    new = successor(qtbot, shipped_window)
    installed = folder / "iomdesk-data-2099.01.01.sqlite"
    assert new.store.path == installed and new.data.from_folder
    assert contact_mail(qtbot, new) == NEW_MAIL
    assert data_label_text(new) == "data 2099.01.01 from the data folder"
    assert digest(download) == before and download.exists()  # only read, never moved
    assert digest(installed) == before  # the same bytes
    assert sorted(p.name for p in folder.iterdir()) == [installed.name, installed.name + ".checked"]
    # the next start chooses it, and skips no check it needs: the stamp vouches for the copy
    assert packs.choose(folder, default_path()).path == installed
    from iomdesk.database import checked_by_build

    assert checked_by_build(installed)


def test_open_for_now_leaves_the_data_folder_alone_and_says_which_data_it_shows(
    qtbot, shipped_window, folder, tmp_path, monkeypatch
):
    download = newer_pack(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(download), ""))
    press("Open")
    shipped_window.actions_by_name["open_data_file"].trigger()
    new = successor(qtbot, shipped_window)
    assert new.store.path == download and not folder.exists()
    assert "data 2099.01.01 from download.sqlite" in new.statusBar().currentMessage()
    assert contact_mail(qtbot, new) == NEW_MAIL
    # The summary goes (after a few seconds, or when a menu opens); which data it is stays.
    new.statusBar().clearMessage()
    assert data_label_text(new) == "data 2099.01.01 from download.sqlite"


def data_label_text(window) -> str:
    """The status bar's lasting label, as shown (visible beside the passing messages)."""
    label = window.data_label
    assert label.isVisible() and label.parent() is not None
    return label.text()


def test_the_shipped_data_is_named_by_its_release_in_the_status_bar(shipped_window):
    release = shipped_window.store.meta["release"]
    assert data_label_text(shipped_window) == f"data {release}"
    assert str(default_path()) in shipped_window.data_label.toolTip()


def test_an_older_file_can_be_opened_but_not_kept(qtbot, shipped_window, tmp_path, monkeypatch):
    older = newer_pack(tmp_path, release="2000.01.01")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(older), ""))
    seen = press("Use from now on")
    shipped_window.actions_by_name["open_data_file"].trigger()
    assert "not newer" in seen[0] and seen[1] == "disabled"
    assert shipped_window.isVisible()  # nothing chosen: the same window goes on


def test_a_bad_file_is_refused_with_its_reason_and_the_window_goes_on(
    qtbot, shipped_window, tmp_path, monkeypatch
):
    shipped_window.ensure_tabs()  # its status line is not written over by the tabs' counts
    bad = text(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    seen: list[str] = []
    when_modal(lambda box: seen.append(box.text()))
    shipped_window.actions_by_name["open_data_file"].trigger()
    assert "not an SQLite database" in seen[0] and bad.name in seen[0]
    assert "not an SQLite database" in shipped_window.statusBar().currentMessage()
    assert main_window.OPEN_WINDOWS[-1] is shipped_window and shipped_window.isVisible()


def test_a_pack_dropped_on_the_window_is_checked_and_offered(qtbot, shipped_window, tmp_path):
    download = newer_pack(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(download))])
    assert shipped_window.data_files.dropped_file(mime) == download
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert shipped_window.data_files.dropped_file(other) is None  # not a pack: not accepted
    seen = press("Open")
    where = shipped_window.rect().center()
    drag = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(where, *drag)
    QApplication.sendEvent(shipped_window, enter)
    assert enter.isAccepted()  # the pointer shows that it can be dropped
    drop = QDropEvent(QPointF(where), *drag)
    QApplication.sendEvent(shipped_window, drop)
    assert drop.isAccepted()
    new = successor(qtbot, shipped_window)
    assert "2099.01.01" in seen[0] and new.store.path == download


def test_help_data_names_the_file_the_release_and_every_pack_passed_over(qtbot, folder, tmp_path):
    folder.mkdir(parents=True)
    installed = packs.install(newer_pack(tmp_path), folder)
    (folder / "half.sqlite").write_bytes(b"SQLite format 3\x00")
    window = opened(qtbot, packs.choose(folder, default_path()))
    seen = press("Use the shipped data")
    window.actions_by_name["show_data"].trigger()
    page = seen[0]
    assert "a data pack from the data folder" in page and str(installed) in page
    assert "2099.01.01" in page and str(folder) in page
    assert "half.sqlite" in page and "Not in use" in page
    assert "seed documents" in page
    back = successor(qtbot, window)
    assert back.store.path == default_path()
    # and from now on: the next start keeps to the shipped data, saying why
    again = packs.choose(folder, default_path())
    assert again.path == default_path()
    assert any("You chose the data this version" in s.reason for s in again.skipped)
    assert installed.exists()  # the user's pack stays where it is


def test_whats_new_lists_the_changed_row_by_tab_and_its_link_goes_there(qtbot, folder, tmp_path):
    window = opened(qtbot, packs.Choice(newer_pack(tmp_path), "2099.01.01", False, []))
    window.ensure_tabs()
    qtbot.waitUntil(lambda: bool(window.store.changed))  # marked after loading
    links: list[str] = []

    def read(page) -> None:
        links.append(page_text(page)[1])
        browser = page.findChild(QTextBrowser)
        links.append(browser.toHtml())

    when_modal(read)
    window.actions_by_name["show_whats_new"].trigger()
    plain, html = links
    assert "Contacts (1)" in plain and f'"{NEW_MAIL}"' in plain and "e-mail:" in plain
    assert "iomdesk:contact/cbi-email" in html
    window.navigation.follow("contact:cbi-email")
    tab = window.tab("contacts")
    assert window.tabs.currentWidget() is tab
    assert "Changed in 2099.01.01: e-mail" in tab.details.toPlainText()


def test_whats_new_with_the_shipped_data_says_so(qtbot, shipped_window):
    seen: list[str] = []
    when_modal(lambda page: seen.append(page_text(page)[1]))
    shipped_window.actions_by_name["show_whats_new"].trigger()
    assert "is the data this version ships" in seen[0]


def test_use_from_now_on_is_off_when_a_newer_pack_is_already_in_the_folder(
    qtbot, folder, tmp_path, monkeypatch
):
    folder.mkdir(parents=True)
    newest = packs.install(newer_pack(tmp_path / "a", release="2099.12.01"), folder)
    window = opened(qtbot, packs.choose(folder, default_path()))
    older = newer_pack(tmp_path / "b", "mine.sqlite", release="2099.01.01")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(older), ""))
    seen = press("Use from now on")
    window.actions_by_name["open_data_file"].trigger()
    assert f"not newer than {newest.name} (2099.12.01)" in seen[0] and seen[1] == "disabled"
    assert sorted(p.name for p in folder.iterdir()) == [newest.name, newest.name + ".checked"]


def test_the_shipped_data_chosen_in_help_data_is_named_as_the_shipped_data(qtbot, folder, tmp_path):
    folder.mkdir(parents=True)
    packs.install(newer_pack(tmp_path), folder)
    window = opened(
        qtbot,
        packs.Choice(newer_pack(tmp_path / "b", release="2099.02.02"), "2099.02.02", False, []),
    )  # File > Open, for now
    press("Use the shipped data")
    window.actions_by_name["show_data"].trigger()
    back = successor(qtbot, window)
    release = back.store.meta["release"]
    assert back.store.path == default_path()
    assert data_label_text(back) == f"data {release}"
    seen: list[str] = []
    when_modal(lambda page: seen.append(page_text(page)[1]))
    back.actions_by_name["show_data"].trigger()
    assert "the data this version of iomdesk ships" in seen[0]


def test_a_choice_that_cannot_be_noted_is_said_in_the_new_window(qtbot, folder, tmp_path):
    folder.mkdir(parents=True)
    installed = packs.install(newer_pack(tmp_path), folder)
    (folder / packs.SHIPPED_CHOSEN).mkdir()  # a folder where the note goes: it cannot be written
    window = opened(qtbot, packs.choose(folder, default_path()))
    press("Use the shipped data")
    window.actions_by_name["show_data"].trigger()
    back = successor(qtbot, window)
    qtbot.waitUntil(lambda: "Could not note the choice" in back.statusBar().currentMessage())
    assert data_label_text(back) == f"data {back.store.meta['release']}"
    seen: list[str] = []
    when_modal(lambda page: seen.append(page_text(page)[1]))
    back.actions_by_name["show_data"].trigger()
    assert installed.name in seen[0] and "Could not note the choice" in seen[0]


def test_whats_new_tells_same_rows_from_a_file_it_cannot_compare(qtbot, folder, tmp_path):
    same = pack_copy(tmp_path, "same.sqlite", "2099.03.03")
    window = opened(qtbot, packs.Choice(same, "2099.03.03", False, []))
    seen: list[str] = []
    when_modal(lambda page: seen.append(page_text(page)[1]))
    window.actions_by_name["show_whats_new"].trigger()
    assert "has the same rows as the data this version ships" in seen[0]
    gone = pack_copy(tmp_path / "b", "gone.sqlite", "2099.03.04")
    other = opened(qtbot, packs.Choice(gone, "2099.03.04", False, []))
    gone.unlink()  # gone from under the window before the compare that follows its loading
    other.ensure_tabs()
    when_modal(lambda page: seen.append(page_text(page)[1]))
    other.actions_by_name["show_whats_new"].trigger()
    assert "could not be compared" in seen[1] and "does not exist" in seen[1]


def test_the_compare_with_the_shipped_data_does_not_hold_up_the_window(qtbot, folder, tmp_path):
    """The compare runs on a thread of its own: the window answers while it runs, and What's
    new asked meanwhile waits for it rather than comparing again."""
    window = opened(qtbot, packs.Choice(newer_pack(tmp_path), "2099.01.01", False, []))
    started, release = threading.Event(), threading.Event()
    real = data_files.changes.compare

    def slow_compare(old, new):
        started.set()
        release.wait(10)
        return real(old, new)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(data_files.changes, "compare", slow_compare)
        window.ensure_tabs()
        qtbot.waitUntil(started.is_set)
        tab = window.first_tab
        type_into(qtbot, tab, "pope")  # the window answers while it compares
        qtbot.waitUntil(lambda: 0 < tab.counts()[0] < tab.counts()[1])
        assert not window.store.changed
        QTimer.singleShot(100, release.set)
        seen: list[str] = []
        when_modal(lambda page: seen.append(page_text(page)[1]))
        window.actions_by_name["show_whats_new"].trigger()
    assert "Contacts (1)" in seen[0]
    assert ("contacts", "cbi-email") in window.store.changed  # and the rows are marked


def test_a_pack_dropped_on_a_search_field_is_offered_not_typed(qtbot, shipped_window, tmp_path):
    """A file manager's drag carries the file's address as text too, which a search field
    would take; several files: the first pack is offered, and the status line says so."""
    shipped_window.ensure_tabs()  # loaded, as a window is by the time a file is dragged to it
    download = newer_pack(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(download)), QUrl.fromLocalFile(str(tmp_path / "b.txt"))])
    mime.setText(QUrl.fromLocalFile(str(download)).toString())
    field = shipped_window.first_tab.search
    seen = press("Cancel")
    where = field.rect().center()
    drag = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(where, *drag)
    QApplication.sendEvent(field, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(field, QDropEvent(QPointF(where), *drag))
    qtbot.waitUntil(lambda: bool(seen))
    assert "2099.01.01" in seen[0] and field.text() == ""
    assert "not the others dropped with it" in shipped_window.statusBar().currentMessage()
