"""Check a database's rows against every rule the app relies on, before anything shows (no Qt).

schema.sql is the contract: tables, columns, types, required values, references. Its tables
are STRICT: in a file built from it, SQLite refuses a value of the wrong type or a missing
required one, and the store's quick_check re-reads them on open. So a table whose CREATE
statement is ours word for word has its types and required values checked already; any other
table (a file made elsewhere, or by hand) has them checked here, value by value.

Everything SQLite never checks is checked here for every file: fixed choices, ranges, dates,
references, the unit tree and the votes. The work is done in SQL and returns only the rows
that fail; values are always compared as SQLite's BINARY collation compares them, which is
how Python compares them later (a column declared COLLATE NOCASE must not make 'HQ' name 'hq').
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STATUSES = ("confirmed", "derived", "unconfirmed")
# The kinds of unit the structure knows how to name; a new kind needs a word in every language.
UNIT_KINDS = (
    "admin-centre",
    "area",
    "copa",
    "country-offices",
    "department",
    "division",
    "global-office",
    "group",
    "headquarters",
    "office",
    "organisation",
    "regional-office",
    "sub-regional-office",
    "unit",
    "workstream",
)
CHOICES: dict[tuple[str, str], tuple] = {
    ("sources", "kind"): ("seed", "public"),
    ("tenures", "kind"): ("head", "deputy"),
    ("rounds", "kind"): ("ballot", "acclamation"),
    ("units", "kind"): UNIT_KINDS,
    ("candidates", "incumbent"): (0, 1),
    ("figures", "approx"): (0, 1),
}
STATUS_COLUMNS = ("status", "start_status", "end_status")
# Whole numbers the pictures draw or count with: (smallest, largest).
BIGGEST = 1_000_000
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("elections", "member_states"): (0, BIGGEST),
    ("elections", "voting_states"): (0, BIGGEST),
    ("tenures", "terms"): (0, 100),
    ("rounds", "number"): (1, 1000),
    ("rounds", "ballots"): (0, BIGGEST),
    ("rounds", "needed"): (0, BIGGEST),
    ("rounds", "blank"): (0, BIGGEST),
    ("votes", "votes"): (0, BIGGEST),
}
DATE_COLUMNS = ("date", "start", "end", "born", "died", "took_office")
# (table, first, last): the first date may not come after the last.
PERIODS = (("bodies", "start", "end"), ("tenures", "start", "end"), ("people", "born", "died"))
META_DATES = ("sources_checked", "compiled", "structure_as_of", "newest_source")
# Tables whose rows are facts: each cites its sources and may be the subject of a disagreement.
NOT_FACTS = ("meta", "sources", "citations")


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (table and row id) and what is wrong, in a sentence."""

    table: str
    row_id: str
    what: str

    def __str__(self) -> str:
        # Ids and values come from the file: control characters are shown, never sent to a
        # terminal (an escape sequence could rewrite the screen).
        return _printable(f"{self.table} {self.row_id}: {self.what}")


def _printable(text: str) -> str:
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


def problems(conn: sqlite3.Connection) -> list[Problem]:
    """Every broken rule in the file; an empty list means every rule the app relies on holds."""
    missing = _missing_parts(conn)
    if missing:
        return missing  # the other checks would only fail on the same absence
    statements = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
    # Tables that are ours word for word: SQLite keeps their types and required values, and
    # their columns compare as BINARY (no COLLATE), so their indexes serve the checks.
    exact = {t for t, sql in contract().statements.items() if statements.get(t) == sql}
    found: list[Problem] = []
    for table, columns in contract().columns.items():
        ours = table in exact
        found += _value_faults(conn, table, columns, ours)
        found += _choice_faults(conn, table, columns)
        if not ours and table != "citations":  # a citation's key is three columns
            found += _duplicate_ids(conn, table, columns[0].name)
    found += _tree_faults(conn)
    found += _dangling_references(conn, exact)
    found += _citation_faults(conn, exact)
    found += _conflict_faults(conn)
    found += _election_faults(conn)
    found += _meta_faults(conn)
    return found


def _missing_parts(conn: sqlite3.Connection) -> list[Problem]:
    """Tables and columns the app reads; a table it reads in stored order must have one."""
    listed = {row[1]: row for row in conn.execute("PRAGMA main.table_list")}
    found = []
    for table, columns in contract().columns.items():
        row = listed.get(table)
        if row is None or row[2] != "table":
            found.append(Problem(table, "-", "the table is missing"))
            continue
        if row[4] and table != "citations":  # wr: WITHOUT ROWID
            found.append(Problem(table, "-", "is WITHOUT ROWID: its rows have no stored order"))
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({quoted(table)})")}
        found += [
            Problem(table, "-", f"the column {c.name!r} is missing")
            for c in columns
            if c.name not in have
        ]
    return found


def _binary(table: str, column: str, exact: set[str]) -> str:
    """The column, compared as BINARY (said only where needed: it keeps SQLite off indexes)."""
    return quoted(column) if table in exact else f"{quoted(column)} COLLATE BINARY"


def _distinct_values(conn: sqlite3.Connection, table: str, column: str, exact: set[str]) -> str:
    """SQL for a column's distinct values, as x. Citations' columns that an index leads with
    are read by seeking from one value to the next (a few lookups, not 100,000 rows)."""
    c = _binary(table, column, exact)
    values = _seek_values(conn, table, column) if table == "citations" else None
    if values is None:
        return f"SELECT DISTINCT {c} AS x FROM {quoted(table)}"
    return " UNION ALL ".join(["SELECT NULL AS x", *(f"SELECT {literals([v])}" for v in values)])


def _seek_values(conn: sqlite3.Connection, table: str, column: str, most: int = 32) -> list | None:
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


def _strays(conn, table: str, column: str, allowed: str, exact: set[str]) -> list:
    """The column's distinct values outside `allowed` (SQL: a list of literals, or a SELECT)."""
    x = "x" if table in exact else "x COLLATE BINARY"
    return [
        r[0]
        for r in conn.execute(
            f"SELECT x FROM ({_distinct_values(conn, table, column, exact)}) "
            f"WHERE x IS NOT NULL AND {x} NOT IN ({allowed})"
        )
    ]


def _rows_with(conn, table: str, key: str, column: str, values: Sequence) -> list[tuple]:
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


# -- values, one scan per table -----------------------------------------------------------------


def _valid_date(c: str) -> str:
    """SQL that is true when the column holds a partial date that exists (YYYY[-MM[-DD]])."""
    return (
        f"(substr({c}, 1, 4) != '0000' AND ("
        f"{c} GLOB '[0-9][0-9][0-9][0-9]'"
        f" OR ({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date({c} || '-01') IS NOT NULL)"
        f" OR ({c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
        f" AND date({c}, '+0 days') = {c})))"
    )


def _first_day(c: str) -> str:
    return f"substr({c} || '-01-01', 1, 10)"


def _last_day(c: str) -> str:
    return f"CASE length({c}) WHEN 4 THEN {c} || '-12-31' WHEN 7 THEN {c} || '-31' ELSE {c} END"


@dataclass(frozen=True)
class Rule:
    """A rule on one column's values: SQL true for a broken value, and the sentence for it.

    The sentence's fields: {name} the column, {v} its value as SQL quotes it, {type} the
    value's SQL type, {other} the value of `other` (the start, for an end before it).
    """

    column: str
    broken: str
    sentence: str
    other: str = ""


def _rules(table: str, column: Column, ours: bool) -> list[Rule]:
    c, name = quoted(column.name), column.name
    rules = []
    if not ours:
        if column.required:
            rules.append(Rule(name, f"{c} IS NULL", "has no {name}"))
        allowed = {"TEXT": "'text'", "INTEGER": "'integer'", "REAL": "'integer', 'real'"}
        needs = {"TEXT": "text", "INTEGER": "a whole number", "REAL": "a number"}[column.type]
        rules.append(
            Rule(
                name,
                f"typeof({c}) NOT IN ({allowed[column.type]}, 'null')",
                "{name} is {v} ({type}), where the app needs " + needs,
            )
        )
    if (table, name) in RANGES:
        low, high = RANGES[table, name]
        rules.append(
            Rule(
                name,
                f"typeof({c}) = 'integer' AND ({c} < {low} OR {c} > {high})",
                "{name} is {v}, outside " + f"{low:,}–{high:,}",
            )
        )
    if name in DATE_COLUMNS:
        rules.append(
            Rule(
                name,
                f"typeof({c}) = 'text' AND NOT {_valid_date(c)}",
                "{name} {v} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            )
        )
    if (table, name) == ("sources", "url"):
        rules.append(
            Rule(
                name,
                f"typeof({c}) = 'text' AND {c} NOT LIKE 'http://%' AND {c} NOT LIKE 'https://%'",
                "url {v} is not a web address (http:// or https://)",
            )
        )
    return rules


def _period_rules(table: str) -> list[Rule]:
    rules = []
    for period_table, first, last in PERIODS:
        if period_table == table:
            a, b = quoted(first), quoted(last)
            dated = f"{a} GLOB '[0-9][0-9][0-9][0-9]*' AND {b} GLOB '[0-9][0-9][0-9][0-9]*'"
            broken = f"{dated} AND {_first_day(a)} > {_last_day(b)}"
            rules.append(Rule(last, broken, f"{last} {{v}} comes before {first} {{other}}", first))
    return rules


def _value_faults(
    conn: sqlite3.Connection, table: str, columns: list[Column], ours: bool
) -> list[Problem]:
    """One scan of the table for all its value rules; the failing rows come back with, for
    each rule, whether it failed, and each column's value and type to say so."""
    rules = [rule for column in columns for rule in _rules(table, column, ours)]
    rules += _period_rules(table)
    if not rules:
        return []
    names = [c.name for c in columns]
    key = quoted(names[0])  # id, meta's key, or the table a citation names
    failed = ", ".join(f"({rule.broken}) IS 1" for rule in rules)
    shown = ", ".join(f"substr(quote({quoted(n)}), 1, 60), typeof({quoted(n)})" for n in names)
    rows = conn.execute(
        f"SELECT coalesce({key}, '(no {names[0]})'), {failed}, {shown} FROM {quoted(table)} "
        f"WHERE " + " OR ".join(f"({rule.broken}) IS 1" for rule in rules)
    )
    found = []
    for row in rows:
        flags, rest = row[1 : 1 + len(rules)], row[1 + len(rules) :]
        values = dict(zip(names, rest[0::2], strict=True))
        types = dict(zip(names, rest[1::2], strict=True))
        for rule, broke in zip(rules, flags, strict=True):
            if broke:
                sentence = rule.sentence.format(
                    name=rule.column,
                    v=values[rule.column],
                    type=types[rule.column],
                    other=values.get(rule.other),
                )
                found.append(Problem(table, str(row[0]), sentence))
    return found


def _choice_faults(conn: sqlite3.Connection, table: str, columns: list[Column]) -> list[Problem]:
    """Columns with a fixed set of values (kinds, statuses, yes/no): the distinct combinations
    of their values in one pass, then the rows of any value outside its set."""
    chosen = []
    for column in columns:
        choices = CHOICES.get((table, column.name))
        if choices is None and column.name in STATUS_COLUMNS:
            choices = STATUSES
        if choices:
            chosen.append((column.name, choices))
    if not chosen:
        return []
    names = ", ".join(f"{quoted(name)} COLLATE BINARY" for name, _ in chosen)
    combinations = conn.execute(f"SELECT DISTINCT {names} FROM {quoted(table)}").fetchall()
    found = []
    for n, (name, choices) in enumerate(chosen):
        strays = sorted({values[n] for values in combinations} - {*choices, None}, key=str)
        if strays:
            listed = ", ".join(map(str, choices))
            found += [
                Problem(table, str(key), f"{name} is {value!r}, not one of {listed}")
                for key, value in _rows_with(conn, table, quoted(columns[0].name), name, strays)
            ]
    return found


def _duplicate_ids(conn: sqlite3.Connection, table: str, key: str) -> list[Problem]:
    k = quoted(key)
    rows = conn.execute(
        f"SELECT {k}, count(*) FROM {quoted(table)} WHERE {k} IS NOT NULL "
        f"GROUP BY {k} COLLATE BINARY HAVING count(*) > 1"
    )
    return [Problem(table, str(i), f"the id is used by {n} rows") for i, n in rows]


# -- references ---------------------------------------------------------------------------------


def _dangling_references(conn: sqlite3.Connection, exact: set[str]) -> list[Problem]:
    found = []
    for table, column, target in contract().references:
        if (table, column) == ("units", "parent_id"):
            continue  # the tree check says more about a parent that is missing
        ids = f"SELECT {_binary(target, 'id', exact)} FROM {quoted(target)}"
        missing = _strays(conn, table, column, ids, exact)
        if missing:
            key = "id" if table != "citations" else "row_table || ':' || row_id"
            found += [
                Problem(table, str(row_id), f"{column} {value!r} names no row of {target}")
                for row_id, value in _rows_with(conn, table, key, column, missing)
            ]
    return found


def _citation_faults(conn: sqlite3.Connection, exact: set[str]) -> list[Problem]:
    facts = [t for t in contract().columns if t not in NOT_FACTS]
    return [
        Problem("citations", str(table), "rows cite from a table that does not exist")
        for table in _strays(conn, "citations", "row_table", literals(facts), exact)
    ]


def _conflict_faults(conn: sqlite3.Connection) -> list[Problem]:
    facts = {t for t in contract().columns if t not in NOT_FACTS}
    found = []
    for conflict_id, subject in conn.execute("SELECT id, subject FROM conflicts"):
        table, _, row_id = str(subject).partition(":")
        exists = (
            table in facts
            and conn.execute(
                f"SELECT 1 FROM {quoted(table)} WHERE id COLLATE BINARY = ?", (row_id,)
            ).fetchone()
        )
        if not exists:
            found.append(
                Problem("conflicts", str(conflict_id), f"subject {subject!r} names no row")
            )
    return found


# -- the unit tree ------------------------------------------------------------------------------


def _tree_faults(conn: sqlite3.Connection) -> list[Problem]:
    """One root, every parent a unit, no loop, every unit reached, one unit per position."""
    roots = [r[0] for r in conn.execute("SELECT id FROM units WHERE parent_id IS NULL")]
    if len(roots) != 1:
        listed = ", ".join(map(str, roots)) or "none"
        return [Problem("units", "-", f"the tree needs exactly one root; found {listed}")]
    found = [
        Problem("units", str(unit), f"shares position {position} under {parent!r}")
        for parent, position in conn.execute(
            "SELECT parent_id COLLATE BINARY, position FROM units "
            "GROUP BY parent_id COLLATE BINARY, position HAVING count(*) > 1"
        ).fetchall()
        for (unit,) in conn.execute(
            "SELECT id FROM units WHERE parent_id COLLATE BINARY IS ? AND position IS ?",
            (parent, position),
        )
    ]
    # In a file the build wrote, each parent comes before its children: then one join proves
    # the whole tree sound (every parent exists and comes earlier: no loop, all reach the
    # root). Any other file takes the walk in _broken_branches.
    late = conn.execute(
        "SELECT count(*) FROM units AS u LEFT JOIN units AS p "
        "ON p.id COLLATE BINARY = u.parent_id "
        "WHERE u.parent_id IS NOT NULL AND (p.rowid IS NULL OR p.rowid >= u.rowid)"
    ).fetchone()[0]
    if late:
        found += _broken_branches(dict(conn.execute("SELECT id, parent_id FROM units")), roots[0])
    return found


def _broken_branches(parent_of: dict, root: object) -> list[Problem]:
    """Each cause of a broken tree once: a parent that names no unit, or a loop of parents;
    with how many units it cuts off from the root (those are not wrong themselves).

    Every unit is visited a bounded number of times: a walk up from each unit stops at the
    first unit already settled, so the whole check is linear in the number of units.
    """
    settled: dict = {root: None}  # unit -> the unit whose parent breaks its branch (None: ok)
    loops: dict = {}  # the unit named for a loop -> the loop, in parent order
    for start in parent_of:
        path: list = []
        on_path: set = set()
        unit = start
        while unit not in settled and unit in parent_of and unit not in on_path:
            path.append(unit)
            on_path.add(unit)
            unit = parent_of[unit]
        if unit in settled:
            cause = settled[unit]
        elif unit in on_path:  # the walk came back to itself: a loop
            loop = path[path.index(unit) :]
            loops[unit] = loop
            cause = unit
        else:  # the last unit walked names a parent that does not exist
            cause = path[-1]
        for walked in path:
            settled[walked] = cause
    cut_off: dict = {}
    for unit, cause in settled.items():
        if cause is not None and unit != cause and unit not in loops.get(cause, ()):
            cut_off[cause] = cut_off.get(cause, 0) + 1
    causes = {cause for cause in settled.values() if cause is not None}
    found = []
    for cause in causes:
        count = cut_off.get(cause, 0)
        below = f" ({count} units below it are cut off from the root)" if count else ""
        if cause in loops:
            path = " → ".join(map(str, [*loops[cause], cause]))
            found.append(Problem("units", str(cause), f"its parents form a loop: {path}{below}"))
        else:
            parent = parent_of[cause]
            found.append(Problem("units", str(cause), f"parent {parent!r} names no unit{below}"))
    return sorted(found, key=lambda p: str(p.row_id))


# -- elections ----------------------------------------------------------------------------------


def _election_faults(conn: sqlite3.Connection) -> list[Problem]:
    found = [
        Problem("votes", str(vote), f"candidate {cand!r} does not stand in {election!r}")
        for vote, cand, election in conn.execute(
            "SELECT v.id, v.candidate_id, r.election_id FROM votes AS v "
            "JOIN rounds AS r ON r.id COLLATE BINARY = v.round_id "
            "JOIN candidates AS c ON c.id COLLATE BINARY = v.candidate_id "
            "WHERE c.election_id COLLATE BINARY != r.election_id"
        )
    ]
    # total() adds as a float: a sum of huge counts cannot overflow (the range rule names them).
    found += [
        Problem(
            "rounds", str(round_id), f"its votes add up to {total:.0f}, more than {ballots} ballots"
        )
        for round_id, total, ballots in conn.execute(
            "SELECT r.id, total(v.votes), r.ballots FROM rounds AS r JOIN votes AS v "
            "ON v.round_id COLLATE BINARY = r.id WHERE typeof(r.ballots) = 'integer' "
            "GROUP BY r.id HAVING total(v.votes) > r.ballots"
        )
    ]
    found += [
        Problem("rounds", str(ids), f"{election!r} has round {number} more than once")
        for election, number, ids in conn.execute(
            "SELECT election_id, number, group_concat(id, ', ') FROM rounds "
            "GROUP BY election_id COLLATE BINARY, number HAVING count(*) > 1"
        )
    ]
    found += [
        Problem("votes", str(ids), f"{cand!r} has more than one count in round {round_id!r}")
        for round_id, cand, ids in conn.execute(
            "SELECT round_id, candidate_id, group_concat(id, ', ') FROM votes "
            "GROUP BY round_id COLLATE BINARY, candidate_id COLLATE BINARY HAVING count(*) > 1"
        )
    ]
    return found


def _meta_faults(conn: sqlite3.Connection) -> list[Problem]:
    v = quoted("value")
    rows = conn.execute(
        f"SELECT key, substr(quote({v}), 1, 60) FROM meta "
        f"WHERE (key IN ({literals(META_DATES)}) OR key LIKE 'as!_of!_%' ESCAPE '!') "
        f"AND NOT (typeof({v}) = 'text' AND {_valid_date(v)})"
    )
    return [Problem("meta", str(key), f"{value} is not a date") for key, value in rows]
