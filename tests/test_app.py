"""Starting iomdesk: arguments, exit statuses, and one clear message for a bad database."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from badcontent import FAULTS, spoiled
from badfiles import BAD_FILES, digest, good_copy, leftovers, locked
from modal import when_modal
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iomdesk import __version__, app
from iomdesk.database import StoreError, default_path, stamp_path


def run_module(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "iomdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_version_and_help(capsys):
    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"iomdesk {__version__}"
    assert app.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--db PATH" in out and "Exit status" in out
    from iomdesk.tabs import TABS

    description = " ".join(out.split())  # argparse wraps it
    assert all(tab.title.lower() in description for tab in TABS)


def test_no_arguments_mean_the_parser_s_own_defaults():
    """A start without arguments (from a menu) skips argparse, to the same result."""
    assert app.parse_args([]) == app.argument_parser().parse_args([])


def test_unknown_argument_is_a_usage_error(capsys):
    assert app.main(["--frobnicate"]) == app.EXIT_USAGE
    assert "unrecognized arguments" in capsys.readouterr().err


def run_closing_dialogs(argv: list[str]) -> tuple[int, list[str]]:
    """Run main() in this process, closing (and recording) each message box it shows."""
    seen: list[str] = []
    when_modal(lambda box: seen.append(box.text() if isinstance(box, QMessageBox) else ""))
    return app.main(argv), seen


def assert_refused(path: Path, capsys, words: str = "") -> None:
    before = digest(path)
    status, dialogs = run_closing_dialogs(["--db", str(path)])
    assert status == app.EXIT_DATABASE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("iomdesk: ") and err[0].endswith(f"({path})")
    assert "Traceback" not in err[0]
    assert len(dialogs) == 1
    sentence = err[0][len("iomdesk: ") : -len(f" ({path})")]
    assert sentence in dialogs[0] and str(path) in dialogs[0]
    assert words in sentence
    assert digest(path) == before
    assert leftovers(path) == []


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_database_gives_one_dialog_one_stderr_line_and_exit_status(
    qapp, tmp_path, capsys, case
):
    make, _kind, words = BAD_FILES[case]
    path = make(tmp_path)
    assert_refused(path, capsys, words)


def test_locked_database_through_the_app(qapp, tmp_path, capsys):
    path = good_copy(tmp_path)
    with locked(path):
        assert_refused(path, capsys)


def test_bad_path_with_spaces_and_accents(qapp, tmp_path, capsys):
    folder = tmp_path / "Données d'été #2"
    folder.mkdir()
    path = folder / "vieux fichier ø.sqlite"
    path.write_text("not a database", encoding="utf-8")
    assert_refused(path, capsys)


@pytest.mark.parametrize("case", ["missing", "zeroed pages", "newer schema"])
def test_a_real_process_refuses_without_traceback(tmp_path, case):
    path = BAD_FILES[case][0](tmp_path)
    before = digest(path)
    result = run_module("--check", "--db", str(path))
    assert result.returncode == app.EXIT_DATABASE
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("iomdesk: ")
    assert "Traceback" not in result.stderr + result.stdout
    assert digest(path) == before and leftovers(path) == []


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_file_whose_rows_break_a_rule_is_refused_with_one_dialog(qapp, tmp_path, capsys, fault):
    _, where, words = FAULTS[fault]
    path = spoiled(tmp_path, fault)
    before = digest(path)
    status, dialogs = run_closing_dialogs(["--db", str(path)])
    assert status == app.EXIT_DATABASE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("iomdesk: ") and "not opened" in err[0]
    assert len(dialogs) == 1
    assert str(path) in dialogs[0] and "--check" in dialogs[0]
    assert any(line.startswith(f"{where}: ") and words in line for line in dialogs[0].splitlines())
    assert digest(path) == before and leftovers(path) == []


@pytest.mark.parametrize(
    "fault", ["unit under its own descendant", "text where a vote count belongs", "a missing table"]
)
def test_a_real_process_refuses_bad_rows_without_hanging_or_traceback(tmp_path, fault):
    path = spoiled(tmp_path, fault)
    result = run_module("--check", "--db", str(path))  # a hang fails on the timeout
    assert result.returncode == app.EXIT_DATABASE
    assert result.stderr.startswith("iomdesk: ") and FAULTS[fault][1] in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_check_reports_a_good_database():
    result = run_module("--check")
    assert result.returncode == 0, result.stderr
    assert "good database" in result.stdout


def test_check_of_a_missing_file_has_no_traceback(tmp_path):
    missing = tmp_path / "gone.sqlite"
    result = run_module("--check", "--db", str(missing))
    assert result.returncode == app.EXIT_DATABASE
    assert result.stderr.strip() == f"iomdesk: The database file does not exist. ({missing})"
    assert "Traceback" not in result.stderr + result.stdout
    assert not Path(missing).exists()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_shown_once_and_survived(qtbot, window, monkeypatch, capsys):

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    reporter = app.ErrorReporter()
    monkeypatch.setattr(sys, "excepthook", reporter)

    def broken_slot():
        raise ValueError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)  # posted to the event loop
    assert reporter.reported == 1
    assert len(shown) == 1 and "ValueError: a bug in a slot" in shown[0]
    err = capsys.readouterr().err
    assert "Traceback" in err and "a bug in a slot" in err
    # The window still answers.
    qtbot.keyClicks(window.tab("leadership").search, "pope")
    model = window.tab("leadership").model
    assert 0 < model.shown_count() < model.total_count()


def test_reporter_shows_one_dialog_at_a_time(monkeypatch, qtbot, capsys):
    reporter = app.ErrorReporter()
    shown: list[str] = []

    def nested_warning(*args):
        shown.append(args[2])
        reporter(RuntimeError, RuntimeError("while the first dialog is open"), None)

    monkeypatch.setattr(QMessageBox, "warning", nested_warning)
    reporter(ValueError, ValueError("first"), None)
    reporter(ValueError, ValueError("second, before the first dialog shows"), None)
    assert shown == [], "no dialog from inside the hook (it may be a paint event)"
    qtbot.waitUntil(lambda: reporter.reported == 3 and not reporter.showing, timeout=5000)
    assert len(shown) == 1
    err = capsys.readouterr().err
    assert "while the first dialog is open" in err and "second, before" in err


def test_a_database_error_during_another_dialog_is_shown_after_it_then_the_app_ends(
    monkeypatch, qtbot, capsys
):
    """The database's dialog is not lost behind a bug's, and the exit waits for both."""
    reporter = app.ErrorReporter()
    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QApplication.instance(), "exit", exits.append)
    damaged = StoreError("damaged", "The database file is damaged.", Path("x.sqlite"))

    def warning_during_which_the_file_fails(*args):
        shown.append("bug")
        reporter(StoreError, damaged, None)
        assert exits == [], "no exit while a dialog is open"

    monkeypatch.setattr(QMessageBox, "warning", warning_during_which_the_file_fails)
    monkeypatch.setattr(app, "show_startup_error", lambda exc: shown.append(exc.sentence))
    reporter(ValueError, ValueError("a bug"), None)
    qtbot.waitUntil(lambda: bool(exits), timeout=5000)
    assert shown == ["bug", "The database file is damaged."]
    assert exits == [app.EXIT_DATABASE]
    capsys.readouterr()


def test_verbose_says_what_it_does_with_timings(capsys):
    assert app.main(["--check", "-v"]) == app.EXIT_OK
    err = capsys.readouterr().err
    assert "iomdesk: " in err and "content checks" in err and " ms" in err
    assert app.main(["--check"]) == app.EXIT_OK
    assert capsys.readouterr().err == ""  # quiet without -v


def test_a_file_the_build_checked_opens_at_once_any_other_beside_qt(tmp_path):
    shipped = app.Opening(None)
    assert not shipped.in_background and shipped.store().tenures
    other = app.Opening(good_copy(tmp_path))  # no stamp: checked in full, on a second thread
    assert other.in_background and other.store().tenures


def test_a_stamp_the_bytes_refute_opens_inline_and_is_refused(tmp_path):
    """The stamp's claim (the size) keeps the open on this thread; its CRC-32 then refutes
    it, and the damaged file gets every check all the same."""
    damaged = BAD_FILES["zeroed pages"][0](tmp_path)  # the shipped size, other bytes
    shutil.copyfile(stamp_path(default_path()), stamp_path(damaged))
    opening = app.Opening(damaged)
    assert not opening.in_background
    with pytest.raises(app.StoreError) as caught:
        opening.store()
    assert caught.value.kind == "corrupt"


def test_what_goes_wrong_on_the_second_thread_is_raised_on_the_first(tmp_path, monkeypatch):
    damaged = BAD_FILES["zeroed pages"][0](tmp_path)  # SQLite's own check, on the thread
    with pytest.raises(app.StoreError) as caught:
        app.Opening(damaged).store()
    assert caught.value.kind == "corrupt"
    spoiled_file = spoiled(tmp_path, "tenure names no person")  # the rules, after it
    with pytest.raises(app.StoreError) as caught:
        app.Opening(spoiled_file).store()
    assert caught.value.problems

    def broken(*args, **kwargs):
        raise RuntimeError("a bug while opening")

    monkeypatch.setattr(app, "check_file", broken)
    with pytest.raises(RuntimeError, match="a bug while opening"):
        app.Opening(good_copy(tmp_path, "other.sqlite")).store()


SOURCES_READ = """
import inspect, sys
import PySide6.QtWidgets
from iomdesk import app
if sys.argv[1] == "spared":
    app.spare_pyside_source_reading()
read = []
getsource = inspect.getsource
inspect.getsource = lambda module: read.append(module.__name__) or getsource(module)
import iomdesk.views.main_window
from iomdesk import tabs
__import__(tabs.TABS[0].view.partition(":")[0])  # the first tab's view, built before the paint
print(len(read))
"""


def test_pyside_is_told_which_modules_use_it_instead_of_reading_their_source():
    """PySide6 reads the source of each module an import names once it is loaded; the app's
    startup imports, told beforehand, read almost none."""

    def sources_read(how: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", SOURCES_READ, how],
            capture_output=True,
            text=True,
            timeout=60,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0, done.stderr
        return int(done.stdout)

    assert sources_read("as is") > 30
    assert sources_read("spared") < 10


def test_sparing_pyside_s_reading_is_harmless_without_its_table(monkeypatch):
    import PySide6.QtCore  # noqa: F401  (loads the table the app fills)

    feature = sys.modules["PySide6.support.feature"]
    monkeypatch.setattr(feature, "pyside_feature_dict", {})
    app.spare_pyside_source_reading()
    assert feature.pyside_feature_dict["iomdesk.views.main_window"] == 0
    assert feature.pyside_feature_dict["json"] == -1
    monkeypatch.delitem(sys.modules, "PySide6.support.feature")
    app.spare_pyside_source_reading()  # a PySide6 without the table: nothing to do, no error


def test_the_command_holds_the_collector_off_until_the_window_has_painted(qapp, monkeypatch):
    """The `iomdesk` command starts without Python's cycle collector (10-14 ms of every
    start) and turns it back on once the rows have painted: left off, cyclic garbage would
    pile up for as long as the app runs."""
    import gc

    from iomdesk import command
    from iomdesk.views.main_window import MainWindow

    seen: dict[str, object] = {}
    build = MainWindow.__init__

    def watched(window, *args, **kwargs) -> None:
        build(window, *args, **kwargs)
        seen["while starting"] = gc.isenabled()

        def after_paint() -> None:
            seen["after the paint"] = gc.isenabled()
            seen["kept out of sight"] = gc.get_freeze_count()
            window.close()

        window.when_painted(lambda: QTimer.singleShot(0, after_paint))

    monkeypatch.setattr(MainWindow, "__init__", watched)
    monkeypatch.setattr(sys, "argv", ["iomdesk"])
    try:
        assert command.run() == app.EXIT_OK
    finally:
        gc.unfreeze()  # this test process's objects, frozen by the app, are collected again
        gc.enable()
    assert seen == {
        "while starting": False,
        "after the paint": True,
        "kept out of sight": seen["kept out of sight"],
    }
    assert seen["kept out of sight"] > 10_000  # what startup made: Qt's, ours, the rows


def test_the_collector_resumes_even_if_the_window_never_paints(qapp, monkeypatch):
    """A window kept from painting (started minimised, say) gets the collector back on
    after COLLECT_AT_LATEST_MS all the same."""
    import gc

    from iomdesk import command
    from iomdesk.views.main_window import MainWindow

    seen: list[bool] = []

    def check_and_quit() -> None:
        seen.append(gc.isenabled())
        QApplication.instance().quit()

    monkeypatch.setattr(MainWindow, "show", lambda window: None)  # never shown, never painted
    monkeypatch.setattr(app, "COLLECT_AT_LATEST_MS", 50)
    monkeypatch.setattr(sys, "argv", ["iomdesk"])
    QTimer.singleShot(500, check_and_quit)
    try:
        assert command.run() == app.EXIT_OK
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [True]


def test_main_alone_leaves_the_collector_as_it_was(qapp, monkeypatch):
    import gc

    app.resume_collecting()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_startup_error_dialog_wears_the_saved_theme(qapp, tmp_path, capsys):
    """A user who chose Dark gets a dark error dialog, not the platform's light one."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPalette

    from iomdesk.views import theme

    QSettings().setValue("view/theme", "dark")
    path = tmp_path / "broken.sqlite"
    path.write_text("not a database", encoding="utf-8")
    grounds: list[int] = []
    when_modal(
        lambda box: grounds.append(box.palette().color(QPalette.ColorRole.Window).lightness())
    )
    try:
        assert app.main(["--db", str(path)]) == app.EXIT_DATABASE
    finally:
        theme.apply_theme("system")
    capsys.readouterr()
    assert len(grounds) == 1 and grounds[0] < 100


def test_settings_from_before_the_app_id_are_carried_over_once(qapp):
    from PySide6.QtCore import QSettings

    from iomdesk import APP_ID

    old = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "iomdesk", "iomdesk")
    old.setValue("view/theme", "dark")
    old.setValue("marks/starred", "iomdesk:unit/prd")
    old.sync()
    qapp.setApplicationName(APP_ID)
    try:
        app.carry_over_settings()
        settings = QSettings()
        assert settings.fileName().endswith((f"{APP_ID}.conf", f"{APP_ID}.ini"))
        assert settings.value("view/theme") == "dark"
        assert settings.value("marks/starred") == "iomdesk:unit/prd"
        old.setValue("view/theme", "light")  # an older iomdesk run meanwhile
        settings.setValue("view/theme", "system")
        app.carry_over_settings()
        assert QSettings().value("view/theme") == "system"  # once: the user's later choice stays
        assert old.value("view/theme") == "light"  # and the old file is left as it is
        assert old.fileName().startswith(QSettings().fileName().rsplit("/", 2)[0])  # the tests
    finally:
        qapp.setApplicationName("iomdesk")
