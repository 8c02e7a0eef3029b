"""A large synthetic database in the shipped schema, for speed tests (python -m devtools.synth).

Deterministic for a given seed: the same arguments always write the same content. Names mix
Latin letters with accents and non-Latin scripts, so folding and search are exercised.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from pathlib import Path

from devtools.build import create_schema

GIVEN = [
    "María",
    "José",
    "Zoë",
    "Søren",
    "Łukasz",
    "Ngozi",
    "Amélie",
    "João",
    "Ines",
    "Ahmed",
    "Fatima",
    "Olúwaseun",
    "Chloé",
    "Nguyễn",
    "Anaïs",
    "Björn",
    "Dragoș",
    "Émile",
    "Kwame",
    "Priya",
    "Yusuf",
    "Ana",
    "Mikhail",
    "Aiko",
    "Tomás",
    "Leïla",
    "Đorđe",
    "Ines",
    "Noa",
    "Иван",
    "Ольга",
    "王芳",
    "李伟",
    "محمد",
    "فاطمة",
    "Σοφία",
    "Νίκος",
    "서연",
    "민준",
]
FAMILY = [
    "García",
    "Okonkwo",
    "Ødegaard",
    "Müller",
    "Nowak",
    "Dubois",
    "Silva",
    "Haddad",
    "Kim",
    "Nguyen",
    "Papadopoulos",
    "Mensah",
    "Kowalczyk",
    "Fernández",
    "Öztürk",
    "Rossi",
    "Ivanova",
    "Smith",
    "Traoré",
    "Ndiaye",
    "Sánchez",
    "Çelik",
    "Jørgensen",
    "Lefèvre",
    "Petrović",
    "Петров",
    "张",
    "陈",
    "العلي",
    "Παππάς",
    "박",
]
CITIES = [
    ("Genève", "Switzerland"),
    ("Dakar", "Senegal"),
    ("Nairobi", "Kenya"),
    ("Cairo", "Egypt"),
    ("Panamá", "Panama"),
    ("Bangkok", "Thailand"),
    ("Wien", "Austria"),
    ("Bruxelles", "Belgium"),
    ("Pretoria", "South Africa"),
    ("São Paulo", "Brazil"),
    ("Bogotá", "Colombia"),
    ("Kraków", "Poland"),
    ("Istanbul", "Türkiye"),
    ("Manila", "Philippines"),
    ("Tokyo", "Japan"),
    ("Reykjavík", "Iceland"),
    ("Zürich", "Switzerland"),
    ("Montréal", "Canada"),
    ("Київ", "Ukraine"),
    ("القاهرة", "Egypt"),
]
TOPICS = [
    "Migration Health",
    "Displacement Tracking",
    "Labour Mobility",
    "Resettlement",
    "Protection",
    "Climate Action",
    "Shelter",
    "Water and Sanitation",
    "Data",
    "Reintegration",
    "Border Management",
    "Counter-Trafficking",
    "Community Stabilization",
    "Cash-Based Aid",
    "Legal Identity",
    "Diaspora Engagement",
    "Emergency Logistics",
    "Information Management",
]
KINDS_BY_LEVEL = ["organisation", "department", "division", "unit", "workstream", "area"]
NATIONALITIES = [
    "United States",
    "Portugal",
    "Netherlands",
    "Costa Rica",
    "Senegal",
    "Nigeria",
    "Germany",
    "Philippines",
    "Brazil",
    "Japan",
    "Kenya",
    "India",
    "Egypt",
    "Canada",
    "Chile",
]
SOURCE = "S1"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def insert(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    if not rows:
        return
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    conn.executemany(
        "INSERT INTO citations VALUES (?, ?, ?)", [(table, row[0], SOURCE) for row in rows]
    )


def shipped_aliases() -> list[tuple]:
    """The shipped alias rows (resources/data/aliases.csv), without their sources."""
    path = Path(__file__).resolve().parent.parent / "resources" / "data" / "aliases.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (r["id"], r["forms"], r["added_only"] or None, r["note"] or None)
            for r in csv.DictReader(handle)
        ]


LEVEL_WIDTHS = (1, 8, 48, 300, 1900)  # then the sixth level takes the rest


def level_widths(count: int) -> list[int]:
    """How many units each level holds, `count` in all: the levels fill from the top, each
    about six times as wide as the one above, and the sixth takes what is left."""
    widths, left = [], count
    for width in LEVEL_WIDTHS:
        widths.append(min(width, left))
        left -= widths[-1]
    return [*widths, left]


def make_units(rng: random.Random, count: int) -> list[tuple]:
    """A tree of `count` units up to six levels deep (see level_widths)."""
    widths = level_widths(count)
    rows: list[tuple] = []
    previous: list[str] = []
    for level, width in enumerate(widths):
        current = []
        for n in range(width):
            unit_id = f"u{level}-{n}"
            parent = None if level == 0 else previous[n % len(previous)]
            city, country = rng.choice(CITIES)
            topic = rng.choice(TOPICS)
            name = (
                "International Organization for Migration"
                if level == 0
                else f"{topic} {KINDS_BY_LEVEL[level].title()} {city} {n}"
            )
            acronym = "".join(w[0] for w in name.split()[:3]).upper() if level < 3 else None
            rows.append(
                (
                    unit_id,
                    parent,
                    name,
                    acronym,
                    KINDS_BY_LEVEL[level],
                    city,
                    country,
                    f"Synthetic {KINDS_BY_LEVEL[level]} working on {topic.lower()} in {city}.",
                    n + 1,
                    "confirmed",
                )
            )
            current.append(unit_id)
        previous = current
    return rows


def make_contacts(
    rng: random.Random, count: int, unit_ids: list[str], country_ids: list[str]
) -> list[tuple]:
    """Every fourth contact is a country office's (no draw from rng: the rows stay the same)."""
    rows = []
    for n in range(count):
        name = person_name(rng)
        city, country = rng.choice(CITIES)
        local = f"contact{n}"
        rows.append(
            (
                f"c{n}",
                rng.choice(unit_ids),
                country_ids[n // 4 % len(country_ids)] if country_ids and n % 4 == 0 else None,
                f"{name}, {rng.choice(TOPICS)}",
                f"{local}@iom.int",
                f"+41 22 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                None,
                f"{rng.randint(1, 99)} Rue {rng.choice(FAMILY)}, {city}, {country}",
                None,
                None,
                "confirmed",
            )
        )
    return rows


def make_leaders(rng: random.Random, count: int) -> tuple[list[tuple], list[tuple]]:
    people, tenures = [], []
    for n in range(count):
        start = rng.randint(1951, 2024)
        end = None if n % 50 == 0 else min(2025, start + rng.randint(1, 10))
        people.append(
            (
                f"p{n}",
                person_name(rng),
                None,
                rng.choice(NATIONALITIES),
                None,
                None,
                "A synthetic leader.",
            )
        )
        kind = "head" if n % 4 == 0 else "deputy"
        role = "Director General" if kind == "head" else "Deputy Director General"
        tenures.append(
            (
                f"t{n}",
                f"p{n}",
                role,
                kind,
                str(start),
                "confirmed",
                str(end) if end else None,
                "confirmed",
                rng.randint(1, 2),
                "Elected",
                None,
                None,
            )
        )
    return people, tenures


def make_elections(rng: random.Random, count: int, people: list[tuple]):
    elections, candidates, rounds, votes = [], [], [], []
    for n in range(count):
        year = 1952 + n % 73
        field = rng.sample(people, min(rng.randint(2, 4), len(people)))  # one: unopposed
        winner = field[0]
        elections.append(
            (
                f"e{n}",
                f"{year}-06-{rng.randint(1, 28):02d}",
                "Director General",
                "IOM Council",
                None,
                "Genève",
                "Two-thirds majority",
                150,
                140,
                f"{winner[1]} was elected.",
                winner[0],
                None,
                "confirmed",
                None,
            )
        )
        for person in field:
            candidates.append(
                (
                    f"e{n}-{person[0]}",
                    f"e{n}",
                    person[1],
                    person[0],
                    person[3],
                    person[3],
                    0,
                    None,
                    "elected" if person is winner else "defeated",
                )
            )
        for number in range(1, rng.randint(2, 4)):
            round_id = f"e{n}-r{number}"
            counts = [rng.randint(10, 90) for _ in field]
            blank = rng.randint(0, 5)
            ballots = sum(counts) + blank
            rounds.append(
                (round_id, f"e{n}", number, "ballot", ballots, None, blank, None, "confirmed", None)
            )
            for person, count in zip(field, counts, strict=True):
                votes.append((f"{round_id}-{person[0]}", round_id, f"e{n}-{person[0]}", count))
    return elections, candidates, rounds, votes


def make_history(rng: random.Random, count: int) -> tuple[list[tuple], list[tuple]]:
    """`count` milestones across the years, and yearly member states and staff figures (the
    History tab's chart has points to draw); a few of each undated."""
    events = []
    for n in range(count):
        city, _country = rng.choice(CITIES)
        when = None if n % 97 == 0 else f"{rng.randint(1951, 2025)}-{rng.randint(1, 12):02d}"
        title = f"{rng.choice(TOPICS)} milestone in {city} {n}"
        events.append((f"ev{n}", when, title, f"Synthetic milestone {n}.", "confirmed"))
    figures = []
    for year in range(1951, 2026):
        states = 15 + (year - 1951) * 2 + rng.randint(0, 3)
        figures.append(
            (f"ms{year}", "member_states", str(year), float(states), 0, None, "confirmed")
        )
        if year % 2 == 0:
            staff = float(100 * (year - 1950) + rng.randint(0, 99))
            figures.append((f"st{year}", "staff", str(year), staff, 1, "Synthetic.", "confirmed"))
    figures.append(("st-undated", "staff", None, 5000.0, 1, "Undated.", "confirmed"))
    return events, figures


def country_ids(count: int) -> list[str]:
    """Three-letter ids, as the real ones (ISO alpha-3 in lower case): aaa, aab, ..."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [letters[n // 676 % 26] + letters[n // 26 % 26] + letters[n % 26] for n in range(count)]


def make_countries(
    rng: random.Random, ids: list[str], regional_ids: list[str]
) -> dict[str, list[tuple]]:
    """The country layer: most countries members, some observers, a few whose membership
    ended; most with an office, a regional office (a second, older one for some) and a chief."""
    rows: dict[str, list[tuple]] = {
        t: [] for t in ("countries", "memberships", "offices", "coverage", "chiefs")
    }
    for n, key in enumerate(ids):
        city, _ = rng.choice(CITIES)
        name = f"{rng.choice(FAMILY)}ia {rng.choice(TOPICS)} {n}"
        rows["countries"].append(
            (
                key,
                key[:2].upper(),
                key.upper(),
                name,
                f"République {name}",
                f"República {name}",
                f"{key.upper()}-land;{rng.choice(GIVEN)}stan",
                "state" if n % 9 else "territory",
                "confirmed",
            )
        )
        joined = rng.randint(1951, 2024)
        if n % 10 == 3:  # an earlier membership that ended, then membership again
            rows["memberships"].append(
                (
                    f"{key}-m0",
                    key,
                    "member",
                    str(joined - 20),
                    str(joined - 5),
                    None,
                    None,
                    None,
                    None,
                    "confirmed",
                )
            )
        if n % 10 != 9:  # one in ten: none found
            kind = "observer" if n % 10 == 7 else "member"
            rows["memberships"].append(
                (
                    f"{key}-m1",
                    key,
                    kind,
                    f"{joined}-{rng.randint(1, 12):02d}",
                    None,
                    f"{rng.randint(1, 115)}th",
                    None,
                    None,
                    None,
                    "confirmed",
                )
            )
        if n % 5 != 4:
            rows["offices"].append(
                (
                    f"{key}-co",
                    key,
                    f"IOM {name}",
                    city,
                    f"{rng.choice(CITIES)[0]}; {city} Sud",
                    str(rng.randint(1951, 2024)),
                    None,
                    None,
                    "confirmed",
                )
            )
            if regional_ids:
                office = rng.choice(regional_ids)
                rows["coverage"].append(
                    (f"{key}-ro", key, office, office, "2024", None, None, "confirmed")
                )
                if n % 3 == 0:
                    rows["coverage"].append(
                        (
                            f"{key}-ro0",
                            key,
                            rng.choice(regional_ids),
                            "Earlier office",
                            "2011",
                            "2023",
                            None,
                            "confirmed",
                        )
                    )
            rows["chiefs"].append(
                (
                    f"{key}-chief",
                    key,
                    None,
                    person_name(rng),
                    "chief of mission",
                    f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}",
                    None,
                    "confirmed",
                )
            )
    return rows


def write(
    out: Path,
    seed: int,
    contacts: int,
    units: int,
    leaders: int,
    elections: int,
    events: int = 1_000,
    countries: int = 250,
) -> dict:
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        create_schema(conn)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("title", "Synthetic data for speed tests"),
                ("as_of", "synthetic"),
                ("structure_as_of", "2024-10"),
                ("compiled", "2026-11-23"),
                ("note", f"Generated by devtools.synth with seed {seed}."),
            ],
        )
        conn.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)",
            (SOURCE, "Synthetic data", "devtools.synth", None, None, "public", None),
        )
        insert(
            conn,
            "bodies",
            [
                (
                    "picmme",
                    "Provisional Intergovernmental Committee for the Movement of Migrants "
                    "from Europe",
                    "PICMME",
                    "1951-12-05",
                    "1952",
                    "confirmed",
                    None,
                ),
                (
                    "icem",
                    "Intergovernmental Committee for European Migration",
                    "ICEM",
                    "1952",
                    "1980",
                    "confirmed",
                    None,
                ),
                (
                    "icm",
                    "Intergovernmental Committee for Migration",
                    "ICM",
                    "1980",
                    "1989-11-14",
                    "confirmed",
                    None,
                ),
                (
                    "iom",
                    "International Organization for Migration",
                    "IOM",
                    "1989-11-14",
                    None,
                    "confirmed",
                    None,
                ),
            ],
        )
        unit_rows = make_units(rng, units)
        insert(conn, "units", unit_rows)
        keys = country_ids(countries)
        insert(conn, "contacts", make_contacts(rng, contacts, [u[0] for u in unit_rows], keys))
        people, tenures = make_leaders(rng, leaders)
        insert(conn, "people", people)
        insert(conn, "tenures", tenures)
        election_rows, candidates, rounds, votes = make_elections(rng, elections, people)
        insert(conn, "elections", election_rows)
        insert(conn, "candidates", candidates)
        insert(conn, "rounds", rounds)
        insert(conn, "votes", votes)
        # Drawn last from the generator, so the rows above stay as they were for a seed.
        event_rows, figure_rows = make_history(rng, events)
        insert(conn, "events", event_rows)
        insert(conn, "figures", figure_rows)
        regional = [u[0] for u in unit_rows if u[0].startswith("u1-")]
        for table, rows in make_countries(rng, keys, regional).items():
            insert(conn, table, rows)
        insert(conn, "aliases", shipped_aliases())  # as shipped: search costs what it will
        conn.commit()
        conn.execute("VACUUM")
        sizes = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "contacts",
                "units",
                "tenures",
                "elections",
                "events",
                "figures",
                "countries",
                "offices",
                "aliases",
            )
        }
        depth = conn.execute(
            "WITH RECURSIVE t(id, d) AS (SELECT id, 1 FROM units WHERE parent_id IS NULL "
            "UNION ALL SELECT u.id, t.d + 1 FROM units u JOIN t ON u.parent_id = t.id) "
            "SELECT max(d) FROM t"
        ).fetchone()[0]
    finally:
        conn.close()
    return {**sizes, "tree_depth": depth}


def at_least(smallest: int):
    """An argparse type: a whole number no smaller than `smallest`, or a clear refusal."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < smallest:
            raise argparse.ArgumentTypeError(f"{value} is less than {smallest}")
        return value

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.synth", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the database file to write")
    parser.add_argument("--seed", type=int, default=1951, help="the same seed, the same file")
    parser.add_argument(
        "--contacts", type=at_least(0), default=100_000, help="how many contacts (default 100000)"
    )
    parser.add_argument(
        "--units", type=at_least(1), default=20_000, help="how many units, the root included"
    )
    parser.add_argument(
        "--leaders", type=at_least(0), default=1_000, help="how many people holding a post"
    )
    parser.add_argument(
        "--elections", type=at_least(0), default=200, help="how many elections (need a leader)"
    )
    parser.add_argument(
        "--events", type=at_least(0), default=1_000, help="how many milestones (History)"
    )
    parser.add_argument(
        "--countries", type=at_least(0), default=250, help="how many countries (default 250)"
    )
    args = parser.parse_args(argv)
    if args.elections and not args.leaders:
        parser.error("--elections needs at least one leader to stand (--leaders 1 or more)")
    sizes = write(
        args.out,
        args.seed,
        args.contacts,
        args.units,
        args.leaders,
        args.elections,
        args.events,
        args.countries,
    )
    print(f"wrote {args.out}: " + ", ".join(f"{v} {k}" for k, v in sizes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
