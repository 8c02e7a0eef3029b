"""Well-formed database files in iomdesk's schema whose rows break a rule the app relies on.

Each fault spoils a copy of the shipped file the way a hand edit or another tool would. Where
the shipped schema would refuse the edit (STRICT types, NOT NULL, CHECK), the table is first
remade without constraints, as a file from a looser schema would be.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from badfiles import good_copy


def loosen(conn: sqlite3.Connection, table: str) -> None:
    """The table again, with its rows but without types, keys or constraints."""
    conn.execute(f"CREATE TABLE loose AS SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE loose RENAME TO {table}")


def redeclare(conn: sqlite3.Connection, table: str, old: str, new: str) -> None:
    """The table again, its CREATE statement edited (a collation, WITHOUT ROWID …)."""
    statement = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert old in statement, (table, old)
    conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    conn.execute(statement.replace(old, new))
    conn.execute(f"INSERT INTO {table} SELECT * FROM old_{table}")
    conn.execute(f"DROP TABLE old_{table}")


def sql(
    *statements: str, loose: str = "", redeclared: tuple[str, str, str] | None = None
) -> Callable[[sqlite3.Connection], None]:
    def spoil(conn: sqlite3.Connection) -> None:
        if loose:
            loosen(conn, loose)
        if redeclared:
            redeclare(conn, *redeclared)
        for statement in statements:
            conn.execute(statement)

    return spoil


# name -> (how to spoil the copy, the table and row id the problem names, words it contains)
FAULTS: dict[str, tuple[Callable[[sqlite3.Connection], None], str, str]] = {
    "unit is its own parent": (
        sql("UPDATE units SET parent_id = 'odg' WHERE id = 'odg'"),
        "units odg",
        "loop",
    ),
    "unit under its own descendant": (
        sql("UPDATE units SET parent_id = 'ola' WHERE id = 'hq'"),
        "units hq",
        "loop",
    ),
    "parent names no unit": (
        sql("UPDATE units SET parent_id = 'no-such-unit' WHERE id = 'hq'"),
        "units hq",
        "names no unit",
    ),
    "tenure names no person": (
        sql("UPDATE tenures SET person_id = 'nobody' WHERE id = 'gibson-director'"),
        "tenures gibson-director",
        "person_id 'nobody' names no row of people",
    ),
    "candidate names no election": (
        sql("UPDATE candidates SET election_id = 'dg-1900' WHERE id = 'dg-2018-thompson'"),
        "candidates dg-2018-thompson",
        "names no row of elections",
    ),
    "vote names no candidate": (
        sql("UPDATE votes SET candidate_id = 'dg-2023-nobody' WHERE id = 'dg-2023-r1-pope'"),
        "votes dg-2023-r1-pope",
        "names no row of candidates",
    ),
    "vote names no round": (
        sql("UPDATE votes SET round_id = 'dg-2023-r9' WHERE id = 'dg-2023-r1-pope'"),
        "votes dg-2023-r1-pope",
        "names no row of rounds",
    ),
    "contact names no unit": (
        sql("UPDATE contacts SET unit_id = 'gone' WHERE id = 'dhrr-email'"),
        "contacts dhrr-email",
        "names no row of units",
    ),
    "citation names no source": (
        sql("UPDATE citations SET source_id = 'S9' || source_id WHERE row_id = 'picmme'"),
        "citations bodies:picmme",
        "names no row of sources",
    ),
    "a row that cites no source": (
        sql("DELETE FROM citations WHERE row_table = 'units' AND row_id = 'hq'"),
        "units hq",
        "cites no source",
    ),
    "a citation without its source": (
        sql("UPDATE citations SET source_id = NULL WHERE row_id = 'picmme'", loose="citations"),
        "citations bodies",
        "has no source_id",
    ),
    "vote for another election's candidate": (
        sql("UPDATE votes SET candidate_id = 'dg-2018-thompson' WHERE id = 'dg-2023-r1-pope'"),
        "votes dg-2023-r1-pope",
        "does not stand in 'dg-2023'",
    ),
    "a date that is no date": (
        sql("UPDATE tenures SET start = 'soon' WHERE id = 'gibson-director'"),
        "tenures gibson-director",
        "is not a date",
    ),
    "a day that does not exist": (
        sql("UPDATE people SET born = '1950-02-30' WHERE id = 'gibson'"),
        "people gibson",
        "is not a date",
    ),
    "an end before the start": (
        sql("UPDATE tenures SET \"end\" = '1940' WHERE id = 'gibson-director'"),
        "tenures gibson-director",
        "comes before start",
    ),
    "text where a vote count belongs": (
        sql("UPDATE votes SET votes = 'many' WHERE id = 'dg-2023-r1-pope'", loose="votes"),
        "votes dg-2023-r1-pope",
        "where the app needs a whole number",
    ),
    "a blob where ballots are counted": (
        sql("UPDATE rounds SET ballots = x'00ff' WHERE id = 'dg-2023-r1'", loose="rounds"),
        "rounds dg-2023-r1",
        "blob",
    ),
    "a negative count": (
        sql("UPDATE votes SET votes = -3 WHERE id = 'dg-2023-r1-pope'"),
        "votes dg-2023-r1-pope",
        "outside 0",
    ),
    "votes beyond the ballots": (
        sql("UPDATE votes SET votes = votes + 500 WHERE id = 'dg-2023-r1-pope'"),
        "rounds dg-2023-r1",
        "more than",
    ),
    "a required value missing": (
        sql("UPDATE units SET name = NULL WHERE id = 'hq'", loose="units"),
        "units hq",
        "has no name",
    ),
    "an id used twice": (
        sql("INSERT INTO people SELECT * FROM people WHERE id = 'gibson'", loose="people"),
        "people gibson",
        "used by 2 rows",
    ),
    "a missing table": (sql("DROP TABLE contacts"), "contacts -", "table is missing"),
    "a missing column": (
        sql("ALTER TABLE contacts DROP COLUMN email"),
        "contacts -",
        "'email' is missing",
    ),
    "two units in one position": (
        sql("UPDATE units SET position = 1 WHERE id = 'field'"),
        "units field",
        "shares position 1",
    ),
    "an unknown kind of unit": (
        sql("UPDATE units SET kind = 'spaceship' WHERE id = 'hq'"),
        "units hq",
        "kind is 'spaceship'",
    ),
    "an unknown status": (
        sql("UPDATE contacts SET status = 'rumoured' WHERE id = 'dhrr-email'"),
        "contacts dhrr-email",
        "status is 'rumoured'",
    ),
    "a disagreement about no row": (
        sql("UPDATE conflicts SET subject = 'tenures:nobody' WHERE id = 'haveman-start-1961'"),
        "conflicts haveman-start-1961",
        "names no row",
    ),
    "a count too big to add up": (
        sql("UPDATE votes SET votes = 9223372036854775807 WHERE round_id = 'dg-2023-r1'"),
        "votes dg-2023-r1-pope",
        "outside 0",
    ),
    "a person named only if case is ignored": (
        sql(
            "UPDATE tenures SET person_id = upper(person_id) WHERE id = 'gibson-director'",
            redeclared=("tenures", "person_id TEXT NOT NULL", "person_id TEXT COLLATE NOCASE"),
        ),
        "tenures gibson-director",
        "person_id 'GIBSON' names no row of people",
    ),
    "a parent named only if case is ignored": (
        sql(
            "UPDATE units SET parent_id = 'HQ' WHERE id = 'odg'",
            redeclared=("units", "id TEXT PRIMARY KEY", "id TEXT COLLATE NOCASE PRIMARY KEY"),
        ),
        "units odg",
        "parent 'HQ' names no unit",
    ),
    "a table without a row order": (
        sql(redeclared=("tenures", ") STRICT", ") STRICT, WITHOUT ROWID")),
        "tenures -",
        "WITHOUT ROWID",
    ),
    # The country layer: every rule of the other tables holds for its tables too.
    "a country citing no source": (
        sql("DELETE FROM citations WHERE row_table = 'countries' AND row_id = 'kwt'"),
        "countries kwt",
        "cites no source",
    ),
    "a membership that ends before it starts": (
        sql("UPDATE memberships SET \"end\" = '1950' WHERE id = 'esp-member'"),
        "memberships esp-member",
        "comes before start",
    ),
    "a membership naming no country": (
        sql("UPDATE memberships SET country_id = 'atlantis' WHERE id = 'esp-member'"),
        "memberships esp-member",
        "names no row of countries",
    ),
    "a member and an observer at once": (
        sql(
            "INSERT INTO memberships SELECT id || '-twice', country_id, 'observer', start, NULL,"
            " NULL, NULL, NULL, NULL, status FROM memberships WHERE id = 'kwt-observer'"
        ),
        "memberships kwt-observer, kwt-observer-twice",
        "more than one open membership",
    ),
    "an unknown kind of membership": (
        sql(
            "UPDATE memberships SET kind = 'friend' WHERE id = 'kwt-observer'", loose="memberships"
        ),
        "memberships kwt-observer",
        "kind is 'friend'",
    ),
    "an office in no country": (
        sql("UPDATE offices SET country_id = 'atlantis' WHERE id = 'lbn-office'"),
        "offices lbn-office",
        "names no row of countries",
    ),
    "a presence that began on no date": (
        sql("UPDATE offices SET start = '19xx' WHERE id = 'lbn-office'"),
        "offices lbn-office",
        "not a date",
    ),
    "coverage by a unit that does not exist": (
        sql("UPDATE coverage SET unit_id = 'ro-atlantis' WHERE id = 'jor-2011'"),
        "coverage jor-2011",
        "names no row of units",
    ),
    "coverage that ends before it starts": (
        sql("UPDATE coverage SET \"end\" = '2001' WHERE id = 'lbn-2011'"),
        "coverage lbn-2011",
        "comes before start",
    ),
    "a chief of no place": (
        sql("UPDATE chiefs SET country_id = NULL WHERE id = 'kwt-mazen-aboulhosn-2024'"),
        "chiefs kwt-mazen-aboulhosn-2024",
        "names neither a country nor a unit",
    ),
    "a chief named in post on a day that does not exist": (
        sql("UPDATE chiefs SET date = '2024-02-30' WHERE id = 'kwt-mazen-aboulhosn-2024'"),
        "chiefs kwt-mazen-aboulhosn-2024",
        "not a date",
    ),
    "a contact in no country": (
        sql("UPDATE contacts SET country_id = 'atlantis' WHERE id = 'lbn-office'"),
        "contacts lbn-office",
        "names no row of countries",
    ),
    "a source address that is no web address": (
        sql("UPDATE sources SET url = 'file:///etc/passwd' WHERE id = 'S1'"),
        "sources S1",
        "not a web address",
    ),
}


def spoiled(folder: Path, fault: str) -> Path:
    path = good_copy(folder, "spoiled.sqlite")
    conn = sqlite3.connect(path)
    try:
        FAULTS[fault][0](conn)
        conn.commit()
    finally:
        conn.close()
    return path
