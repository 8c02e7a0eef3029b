"""The rules between rows (no Qt): every reference resolves, citations name real rows and
sources, a disagreement is about a real field, the units form one tree, an election's votes are
its candidates' and within its ballots, a country holds one membership at a time, and the meta
dates are dates. validate.problems runs
them after the rules of single values."""

from __future__ import annotations

import sqlite3

from iomdesk.contract import (
    Problem,
    binary,
    contract,
    literals,
    quoted,
    rows_with,
    stray_values,
    valid_date,
)

META_DATES = ("sources_checked", "compiled", "structure_as_of", "newest_source")
# Tables whose rows are facts: each cites its sources and may be the subject of a disagreement.
NOT_FACTS = ("meta", "sources", "citations")
# A row of these may cite nothing when its note says why (a spelling is no document's fact).
CITED_WHERE_DEFINED = {"aliases"}


def problems(conn: sqlite3.Connection, exact: set[str]) -> list[Problem]:
    """Every broken rule between rows (exact: the tables that are ours word for word)."""
    found = _tree_faults(conn)
    found += _dangling_references(conn, exact)
    found += _citation_faults(conn, exact)
    found += _conflict_faults(conn)
    found += _election_faults(conn)
    found += _country_faults(conn)
    found += _meta_faults(conn)
    return found


# -- references ---------------------------------------------------------------------------------


def _dangling_references(conn: sqlite3.Connection, exact: set[str]) -> list[Problem]:
    found = []
    for table, column, target in contract().references:
        if (table, column) == ("units", "parent_id"):
            continue  # the tree check says more about a parent that is missing
        ids = f"SELECT {binary(target, 'id', exact)} FROM {quoted(target)}"
        missing = stray_values(conn, table, column, ids, exact)
        if missing:
            key = "id" if table != "citations" else "row_table || ':' || row_id"
            found += [
                Problem(table, str(row_id), f"{column} {value!r} names no row of {target}")
                for row_id, value in rows_with(conn, table, key, column, missing)
            ]
    return found


def _citation_faults(conn: sqlite3.Connection, exact: set[str]) -> list[Problem]:
    facts = [t for t in contract().columns if t not in NOT_FACTS]
    found = [
        Problem("citations", str(table), "rows cite from a table that does not exist")
        for table in stray_values(conn, "citations", "row_table", literals(facts), exact)
    ]
    return found + _uncited_rows(conn, facts)


def _uncited_rows(conn: sqlite3.Connection, facts: list[str]) -> list[Problem]:
    """Every fact cites a source. Counted first (the cited ids of each table, read in the
    citations' index: 15 ms for 100,000 contacts); only a table with fewer cited ids than rows
    is searched row by row (45 ms). A citation of a row that does not exist could hide an
    uncited row from the count; it takes two faults at once, and the build refuses both."""
    cited = dict(
        conn.execute("SELECT row_table, count(DISTINCT row_id) FROM citations GROUP BY row_table")
    )
    found = []
    for table in facts:
        rows = conn.execute(f"SELECT count(*) FROM {quoted(table)}").fetchone()[0]
        if cited.get(table, 0) >= rows:
            continue
        excused = " AND coalesce(t.note, '') = ''" if table in CITED_WHERE_DEFINED else ""
        found += [
            Problem(table, str(row_id), "cites no source")
            for (row_id,) in conn.execute(
                f"SELECT id FROM {quoted(table)} AS t WHERE NOT EXISTS (SELECT 1 FROM "
                "citations AS c WHERE c.row_table = ? AND c.row_id = t.id)" + excused,
                (table,),
            )
        ]
    return found


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


# -- countries ----------------------------------------------------------------------------------


def _country_faults(conn: sqlite3.Connection) -> list[Problem]:
    """A country is a member or an observer, not both at once; a chief heads one place."""
    found = [
        Problem("memberships", str(ids), f"{country!r} has more than one open membership")
        for country, ids in conn.execute(
            "SELECT country_id, group_concat(id, ', ') FROM memberships WHERE \"end\" IS NULL "
            "GROUP BY country_id COLLATE BINARY HAVING count(*) > 1"
        )
    ]
    found += [
        Problem("chiefs", str(chief), "names neither a country nor a unit, or both")
        for (chief,) in conn.execute(
            "SELECT id FROM chiefs WHERE (country_id IS NULL) = (unit_id IS NULL)"
        )
    ]
    return found


def _meta_faults(conn: sqlite3.Connection) -> list[Problem]:
    v = quoted("value")
    rows = conn.execute(
        f"SELECT key, substr(quote({v}), 1, 60) FROM meta "
        f"WHERE (key IN ({literals(META_DATES)}) OR key LIKE 'as!_of!_%' ESCAPE '!') "
        f"AND NOT (typeof({v}) = 'text' AND {valid_date(v)})"
    )
    return [Problem("meta", str(key), f"{value} is not a date") for key, value in rows]
