"""Check a database's rows against every rule the app relies on, before anything shows (no Qt).

The schema (schema.sql) is the contract: tables, columns, types, required values, references.
Its tables are STRICT, so in a file whose table reads exactly as ours SQLite itself keeps the
types and required values, and the store's quick_check re-reads them on open. Any other file
(made elsewhere, or by hand) gets every rule checked on its values. What SQLite never checks
(choices, ranges, dates, the tree, the votes) is checked here for every file, one SQL scan per
table; only the few rows that fail come back to Python.
"""

from __future__ import annotations

import sqlite3
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
UNCITED = ("meta", "sources", "citations")


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (table and row id) and what is wrong, in a sentence."""

    table: str
    row_id: str
    what: str

    def __str__(self) -> str:
        return f"{self.table} {self.row_id}: {self.what}"


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


def q(name: str) -> str:
    """A quoted SQL identifier ("end" is a keyword)."""
    return '"' + name.replace('"', '""') + '"'


def problems(conn: sqlite3.Connection) -> list[Problem]:
    """Every broken rule in the file; an empty list means the app can show all of it."""
    missing = _missing_parts(conn)
    if missing:
        return missing  # the other checks would only fail on the same absence
    statements = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
    found: list[Problem] = []
    for table, columns in contract().columns.items():
        # Types and required values are SQLite's to keep where the table is ours, word for word.
        kept_by_sqlite = statements.get(table) == contract().statements[table]
        found += _value_faults(conn, table, columns, kept_by_sqlite)
        found += _choice_faults(conn, table, columns)
        if not kept_by_sqlite and table != "citations":  # its key is three columns
            found += _duplicate_ids(conn, table, columns[0].name)
    found += _tree_faults(conn)
    found += _dangling_references(conn)
    found += _citation_faults(conn)
    found += _conflict_faults(conn)
    found += _election_faults(conn)
    found += _meta_faults(conn)
    return found


def _strays(conn: sqlite3.Connection, table: str, column: str, allowed: str) -> list:
    """The column's values that are not in `allowed` (SQL: a list, or a SELECT of ids).

    Distinct values first (SQLite reads them from an index where one leads with the column),
    then the test: a few thousand tests instead of one per row.
    """
    c = q(column)
    values = _few_values(conn, table, column)
    if values is None:
        distinct = f"SELECT DISTINCT {c} AS x FROM {q(table)}"
    else:
        distinct = "SELECT NULL AS x" + "".join(" UNION ALL SELECT ?" for _ in values)
    return [
        r[0]
        for r in conn.execute(
            f"SELECT x FROM ({distinct}) WHERE x IS NOT NULL AND x NOT IN ({allowed})",
            values or (),
        )
    ]


def _few_values(conn: sqlite3.Connection, table: str, column: str, most: int = 32) -> list | None:
    """The distinct values of a citations column that an index leads with, found by seeking
    from one to the next (a few lookups instead of reading 100,000 rows); None otherwise."""
    if table != "citations":
        return None  # the other big tables' indexed columns have thousands of values
    indexes = [row[1] for row in conn.execute("PRAGMA index_list(citations)")]
    if not any(conn.execute(f"PRAGMA index_info({q(i)})").fetchone()[2] == column for i in indexes):
        return None
    after = f"SELECT min({q(column)}) FROM citations WHERE {q(column)} > ?"
    values: list = []
    (value,) = conn.execute(f"SELECT min({q(column)}) FROM citations").fetchone()
    while value is not None and len(values) < most:
        values.append(value)
        (value,) = conn.execute(after, (value,)).fetchone()
    return values if value is None else None


def _rows_with(conn, table: str, key: str, column: str, values: list) -> list[tuple]:
    """(row key, value) of the rows whose column holds one of the values."""
    marks = ", ".join("?" for _ in values)
    return conn.execute(
        f"SELECT {key}, {q(column)} FROM {q(table)} WHERE {q(column)} IN ({marks})", values
    ).fetchall()


def _missing_parts(conn: sqlite3.Connection) -> list[Problem]:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found = []
    for table, columns in contract().columns.items():
        if table not in present:
            found.append(Problem(table, "-", "the table is missing"))
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({q(table)})")}
        found += [
            Problem(table, "-", f"the column {c.name!r} is missing")
            for c in columns
            if c.name not in have
        ]
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


def _sql_list(values: tuple) -> str:
    return ", ".join(f"'{x}'" if isinstance(x, str) else str(x) for x in values)


def _rules(table: str, column: Column, kept_by_sqlite: bool) -> list[tuple[str, str]]:
    """(SQL true for a bad value, what is wrong) for one column; {v} is the value as SQL."""
    c = q(column.name)
    rules = []
    if not kept_by_sqlite:
        if column.required:
            rules.append((f"{c} IS NULL", "has no {name}"))
        allowed = {"TEXT": "'text'", "INTEGER": "'integer'", "REAL": "'integer', 'real'"}
        expected = {"TEXT": "text", "INTEGER": "a whole number", "REAL": "a number"}
        rules.append(
            (
                f"typeof({c}) NOT IN ({allowed[column.type]}, 'null')",
                f"{{name}} is {{v}} ({{type}}), where the app needs {expected[column.type]}",
            )
        )
    if (table, column.name) in RANGES:
        low, high = RANGES[table, column.name]
        rules.append(
            (
                f"typeof({c}) = 'integer' AND ({c} < {low} OR {c} > {high})",
                f"{{name}} is {{v}}, outside {low:,}–{high:,}",
            )
        )
    if column.name in DATE_COLUMNS:
        rules.append(
            (
                f"typeof({c}) = 'text' AND NOT {_valid_date(c)}",
                "{name} {v} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            )
        )
    if table == "sources" and column.name == "url":
        rules.append(
            (
                f"typeof({c}) = 'text' AND {c} NOT LIKE 'http://%' AND {c} NOT LIKE 'https://%'",
                "url {v} is not a web address (http:// or https://)",
            )
        )
    return rules


def _value_faults(
    conn: sqlite3.Connection, table: str, columns: list[Column], kept_by_sqlite: bool
) -> list[Problem]:
    checks = []  # (column, SQL true when broken, sentence, the other column it names)
    for column in columns:
        checks += [
            (column.name, sql, what, "") for sql, what in _rules(table, column, kept_by_sqlite)
        ]
    for period_table, first, last in PERIODS:
        if period_table == table:
            a, b = q(first), q(last)
            both = f"{a} GLOB '[0-9][0-9][0-9][0-9]*' AND {b} GLOB '[0-9][0-9][0-9][0-9]*'"
            sql = f"{both} AND {_first_day(a)} > {_last_day(b)}"
            checks.append((last, sql, f"{last} {{v}} comes before {first} {{other}}", first))
    if not checks:
        return []
    names = [c.name for c in columns]
    key = q(names[0])  # id, meta's key, or the table a citation names
    flags = ", ".join(f"({sql}) IS 1" for _, sql, _, _ in checks)
    values = ", ".join(f"substr(quote({q(n)}), 1, 60), typeof({q(n)})" for n in names)
    where = " OR ".join(f"({sql}) IS 1" for _, sql, _, _ in checks)
    rows = conn.execute(
        f"SELECT coalesce({key}, '(no {names[0]})'), {flags}, {values} "
        f"FROM {q(table)} WHERE {where}"
    )
    found = []
    for row in rows:
        shown = dict(zip(names, row[1 + len(checks) :: 2], strict=True))
        types = dict(zip(names, row[2 + len(checks) :: 2], strict=True))
        for (name, _, what, other), failed in zip(checks, row[1 : 1 + len(checks)], strict=True):
            if failed:
                sentence = what.format(
                    name=name, v=shown[name], type=types[name], other=shown.get(other)
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
    names = ", ".join(q(name) for name, _ in chosen)
    combinations = conn.execute(f"SELECT DISTINCT {names} FROM {q(table)}").fetchall()
    found = []
    for n, (name, choices) in enumerate(chosen):
        strays = sorted({values[n] for values in combinations} - {*choices, None}, key=str)
        if strays:
            listed = ", ".join(map(str, choices))
            found += [
                Problem(table, str(key), f"{name} is {value!r}, not one of {listed}")
                for key, value in _rows_with(conn, table, q(columns[0].name), name, strays)
            ]
    return found


def _duplicate_ids(conn: sqlite3.Connection, table: str, key: str) -> list[Problem]:
    rows = conn.execute(
        f"SELECT {q(key)}, count(*) FROM {q(table)} WHERE {q(key)} IS NOT NULL "
        f"GROUP BY {q(key)} HAVING count(*) > 1"
    )
    return [Problem(table, str(i), f"the id is used by {n} rows") for i, n in rows]


# -- references ---------------------------------------------------------------------------------


def _dangling_references(conn: sqlite3.Connection) -> list[Problem]:
    found = []
    for table, column, target in contract().references:
        if (table, column) == ("units", "parent_id"):
            continue  # the tree check says more about a parent that is missing
        missing = _strays(conn, table, column, f"SELECT id FROM {q(target)}")
        if missing:
            key = "id" if table != "citations" else "row_table || ':' || row_id"
            found += [
                Problem(table, str(row_id), f"{column} {value!r} names no row of {target}")
                for row_id, value in _rows_with(conn, table, key, column, missing)
            ]
    return found


def _citation_faults(conn: sqlite3.Connection) -> list[Problem]:
    cited = [t for t in contract().columns if t not in UNCITED]
    return [
        Problem("citations", str(table), "rows cite from a table that does not exist")
        for table in _strays(conn, "citations", "row_table", _sql_list(tuple(cited)))
    ]


def _conflict_faults(conn: sqlite3.Connection) -> list[Problem]:
    cited = {t for t in contract().columns if t not in UNCITED}
    found = []
    for conflict_id, subject in conn.execute("SELECT id, subject FROM conflicts"):
        table, _, row_id = str(subject).partition(":")
        exists = (
            table in cited
            and conn.execute(f"SELECT 1 FROM {q(table)} WHERE id = ?", (row_id,)).fetchone()
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
            "SELECT parent_id, position FROM units GROUP BY parent_id, position HAVING count(*) > 1"
        ).fetchall()
        for (unit,) in conn.execute(
            "SELECT id FROM units WHERE parent_id IS ? AND position IS ?", (parent, position)
        )
    ]
    # The build writes each parent before its children; then one join proves the whole tree
    # sound: every parent exists and comes earlier, so no loop, and all hang from the root.
    late = conn.execute(
        "SELECT count(*) FROM units AS u LEFT JOIN units AS p ON p.id = u.parent_id "
        "WHERE u.parent_id IS NOT NULL AND (p.rowid IS NULL OR p.rowid >= u.rowid)"
    ).fetchone()[0]
    if late:
        found += _broken_branches(dict(conn.execute("SELECT id, parent_id FROM units")), roots[0])
    return found


def _broken_branches(parent_of: dict, root: object) -> list[Problem]:
    """Each cause of a broken tree once: a parent that names no unit, a loop of parents;
    with how many units it cuts off from the root (they are not wrong themselves)."""
    reached = {root}
    for start in parent_of:
        path, unit = [], start
        while unit not in reached and unit in parent_of and unit not in path:
            path.append(unit)
            unit = parent_of[unit]
        if unit in reached:
            reached.update(path)
    unreached = {u: p for u, p in parent_of.items() if u not in reached}
    cause: dict = {}  # unit -> the unit whose parent breaks its branch
    loops: dict = {}  # first unit of a loop -> the loop
    for start in unreached:
        chain, unit = [], start
        while unit in unreached and unit not in cause and unit not in chain:
            chain.append(unit)
            unit = unreached[unit]
        if unit in cause:
            found_cause = cause[unit]
        elif unit in chain:  # this walk closed a loop
            loop = chain[chain.index(unit) :]
            loops[unit] = loop
            cause.update(dict.fromkeys(loop, unit))
            found_cause = unit
        else:  # the last unit of the chain names a parent that does not exist
            found_cause = chain[-1]
        cause.update((u, found_cause) for u in chain if u not in cause)
    cut_off = {key: 0 for key in set(cause.values())}
    for unit, key in cause.items():
        if unit != key and unit not in loops.get(key, ()):
            cut_off[key] += 1
    found = []
    for key, count in cut_off.items():
        below = f" ({count} units below it are cut off from the root)" if count else ""
        if key in loops:
            path = " → ".join(map(str, [*loops[key], key]))
            found.append(Problem("units", str(key), f"its parents form a loop: {path}{below}"))
        else:
            parent = parent_of[key]
            found.append(Problem("units", str(key), f"parent {parent!r} names no unit{below}"))
    return sorted(found, key=lambda p: str(p.row_id))


# -- elections ----------------------------------------------------------------------------------


def _election_faults(conn: sqlite3.Connection) -> list[Problem]:
    found = [
        Problem("votes", str(vote), f"candidate {cand!r} does not stand in {election!r}")
        for vote, cand, election in conn.execute(
            "SELECT v.id, v.candidate_id, r.election_id FROM votes AS v "
            "JOIN rounds AS r ON r.id = v.round_id JOIN candidates AS c ON c.id = v.candidate_id "
            "WHERE c.election_id != r.election_id"
        )
    ]
    found += [
        Problem(
            "rounds", str(round_id), f"its votes add up to {total}, more than {ballots} ballots"
        )
        for round_id, total, ballots in conn.execute(
            "SELECT r.id, sum(v.votes), r.ballots FROM rounds AS r JOIN votes AS v "
            "ON v.round_id = r.id WHERE typeof(r.ballots) = 'integer' GROUP BY r.id "
            "HAVING typeof(sum(v.votes)) = 'integer' AND sum(v.votes) > r.ballots"
        )
    ]
    found += [
        Problem("rounds", str(ids), f"{election!r} has round {number} more than once")
        for election, number, ids in conn.execute(
            "SELECT election_id, number, group_concat(id, ', ') FROM rounds "
            "GROUP BY election_id, number HAVING count(*) > 1"
        )
    ]
    found += [
        Problem("votes", str(ids), f"{cand!r} has more than one count in round {round_id!r}")
        for round_id, cand, ids in conn.execute(
            "SELECT round_id, candidate_id, group_concat(id, ', ') FROM votes "
            "GROUP BY round_id, candidate_id HAVING count(*) > 1"
        )
    ]
    return found


def _meta_faults(conn: sqlite3.Connection) -> list[Problem]:
    keys = _sql_list(META_DATES)
    v = q("value")
    rows = conn.execute(
        f"SELECT key, substr(quote({v}), 1, 60) FROM meta "
        f"WHERE (key IN ({keys}) OR key LIKE 'as!_of!_%' ESCAPE '!') "
        f"AND NOT (typeof({v}) = 'text' AND {_valid_date(v)})"
    )
    return [Problem("meta", str(key), f"{value} is not a date") for key, value in rows]
