"""The reference database's rows (rows.py says what each is; no Qt here): the Store opens its
file through database.py, which checks it first, and reads the rows."""

import logging
import sqlite3
import time
from collections import defaultdict
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from iomdesk.aliases import Aliases
from iomdesk.aliases import from_rows as aliases_from_rows
from iomdesk.database import (
    StoreError,
    check_rows,
    check_schema,
    check_version,
    checked_by_build,
    connect,
    default_path,
    error_for,
    since,
)
from iomdesk.rows import (
    Alias,
    Body,
    Candidate,
    Chief,
    Conflict,
    Contact,
    Country,
    Coverage,
    Election,
    Event,
    Figure,
    Membership,
    Office,
    Person,
    Round,
    Source,
    Tenure,
    Unit,
    Vote,
)

if TYPE_CHECKING:
    from iomdesk.changes import RowChange

log = logging.getLogger(__name__)


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
        # Rows that differ from the shipped data, by (table, id), and the release they are in:
        # set by the window for a pack (changes.compare); the details pane says so.
        self.changed: dict[tuple[str, str], RowChange] = {}
        self.changed_in = ""
        started = time.perf_counter()
        checked = checked_connection
        self._conn = checked if checked is not None else connect(self.path)
        try:
            if checked is None and not recheck and checked_by_build(self.path):
                check_version(self._conn, self.path)
                log.debug("%s: checked when built (stamp %.0f ms)", self.path, since(started))
            else:
                if checked is None:
                    check_schema(self._conn, self.path)
                    log.debug("%s: file checks %.0f ms", self.path, since(started))
                rules_started = time.perf_counter()
                check_rows(self._conn, self.path)
                log.debug("%s: content checks %.0f ms", self.path, since(rules_started))
            self._load_small(self._conn)
        except sqlite3.Error as exc:
            self._conn.close()
            raise error_for(exc, self.path) from None
        except StoreError:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def _rows(self, cls: type, table: str, order: str, shared: tuple[str, ...] = ()) -> list:
        try:
            return _rows(self._conn, cls, table, order, shared)
        except sqlite3.Error as exc:
            raise error_for(exc, self.path) from None

    def _load_small(self, conn: sqlite3.Connection) -> None:
        self.meta = dict(conn.execute("SELECT key, value FROM meta ORDER BY key"))
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
    def sources(self) -> dict[str, Source]:
        """Every source, for the list of them all; a row's own come from sources_for()."""
        return {s.id: s for s in self._rows(Source, "sources", "rowid")}

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

    @cached_property
    def aliases(self) -> Aliases:
        """Names that mean the same, the data's and the countries': read at the first
        search that needs them, not at startup."""
        return Aliases(
            lambda: aliases_from_rows(self._rows(Alias, "aliases", "rowid"), self.countries)
        )

    # The country layer: a few hundred rows, read when the Countries tab or Ctrl+K first asks.
    @cached_property
    def countries(self) -> list[Country]:
        return self._rows(Country, "countries", "name, id", shared=("kind", "status"))

    @cached_property
    def country_by_id(self) -> dict[str, Country]:
        return {c.id: c for c in self.countries}

    @cached_property
    def memberships(self) -> dict[str, list[Membership]]:
        """Each country's periods, the earliest first (an undated one last)."""
        order = "country_id, start IS NULL, start, id"
        return _grouped(
            self._rows(Membership, "memberships", order, shared=("kind", "status")), "country_id"
        )

    @cached_property
    def offices(self) -> dict[str, list[Office]]:
        return _grouped(
            self._rows(Office, "offices", "country_id, rowid", shared=("status",)), "country_id"
        )

    @cached_property
    def coverage(self) -> dict[str, list[Coverage]]:
        """Each country's regional offices, the newest first."""
        order = "country_id, start IS NULL, start DESC, id"
        return _grouped(
            self._rows(Coverage, "coverage", order, shared=("unit_id", "office", "status")),
            "country_id",
        )

    @cached_property
    def coverage_by_unit(self) -> dict[str | None, list[Coverage]]:
        return _grouped([c for rows in self.coverage.values() for c in rows], "unit_id")

    @cached_property
    def _chiefs(self) -> list[Chief]:
        return self._rows(Chief, "chiefs", "date DESC, id", shared=("role", "status"))

    @cached_property
    def chiefs(self) -> dict[str | None, list[Chief]]:
        """Heads of office by country, the newest named first."""
        return _grouped([c for c in self._chiefs if c.country_id], "country_id")

    @cached_property
    def chiefs_by_unit(self) -> dict[str | None, list[Chief]]:
        """Regional directors by their office's unit, the newest named first."""
        return _grouped([c for c in self._chiefs if c.unit_id], "unit_id")

    @cached_property
    def contacts_by_country(self) -> dict[str | None, list[Contact]]:
        return _grouped(self.contacts, "country_id")

    def sources_for(self, table: str, row_id: str) -> list[Source]:
        """The documents a row cites, seeds first, in a stable order."""
        # Read per row: the sources' notes are long, and a window needs a few at a time.
        columns = ", ".join(f's."{name}"' for name in Source._fields)
        try:
            found = [
                Source._make(row)
                for row in self._conn.execute(
                    f"SELECT {columns} FROM citations AS c JOIN sources AS s ON s.id = c.source_id"
                    " WHERE c.row_table = ? AND c.row_id = ?",
                    (table, row_id),
                )
            ]
        except sqlite3.Error as exc:
            raise error_for(exc, self.path) from None
        return sorted(found, key=source_sort_key)

    def cited_source_ids(self) -> set[str]:
        """Every source that at least one row cites."""
        try:
            return {r[0] for r in self._conn.execute("SELECT DISTINCT source_id FROM citations")}
        except sqlite3.Error as exc:
            raise error_for(exc, self.path) from None

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
