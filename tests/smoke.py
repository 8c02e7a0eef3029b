"""Running the app with its smoke probe (IOMDESK_SMOKE) and what to expect, from the data."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

TEXT_COLUMNS = ("label", "email", "phone", "fax", "address", "note")


@dataclass(frozen=True)
class Contact:
    email: str
    total: int  # contacts in the file


def unique_contact(database: Path) -> Contact:
    """The first contact (by id) whose e-mail address no other contact's text contains, so
    that searching for it shows exactly one row."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            f"SELECT email, {', '.join(TEXT_COLUMNS)} FROM contacts ORDER BY id"
        ).fetchall()
    texts = [" ".join(value or "" for value in row[1:]).casefold() for row in rows]
    for email, *_ in rows:
        if email and sum(email.casefold() in text for text in texts) == 1:
            return Contact(email, len(rows))
    raise AssertionError(f"no contact in {database} has an address of its own")


def environment(tmp: Path, **extra: str) -> dict[str, str]:
    """A user's session reduced to what the app needs: no Python, venv or PYTHONPATH; an empty
    home; the offscreen screen."""
    empty = tmp / "empty-path"
    runtime = tmp / "runtime"
    for folder in (empty, runtime, tmp / "home"):
        folder.mkdir(exist_ok=True)
    runtime.chmod(0o700)
    return {
        "PATH": str(empty),
        "HOME": str(tmp / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


@dataclass(frozen=True)
class Session:
    status: int
    shown: dict[str, str]  # "smoke <what>: <value>" lines
    stderr: str


def run_smoke(command: list[str], env: dict[str, str], words: str, cwd: Path) -> Session:
    done = subprocess.run(
        command,
        env={**env, "IOMDESK_SMOKE": words},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )
    shown = {}
    for line in done.stdout.splitlines():
        if line.startswith("smoke "):
            what, _, value = line.removeprefix("smoke ").partition(": ")
            shown[what] = value
    return Session(done.returncode, shown, done.stderr)
