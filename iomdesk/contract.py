"""What a database file must hold, as data (no Qt): schema.sql read into its tables, columns
and references; a broken rule as a Problem; and the SQL helpers the checks share (validate.py
and relations.py)."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (table and row id) and what is wrong, in a sentence."""

    table: str
    row_id: str
    what: str

    def __str__(self) -> str:
        # Ids and values come from the file: control characters are shown, never sent to a
        # terminal (an escape sequence could rewrite the screen).
        return printable(f"{self.table} {self.row_id}: {self.what}")


def printable(text: str) -> str:
    return "".join(
        f"\\x{ord(c):02x}" if unicodedata.category(c) in ("Cc", "Cf", "Cs") else c for c in text
    )


def schema_sql() -> str:
    # Beside this module in the checkout and in the wheel alike (package data).
    return Path(__file__).with_name("schema.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # TEXT, INTEGER or REAL
    required: bool


@dataclass(frozen=True)
class Contract:
    """schema.sql as data: each table's statement, its columns and its references."""

    statements: dict[str, str]
    columns: dict[str, list[Column]]
    references: list[tuple[str, str, str]]  # (table, column, the table it names)


@cache
def contract() -> Contract:
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(schema_sql())
        statements = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
        columns = {
            table: [
                Column(name, kind.upper(), bool(notnull or pk))
                for _, name, kind, notnull, _, pk in conn.execute(f"PRAGMA table_info({table})")
            ]
            for table in statements
        }
        references = [
            (table, row[3], row[2])
            for table in statements
            for row in conn.execute(f"PRAGMA foreign_key_list({table})")
        ]
        return Contract(statements, columns, references)
    finally:
        conn.close()


def quoted(name: str) -> str:
    """An SQL identifier in double quotes ("end" is a keyword)."""
    return '"' + name.replace('"', '""') + '"'


def literals(values: Iterable[object]) -> str:
    """Values as an SQL list: 'text' in single quotes (escaped), numbers as they are."""
    return ", ".join(
        "'" + v.replace("'", "''") + "'" if isinstance(v, str) else str(v) for v in values
    )


def binary(table: str, column: str, exact: set[str]) -> str:
    """The column, compared as BINARY (said only where needed: it keeps SQLite off indexes)."""
    return quoted(column) if table in exact else f"{quoted(column)} COLLATE BINARY"


def distinct_values(conn: sqlite3.Connection, table: str, column: str, exact: set[str]) -> str:
    """SQL for a column's distinct values, as x. Citations' columns that an index leads with
    are read by seeking from one value to the next (a few lookups, not 100,000 rows)."""
    c = binary(table, column, exact)
    values = seek_values(conn, table, column) if table == "citations" else None
    if values is None:
        return f"SELECT DISTINCT {c} AS x FROM {quoted(table)}"
    return " UNION ALL ".join(["SELECT NULL AS x", *(f"SELECT {literals([v])}" for v in values)])


def seek_values(conn: sqlite3.Connection, table: str, column: str, most: int = 32) -> list | None:
    """Up to `most` distinct values of an indexed column, or None (no such index, or more)."""
    indexes = [row[1] for row in conn.execute(f"PRAGMA index_list({quoted(table)})")]
    if not any(
        conn.execute(f"PRAGMA index_info({quoted(index)})").fetchone()[2] == column
        for index in indexes
    ):
        return None
    c = quoted(column)
    after = f"SELECT min({c}) FROM {quoted(table)} WHERE {c} > ?"
    values: list = []
    (value,) = conn.execute(f"SELECT min({c}) FROM {quoted(table)}").fetchone()
    while value is not None and len(values) < most:
        if not isinstance(value, str):
            return None  # only text values are written back as literals
        values.append(value)
        (value,) = conn.execute(after, (value,)).fetchone()
    return values if value is None else None


def stray_values(conn, table: str, column: str, allowed: str, exact: set[str]) -> list:
    """The column's distinct values outside `allowed` (SQL: a list of literals, or a SELECT)."""
    x = "x" if table in exact else "x COLLATE BINARY"
    return [
        r[0]
        for r in conn.execute(
            f"SELECT x FROM ({distinct_values(conn, table, column, exact)}) "
            f"WHERE x IS NOT NULL AND {x} NOT IN ({allowed})"
        )
    ]


def rows_with(conn, table: str, key: str, column: str, values: Sequence) -> list[tuple]:
    """(row key, value) of the rows whose column holds one of the values (asked in batches:
    SQLite takes a limited number of parameters)."""
    found: list[tuple] = []
    for start in range(0, len(values), 500):
        batch = values[start : start + 500]
        marks = ", ".join("?" for _ in batch)
        found += conn.execute(
            f"SELECT {key}, {quoted(column)} FROM {quoted(table)} "
            f"WHERE {quoted(column)} COLLATE BINARY IN ({marks})",
            batch,
        ).fetchall()
    return found


def valid_date(c: str) -> str:
    """SQL that is true when the column holds a partial date that exists (YYYY[-MM[-DD]])."""
    return (
        f"(substr({c}, 1, 4) != '0000' AND ("
        f"{c} GLOB '[0-9][0-9][0-9][0-9]'"
        f" OR ({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date({c} || '-01') IS NOT NULL)"
        f" OR ({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
        f" AND date({c}, '+0 days') = {c})))"
    )
