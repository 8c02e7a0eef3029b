"""Build resources/iomdesk.sqlite from the CSV files in resources/data: python -m devtools.build."""

from __future__ import annotations

import argparse
import csv
import os
import re
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from iomdesk import packs, validate
from iomdesk.contract import schema_sql
from iomdesk.database import SCHEMA_VERSION, checked_by_build, stamp_of, stamp_path
from iomdesk.relations import CITED_WHERE_DEFINED
from iomdesk.validate import DATE_COLUMNS, STATUS_COLUMNS, STATUSES

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "resources" / "data"
DEFAULT_OUT = ROOT / "resources" / "iomdesk.sqlite"

# Load order: a table comes after the tables it refers to.
TABLES = (
    "meta",
    "sources",
    "bodies",
    "people",
    "elections",
    "tenures",
    "candidates",
    "rounds",
    "votes",
    "units",
    "countries",
    "contacts",
    "figures",
    "events",
    "memberships",
    "offices",
    "coverage",
    "chiefs",
    "conflicts",
    "aliases",
)
UNCITED = {"meta", "sources"}
# Which tables each tab shows, for the "as of" dates; conflicts count for their subject's tab.
TAB_TABLES = {
    "leadership": ("bodies", "people", "tenures"),
    "elections": ("elections", "candidates", "rounds", "votes"),
    "structure": ("units",),
    "contacts": ("contacts",),
    "history": ("events", "figures"),
    "countries": ("countries", "memberships", "offices", "coverage", "chiefs"),
}
STAMPED_META = {"newest_source", "schema", *(f"as_of_{tab}" for tab in TAB_TABLES)}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SOURCE_ID = re.compile(r"^(seed\d{3}|S\d+)$")


class BuildError(Exception):
    """A source file breaks a rule; the message names the file and the line."""


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the empty tables and stamp the schema version (also used by the generator)."""
    conn.executescript(schema_sql())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2].upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def check_date(value: str, where: str) -> None:
    if not PARTIAL_DATE.match(value):
        raise BuildError(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise BuildError(f"{where}: date {value!r} does not exist ({exc})") from None


def convert(column: str, sql_type: str, raw: str, where: str) -> object:
    """Turn one CSV cell into the value stored, checking it on the way."""
    value = raw.strip()
    if column in STATUS_COLUMNS:
        value = value or "confirmed"
        if value not in STATUSES:
            raise BuildError(f"{where}: {column} {value!r} is not one of {sorted(STATUSES)}")
        return value
    if value == "":
        return None
    if column in DATE_COLUMNS:
        check_date(value, where)
    if sql_type == "INTEGER":
        try:
            return int(value)
        except ValueError:
            raise BuildError(f"{where}: {column} {value!r} is not a whole number") from None
    if sql_type == "REAL":
        try:
            return float(value)
        except ValueError:
            raise BuildError(f"{where}: {column} {value!r} is not a number") from None
    return value


def load_table(conn: sqlite3.Connection, table: str, data_dir: Path) -> None:
    """Insert one CSV file, each row checked on the way."""
    path = data_dir / f"{table}.csv"
    if not path.exists():
        raise BuildError(f"{path}: missing")
    columns = table_columns(conn, table)
    names = [name for name, _ in columns]
    expected = names if table in UNCITED else [*names, "sources"]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header != expected:
            raise BuildError(f"{path}: header is {header}, expected {expected}")
        placeholders = ", ".join("?" for _ in names)
        quoted = ", ".join(f'"{name}"' for name in names)
        insert = f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})"
        for line, row in enumerate(reader, start=2):
            where = f"{path.name}:{line}"
            if len(row) != len(expected):
                raise BuildError(f"{where}: {len(row)} cells, expected {len(expected)}")
            cells = row[: len(columns)]
            values = [convert(n, t, c, where) for (n, t), c in zip(columns, cells, strict=True)]
            key = values[0]
            if table not in ("meta", "sources") and not ID_PATTERN.match(str(key or "")):
                raise BuildError(f"{where}: id {key!r} must be lowercase letters, digits, '-'")
            try:
                conn.execute(insert, values)
            except sqlite3.IntegrityError as exc:
                raise BuildError(f"{where}: {exc}") from None
            if table in UNCITED:
                continue
            cited = [s.strip() for s in row[-1].split(";") if s.strip()]
            if not cited and not (table in CITED_WHERE_DEFINED and values[names.index("note")]):
                raise BuildError(f"{where}: the row cites no source (and no note says why)")
            for source_id in cited:
                if not SOURCE_ID.match(source_id):
                    raise BuildError(f"{where}: {source_id!r} is not a source key")
                conn.execute(
                    "INSERT OR IGNORE INTO citations VALUES (?, ?, ?)", (table, key, source_id)
                )


def check_content(conn: sqlite3.Connection) -> None:
    """The same rules the app checks on open (iomdesk.validate), then SQLite's own check."""
    problems = validate.problems(conn)
    if problems:
        listed = "\n  ".join(map(str, problems[:20]))
        more = f"\n  and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise BuildError(f"the data breaks {len(problems)} rules:\n  {listed}{more}")
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise BuildError(f"integrity check failed: {problems[:5]}")


def stamp_as_of(conn: sqlite3.Connection) -> None:
    """Store how current each tab is: the month of the newest document its rows cite."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    written_by_hand = STAMPED_META & meta.keys()
    if written_by_hand:
        raise BuildError(f"meta.csv: {sorted(written_by_hand)} are computed by the build")
    source_dates = dict(conn.execute("SELECT id, substr(date, 1, 7) FROM sources"))
    subject_table = {
        cid: subject.partition(":")[0]
        for cid, subject in conn.execute("SELECT id, subject FROM conflicts")
    }
    tab_of = {table: tab for tab, tables in TAB_TABLES.items() for table in tables}
    newest: dict[str, str] = {}
    for table, row_id, source_id in conn.execute("SELECT * FROM citations"):
        when = source_dates.get(source_id)
        if not when:
            continue
        tab = tab_of.get(subject_table.get(row_id, "") if table == "conflicts" else table)
        for key in (f"as_of_{tab}" if tab else None, "newest_source"):
            if key and when > newest.get(key, ""):
                newest[key] = when
    checked = meta.get("sources_checked", "")
    if checked < newest.get("newest_source", ""):
        raise BuildError(
            f"meta.csv: sources_checked {checked!r} is before the newest source"
            f" ({newest['newest_source']})"
        )
    release = meta.get("release", "")
    if packs.release_key(release) is None:
        raise BuildError(f"meta.csv: release {release!r} is not YYYY.MM.DD or YYYY.MM.DD.N")
    newest["schema"] = str(SCHEMA_VERSION)  # a pack says which schema it is, for its reader
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(newest.items()))


def build(out: Path = DEFAULT_OUT, data_dir: Path = DATA_DIR) -> Path:
    """Build the database into a temporary file, check it, then move it into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(suffix=".sqlite", dir=out.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            create_schema(conn)
            for table in TABLES:
                load_table(conn, table, data_dir)
            stamp_as_of(conn)
            conn.commit()
            check_content(conn)
            conn.execute("VACUUM")
        finally:
            conn.close()
        tmp.chmod(0o644)  # mkstemp's 0600 would ship a file other users cannot read
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    # The app's word that this file passed every check: it skips them while the bytes match.
    stamp_path(out).write_text(stamp_of(out), encoding="ascii")
    return out


def dump(path: Path) -> list[str]:
    """The database's content as SQL lines: equal dumps mean equal content."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return [f"PRAGMA user_version = {version};", *conn.iterdump()]
    finally:
        conn.close()


def out_of_date(out: Path, data_dir: Path = DATA_DIR) -> str | None:
    """Why the built file does not match its CSV files or its stamp; None when it does. A
    BuildError when the CSV files themselves are wrong."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = build(Path(folder) / "fresh.sqlite", data_dir)
        if not out.exists() or dump(fresh) != dump(out):
            return f"{out} is out of date: run 'make db'"
        if not checked_by_build(out):
            return f"{stamp_path(out)} does not match: run 'make db'"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="the CSV folder")
    parser.add_argument(
        "--check", action="store_true", help="build to a temporary file and compare with --out"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = out_of_date(args.out, args.data)
            if stale:
                print(stale, file=sys.stderr)
                return 1
            print(f"{args.out} matches its sources")
            return 0
        path = build(args.out, args.data)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    conn.close()
    print(
        f"built {path} ({path.stat().st_size} bytes): "
        + ", ".join(f"{n} {t}" for t, n in counts.items() if t != "meta")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
