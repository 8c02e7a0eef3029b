"""The relevance set (tests/data/relevance.csv) typed into the real window: where each query's
row comes in its tab and in the Ctrl+K box, and the top-1 / top-3 shares that make of it.

Run `python -m devtools.relevance` for the table of every query; the test suite and
`make bench` read the same figures."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "relevance.csv"
LOOKED_AT = 10  # places read per list: a row further down counts as not found


@dataclass(frozen=True)
class Case:
    query: str
    language: str
    tab: str
    row: str  # the row's stable id (Tab.row_id)
    within: int  # 1: it must come first; 3: within the first three
    where: str  # "both": the tab and Ctrl+K; "tab": the tab only

    @property
    def in_box(self) -> bool:
        return self.where == "both"


@dataclass(frozen=True)
class Place:
    case: Case
    where: str  # "tab" or "box"
    place: int | None  # 1 for first; None when not among the first LOOKED_AT

    @property
    def top1(self) -> bool:
        return self.place == 1

    @property
    def top3(self) -> bool:
        return self.place is not None and self.place <= 3

    @property
    def wanted(self) -> bool:
        """Where the case says the row must be."""
        return self.place is not None and self.place <= self.case.within


def cases(path: Path = CASES) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Case(r["query"], r["language"], r["tab"], r["row"], int(r["within"]), r["where"])
            for r in csv.DictReader(handle)
        ]


def places(window, language_cases: Iterable[Case]) -> list[Place]:
    """Each case typed into its tab's search and into the Ctrl+K box of a window already in
    the case's language."""
    window.ensure_tabs()
    box = window.open_everywhere()
    found = []
    try:
        for case in language_cases:
            tab = window.tab(case.tab)
            tab.search.setText(case.query)
            ids = [tab.declared.row_id(row) for row in tab.best_matches(LOOKED_AT)]
            found.append(Place(case, "tab", _place(ids, case.row)))
            tab.search.clear()
            if case.in_box:
                box.input.setText(case.query)
                hits = [
                    (hit.tab, window.tab(hit.tab).declared.row_id(hit.obj)) for hit in box.hits()
                ]
                found.append(Place(case, "box", _place(hits[:LOOKED_AT], (case.tab, case.row))))
    finally:
        box.input.clear()
        box.close()
    return found


def _place(found: Sequence[object], wanted: object) -> int | None:
    return found.index(wanted) + 1 if wanted in found else None


def shares(found: Sequence[Place], where: str) -> tuple[float, float, int]:
    """(top-1, top-3, cases) in the tab or the box: top-1 is the share of the rows that must
    come first that do; top-3 the share of all rows that come within the first three."""
    chosen = [p for p in found if p.where == where]
    firsts = [p for p in chosen if p.case.within == 1]
    if not chosen:
        return 0.0, 0.0, 0
    return (
        sum(p.top1 for p in firsts) / len(firsts) if firsts else 1.0,
        sum(p.top3 for p in chosen) / len(chosen),
        len(chosen),
    )


def measure_all(app, store) -> list[Place]:
    """Every case, each language in a window of its own, as a user would have it; the
    interface is left in English."""
    from iomdesk import languages
    from iomdesk.views.main_window import MainWindow

    everything = cases()
    found: list[Place] = []
    for language in sorted({c.language for c in everything}):
        languages.install_translations(app, language)
        window = MainWindow(store, open_mail=lambda url: False)
        try:
            found.extend(places(window, [c for c in everything if c.language == language]))
        finally:
            window.close()
            window.deleteLater()
            languages.uninstall_translations(app)
    return found


def main() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from iomdesk.database import default_path
    from iomdesk.store import Store

    app = QApplication([])
    found = measure_all(app, Store(default_path()))
    for place in found:
        mark = "ok " if place.wanted else "MISS"
        case = place.case
        print(
            f"{mark} {place.where:3} {case.language} {case.query!r:45} {case.tab}/{case.row}: "
            f"{place.place}"
        )
    for where in ("tab", "box"):
        top1, top3, count = shares(found, where)
        print(f"{where}: top-1 {top1:.0%}, top-3 {top3:.0%} of {count}")


if __name__ == "__main__":
    main()
