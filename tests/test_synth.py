"""The synthetic database: shipped schema, deterministic, six levels deep, other scripts."""

from __future__ import annotations

from devtools import build, synth
from iomdesk.search import fold
from iomdesk.store import Store


def test_synth_is_deterministic_and_opens_in_the_store(tmp_path):
    sizes = dict(seed=7, contacts=400, units=2400, leaders=40, elections=6, events=50, countries=30)
    first = synth.write(tmp_path / "a.sqlite", **sizes)
    synth.write(tmp_path / "b.sqlite", **sizes)
    assert build.dump(tmp_path / "a.sqlite") == build.dump(tmp_path / "b.sqlite")
    assert first == {
        "contacts": 400,
        "units": 2400,
        "tenures": 40,
        "elections": 6,
        "events": 50,
        "figures": 113,
        "countries": 30,
        "offices": 24,
        "aliases": len(synth.shipped_aliases()),  # the shipped ones, as shipped
        "tree_depth": 6,
    }
    store = Store(tmp_path / "a.sqlite")
    assert len(store.contacts) == 400 and len(store.units) == 2400
    assert len(store.countries) == 30 and len(store.contacts_by_country) == 31  # and None
    names = " ".join(c.label for c in store.contacts)
    assert any(ord(ch) > 0x2FF for ch in names)  # non-Latin scripts
    assert fold(names) != names.lower()  # accents to fold
    store.close()


def test_every_size_asked_for_is_the_size_made(tmp_path):
    """--units below the first five levels' 2,257 used to be ignored; a lone leader with
    elections used to crash."""
    for units, leaders, elections in ((1, 0, 0), (10, 1, 3), (100, 2, 5), (2300, 3, 2)):
        path = tmp_path / f"u{units}.sqlite"
        sizes = synth.write(path, 3, 20, units, leaders, elections)
        assert (sizes["units"], sizes["tenures"], sizes["elections"]) == (units, leaders, elections)
        store = Store(path)  # and the file passes every rule on open
        assert len(store.units) == units and len(store.contacts) == 20
        store.close()


def test_arguments_that_cannot_be_met_are_refused_with_a_message(tmp_path, capsys):
    import pytest

    for argv in (
        ["--units", "0"],
        ["--contacts", "-5"],
        ["--leaders", "many"],
        ["--leaders", "0", "--elections", "3"],
    ):
        with pytest.raises(SystemExit) as stop:
            synth.main(["--out", str(tmp_path / "x.sqlite"), *argv])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert "error:" in err and "Traceback" not in err
    assert not (tmp_path / "x.sqlite").exists()
