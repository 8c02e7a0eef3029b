"""The shipped data says what the sources say: heads, deputies, elections, structure, contacts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from devtools import build
from iomdesk.database import SCHEMA_VERSION, checked_by_build, default_path, stamp_path
from iomdesk.relations import CITED_WHERE_DEFINED
from iomdesk.store import Store

HEADS = [
    # name, nationality, start, end (None: in office), start as shown by the sources
    ("Hugh Gibson", "United States", "1952", "1954-12-12"),
    ("Harold H. Tittmann Jr.", "United States", "1955", "1958-05"),
    ("Marcus Daly", "United States", "1958-05-07", "1961"),
    ("Bastiaan Haveman", "Netherlands", "1961", "1969"),
    ("John F. Thomas", "United States", "1969", "1979"),
    ("James L. Carlin", "United States", "1979", "1988"),
    ("James N. Purcell Jr.", "United States", "1988", "1998"),
    ("Brunson McKinley", "United States", "1998-10", "2008-09-30"),
    ("William Lacy Swing", "United States", "2008-10-01", "2018-09-30"),
    ("António Vitorino", "Portugal", "2018-10-01", "2023-09-30"),
    ("Amy Pope", "United States", "2023-10-01", None),
]


def people_by_name(store: Store) -> dict:
    return {p.name: p for p in store.people.values()}


def test_all_eleven_heads_in_order_with_dates_and_nationality(store):
    names = people_by_name(store)
    heads = [t for t in store.tenures if t.kind == "head"]
    assert len(heads) == 11
    by_person = {store.people[t.person_id].name: t for t in heads}
    for name, nationality, start, end in HEADS:
        tenure = by_person[name]
        assert names[name].nationality == nationality
        assert (tenure.start, tenure.end) == (start, end), name
    current = [t for t in heads if t.end is None]
    assert [store.people[t.person_id].name for t in current] == ["Amy Pope"]


def test_unconfirmed_years_are_marked_not_stated(store):
    by_person = {t.person_id: t for t in store.tenures if t.kind == "head"}
    # Thomas's years follow from his neighbours'; Carlin's start is stated by one history.
    assert (by_person["thomas"].start_status, by_person["thomas"].end_status) == (
        "derived",
        "derived",
    )
    assert (by_person["carlin"].start_status, by_person["carlin"].end_status) == (
        "confirmed",
        "derived",
    )
    assert by_person["tittmann"].start_status == "unconfirmed"
    assert by_person["vitorino"].end_status == "derived"


def test_deputies(store):
    deputies = {
        (store.people[t.person_id].name, t.role, t.start, t.end)
        for t in store.tenures
        if t.kind == "deputy"
    }
    assert ("Ndioro Ndiaye", "Deputy Director General", "1999-09", "2009") in deputies
    assert ("Laura Thompson", "Deputy Director General", "2009-09-01", "2019") in deputies
    assert ("Ugochi Daniels", "Deputy Director General for Operations", "2021-09", None) in deputies
    assert (
        "Amy Pope",
        "Deputy Director General for Management and Reform",
        "2021-09",
        "2023-09-30",
    ) in deputies
    interim = [t for t in store.tenures if "ad interim" in t.role]
    assert len(interim) == 1 and interim[0].start_status == "unconfirmed"


def test_bodies_names_over_time(store):
    assert [(b.acronym, b.start, b.end) for b in store.bodies] == [
        ("PICMME", "1951-12-05", "1952"),
        ("ICEM", "1952", "1980"),
        ("ICM", "1980", "1989-11-14"),
        ("IOM", "1989-11-14", None),
    ]


def votes_of(store: Store, round_id: str) -> dict[str, int]:
    names = {c.id: c.name for cs in store.candidates.values() for c in cs}
    return {names[v.candidate_id]: v.votes for v in store.votes[round_id]}


def test_election_2023(store):
    election = next(e for e in store.elections if e.id == "dg-2023")
    assert (election.date, election.member_states, election.voting_states) == (
        "2023-05-15",
        175,
        171,
    )
    assert election.winner_id == "pope" and election.took_office == "2023-10-01"
    candidates = {c.name: c for c in store.candidates["dg-2023"]}
    assert candidates["António Vitorino"].incumbent == 1
    assert candidates["António Vitorino"].nominated_by == "Portugal"
    assert candidates["Amy E. Pope"].nominated_by == "United States"
    first, second = store.rounds["dg-2023"]
    assert (first.kind, first.ballots, first.needed) == ("ballot", 165, 110)
    assert votes_of(store, first.id) == {"Amy E. Pope": 98, "António Vitorino": 67}
    assert second.kind == "acclamation"


def test_election_2018(store):
    rounds = {r.number: r for r in store.rounds["dg-2018"]}
    assert sorted(rounds) == [1, 2, 3, 4, 5]
    assert rounds[1].status == "unconfirmed"  # the round number of 65/51/27 is a lead
    assert votes_of(store, rounds[1].id) == {
        "António Vitorino": 65,
        "Laura Thompson": 51,
        "Ken Isaacs": 27,
    }
    assert store.votes.get(rounds[2].id, []) == []
    assert votes_of(store, rounds[3].id) == {
        "António Vitorino": 68,
        "Laura Thompson": 52,
        "Ken Isaacs": 22,
    }
    assert votes_of(store, rounds[4].id) == {"António Vitorino": 77, "Laura Thompson": 66}
    assert rounds[4].blank == 1
    assert rounds[5].kind == "acclamation"
    results = {c.name: c.result for c in store.candidates["dg-2018"]}
    assert results["Ken Isaacs"] == "eliminated"
    assert results["António Vitorino"] == "elected"


def test_earlier_elections_are_present(store):
    years = {(e.date or "")[:4] for e in store.elections if e.post == "Director General"}
    assert {"1988", "1993", "1998", "2003", "2008", "2013", "2018", "2023"} <= years
    directors = {(e.date or "")[:4] for e in store.elections if e.post == "Director"}
    assert {"1952", "1958"} <= directors


def test_both_values_kept_where_sources_disagree(store):
    def values(subject: str, field: str) -> set[str]:
        return {c.value for c in store.conflicts_for(*subject.split(":")) if c.field == field}

    assert values("tenures:haveman-director", "start") == {"1961", "1962"}
    assert values("bodies:icem", "start") == {"1952", "1953"}
    assert values("elections:dg-2018", "member_states") == {"172", "169"}
    assert {"15", "16"} <= values("figures:ms-1951-12", "value")
    for conflict in store.conflicts["tenures:haveman-director"]:
        assert store.sources_for("conflicts", conflict.id), conflict


SEED_004_UNITS = [
    "Department of Humanitarian Response and Recovery",
    "Director's Office",
    "DHRR Administration",
    "Humanitarian Policy",
    "SG's Action Agenda on Internal Displacement",
    "Reintegration and Drivers of Migration and Displacement",
    "Policy and Strategic Coordination",
    "Information Management",
    "Department Support",
    "Global Projects",
    "Preparedness and Climate Change Action Division",
    "Peace and Recovery Division",
    "Community Stabilization",
    "Recovery and Resilience",
    "Conflict Sensitivity",
    "Violence and Conflict Prevention",
    "Transitional Justice",
    "Electoral Support",
    "Humanitarian Operations Division",
    "Humanitarian Support",
    "Crisis Coordination",
    "Displacement Management",
    "Shelter and Settlements",
    "Water, Sanitation and Hygiene",
    "Cash-Based Interventions Unit",
]


def test_every_seed_004_unit_is_in_the_tree_under_dhrr(store):
    names = {u.name: u for u in store.units}
    for name in SEED_004_UNITS:
        assert name in names, name
        path = [u.id for u in store.unit_path(names[name].id)]
        assert path[:4] == ["iom", "hq", "ddg-ops", "dhrr"] or path[-1] == "dhrr", name


def test_field_offices_of_seed_004(store):
    def cities(kind: str) -> set[str]:
        return {u.city for u in store.units if u.kind == kind}

    assert cities("regional-office") == {
        "Dakar",
        "Nairobi",
        "Cairo",
        "Panama City",
        "Bangkok",
        "Vienna",
    }
    assert cities("sub-regional-office") == {"Brussels", "Pretoria"}
    assert cities("global-office") == {"Brussels", "Washington D.C."}
    assert cities("copa") == {
        "Ottawa",
        "London",
        "Copenhagen",
        "Berlin",
        "Seoul",
        "Tokyo",
        "Canberra",
    }
    assert cities("admin-centre") == {"Panama City", "Manila"}
    assert any(u.kind == "country-offices" for u in store.units)
    roots = [u for u in store.units if u.parent_id is None]
    assert [r.name for r in roots] == ["International Organization for Migration"]


def test_the_five_seed_emails_belong_to_their_units(store):
    emails = {c.email: c.unit_id for c in store.contacts}
    assert emails["dhrr@iom.int"] == "dhrr"
    assert emails["pcca@iom.int"] == "pcca"
    assert emails["humanitariancore@iom.int"] == "hod"
    assert emails["PRDCoreGroupHQ@iom.int"] == "prd"
    assert emails["cbisupport@iom.int"] == "cbi"
    hq = next(c for c in store.contacts if c.email == "hq@iom.int")
    assert hq.phone == "+41 22 717 9111" and "1211 Geneva 19" in hq.address


def test_member_states_over_time(store):
    members = {f.date: f.value for f in store.figures if f.measure == "member_states"}
    assert members["2018-06"] == 172
    assert members["2023-05"] == 175
    assert 174 in members.values()


def test_every_row_cites_a_source_that_exists():
    conn = sqlite3.connect(f"{default_path().as_uri()}?mode=ro", uri=True)
    try:
        for table in build.TABLES:
            if table in build.UNCITED:
                continue
            # An alias no source defines (a spelling, "e-mail") says why in its note.
            excused = " AND coalesce(note, '') = ''" if table in CITED_WHERE_DEFINED else ""
            uncited = conn.execute(
                f"SELECT id FROM {table} WHERE id NOT IN "
                f"(SELECT row_id FROM citations WHERE row_table = ?){excused}",
                (table,),
            ).fetchall()
            assert uncited == [], (table, uncited)
        dangling = conn.execute(
            "SELECT * FROM citations WHERE source_id NOT IN (SELECT id FROM sources)"
        ).fetchall()
        assert dangling == []
        seeds = {r[0] for r in conn.execute("SELECT id FROM sources WHERE kind = 'seed'")}
        assert seeds == {f"seed00{i}" for i in range(5)}
    finally:
        conn.close()


def test_shipped_file_shape():
    path = default_path()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"units_parent", "citations_source"} <= indexes
    finally:
        conn.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL


def test_committed_database_matches_a_fresh_build(tmp_path):
    fresh = build.build(tmp_path / "fresh.sqlite")
    assert build.dump(fresh) == build.dump(default_path())
    again = build.build(tmp_path / "again.sqlite")
    assert again.read_bytes() == fresh.read_bytes()
    # Byte for byte the same file: the stamp that spares the app its checks carries over.
    shipped_stamp = stamp_path(default_path()).read_text(encoding="ascii")
    assert stamp_path(fresh).read_text(encoding="ascii") == shipped_stamp
    assert checked_by_build(fresh)


def test_build_check_refuses_a_stamp_that_does_not_match(tmp_path, capsys):
    out = build.build(tmp_path / "out.sqlite")
    assert build.main(["--check", "--out", str(out)]) == 0
    stamp_path(out).write_text("crc32 00000000 size 1\n", encoding="ascii")
    assert build.main(["--check", "--out", str(out)]) == 1
    assert "does not match" in capsys.readouterr().err


def test_build_refuses_a_row_without_a_source(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for csv_file in build.DATA_DIR.glob("*.csv"):
        (data / csv_file.name).write_text(csv_file.read_text(encoding="utf-8"), encoding="utf-8")
    people = (data / "people.csv").read_text(encoding="utf-8").splitlines()
    people.append("nobody,No Body,,,,,A person with no source,")
    (data / "people.csv").write_text("\n".join(people) + "\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match="cites no source"):
        build.build(tmp_path / "out.sqlite", data)
    assert not (tmp_path / "out.sqlite").exists()


@pytest.mark.slow
def test_wheel_from_python_m_build_runs_from_a_fresh_venv(tmp_path):
    """The wheel `python -m build` makes, installed outside the checkout, opens its own data
    and paints its window (offscreen)."""
    root = Path(__file__).resolve().parent.parent
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("iomdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "iomdesk/validate.py" in names and "iomdesk/schema.sql" in names
    assert "iomdesk/resources/iomdesk.sqlite.checked" in names
    tools = [n for n in names if n.startswith("devtools/") or n.endswith(("build.py", "synth.py"))]
    assert tools == [], "developer tools stay out of the wheel"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
    )
    # PySide6 comes from the test environment (a path, not a second 200 MB download); the
    # wheel's own iomdesk still comes first on sys.path.
    qt_site = Path(next(p for p in sys.path if (Path(p) / "PySide6").is_dir()))
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "zz_test_qt.pth").write_text(str(qt_site) + "\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    located = subprocess.run(
        [str(python), "-c", "import iomdesk.database as s; print(s.default_path())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    ).stdout.strip()
    assert located.endswith("site-packages/iomdesk/resources/iomdesk.sqlite")
    assert str(root) not in located
    check = subprocess.run(
        [str(venv / "bin" / "iomdesk"), "--check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert check.returncode == 0 and "good database (18 posts held" in check.stdout
    launched = subprocess.run(
        [str(venv / "bin" / "iomdesk")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={**env, "IOMDESK_BENCH_PROBE": "1"},
    )
    assert launched.returncode == 0, launched.stderr
    assert launched.stdout.splitlines()[0] == "painted"
