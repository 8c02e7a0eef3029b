"""The unpacked bundle runs as the wheel does, with no Python on PATH, no venv, no PYTHONPATH."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from smoke import environment, run_smoke, unique_contact

from iomdesk import __version__
from iomdesk.views.main_window import WINDOW_TITLE

ROOT = Path(__file__).resolve().parent.parent


def shipped_database(bundle: Path) -> Path:
    """Where the wheel puts the data (the package iomdesk.resources), inside the bundle."""
    return bundle / "_internal" / "iomdesk" / "resources" / "iomdesk.sqlite"


def run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "iomdesk"), *args],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )


def test_version_is_the_package_s_and_the_archive_s(bundle, archive, tmp_path):
    done = run(bundle, tmp_path, "--version")
    assert (done.returncode, done.stdout) == (0, f"iomdesk {__version__}\n")
    assert archive.name.startswith(f"iomdesk-{__version__}-linux-")


def test_check_reads_the_shipped_data_where_the_wheel_keeps_it(bundle, tmp_path):
    database = shipped_database(bundle)
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        posts, units, contacts = (
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("tenures", "units", "contacts")
        )
    done = run(bundle, tmp_path, "--check")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"iomdesk: {database} is a good database ({posts} posts held, {units} units, "
        f"{contacts} contacts)\n"
    )


def test_db_opens_another_file_and_a_damaged_one_exits_3(bundle, tmp_path):
    good = tmp_path / "a copy é" / "iomdesk.sqlite"
    good.parent.mkdir()
    shutil.copyfile(shipped_database(bundle), good)
    done = run(bundle, tmp_path, "--check", "--db", str(good))
    assert done.returncode == 0 and f"iomdesk: {good} is a good database" in done.stdout

    damaged = good.with_name("damaged.sqlite")
    data = good.read_bytes()
    damaged.write_bytes(data[: len(data) // 3])  # cut short, as a broken download is
    done = run(bundle, tmp_path, "--check", "--db", str(damaged))
    assert done.returncode == 3
    assert done.stderr.startswith("iomdesk: ") and str(damaged) in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_arguments_exit_2(bundle, tmp_path):
    done = run(bundle, tmp_path, "--lang", "de")
    assert done.returncode == 2 and "invalid choice" in done.stderr


def test_a_user_s_session_find_copy_quit(bundle, tmp_path):
    """The window, a search, a copy, a clean quit: the keys go through Qt's dispatch in the
    bundled app itself (the smoke probe); the expected address comes from the shipped data."""
    contact = unique_contact(shipped_database(bundle))
    session = run_smoke([str(bundle / "iomdesk")], environment(tmp_path), contact.email, tmp_path)
    assert session.status == 0, session.stderr
    assert session.shown["title"] == WINDOW_TITLE
    assert session.shown["tab"] == "Contacts"
    assert session.shown["count"] == f"1 of {contact.total} shown"
    assert session.shown["clipboard"] == contact.email
    assert session.shown["icon"] == "64x64", "the SVG icon engine or image plugin is missing"
    # Programs the app starts (xdg-open for mailto:) get the user's library path, not ours.
    assert session.shown["library path"] == ""
    assert_quiet(session.stderr)


def test_the_shipped_file_opens_on_the_build_s_stamp_without_its_checks(bundle, tmp_path):
    """The stamp travels with the data: without it every start would re-run the checks."""
    contact = unique_contact(shipped_database(bundle))
    command = [str(bundle / "iomdesk"), "-v"]
    session = run_smoke(command, environment(tmp_path), contact.email, tmp_path)
    assert session.status == 0, session.stderr
    assert f"{shipped_database(bundle)}: checked when built" in session.stderr
    assert "content checks" not in session.stderr


def assert_quiet(stderr: str) -> None:
    """Nothing but the offscreen platform's own notices (it cannot resize to hints)."""
    lines = [ln for ln in stderr.splitlines() if "does not support propagateSizeHints" not in ln]
    assert lines == [], stderr


def translated_title(language: str) -> str:
    """The window title as resources/translations/iomdesk_<language>.ts translates it."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"iomdesk_{language}.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == WINDOW_TITLE:
            return message.findtext("translation")
    raise AssertionError(f"no {language} translation of {WINDOW_TITLE!r}")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_with_qt_s_own_dialogs(bundle, tmp_path, language):
    contact = unique_contact(shipped_database(bundle))
    command = [str(bundle / "iomdesk"), "--lang", language, "-v"]
    session = run_smoke(command, environment(tmp_path), contact.email, tmp_path)
    assert session.status == 0, session.stderr
    assert session.shown["title"] == translated_title(language) != WINDOW_TITLE
    assert session.shown["clipboard"] == contact.email
    loaded = dict(re.findall(r"translations (\S+) loaded from (.+)", session.stderr))
    inside = bundle / "_internal"
    assert Path(loaded[f"iomdesk_{language}"]) == inside / "iomdesk/resources/translations"
    assert Path(loaded[f"qtbase_{language}"]) == inside / "PySide6/Qt/translations"
