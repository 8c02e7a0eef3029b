"""Data packs through the real window: app.main started as a user starts it (no --db), with
packs in the data folder that are good, spoiled, half-written, replaced while the app runs,
unreadable, or not packs at all. What is asserted is what the user sees: the rows, the
status line, the data the window uses, and the files left as they were."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import NamedTuple

import pytest
from badcontent import FAULTS, spoiled
from badfiles import digest, leftovers, pack_copy
from keys import CTRL, copy_from, type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iomdesk import app, packs
from iomdesk.database import StoreError, default_path
from iomdesk.store import Store
from iomdesk.views.main_window import MainWindow

NEWER = "2099.01.01"
OLD_EMAIL = "cbisupport@iom.int"  # the Cash-Based Interventions Unit's, in the shipped data
NEW_EMAIL = "cbi-2099@iom.int"
BUILD_WINDOW = MainWindow.__init__  # as they are, before any test wraps them
RUN_LOOP = QApplication.exec


def data_home(monkeypatch, tmp_path: Path) -> Path:
    """A scratch XDG_DATA_HOME for this test; its data folder (not made)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return packs.data_folder()


def make_pack(folder: Path, name: str, release: str = NEWER, *statements: str) -> Path:
    return pack_copy(folder, name, release, *statements)


def new_email(email: str) -> str:
    return f"UPDATE contacts SET email = '{email}' WHERE email = '{OLD_EMAIL}'"


class Started(NamedTuple):
    """What one start of the app came to."""

    status: int  # app.main's exit status
    window: MainWindow
    line: str  # the status line once every tab has its data
    reporter: app.ErrorReporter  # sys.excepthook while the window ran
    dialogs: list[str]  # the database error dialogs' sentences
    warnings: list[str]  # the 'unexpected error' dialogs' texts


def start(qtbot, monkeypatch, use=None, real_dialogs: bool = False) -> Started:
    """app.main([]), the window up in the app's own event loop: every tab built, the status
    line read, then `use(window)` (clicks, keys), then the window closed as a user closes it.

    A failure inside `use` fails the test; an error in a slot Qt calls goes, as in the app,
    to its ErrorReporter. Dialogs are recorded, never left open (`real_dialogs`: the
    database error dialog is shown, for the test to read and close)."""
    dialogs: list[str] = []
    warnings: list[str] = []
    if not real_dialogs:
        monkeypatch.setattr(app, "show_startup_error", lambda error: dialogs.append(error.sentence))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    seen: dict[str, object] = {}

    def watched(window, *args, **kwargs) -> None:
        BUILD_WINDOW(window, *args, **kwargs)
        qtbot.addWidget(window)  # closed and deleted after the test
        seen["window"] = window

    def exec_and_use(*_args) -> int:
        window = seen["window"]
        reporter = sys.excepthook

        def session() -> None:
            try:
                window.ensure_tabs()
                seen["line"] = window.statusBar().currentMessage()
                if use is not None:
                    window.activateWindow()  # its shortcuts answer, as on a desktop
                    qtbot.waitUntil(window.isActiveWindow)
                    use(window)
            except BaseException as failure:  # raised again once main has returned
                seen["failure"] = failure
            finally:
                if not reporter.stopping:  # else the reporter ends the loop itself
                    window.close()

        QTimer.singleShot(0, window, session)
        seen["reporter"] = reporter
        return RUN_LOOP()

    monkeypatch.setattr(MainWindow, "__init__", watched)
    monkeypatch.setattr(QApplication, "exec", exec_and_use)
    status = app.main([])
    if "failure" in seen:
        raise seen["failure"]
    assert "window" in seen, "the app did not open its window"
    return Started(
        status, seen["window"], seen.get("line", ""), seen["reporter"], dialogs, warnings
    )


def contact_shown(qtbot, window, words: str) -> tuple[str, list[str]]:
    """Contacts tab: the search typed, the first row chosen; its e-mail as Ctrl+C copies it,
    and the texts of its cells."""
    tab = window.tab("contacts")
    window.show_tab(tab)
    tab.clear_search()
    type_into(qtbot, tab, words)
    tab.focus_results()
    row = tab.view.currentIndex().row()
    cells = [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]
    return copy_from(qtbot, tab), [str(c) for c in cells if c is not None]


# -- 1. the acceptance test ----------------------------------------------------------


def test_a_newer_pack_in_the_data_folder_is_what_the_window_shows(qtbot, monkeypatch, tmp_path):
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, f"iomdesk-{NEWER}.sqlite", NEWER, new_email(NEW_EMAIL))
    shipped_before, pack_before = digest(default_path()), digest(pack)
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], shown["cells"] = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK
    assert started.window.store.path == pack
    assert shown["copied"] == NEW_EMAIL
    assert any(NEW_EMAIL in cell for cell in shown["cells"])
    assert not any(OLD_EMAIL in cell for cell in shown["cells"])
    assert f"data {NEWER} from the data folder ({pack.name})" in started.line
    assert "not used" not in started.line
    assert started.reporter.reported == 0 and not started.dialogs
    assert digest(default_path()) == shipped_before and digest(pack) == pack_before
    assert leftovers(pack) == []


# -- 2. the bad-content matrix, in the data folder -------------------------------------------


def spoiled_pack(folder: Path, fault: str) -> Path:
    """badcontent's spoiled file, made a newer release than the shipped data."""
    folder.mkdir(parents=True, exist_ok=True)
    path = spoiled(folder, fault)
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'release'", (NEWER,))
        conn.commit()
    finally:
        conn.close()
    return path


def refusal(path: Path) -> StoreError:
    """The app's own verdict on a file, as --db would give it."""
    with pytest.raises(StoreError) as caught:
        Store(path)
    return caught.value


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_spoiled_newer_pack_gives_way_to_the_shipped_data_and_says_why(
    qtbot, monkeypatch, tmp_path, fault
):
    folder = data_home(monkeypatch, tmp_path)
    pack = spoiled_pack(folder, fault)
    refused = refusal(pack)
    _, where, words = FAULTS[fault]
    assert any(str(p).startswith(f"{where}: ") and words in str(p) for p in refused.problems)
    before = digest(pack)
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK
    assert started.window.store.path == default_path()
    assert shown["copied"] == OLD_EMAIL  # the shipped rows, working
    assert f"{pack.name} not used: {refused.sentence}" in started.line
    assert "from the data folder" not in started.line
    assert started.reporter.reported == 0 and not started.dialogs
    assert digest(pack) == before and leftovers(pack) == []


# -- 3. a pack being written while the app starts --------------------------------------------


@pytest.mark.parametrize("part", ["a header's worth", "one page", "half", "all but one page"])
def test_a_half_written_pack_is_passed_over_for_working_data(qtbot, monkeypatch, tmp_path, part):
    folder = data_home(monkeypatch, tmp_path)
    whole = make_pack(tmp_path / "download", "whole.sqlite", NEWER, new_email(NEW_EMAIL))
    data = whole.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    size = {"a header's worth": 50, "one page": page, "half": len(data) // 2}.get(
        part, len(data) - page
    )
    folder.mkdir(parents=True)
    partial = folder / "iomdesk-next.sqlite"
    partial.write_bytes(data[:size])
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    assert started.window.store.path == default_path()
    assert shown["copied"] == OLD_EMAIL
    assert f"{partial.name} not used: The database file is " in started.line
    assert any(word in started.line for word in ("truncated", "damaged"))
    assert partial.read_bytes() == data[:size]


def test_a_pack_that_grows_while_the_app_chooses_is_used_whole_or_not_at_all(
    qtbot, monkeypatch, tmp_path
):
    """A download writing into the data folder as the app starts: the app uses the whole
    pack or the shipped data, never a part, and its line says which."""
    folder = data_home(monkeypatch, tmp_path)
    whole = make_pack(tmp_path / "download", "whole.sqlite", NEWER, new_email(NEW_EMAIL))
    data = whole.read_bytes()
    folder.mkdir(parents=True)
    growing = folder / "iomdesk-next.sqlite"
    growing.write_bytes(data[:4096])
    choose = packs.choose

    def choose_while_written(*args):
        def write_the_rest() -> None:
            with growing.open("ab") as out:
                for at in range(4096, len(data), 4096):
                    out.write(data[at : at + 4096])
                    out.flush()

        writer = threading.Thread(target=write_the_rest)
        writer.start()
        try:
            return choose(*args)
        finally:
            writer.join()

    monkeypatch.setattr(packs, "choose", choose_while_written)
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    if started.window.store.path == growing:
        assert shown["copied"] == NEW_EMAIL
        assert f"from the data folder ({growing.name})" in started.line
    else:
        assert started.window.store.path == default_path()
        assert shown["copied"] == OLD_EMAIL
        assert f"{growing.name} not used: The database file is truncated" in started.line
    assert growing.read_bytes() == data
    monkeypatch.setattr(packs, "choose", choose)
    again = start(qtbot, monkeypatch)  # the next start, the download done: the pack
    assert again.window.store.path == growing
    assert f"data {NEWER} from the data folder ({growing.name})" in again.line


def break_a_rule(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tenures SET person_id = 'nobody' WHERE id = 'gibson-director'")
    conn.commit()
    conn.close()


def cut_in_half(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


CHANGES_BEFORE_OPENING = {
    "a rule broken": (break_a_rule, "The data in this file breaks iomdesk's rules (1 problem)"),
    "cut in half": (cut_in_half, "The database file is truncated (shorter than it says)."),
    "removed": (Path.unlink, "The database file does not exist."),
}


@pytest.mark.parametrize("change", list(CHANGES_BEFORE_OPENING))
def test_a_pack_changed_after_its_check_and_before_its_opening_gives_way_to_the_shipped_data(
    qtbot, monkeypatch, tmp_path, capsys, change
):
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER, new_email(NEW_EMAIL))
    spoil, sentence = CHANGES_BEFORE_OPENING[change]
    choose = packs.choose

    def choose_then_change(*args):
        choice = choose(*args)
        assert choice.path == pack and choice.from_folder  # it passed every check
        spoil(choice.path)
        return choice

    monkeypatch.setattr(packs, "choose", choose_then_change)
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    assert started.window.store.path == default_path()
    assert shown["copied"] == OLD_EMAIL
    assert f"{pack.name} not used: {sentence}" in started.line
    assert "from the data folder" not in started.line
    err = capsys.readouterr().err
    assert f"iomdesk: data pack {pack} not used: {sentence}" in err
    assert "Traceback" not in err


# -- 4. a pack replaced while the app runs ---------------------------------------------------


def use_every_tab(qtbot, window) -> list[str]:
    """Each tab in turn, by its Ctrl+number: searched, its first row chosen (its details
    read the row's sources from the file); what each details pane then says."""
    said = []
    for number, tab in enumerate(window.all_tabs(), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        tab.clear_search()
        type_into(qtbot, tab, "a")
        tab.focus_results()
        said.append(tab.details.toPlainText())
    return said


def replace_with_another(pack: Path) -> None:
    other = make_pack(
        pack.parent / "incoming", "other.sqlite", "2099.02.01", new_email("x@iom.int")
    )
    os.replace(other, pack)


def truncate_to_nothing(pack: Path) -> None:
    with pack.open("r+b") as handle:
        handle.truncate(0)


def test_a_pack_replaced_while_the_app_runs_leaves_the_window_on_the_rows_it_loaded(
    qtbot, monkeypatch, tmp_path
):
    """The replacement is a new file under the old name: the app's open file is the old
    one, whole, and every tab, search and details pane goes on with the rows it loaded.
    The next start uses the replacement."""
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER, new_email(NEW_EMAIL))
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["before"], _ = contact_shown(qtbot, window, "cash")
        replace_with_another(pack)
        shown["details"] = use_every_tab(qtbot, window)
        shown["after"], shown["cells"] = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK
    assert started.reporter.reported == 0 and not started.dialogs and not started.warnings
    assert shown["before"] == shown["after"] == NEW_EMAIL
    assert all(shown["details"])  # every tab's details pane has its row's page
    again = start(qtbot, monkeypatch)
    assert again.window.store.path == pack
    assert f"data 2099.02.01 from the data folder ({pack.name})" in again.line


USER_TURNS = 5  # turns of the event loop a user takes to read a dialog
CUT_WHILE_RUNNING = {
    "cut in half": (cut_in_half, "The database file is damaged (corrupt or truncated)."),
    # An emptied file reads, to SQLite, as a database without tables: the sentence the
    # app gives is that of a foreign file, not 'The database file is empty.'
    "truncated to nothing": (truncate_to_nothing, "This SQLite file is not an iomdesk database."),
}


@pytest.mark.parametrize("change", list(CUT_WHILE_RUNNING))
def test_a_pack_cut_short_while_the_app_runs_is_one_clear_database_error(
    qtbot, monkeypatch, tmp_path, capsys, change
):
    """The same file, cut in place: the next read of it (a row's sources, for its details)
    fails. The user gets one dialog, one line on stderr, and the database's exit status;
    no traceback and no 'unexpected error', however many reads fail after it."""
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER, new_email(NEW_EMAIL))
    cut, sentence = CUT_WHILE_RUNNING[change]
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["before"], _ = contact_shown(qtbot, window, "cash")
        cut(pack)
        use_every_tab(qtbot, window)
        shown["after"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_DATABASE
    assert started.dialogs == [sentence]
    assert started.warnings == []
    assert started.reporter.reported >= 1
    assert shown["before"] == shown["after"] == NEW_EMAIL  # the rows in memory, until the end
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("iomdesk: ")] == [
        f"iomdesk: {sentence} ({pack})"
    ]
    assert "Traceback" not in err


def test_the_database_error_dialog_after_a_pack_is_cut_stays_until_the_user_closes_it(
    qtbot, monkeypatch, tmp_path, capsys
):
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER)
    real_exec = QMessageBox.exec
    seen: list[str] = []

    def read_then_close(box) -> int:
        returned = False

        def user_reads_and_clicks_ok(turns: int) -> None:
            if returned:
                return
            if turns:  # the user takes a few turns of the event loop to read it (no clock)
                QTimer.singleShot(0, box, lambda: user_reads_and_clicks_ok(turns - 1))
                return
            seen.append(f"read while open: {box.isVisible()}")
            box.done(0)

        QTimer.singleShot(0, box, lambda: user_reads_and_clicks_ok(USER_TURNS))
        result = real_exec(box)
        returned = True
        seen.append(f"closed: {box.text().splitlines()[0]}")
        if box.isVisible():  # its loop ended under it: nothing hid it
            box.done(0)
        return result

    monkeypatch.setattr(QMessageBox, "exec", read_then_close)

    def use(window) -> None:
        cut_in_half(pack)
        use_every_tab(qtbot, window)

    started = start(qtbot, monkeypatch, use, real_dialogs=True)
    capsys.readouterr()
    assert started.status == app.EXIT_DATABASE
    assert seen == [
        "read while open: True",
        "closed: The database file is damaged (corrupt or truncated).",
    ]


# -- 5. a data folder that cannot be written, or is not there, or is no folder ---------------


def listing(folder: Path) -> dict[str, str]:
    """Every name under the folder with its content's digest ('' for a folder)."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))}


def test_a_read_only_data_folder_is_read_and_nothing_is_written_into_it(
    qtbot, monkeypatch, tmp_path
):
    """Reading a pack needs no writing: no journal, no stamp, no settings beside it.

    Run as root (as in some containers), the modes do not stop anything, and what this
    asserts is that nothing is written; test_the_data_folder_s_permissions_as_a_user_has_them
    runs the app as an ordinary user, where they do (as 'nobody', when the tests run as
    root)."""
    folder = data_home(monkeypatch, tmp_path)
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER, new_email(NEW_EMAIL))
    pack.chmod(0o444)
    folder.chmod(0o555)
    try:
        before = listing(folder)
        shown: dict[str, object] = {}

        def use(window) -> None:
            shown["copied"], _ = contact_shown(qtbot, window, "cash")
            use_every_tab(qtbot, window)

        started = start(qtbot, monkeypatch, use)
        after = listing(folder)
    finally:
        folder.chmod(0o755)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    assert started.window.store.path == pack
    assert shown["copied"] == NEW_EMAIL
    assert f"data {NEWER} from the data folder ({pack.name})" in started.line
    assert after == before == {pack.name: before[pack.name]}


@pytest.mark.parametrize("where", ["no folder", "a file where the folder belongs"])
def test_no_data_folder_means_the_shipped_data_and_none_is_made(
    qtbot, monkeypatch, tmp_path, where
):
    folder = data_home(monkeypatch, tmp_path)
    if where != "no folder":
        folder.parent.mkdir(parents=True)
        folder.write_text("not a folder\n", encoding="utf-8")
    before = listing(tmp_path / "xdg") if (tmp_path / "xdg").exists() else None
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    started = start(qtbot, monkeypatch, use)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    assert started.window.store.path == default_path()
    assert shown["copied"] == OLD_EMAIL
    assert "not used" not in started.line and "data folder" not in started.line
    if before is None:
        assert not (tmp_path / "xdg").exists()
    else:
        assert listing(tmp_path / "xdg") == before
        assert folder.read_text(encoding="utf-8") == "not a folder\n"


AS_A_USER = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from iomdesk import app
from iomdesk.views.main_window import MainWindow

build = MainWindow.__init__
windows = []

def watched(window, *args, **kwargs):
    build(window, *args, **kwargs)
    windows.append(window)

def look(*_args):
    window = windows[0]
    window.ensure_tabs()
    line = window.statusBar().currentMessage()
    print(json.dumps({"path": str(window.store.path), "line": line}), flush=True)
    return 0

MainWindow.__init__ = watched
QApplication.exec = look
sys.exit(app.main([]))
"""


class User(NamedTuple):
    """Who runs the app: the command prefix, and the ids to give its home folder to."""

    prefix: list[str]
    ids: tuple[int, int] | None


def an_ordinary_user() -> User:
    """A user whom file modes bind: this one, if not root; as root, 'nobody' through
    setpriv (skipped where that is not possible)."""
    if os.geteuid() != 0:
        return User([], None)
    import pwd
    import shutil

    setpriv = shutil.which("setpriv")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        nobody = None
    if setpriv is None or nobody is None:
        pytest.skip("running as root without setpriv or a 'nobody' user: modes not enforced")
    prefix = [setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    return User(prefix, (nobody.pw_uid, nobody.pw_gid))


@pytest.fixture
def open_scratch():
    """A scratch folder every user can enter (tmp_path's parents are root's own)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="iomdesk-modes-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


FOLDER_MODES = {
    "read-only": (0o555, "the pack"),
    "enter but not list": (0o111, "the shipped data"),
    "list but not enter": (0o444, "the shipped data"),
}


@pytest.mark.parametrize(
    "mode",
    [
        "read-only",
        "enter but not list",
        "list but not enter",
    ],
)
def test_the_data_folder_s_permissions_as_a_user_has_them(tmp_path, open_scratch, mode):
    """The app started for real, as a user whom the folder's modes bind: it starts, on the
    pack where it can read it, else on the shipped data, and writes nothing there."""
    user = an_ordinary_user()
    folder_mode, expected = FOLDER_MODES[mode]
    folder = open_scratch / "xdg" / "iomdesk" / "data"
    home = open_scratch / "home"
    home.mkdir()
    if user.ids is not None:
        os.chown(home, *user.ids)  # its settings go there, not into the data folder
    pack = make_pack(folder, "iomdesk-next.sqlite", NEWER)
    pack.chmod(0o444)
    before = listing(folder)
    folder.chmod(folder_mode)
    try:
        done = subprocess.run(
            [*user.prefix, sys.executable, "-c", AS_A_USER],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=open_scratch,
            env={
                "QT_QPA_PLATFORM": "offscreen",
                "PATH": "/usr/bin:/bin",
                "HOME": str(home),
                "XDG_DATA_HOME": str(open_scratch / "xdg"),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONPATH": str(Path(app.__file__).parents[1]),  # this iomdesk, not another
            },
        )
    finally:
        folder.chmod(0o755)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == app.EXIT_OK, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    if expected == "the pack":
        assert seen["path"] == str(pack)
        assert f"data {NEWER} from the data folder ({pack.name})" in seen["line"]
    else:
        assert seen["path"] == str(default_path())
    if mode == "list but not enter":  # the pack is seen, so its reason is said
        assert f"{pack.name} not used: The database file cannot be read" in seen["line"]
    if mode == "enter but not list":  # no pack is seen: the folder is what is named
        assert "data not used: iomdesk cannot look into its data folder" in seen["line"]
    assert listing(folder) == before


# -- 6. a data folder full of things that are not packs --------------------------------------


def test_a_folder_of_non_packs_means_the_shipped_data_and_the_line_names_one_and_counts(
    qtbot, monkeypatch, tmp_path, capsys
):
    from PySide6.QtGui import QColor, QImage

    folder = data_home(monkeypatch, tmp_path)
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("Data packs go here.\n", encoding="utf-8")
    (folder / "README").write_text("iomdesk data\n", encoding="utf-8")
    (folder / "text.sqlite").write_text("Director General: Amy Pope\n" * 20, encoding="utf-8")
    (folder / "x.sqlite").mkdir()
    (folder / "x.sqlite" / "inside.sqlite").write_bytes(b"")
    (folder / "empty.sqlite").write_bytes(b"")
    (folder / "y.sqlite").symlink_to(folder / "gone.sqlite")
    picture = QImage(16, 16, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    assert picture.save(str(folder / "z.sqlite"), "PNG")
    unreadable = folder / "unreadable.sqlite"
    unreadable.write_text("secret\n" * 20, encoding="utf-8")
    unreadable.chmod(0o000)
    before = listing(folder)
    shown: dict[str, object] = {}

    def use(window) -> None:
        shown["copied"], _ = contact_shown(qtbot, window, "cash")

    try:
        started = start(qtbot, monkeypatch, use)
    finally:
        unreadable.chmod(0o644)
    assert started.status == app.EXIT_OK and started.reporter.reported == 0
    assert started.window.store.path == default_path()
    assert shown["copied"] == OLD_EMAIL
    # The first by name, with its reason; the four others counted (the folder named
    # x.sqlite, the .txt and the README are no packs at all).
    assert "empty.sqlite not used: The database file is empty. (and 4 more)" in started.line
    err = capsys.readouterr().err
    logged = {
        line.split(" not used: ")[0].rsplit("/", 1)[1]: line.split(" not used: ")[1]
        for line in err.splitlines()
        if line.startswith("iomdesk: data pack ")
    }
    # As root the unreadable file is read, and is no database; as anyone else, not read.
    assert logged == {
        "empty.sqlite": "The database file is empty.",
        "text.sqlite": "This file is not an SQLite database.",
        "unreadable.sqlite": (
            "This file is not an SQLite database."
            if os.geteuid() == 0
            else "The database file cannot be read (Permission denied)."
        ),
        "y.sqlite": "The database file does not exist.",
        "z.sqlite": "This file is not an SQLite database.",
    }
    assert listing(folder) == before


# -- 7. two packs of the same release ---------------------------------------------------------


def test_of_two_packs_of_one_release_the_first_by_name_is_used_every_time(
    qtbot, monkeypatch, tmp_path
):
    folder = data_home(monkeypatch, tmp_path)
    # Made in the other order than their names': the choice is not the newer file's.
    second = make_pack(folder, "iomdesk-b.sqlite", NEWER, new_email("cbi-b@iom.int"))
    first = make_pack(folder, "iomdesk-a.sqlite", NEWER, new_email("cbi-a@iom.int"))
    os.utime(first, (1_000_000_000, 1_000_000_000))  # and the first one the older file
    for _start in range(2):
        shown: dict[str, object] = {}

        def use(window, shown=shown) -> None:
            shown["copied"], _ = contact_shown(qtbot, window, "cash")

        started = start(qtbot, monkeypatch, use)
        assert started.status == app.EXIT_OK and started.reporter.reported == 0
        assert started.window.store.path == first
        assert shown["copied"] == "cbi-a@iom.int"
        assert f"data {NEWER} from the data folder ({first.name})" in started.line
        assert (
            f"{second.name} not used: A pack of the same release, {first.name}, is in use."
            in started.line
        )
