"""Open the reference database read-only, check it, and hand out typed rows (no Qt here)."""

# No `from __future__ import annotations` here, unlike the other modules: with it each
# NamedTuple field's annotation is a string that typing compiles when the class is made,
# about 10 µs a field (1.4 ms of every start for this module and pictures.py).

import logging
import sqlite3
import time
import zlib
from collections import defaultdict
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from iomdesk.validate import Problem

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
OLDEST_SQLITE = (3, 37, 0)  # the first to read STRICT tables
DATABASE_NAME = "iomdesk.sqlite"
STAMP_SUFFIX = ".checked"  # iomdesk.sqlite.checked: the build's word that the file passed


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


# The rows are typed NamedTuples rather than dataclasses, like every immutable record made
# before the first paint: Python 3.11 compiles a dataclass's methods one by one when the class
# is made, and these 13 cost about 12 ms of every start (NamedTuple: 2 ms). Being tuples, they
# build from SQLite's rows in one step. Compare rows of one type only: a NamedTuple equals any
# tuple holding the same values.
class Source(NamedTuple):
    """A document a fact comes from: a seed or a public page."""

    id: str
    title: str
    publisher: str | None
    date: str | None
    url: str | None
    kind: str
    note: str | None


class Body(NamedTuple):
    """IOM or one of its predecessors, with the years it bore that name."""

    id: str
    name: str
    acronym: str
    start: str | None
    end: str | None
    status: str
    note: str | None


class Person(NamedTuple):
    """Someone who led or stood to lead the organisation."""

    id: str
    name: str
    full_name: str | None
    nationality: str | None
    born: str | None
    died: str | None
    summary: str | None


class Election(NamedTuple):
    """How a head or deputy was chosen: when, by whom, under which rule, the outcome."""

    id: str
    date: str | None
    post: str
    body: str | None
    session: str | None
    venue: str | None
    rule: str | None
    member_states: int | None
    voting_states: int | None
    outcome: str | None
    winner_id: str | None
    took_office: str | None
    status: str
    summary: str | None


class Tenure(NamedTuple):
    """A post held: who, which role, from when to when, and how sure each date is."""

    id: str
    person_id: str
    role: str
    kind: str
    start: str | None
    start_status: str
    end: str | None
    end_status: str
    terms: int | None
    how: str | None
    election_id: str | None
    note: str | None


class Candidate(NamedTuple):
    """One candidate in an election, nominated by a state."""

    id: str
    election_id: str
    name: str
    person_id: str | None
    nationality: str | None
    nominated_by: str | None
    incumbent: int
    position: str | None
    result: str | None


class Round(NamedTuple):
    """One ballot (or an acclamation) in an election."""

    id: str
    election_id: str
    number: int
    kind: str
    ballots: int | None
    needed: int | None
    blank: int | None
    outcome: str | None
    status: str
    note: str | None


class Vote(NamedTuple):
    """The votes one candidate had in one round."""

    id: str
    round_id: str
    candidate_id: str
    votes: int


class Unit(NamedTuple):
    """A place in the structure: headquarters, a division, a unit, a field office."""

    id: str
    parent_id: str | None
    name: str
    acronym: str | None
    kind: str
    city: str | None
    country: str | None
    description: str | None
    position: int
    status: str


class Contact(NamedTuple):
    """An address to write to, for a unit or on its own."""

    id: str
    unit_id: str | None
    label: str
    email: str | None
    phone: str | None
    fax: str | None
    address: str | None
    note: str | None
    status: str


class Figure(NamedTuple):
    """A figure at a date, as a source gives it: member states, staff, offices and more."""

    id: str
    measure: str
    date: str | None
    value: float
    approx: int
    note: str | None
    status: str


class Event(NamedTuple):
    """A dated milestone in the organisation's history."""

    id: str
    date: str | None
    title: str
    description: str | None
    status: str


class Conflict(NamedTuple):
    """Where sources disagree: the other value of one field of one row."""

    id: str
    subject: str
    field: str
    value: str
    note: str | None


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


def _translate_or_none(exc: sqlite3.Error, path: Path) -> StoreError | None:
    try:
        return _translate(exc, path)
    except sqlite3.Error:
        return None


def _translate(exc: sqlite3.Error, path: Path) -> StoreError:
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


def _rows(
    conn: sqlite3.Connection, cls: type, table: str, order: str, shared: tuple[str, ...] = ()
) -> list:
    """Typed rows; values of the `shared` columns repeat, so each is kept once in memory."""
    names = list(cls._fields)
    quoted = ", ".join(f'"{name}"' for name in names)
    cursor = conn.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}")
    if not shared:
        return [cls._make(row) for row in cursor]
    # sqlite3 makes a new str for every cell: 100,000 contacts would hold 100,000 copies of
    # "confirmed". One pool per load keeps a single copy of each repeated value.
    pool: dict = {}
    keep = pool.setdefault
    columns = [names.index(name) for name in shared]
    rows = []
    for row in cursor:
        values = list(row)
        for column in columns:
            values[column] = keep(values[column], values[column])
        rows.append(cls._make(values))
    return rows


def _grouped(rows: list, field: str) -> dict[str, list]:
    """Rows by the value of one field, each group keeping the rows' order."""
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        groups[getattr(row, field)].append(row)
    return groups


class Store:
    """The database's rows as typed objects.

    The small tables load at once; units, contacts and citations, which can run to hundreds of
    thousands of rows, load when first asked for, so the window can paint before they arrive.
    The read-only connection stays open for them.
    """

    def __init__(
        self,
        path: Path | str | None = None,
        recheck: bool = False,
        checked_connection: sqlite3.Connection | None = None,
    ) -> None:
        """Open and check the file; a file the build checked (its stamp beside it says so, byte
        for byte) skips the checks it passed then, unless `recheck` asks for them (--check).
        `checked_connection` is the one check_file gave for this path, on another thread."""
        self.path = Path(path) if path is not None else default_path()
        started = time.perf_counter()
        checked = checked_connection
        self._conn = checked if checked is not None else _connect(self.path)
        try:
            if checked is None and not recheck and checked_by_build(self.path):
                _check_version(self._conn, self.path)
                log.debug("%s: checked when built (stamp %.0f ms)", self.path, _since(started))
            else:
                if checked is None:
                    _check_schema(self._conn, self.path)
                    log.debug("%s: file checks %.0f ms", self.path, _since(started))
                rules_started = time.perf_counter()
                _check_content(self._conn, self.path)
                log.debug("%s: content checks %.0f ms", self.path, _since(rules_started))
            self._load_small(self._conn)
        except sqlite3.Error as exc:
            self._conn.close()
            raise _translate(exc, self.path) from None
        except StoreError:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def _rows(self, cls: type, table: str, order: str, shared: tuple[str, ...] = ()) -> list:
        try:
            return _rows(self._conn, cls, table, order, shared)
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from None

    def _load_small(self, conn: sqlite3.Connection) -> None:
        self.meta = dict(conn.execute("SELECT key, value FROM meta ORDER BY key"))
        self.sources = {s.id: s for s in _rows(conn, Source, "sources", "rowid")}
        self.bodies: list[Body] = _rows(conn, Body, "bodies", "start")
        self.people = {p.id: p for p in _rows(conn, Person, "people", "rowid")}
        self.elections: list[Election] = _rows(conn, Election, "elections", "date, id")
        self.tenures: list[Tenure] = _rows(conn, Tenure, "tenures", "rowid")
        self.candidates: dict[str, list[Candidate]] = _grouped(
            _rows(conn, Candidate, "candidates", "rowid"), "election_id"
        )
        self.rounds: dict[str, list[Round]] = _grouped(
            _rows(conn, Round, "rounds", "election_id, number"), "election_id"
        )
        self.votes: dict[str, list[Vote]] = _grouped(
            _rows(conn, Vote, "votes", "votes DESC, rowid"), "round_id"
        )
        self.figures: list[Figure] = _rows(conn, Figure, "figures", "measure, date")
        self.events: list[Event] = _rows(conn, Event, "events", "date, id")
        self.conflicts: dict[str, list[Conflict]] = _grouped(
            _rows(conn, Conflict, "conflicts", "rowid"), "subject"
        )

    @cached_property
    def units(self) -> list[Unit]:
        return self._rows(
            Unit,
            "units",
            "parent_id IS NOT NULL, position",
            shared=("parent_id", "kind", "city", "country", "status"),
        )

    @cached_property
    def unit_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    @cached_property
    def unit_children(self) -> dict[str | None, list[Unit]]:
        """Each unit's children in their stated order (None: the root)."""
        return _grouped(sorted(self.units, key=lambda u: u.position), "parent_id")

    @cached_property
    def contacts(self) -> list[Contact]:
        return self._rows(Contact, "contacts", "rowid", shared=("unit_id", "status"))

    @cached_property
    def contacts_by_unit(self) -> dict[str | None, list[Contact]]:
        return _grouped(self.contacts, "unit_id")

    def sources_for(self, table: str, row_id: str) -> list[Source]:
        """The documents a row cites, seeds first, in a stable order."""
        try:
            keys = [
                row[0]
                for row in self._conn.execute(
                    "SELECT source_id FROM citations WHERE row_table = ? AND row_id = ?",
                    (table, row_id),
                )
            ]
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from None
        found = [self.sources[k] for k in keys if k in self.sources]
        return sorted(found, key=source_sort_key)

    def cited_source_ids(self) -> set[str]:
        """Every source that at least one row cites."""
        try:
            return {r[0] for r in self._conn.execute("SELECT DISTINCT source_id FROM citations")}
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from None

    def conflicts_for(self, table: str, row_id: str) -> list[Conflict]:
        """The competing values of a row's disputed fields (empty when sources agree)."""
        return self.conflicts.get(f"{table}:{row_id}", [])

    def unit_path(self, unit_id: str) -> list[Unit]:
        """The units from the root down to this one."""
        path: list[Unit] = []
        unit = self.unit_by_id.get(unit_id)
        while unit is not None and len(path) <= len(self.unit_by_id):  # a loop cannot hang it
            path.append(unit)
            unit = self.unit_by_id.get(unit.parent_id) if unit.parent_id else None
        return path[::-1]


def source_sort_key(source: Source) -> tuple[bool, str, int, str]:
    """Seeds first, then S1, S2 … S108 in numeric order (by length, then digits: no int of
    an arbitrary length is ever made)."""
    prefix = source.id.rstrip("0123456789")
    digits = source.id[len(prefix) :].lstrip("0")
    return source.kind != "seed", prefix, len(digits), digits


def _connect(path: Path, shared: bool = False) -> sqlite3.Connection:
    """A read-only connection, after the checks that SQLite's own errors would blur."""
    if not path.exists():
        raise StoreError("missing", "The database file does not exist.", path)
    if path.is_dir():
        raise StoreError("unreadable", "This is a folder, not a database file.", path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        sentence = f"The database file cannot be read ({exc.strerror})."
        raise StoreError("unreadable", sentence, path) from None
    if size == 0:
        raise StoreError("empty", "The database file is empty.", path)
    if not header.startswith(b"SQLite format 3\x00"):
        raise StoreError("not-a-database", "This file is not an SQLite database.", path)
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
        raise _translate(exc, path) from None
    return conn


def check_file(path: Path) -> sqlite3.Connection:
    """A read-only connection, once the file passes SQLite's own checks: its header, schema
    version and quick_check, which reads every page. SQLite does that work without Python's
    lock, so the app can run it on a second thread; Store(checked_connection=...) does the
    rest."""
    conn = _connect(path, shared=True)
    try:
        _check_schema(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise _translate(exc, path) from None
    except StoreError:
        conn.close()
        raise
    return conn


def stamp_of(path: Path) -> str:
    """What the build writes beside a database it has checked: its bytes' CRC-32 and size."""
    data = path.read_bytes()
    return f"crc32 {zlib.crc32(data):08x} size {len(data)}\n"


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + STAMP_SUFFIX)


def checked_by_build(path: Path) -> bool:
    """Whether the file is, byte for byte, one the build checked (the stamp beside it).

    The stamp guards against damage, not against someone who rewrites both files: such a
    person could as well change the app. A file with no stamp, or another size or CRC-32, is
    checked in full on every open; so is one with a journal or write-ahead log beside it,
    whose pages SQLite would read over the file's own. (The rules a stamp vouches for are
    those of the same checkout: make test rebuilds the data with them and compares.)
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
    """The stamp beside the file, if it names the file's size and no journal or write-ahead
    log lies beside the file; else None."""
    if any(path.with_name(path.name + end).exists() for end in ("-wal", "-journal")):
        return None
    try:
        stamp = stamp_path(path).read_text(encoding="ascii")
        size = int(stamp.split()[-1]) if stamp.startswith("crc32 ") else -1
        return stamp if size == path.stat().st_size else None
    except (OSError, UnicodeError, ValueError):
        return None


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
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


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    _check_version(conn, path)
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise StoreError("corrupt", "The database file is damaged (corrupt or truncated).", path)


def _check_content(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose rows break a rule the app relies on, naming every broken rule."""
    from iomdesk import validate  # not needed by a file the build checked: later, if at all

    try:
        problems = validate.problems(conn)
    except (sqlite3.OperationalError, sqlite3.DataError) as exc:
        error = _translate_or_none(exc, path)
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
