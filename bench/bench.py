"""iomdesk benchmarks (make bench): startup, search latency and memory, as ratios to baselines.

Writes build/bench.json and prints a table. Every figure is measured in this run on this
machine: startup against a bare PySide6 window with four empty tabs (alternating runs,
medians), search as the time from a keystroke to the updated view while replaying typing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
LARGE = BUILD / "large.sqlite"
PYTHON = sys.executable
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", IOMDESK_BENCH_PROBE="1")

# Realistic typing: letters one by one, a slip corrected with backspace, a second word.
CONTACT_QUERIES = ["maria", "garcía genève", "contact1234", "okonkwo nairobi", "zzq\b\b\bdata"]
LEADER_QUERIES = ["director general", "maría", "portugal 19", "ødegaard", "xyz\b\b\bsilva"]
EVERYWHERE_QUERIES = ["maria", "prd", "1975", "genève data", "zz\b\bokonkwo"]
TREE_QUERIES = ["shelter", "data area kraków", "wien unit", "protection\b\b\b\b\bion", "zz\b\bsão"]


def launch(command: list[str]) -> tuple[float, float]:
    """Seconds from launch to the first painted window, and the peak RSS in MiB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    painted = None
    rss = None
    for line in child.stdout:
        if line.startswith("painted") and painted is None:
            painted = time.perf_counter() - start
        elif line.startswith("rss_kib"):
            rss = int(line.split()[1]) / 1024
    child.wait(60)
    if painted is None or rss is None:
        sys.exit(f"bench: {command} did not report its first paint")
    return painted, rss


def startup() -> dict:
    bare = [PYTHON, str(ROOT / "bench" / "bare_window.py")]
    app = [PYTHON, "-m", "iomdesk"]
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "default": [], "large": []}
    launch(bare)  # warm the file cache once
    for _ in range(RUNS):
        runs["bare"].append(launch(bare))
        runs["default"].append(launch(app))
        runs["bare"].append(launch(bare))
        runs["large"].append(launch([*app, "--db", str(LARGE)]))
    med = {k: statistics.median(t for t, _ in v) for k, v in runs.items()}
    peak = {k: max(r for _, r in v) for k, v in runs.items()}
    return {
        "startup_s_bare": med["bare"],
        "startup_s_default": med["default"],
        "startup_s_large": med["large"],
        "startup_ratio_default": med["default"] / med["bare"],
        "startup_ratio_large": med["large"] / med["bare"],
        "peak_rss_mib_bare": peak["bare"],
        "peak_rss_mib_default": peak["default"],
        "peak_rss_mib_large": peak["large"],
    }


# Times the content check as the store runs it on open, in a fresh process (so the schema is
# read as at a real start), after the same file-level checks.
VALIDATE = """
import sys, time
from pathlib import Path
from iomdesk import store, validate
path = Path(sys.argv[1])
conn = store._connect(path)
store._check_schema(conn, path)
start = time.perf_counter()
problems = validate.problems(conn)
print((time.perf_counter() - start) * 1000, len(problems))
"""


def validation(startup_figures: dict) -> dict:
    """Milliseconds the content check costs on open, and its share of the startup time."""
    from iomdesk.store import default_path

    result = {}
    for name, path in (("default", default_path()), ("large", LARGE)):
        target = str(path)
        times = []
        for _ in range(RUNS):
            out = subprocess.run(
                [PYTHON, "-c", VALIDATE, target], capture_output=True, text=True, check=True
            ).stdout.split()
            if out[1] != "0":
                sys.exit(f"bench: {target} breaks {out[1]} rules")
            times.append(float(out[0]))
        result[f"validate_ms_{name}"] = statistics.median(times)
        share = result[f"validate_ms_{name}"] / 1000 / startup_figures[f"startup_s_{name}"]
        result[f"validate_share_of_startup_{name}"] = share
    return result


def typing_latencies(qtbot_free_window, tab, queries: list[str]) -> list[float]:
    """Milliseconds from each keystroke to the view having processed the change."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    times = []
    for query in queries:
        tab.search.clear()
        app.processEvents()
        for char in query:
            start = time.perf_counter()
            if char == "\b":
                QTest.keyClick(tab.search, Qt.Key.Key_Backspace)
            elif char.isascii():
                QTest.keyClick(tab.search, char)
            else:
                tab.search.insert(char)  # QTest types ASCII only; this is the same edit
            tab.view.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    tab.search.clear()
    return times


def typed(queries: list[str]) -> list[str]:
    """What the search field holds after each keystroke of the replayed typing."""
    states = []
    for query in queries:
        text = ""
        for char in query:
            text = text[:-1] if char == "\b" else text + char
            states.append(text)
    return states


def floor_ms(texts: list[str], queries: list[str]) -> list[float]:
    """The floor: a plain Python scan of the same folded texts for each typed state."""
    from iomdesk import search as rule

    times = []
    for state in typed(queries):
        words = rule.terms(state)
        start = time.perf_counter()
        _ = [i for i, t in enumerate(texts) if all(w in t for w in words)]
        times.append((time.perf_counter() - start) * 1000)
    return times


def search() -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from iomdesk.store import Store
    from iomdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Store(LARGE), open_mail=lambda url: False)
    window.show()
    window.ensure_tabs()
    app.processEvents()
    result = {}
    for name, tab, queries in (
        ("contacts", window.contacts, CONTACT_QUERIES),
        ("leadership", window.leadership, LEADER_QUERIES),
        ("tree", window.structure, TREE_QUERIES),
    ):
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        times = typing_latencies(window, tab, queries)
        result[f"{name}_search_ms_median_large"] = statistics.median(times)
        result[f"{name}_search_ms_p95_large"] = statistics.quantiles(times, n=20)[18]
        result[f"{name}_keystrokes"] = len(times)
        floor = floor_ms(tab.model.search_index.haystacks, queries)
        result[f"{name}_floor_ms_median_large"] = statistics.median(floor)
        result[f"{name}_search_ratio_median_large"] = statistics.median(times) / max(
            statistics.median(floor), 0.001
        )
        result[f"{name}_search_ratio_p95_large"] = result[f"{name}_search_ms_p95_large"] / max(
            statistics.median(floor), 0.001
        )
    box = window.open_everywhere()
    app.processEvents()
    times = typing_latencies(window, _BoxAsTab(box), EVERYWHERE_QUERIES)
    result["everywhere_search_ms_median_large"] = statistics.median(times)
    result["everywhere_search_ms_p95_large"] = statistics.quantiles(times, n=20)[18]
    result["everywhere_keystrokes"] = len(times)
    everything = [t for section in window.everywhere_sections() for t in section.index.haystacks]
    floor = statistics.median(floor_ms(everything, EVERYWHERE_QUERIES))
    result["everywhere_floor_ms_median_large"] = floor
    result["everywhere_search_ratio_median_large"] = statistics.median(times) / max(floor, 0.001)
    result["everywhere_search_ratio_p95_large"] = result["everywhere_search_ms_p95_large"] / max(
        floor, 0.001
    )
    # The floor the issue names: the contacts' folded texts, scanned for the typed queries.
    result["search_floor_ms_large"] = result["contacts_floor_ms_median_large"]
    box.close()
    window.close()
    return result


class _BoxAsTab:
    """The everywhere box seen as a tab by typing_latencies: a search field and a view."""

    def __init__(self, box) -> None:
        self.search = box.input
        self.view = box.results


GOALS = {
    "startup_ratio_default": 1.5,
    "startup_ratio_large": 2.5,
    "contacts_search_ratio_median_large": 1.0,
    "contacts_search_ratio_p95_large": 2.0,
    "everywhere_search_ratio_median_large": 1.0,
    "everywhere_search_ratio_p95_large": 2.0,
    "validate_share_of_startup_default": 0.05,
    "validate_share_of_startup_large": 0.15,
    "contacts_search_ms_median_large": 16,
    "contacts_search_ms_p95_large": 33,
    "leadership_search_ms_median_large": 16,
    "leadership_search_ms_p95_large": 33,
    "tree_search_ms_median_large": 50,
    "tree_search_ms_p95_large": 100,
    "everywhere_search_ms_median_large": 16,
    "everywhere_search_ms_p95_large": 33,
}


def main() -> int:
    BUILD.mkdir(exist_ok=True)
    sys.path.insert(0, str(ROOT))  # devtools live in the checkout, not in the package
    from devtools import synth

    sizes = synth.write(
        LARGE, seed=1951, contacts=100_000, units=20_000, leaders=1_000, elections=200
    )
    figures = {"large_sizes": sizes, **startup()}
    figures.update(validation(figures))
    figures.update(search())
    figures["rss_goal_default_mib"] = 1.3 * figures["peak_rss_mib_bare"]
    figures["rss_goal_large_mib"] = figures["peak_rss_mib_bare"] + 150
    (BUILD / "bench.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    goals = dict(GOALS)
    goals["peak_rss_mib_default"] = figures["rss_goal_default_mib"]
    goals["peak_rss_mib_large"] = figures["rss_goal_large_mib"]
    print(f"{'measure':40} {'value':>10} {'goal':>10}")
    for key, value in figures.items():
        if isinstance(value, dict) or key.startswith("rss_goal"):
            continue
        goal = goals.get(key)
        mark = "" if goal is None else ("ok" if value <= goal else "MISSED")
        goal_text = "" if goal is None else f"≤ {goal:.2f}" if goal < 1 else f"≤ {goal:.1f}"
        print(f"{key:40} {value:10.2f} {goal_text:>10} {mark}")
    print(f"large data: {sizes}")
    print(f"wrote {BUILD / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
