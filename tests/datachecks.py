"""Editorial checks on a built database: citable sources, seed facts, consistency, "as of".

Each check takes an open connection and returns problems as sentences (empty: all is well),
so a test can run it on the shipped file and on a spoiled copy alike.
"""

from __future__ import annotations

import csv
import itertools
import re
import sqlite3
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from devtools import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "resources" / "data" / "seeds"
SEED_FACTS = Path(__file__).resolve().parent / "data" / "seed_facts.csv"

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


def seed_texts(folder: Path = SEEDS_DIR) -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}


def _cited_by(conn: sqlite3.Connection, table: str, row_id: str) -> set[str]:
    """The ids of the sources a row cites."""
    rows = conn.execute(
        "SELECT source_id FROM citations WHERE row_table = ? AND row_id = ?", (table, row_id)
    )
    return {source for (source,) in rows}


def address_key(url: str) -> str:
    """Two spellings of one address (http/https, www., a trailing slash) give one key."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def is_document_address(url: str | None) -> bool:
    """An address with a path or query: a document, not a site's home page."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and (parts.path.strip("/") != "" or parts.query != "")
    )


def sources_without_document_address(conn: sqlite3.Connection) -> list[str]:
    # A document nobody could find keeps its row, with no address and a note that says so.
    return [
        f"sources:{sid}: public source without a document address ({url or 'none'})"
        for sid, url, note in conn.execute(
            "SELECT id, url, note FROM sources WHERE kind = 'public'"
        )
        if not is_document_address(url)
        and not (url is None and "not found" in (note or "").lower())
    ]


def repeated_addresses(conn: sqlite3.Connection) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for sid, url in conn.execute("SELECT id, url FROM sources WHERE url IS NOT NULL ORDER BY id"):
        by_key[address_key(url)].append(sid)
    return [
        f"sources:{', '.join(ids)}: one address under several ids ({key})"
        for key, ids in sorted(by_key.items())
        if len(ids) > 1
    ]


def uncited_sources(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM citations) ORDER BY id"
    )
    return [f"sources:{sid}: cited by no row" for (sid,) in rows]


def number_forms(value: float) -> set[str]:
    """How a text may write a number: 10000, 10,000, 31.6 million, USD 2.5 billion, six."""
    forms = set()
    if value == int(value):
        n = int(value)
        forms |= {str(n), f"{n:,}", f"{n:,}".replace(",", " "), f"{n:,}".replace(",", ".")}
        if n < len(NUMBER_WORDS):
            forms.add(NUMBER_WORDS[n])
    else:
        forms.add(f"{value:g}")
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:
            forms.add(f"{value / size:g} {word}")
            break
    return forms


def text_has_number(text: str, value: float) -> bool:
    for form in number_forms(value):
        pattern = rf"(?<![\w.,]){re.escape(form)}(?![\w]|[.,]\d)"
        if re.search(pattern, text, flags=re.IGNORECASE):
            return True
    return False


def _row_numbers(conn: sqlite3.Connection) -> list[tuple[str, str, list[float]]]:
    """(table, id, the numbers the row states) for the rows whose point is a number."""
    rows: list[tuple[str, str, list[float]]] = []
    for fid, value in conn.execute("SELECT id, value FROM figures"):
        rows.append(("figures", fid, [value]))
    for vid, votes in conn.execute("SELECT id, votes FROM votes"):
        rows.append(("votes", vid, [votes]))
    round_votes: dict[str, list[float]] = defaultdict(list)
    for rid, votes in conn.execute("SELECT round_id, votes FROM votes"):
        round_votes[rid].append(votes)
    for rid, *counts in conn.execute("SELECT id, ballots, needed, blank FROM rounds"):
        numbers = [c for c in counts if c is not None] + round_votes[rid]
        rows.append(("rounds", rid, numbers))
    return rows


def seed_numbers_not_in_seed(conn: sqlite3.Connection, seeds: dict[str, str]) -> list[str]:
    """A figure, vote or round cited to a seed must have its numbers in that seed's text."""
    cited: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table, row_id, source in conn.execute(
        "SELECT row_table, row_id, source_id FROM citations WHERE source_id LIKE 'seed%'"
    ):
        cited[(table, row_id)].add(source)
    problems = []
    for table, row_id, numbers in _row_numbers(conn):
        for seed in sorted(cited.get((table, row_id), ())):
            missing = [n for n in numbers if not text_has_number(seeds[seed], n)]
            if missing:
                shown = ", ".join(f"{n:g}" for n in missing)
                problems.append(f"{table}:{row_id}: cites {seed}, whose text lacks {shown}")
    return problems


def schedules_recorded_as_disagreements(conn: sqlite3.Connection) -> list[str]:
    """A date 'given' only by documents written before it is a plan, not a disagreement."""
    source_dates = dict(conn.execute("SELECT id, date FROM sources WHERE date IS NOT NULL"))
    problems = []
    for cid, field, value in conn.execute("SELECT id, field, value FROM conflicts"):
        if field not in build.DATE_COLUMNS:
            continue
        sources = _cited_by(conn, "conflicts", cid)
        dated = [source_dates[s] for s in sources if s in source_dates]
        if dated and len(dated) == len(sources) and all(d[:7] < value[:7] for d in dated):
            problems.append(
                f"conflicts:{cid}: {field} {value} is given only by documents written before it"
                " (a schedule, not a disagreement)"
            )
    return problems


def thin_disagreements(conn: sqlite3.Connection) -> list[str]:
    """Each disagreement: two or more distinct values, each with a source of its own."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for cid, subject, field, value in conn.execute(
        "SELECT id, subject, field, value FROM conflicts ORDER BY id"
    ):
        groups[(subject, field)].append((cid, value))
    problems = []
    for (subject, field), rows in sorted(groups.items()):
        values = {value for _, value in rows}
        if len(values) < 2:
            problems.append(f"conflicts on {subject} {field}: only one value {sorted(values)}")
            continue
        sources_by_value: dict[str, set[str]] = defaultdict(set)
        for cid, value in rows:
            sources_by_value[value] |= _cited_by(conn, "conflicts", cid)
        for value, sources in sorted(sources_by_value.items()):
            others = set().union(*(s for v, s in sources_by_value.items() if v != value))
            if not sources - others:
                problems.append(
                    f"conflicts on {subject} {field}: value {value!r} has no source of its own"
                )
    return problems


def body_boundaries_without_disagreement(conn: sqlite3.Connection) -> list[str]:
    """One name ends where the next begins: a disputed start is a disputed end too."""
    bodies = conn.execute('SELECT id, start, "end" FROM bodies ORDER BY start').fetchall()

    def disputed(subject: str, field: str) -> set[str]:
        return {
            v
            for (v,) in conn.execute(
                "SELECT value FROM conflicts WHERE subject = ? AND field = ?", (subject, field)
            )
        }

    problems = []
    for (before, _, end), (after, start, _) in itertools.pairwise(bodies):
        if end != start:
            problems.append(f"bodies:{before}: ends {end} but {after} starts {start}")
        ends = disputed(f"bodies:{before}", "end")
        starts = disputed(f"bodies:{after}", "start")
        if ends != starts:
            problems.append(
                f"bodies:{before}/{after}: the sources disagree on the boundary"
                f" ({sorted(starts) or [start]} as {after}'s start,"
                f" {sorted(ends) or [end]} as {before}'s end)"
            )
    return problems


def results_against_rounds(conn: sqlite3.Connection) -> list[str]:
    """A candidate's result must agree with the last round: winners are not outvoted there."""
    problems = []
    elections = conn.execute("SELECT id, winner_id FROM elections").fetchall()
    for election_id, winner_id in elections:
        candidates = conn.execute(
            "SELECT id, person_id, result FROM candidates WHERE election_id = ?", (election_id,)
        ).fetchall()
        elected = [c for c in candidates if c[2] == "elected"]
        if winner_id and [c[1] for c in elected] != [winner_id]:
            problems.append(
                f"elections:{election_id}: winner {winner_id} but elected candidates"
                f" {[c[0] for c in elected]}"
            )
        last = conn.execute(
            "SELECT r.id FROM rounds r WHERE r.election_id = ? AND r.kind = 'ballot'"
            " AND EXISTS (SELECT 1 FROM votes v WHERE v.round_id = r.id)"
            " ORDER BY r.number DESC LIMIT 1",
            (election_id,),
        ).fetchone()
        if not last or not elected:
            continue
        votes = dict(
            conn.execute("SELECT candidate_id, votes FROM votes WHERE round_id = ?", (last[0],))
        )
        winner_votes = votes.get(elected[0][0])
        if winner_votes is not None and winner_votes < max(votes.values()):
            problems.append(
                f"candidates:{elected[0][0]}: elected, yet outvoted in the last ballot {last[0]}"
            )
    return problems


def seed_fact_lines(path: Path = SEED_FACTS) -> list[dict[str, str]]:
    """The checklist: seed, fact, where the database holds it (table, row_id, column, a piece
    of text the column contains) and what a reader types to find that row (search)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_facts_unmet(conn: sqlite3.Connection, path: Path = SEED_FACTS) -> list[str]:
    """Every line of the seed-fact checklist: the row holds the text and cites the seed."""
    problems = []
    for line, fact in enumerate(seed_fact_lines(path), start=2):
        where = f"seed_facts.csv:{line} ({fact['seed']}: {fact['fact']})"
        table, row_id, column = fact["table"], fact["row_id"], fact["column"]
        try:
            row = conn.execute(f'SELECT "{column}" FROM {table} WHERE id = ?', (row_id,)).fetchone()
        except sqlite3.Error as exc:
            problems.append(f"{where}: {exc}")
            continue
        if row is None:
            problems.append(f"{where}: no row {table}:{row_id}")
            continue
        value = "" if row[0] is None else str(row[0])
        if isinstance(row[0], float) and row[0] == int(row[0]):
            value = str(int(row[0]))
        if fact["contains"].casefold() not in value.casefold():
            problems.append(f"{where}: {table}:{row_id}.{column} lacks {fact['contains']!r}")
        if fact["seed"] not in _cited_by(conn, table, row_id):
            problems.append(f"{where}: {table}:{row_id} does not cite {fact['seed']}")
    return problems


def newest_source_by_tab(conn: sqlite3.Connection) -> dict[str, str]:
    """Per tab, the date (YYYY-MM or YYYY) of the newest source its rows cite."""
    newest = {}
    for tab, tables in build.TAB_TABLES.items():
        marks = ", ".join("?" for _ in tables)
        (value,) = conn.execute(
            "SELECT max(substr(s.date, 1, 7)) FROM citations c JOIN sources s ON s.id = c.source_id"
            f" WHERE c.row_table IN ({marks}) OR (c.row_table = 'conflicts' AND c.row_id IN"
            f" (SELECT id FROM conflicts WHERE substr(subject, 1, instr(subject, ':') - 1)"
            f" IN ({marks})))",
            (*tables, *tables),
        ).fetchone()
        newest[tab] = value
    return newest


def stale_as_of(conn: sqlite3.Connection) -> list[str]:
    """meta's as_of_<tab> is the newest source the tab cites; sources_checked is after all."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    problems = []
    for tab, newest in newest_source_by_tab(conn).items():
        if meta.get(f"as_of_{tab}") != newest:
            problems.append(
                f"meta:as_of_{tab}: {meta.get(f'as_of_{tab}')}, but the newest source the tab"
                f" cites is of {newest}"
            )
    (overall,) = conn.execute(
        "SELECT max(substr(date, 1, 7)) FROM sources WHERE id IN (SELECT source_id FROM citations)"
    ).fetchone()
    if meta.get("newest_source") != overall:
        problems.append(f"meta:newest_source: {meta.get('newest_source')}, newest is {overall}")
    checked = meta.get("sources_checked") or ""
    if checked < (overall or ""):
        problems.append(f"meta:sources_checked: {checked} is before the newest source {overall}")
    return problems


# Names the organisation's units bore before the 2023-2024 review, from IOM's older pages
# (the leadership-team and Deputy Director General pages, the 2016 department pages).
PRE_2024_NAMES = (
    "Department of Operations and Emergencies",
    "Department of Migration Management",
    "Department of Policy and Research",
    "Department of International Cooperation and Partnerships",
    "Department of Resources Management",
    "Global Data Institute",
    "Office of the Inspector General",
    "Regional Office in San José",
    "Regional Office in Buenos Aires",
    "Regional Office in Brussels",
    "Regional Office in Pretoria",
)


def pre_2024_names_in_the_tree(conn: sqlite3.Connection) -> list[str]:
    """The tree is the structure of October 2024: no unit under an earlier name."""
    old = {name.casefold() for name in PRE_2024_NAMES}
    return [
        f"units:{uid}: {name!r} is a name from before the 2024 structure"
        for uid, name in conn.execute("SELECT id, name FROM units ORDER BY id")
        if name.casefold() in old
    ]


def sessions_left_empty(conn: sqlite3.Connection) -> list[str]:
    """An election citing the report of a Council session names that session."""
    rows = conn.execute(
        "SELECT DISTINCT e.id, s.id FROM elections e"
        " JOIN citations c ON c.row_table = 'elections' AND c.row_id = e.id"
        " JOIN sources s ON s.id = c.source_id"
        " WHERE (e.session IS NULL OR e.session = '') AND lower(s.title) LIKE '%session%'"
        " ORDER BY e.id"
    )
    return [f"elections:{eid}: session empty, yet {sid} reports on one" for eid, sid in rows]


def members_beyond_the_count(conn: sqlite3.Connection) -> list[str]:
    """At each date History gives a member-state figure for, the members the country layer
    names as already admitted (and not yet gone) are no more than that figure."""
    periods = conn.execute(
        "SELECT substr(start || '-01-01', 1, 10), \"end\" FROM memberships"
        " WHERE kind = 'member' AND start IS NOT NULL"
    ).fetchall()
    found = []
    for figure_id, date, value in conn.execute(
        "SELECT id, date, value FROM figures WHERE measure = 'member_states' AND date IS NOT NULL"
        " ORDER BY date"
    ):
        day = (date + "-12-31")[:10] if len(date) == 4 else (date + "-31")[:10]
        named = sum(1 for start, end in periods if start <= day and (end is None or end >= day))
        if named > value:
            found.append(
                f"figures:{figure_id}: {named} members named by {date}, more than {value:g}"
            )
    return found


# A page that hides e-mails (Cloudflare's "[email protected]") leaves these behind.
MASKED_EMAIL = re.compile(r"\[email|email protected|protected\]|\*{2,}|…|\.\.\.")
EMAIL = re.compile(r"[^@\s;,<>()]+@[^@\s;,<>()]+\.[a-z]{2,}", re.IGNORECASE)


def masked_or_malformed_emails(conn: sqlite3.Connection) -> list[str]:
    """An e-mail is written in full, as read: never a masked one, never a guess at one."""
    found = []
    for contact_id, email in conn.execute(
        "SELECT id, email FROM contacts WHERE email IS NOT NULL ORDER BY id"
    ):
        parts = [p.strip() for p in email.split(";")]
        if MASKED_EMAIL.search(email) or not all(EMAIL.fullmatch(p) for p in parts):
            found.append(f"contacts:{contact_id}: {email!r} is not an e-mail address in full")
    for table, column in (("contacts", "address"), ("contacts", "note"), ("offices", "note")):
        for row_id, text in conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id"
        ):
            if MASKED_EMAIL.search(text) and "protected" in text:
                found.append(f"{table}:{row_id}: a masked e-mail in {column}")
    return found


# Words about where or how a value was read: they belong in the row's note, not in the value
# a reader copies or sees in a table cell.
SOURCE_TALK = re.compile(
    r"listed on|as written|differs from|stored (?:text|copy)|cut off|third-party|contact tab"
    r"|\bpage\)|\bvisit(?:ed)?\b|media contact line|\bper (?:the )?(?:page|blog|source)",
    re.IGNORECASE,
)
VALUE_COLUMNS = {
    "offices": ("name", "city", "sub_offices"),
    "coverage": ("office",),
    "contacts": ("label", "email", "phone", "fax", "address"),
    "chiefs": ("name", "role"),
}


def notes_in_values(conn: sqlite3.Connection) -> list[str]:
    """A value column holds the value only; what a source said about it is in the note."""
    found = []
    for table, columns in VALUE_COLUMNS.items():
        for column in columns:
            for row_id, text in conn.execute(
                f'SELECT id, "{column}" FROM {table} WHERE "{column}" IS NOT NULL ORDER BY id'
            ):
                if SOURCE_TALK.search(text):
                    found.append(f"{table}:{row_id}: {column} {text!r} holds a note")
    return found
