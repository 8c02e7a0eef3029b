"""Check a database's rows against every rule the app relies on, before anything shows (no Qt):
problems() runs them all. The rules of single values are here; those between rows (references,
the unit tree, elections, disagreements) are in relations.py; schema.sql as data in contract.py.

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
from dataclasses import dataclass

from iomdesk import relations
from iomdesk.contract import (
    Column,
    Problem,
    contract,
    quoted,
    rows_with,
    valid_date,
)

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
    ("countries", "kind"): ("state", "territory"),
    ("memberships", "kind"): ("member", "observer"),
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
PERIODS = (
    ("bodies", "start", "end"),
    ("tenures", "start", "end"),
    ("people", "born", "died"),
    ("memberships", "start", "end"),
    ("coverage", "start", "end"),
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
    found += relations.problems(conn, exact)
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


# -- values, one scan per table -----------------------------------------------------------------


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
                f"typeof({c}) = 'text' AND NOT {valid_date(c)}",
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
        # Bare in WHERE, where NULL already counts as false: "(...) IS 1" would stop SQLite
        # cutting a rule short after its first false term (4 times slower on 100,000 contacts).
        f"WHERE " + " OR ".join(f"({rule.broken})" for rule in rules)
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
                for key, value in rows_with(conn, table, quoted(columns[0].name), name, strays)
            ]
    return found


def _duplicate_ids(conn: sqlite3.Connection, table: str, key: str) -> list[Problem]:
    k = quoted(key)
    rows = conn.execute(
        f"SELECT {k}, count(*) FROM {quoted(table)} WHERE {k} IS NOT NULL "
        f"GROUP BY {k} COLLATE BINARY HAVING count(*) > 1"
    )
    return [Problem(table, str(i), f"the id is used by {n} rows") for i, n in rows]
