"""Ids stay stable across releases: which ids of the previous release vanished without a note."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
from pathlib import Path

from devtools.build import DATA_DIR, TABLES
from iomdesk import packs

RETIRED = DATA_DIR / "retired_ids.csv"
RETIRED_HEADER = ["table", "id", "release", "note"]
# meta's keys are the build's own words, not rows anyone links to.
KEPT_TABLES = tuple(table for table in TABLES if table != "meta")


def git(repo: Path, *args: str) -> str:
    """A git command's output; CalledProcessError when it fails."""
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def csv_ids(text: str) -> set[str]:
    """The first column of a CSV file's rows, its header left out."""
    rows = list(csv.reader(io.StringIO(text)))
    return {row[0] for row in rows[1:] if row}


def release_in(meta_csv: str) -> str | None:
    """The release a meta.csv names; None before releases were named."""
    for row in csv.reader(io.StringIO(meta_csv)):
        if row[:1] == ["release"]:
            return row[1]
    return None


def previous_release(repo: Path, current: str, data: str = "resources/data") -> str | None:
    """The commit whose data the current release follows: the parent of the first commit whose
    meta.csv names the current release. None when no commit before it holds a meta.csv."""
    commits = git(repo, "log", "--format=%H", "--", f"{data}/meta.csv").split()
    first_current = None
    for commit in commits:  # newest first
        if release_in(git(repo, "show", f"{commit}:{data}/meta.csv")) != current:
            break
        first_current = commit
    if first_current is None:  # the current release is not committed yet: HEAD is the last one
        return git(repo, "rev-parse", "HEAD").strip() if commits else None
    try:
        git(repo, "cat-file", "-e", f"{first_current}^:{data}/meta.csv")
    except subprocess.CalledProcessError:
        return None
    return git(repo, "rev-parse", f"{first_current}^").strip()


def ids_at(repo: Path, commit: str, data: str = "resources/data") -> dict[str, set[str]]:
    """Each table's ids in a commit's CSV files; a table that had no file is left out."""
    found = {}
    for table in KEPT_TABLES:
        try:
            found[table] = csv_ids(git(repo, "show", f"{commit}:{data}/{table}.csv"))
        except subprocess.CalledProcessError:
            continue
    return found


def ids_in(db: Path) -> dict[str, set[str]]:
    """Each table's ids in a built database file."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: {r[0] for r in conn.execute(f"SELECT id FROM {t}")} for t in KEPT_TABLES}
    finally:
        conn.close()


def read_retired(path: Path) -> list[dict[str, str]]:
    """The rows of retired_ids.csv (none when there is no file)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != RETIRED_HEADER:
            raise ValueError(f"{path}: header is {reader.fieldnames}, expected {RETIRED_HEADER}")
        return list(reader)


def problems(
    before: dict[str, set[str]], now: dict[str, set[str]], retired: list[dict[str, str]]
) -> list[str]:
    """Why the ids are not stable: an id gone without a note, a note that is wrong."""
    noted = {(row["table"], row["id"]) for row in retired}
    found = []
    for table, ids in sorted(before.items()):
        for gone in sorted(ids - now.get(table, set())):
            if (table, gone) not in noted:
                found.append(
                    f"{table}/{gone} vanished since the previous release with no line in "
                    f"retired_ids.csv (keep the id, or say there why it went)"
                )
    for line, row in enumerate(retired, start=2):
        where = f"retired_ids.csv:{line}"
        table, row_id = row["table"], row["id"]
        if table not in KEPT_TABLES:
            found.append(f"{where}: {table!r} is no table of the data")
        elif row_id in now.get(table, set()):
            found.append(f"{where}: {table}/{row_id} is retired but still in the data")
        if packs.release_key(row["release"] or "") is None:
            found.append(f"{where}: release {row['release']!r} is not YYYY.MM.DD or YYYY.MM.DD.N")
        if not (row["note"] or "").strip():
            found.append(f"{where}: {table}/{row_id} is retired with no note saying why")
    return found
