"""The database file (no Qt): where it is, opening it read-only, the build's stamp beside it,
and the checks of the file and its rows before any row is read; every way it can fail is a
StoreError with a sentence for the user. store.py reads the rows."""

import logging
import sqlite3
import stat
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iomdesk.contract import Problem

log = logging.getLogger(__name__)
SCHEMA_VERSION = 3
OLDEST_SQLITE = (3, 37, 0)  # the first to read STRICT tables
DATABASE_NAME = "iomdesk.sqlite"
STAMP_SUFFIX = ".checked"  # iomdesk.sqlite.checked: the build's word that the file passed
# Which rules a stamp vouches for: raised whenever validate.py, relations.py, contract.py or
# schema.sql change what a file may hold, so a pack stamped under older rules is checked again
# (tests/test_rules_version.py fails when those files change, to ask).
RULES_VERSION = 1


class StoreError(Exception):
    """The database cannot be used: a sentence for the user, the path, and a kind for code.

    A file whose rows break the rules (kind "invalid") also lists each broken rule.
    """

    def __init__(
        self, kind: str, sentence: str, path: Path | str, problems: "list[Problem] | None" = None
    ) -> None:
        super().__init__(f"{sentence} ({path})")
        self.kind = kind
        self.sentence = sentence
        self.path = str(path)
        self.problems = problems or []


# Which SQLite primary result codes are the environment's fault, and what to tell the user.
_KNOWN_ERRORS = {
    3: ("unreadable", "The database file cannot be read (permission denied)."),
    5: ("locked", "The database file is locked by another program; close it and try again."),
    6: ("locked", "The database file is locked by another program; close it and try again."),
    8: ("unreadable", "The database file needs repair that a read-only reader cannot do."),
    10: ("corrupt", "The database file could not be read; it may be damaged or truncated."),
    11: ("corrupt", "The database file is damaged (corrupt or truncated)."),
    14: ("unreadable", "The database file cannot be opened."),
    23: ("unreadable", "The database file cannot be read (not authorised)."),
    26: ("not-a-database", "This file is not an SQLite database."),
}


def default_path() -> Path:
    """The database shipped inside the package (wheel, bundle) or beside it (source checkout)."""
    # Plain paths, not importlib.resources: the package is always a folder on disk here, and
    # that import (tempfile, shutil and more) cost about 12 ms of every start.
    package = Path(__file__).resolve().parent
    inside = package / "resources" / DATABASE_NAME
    beside = package.parent / "resources" / DATABASE_NAME
    return beside if not inside.is_file() and beside.is_file() else inside


def error_or_none(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """error_for's StoreError, or None where the error is not the file's fault."""
    try:
        return error_for(exc, path)
    except sqlite3.Error:
        return None


def error_for(exc: sqlite3.Error, path: Path) -> StoreError:
    """SQLite's error as the user's StoreError when the file is at fault (locked, damaged, not
    a database, ...); any other error is a bug, raised as it is."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _KNOWN_ERRORS:
        kind, sentence = _KNOWN_ERRORS[code & 0xFF]
        return StoreError(kind, sentence, path)
    if isinstance(exc, sqlite3.OperationalError) and "no such" in str(exc):
        return StoreError("wrong-schema", "This SQLite file is not an iomdesk database.", path)
    if isinstance(exc, sqlite3.OperationalError) and "decode" in str(exc):
        sentence = "Some text in this file is not UTF-8; it was not opened."
        return StoreError("invalid", sentence, path)
    raise exc  # anything else is a bug in iomdesk, not the user's file


def connect(path: Path, shared: bool = False) -> sqlite3.Connection:
    """A read-only connection, after the checks that SQLite's own errors would blur."""
    try:
        # One stat, caught: exists() and is_dir() raise on a folder one may list but not enter.
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise StoreError("missing", "The database file does not exist.", path) from None
    except OSError as exc:
        sentence = f"The database file cannot be read ({exc.strerror})."
        raise StoreError("unreadable", sentence, path) from None
    if stat.S_ISDIR(status.st_mode):
        raise StoreError("unreadable", "This is a folder, not a database file.", path)
    if not stat.S_ISREG(status.st_mode):  # a pipe would block the read below for good
        raise StoreError("unreadable", "This is a pipe or a device, not a database file.", path)
    size = status.st_size
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        sentence = f"The database file cannot be read ({exc.strerror})."
        raise StoreError("unreadable", sentence, path) from None
    if size == 0:
        raise StoreError("empty", "The database file is empty.", path)
    if not header.startswith(b"SQLite format 3\x00"):
        raise StoreError("not-a-database", "This file is not an SQLite database.", path)
    # A file in WAL mode (bytes 18 and 19 of its header), or with a log beside it: even a
    # read-only reader writes -wal and -shm files beside it, and reads another program's
    # unfinished pages over the file's own.
    if header[18:20] == b"\x02\x02" or path.with_name(path.name + "-wal").exists():
        raise StoreError(
            "write-ahead-log",
            "This database file uses a write-ahead log (WAL), which iomdesk cannot read "
            "without writing beside it; close the program that writes it, or convert it "
            "(PRAGMA journal_mode = DELETE).",
            path,
        )
    # The header's page count is only valid when its two change counters agree.
    if len(header) == 100 and header[24:28] == header[92:96]:
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if page_size and pages and size < page_size * pages:
            raise StoreError(
                "corrupt", "The database file is truncated (shorter than it says).", path
            )
    if sqlite3.sqlite_version_info < OLDEST_SQLITE:  # STRICT tables would read as damage
        raise StoreError(
            "old-sqlite",
            f"This Python's SQLite is {sqlite3.sqlite_version}; iomdesk's data needs 3.37 or "
            "newer (2021). Use a newer Python.",
            path,
        )
    try:
        # A short busy timeout: a file locked by another program fails fast with a message.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        # shared: check_file's connection, opened on a second thread and then read on the
        # main one (one after the other, never both at once).
        conn = sqlite3.connect(uri, uri=True, timeout=1.0, check_same_thread=not shared)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise error_for(exc, path) from None
    return conn


def check_file(path: Path) -> sqlite3.Connection:
    """A read-only connection, once the file passes SQLite's own checks: its header, schema
    version and quick_check, which reads every page. SQLite does that work without Python's
    lock, so the app can run it on a second thread; Store(checked_connection=...) does the
    rest."""
    conn = connect(path, shared=True)
    try:
        check_schema(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise error_for(exc, path) from None
    except StoreError:
        conn.close()
        raise
    return conn


def stamp_of(path: Path) -> str:
    """What the build writes beside a database it has checked: its bytes' CRC-32 and size, and
    the version of the rules it passed."""
    data = path.read_bytes()
    return f"crc32 {zlib.crc32(data):08x} size {len(data)} rules {RULES_VERSION}\n"


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + STAMP_SUFFIX)


def checked_by_build(path: Path) -> bool:
    """Whether the file is, byte for byte, one the build checked (the stamp beside it).

    The stamp guards against damage, not against someone who rewrites both files: such a
    person could as well change the app. A file with no stamp, or another size or CRC-32, is
    checked in full on every open; so is one with a journal or write-ahead log beside it,
    whose pages SQLite would read over the file's own; so is one stamped under other rules
    (RULES_VERSION), which a newer app may have made stricter.
    """
    stamp = _stamp_claiming(path)
    try:
        return stamp is not None and stamp == stamp_of(path)
    except OSError:
        return False


def carries_stamp(path: Path) -> bool:
    """Whether a stamp beside the file claims it, by its size, without reading the file: the
    cheap question of whether checked_by_build (which reads it) is worth asking."""
    return _stamp_claiming(path) is not None


def _stamp_claiming(path: Path) -> str | None:
    """The stamp beside the file, if it names the file's size and these rules, and no journal
    or write-ahead log lies beside the file; else None."""
    try:
        if any(path.with_name(path.name + end).exists() for end in ("-wal", "-journal")):
            return None
        stamp = stamp_path(path).read_text(encoding="ascii")
        words = stamp.split()  # crc32 <crc> size <bytes> rules <version>
        if len(words) != 6 or words[::2] != ["crc32", "size", "rules"]:
            return None  # a stamp of an older build, or not a stamp: the file is checked
        if words[5] != str(RULES_VERSION):
            return None
        return stamp if int(words[3]) == path.stat().st_size else None
    except (OSError, UnicodeError, ValueError):
        return None


def since(started: float) -> float:
    """Milliseconds since a perf_counter() reading, for the log."""
    return (time.perf_counter() - started) * 1000


def check_version(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file of another schema, or made by a newer iomdesk."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            "newer-schema",
            f"This database was made by a newer iomdesk (schema {version}; this version reads "
            f"schema {SCHEMA_VERSION}). Update iomdesk.",
            path,
        )
    if version != SCHEMA_VERSION:
        raise StoreError("wrong-schema", "This SQLite file is not an iomdesk database.", path)


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """The schema version, then SQLite's quick_check, which reads every page."""
    check_version(conn, path)
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise StoreError("corrupt", "The database file is damaged (corrupt or truncated).", path)


def check_rows(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose rows break a rule the app relies on, naming every broken rule."""
    from iomdesk import validate  # not needed by a file the build checked: later, if at all

    try:
        problems = validate.problems(conn)
    except (sqlite3.OperationalError, sqlite3.DataError) as exc:
        error = error_or_none(exc, path)
        if error is not None:
            raise error from None
        # Content so odd that a check's own SQL fails on it (an overflow, say): refused all
        # the same, with SQLite's words, rather than a traceback.
        raise StoreError(
            "invalid", f"The data in this file cannot be checked ({exc}); it was not opened.", path
        ) from None
    if problems:
        count = f"{len(problems)} problem" + ("s" if len(problems) > 1 else "")
        sentence = f"The data in this file breaks iomdesk's rules ({count}); it was not opened."
        raise StoreError("invalid", sentence, path, problems)
