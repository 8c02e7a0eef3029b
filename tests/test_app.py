"""Starting iomdesk: arguments, exit statuses, and one clear message for a bad database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iomdesk import __version__, app


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


def test_unknown_argument_is_a_usage_error(capsys):
    assert app.main(["--frobnicate"]) == app.EXIT_USAGE
    assert "unrecognized arguments" in capsys.readouterr().err


def test_bad_database_gives_one_dialog_one_stderr_line_and_exit_status(qapp, tmp_path, capsys):
    bad = tmp_path / "not a db.sqlite"
    bad.write_text("hello", encoding="utf-8")
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(0, close_dialog)
    assert app.main(["--db", str(bad)]) == app.EXIT_DATABASE
    assert len(seen) == 1
    assert "not an SQLite database" in seen[0] and str(bad) in seen[0]
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"iomdesk: This file is not an SQLite database. ({bad})"]
    assert bad.read_text(encoding="utf-8") == "hello"


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
