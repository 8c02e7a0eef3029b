"""The synthetic database: shipped schema, deterministic, six levels deep, other scripts."""

from __future__ import annotations

from devtools import build, synth
from iomdesk.search import fold
from iomdesk.store import Store


def test_synth_is_deterministic_and_opens_in_the_store(tmp_path):
    sizes = dict(seed=7, contacts=400, units=2400, leaders=40, elections=6)
    first = synth.write(tmp_path / "a.sqlite", **sizes)
    synth.write(tmp_path / "b.sqlite", **sizes)
    assert build.dump(tmp_path / "a.sqlite") == build.dump(tmp_path / "b.sqlite")
    assert first == {"contacts": 400, "units": 2400, "tenures": 40, "elections": 6, "tree_depth": 6}
    store = Store(tmp_path / "a.sqlite")
    assert len(store.contacts) == 400 and len(store.units) == 2400
    names = " ".join(c.label for c in store.contacts)
    assert any(ord(ch) > 0x2FF for ch in names)  # non-Latin scripts
    assert fold(names) != names.lower()  # accents to fold
    store.close()
