"""Where startup time goes (make profile): cProfile from imports to the first painted window.

Writes build/startup-profile.txt: the top functions by cumulative and by own time, and how
much of the run PySide6 spent creating Python enum classes.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "startup-profile.txt"


def start_to_first_paint() -> None:
    """In the order app.main takes (its arguments, language and theme aside)."""
    from iomdesk import app as iomdesk_app

    opening = iomdesk_app.Opening(None)
    from PySide6.QtWidgets import QApplication

    iomdesk_app.spare_pyside_source_reading()
    from iomdesk.views.main_window import MainWindow

    store = opening.store()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(store)

    window.when_painted(app.quit)
    window.show()
    app.exec()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = cProfile.Profile()
    profile.runcall(start_to_first_paint)
    stats = pstats.Stats(profile)
    total = stats.total_tt
    enum_time = sum(
        row[3]
        for key, row in stats.stats.items()
        if key[0].endswith("enum.py") and key[2] == "_create_"
    )
    text = io.StringIO()
    text.write(f"profiled start to first paint: {total * 1000:.0f} ms (cProfile adds overhead)\n")
    text.write(
        f"PySide6 creating Python enum classes (enum._create_): {enum_time * 1000:.0f} ms\n\n"
    )
    for order in ("cumulative", "tottime"):
        pstats.Stats(profile, stream=text).sort_stats(order).print_stats(25)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(text.getvalue(), encoding="utf-8")
    print(text.getvalue().splitlines()[0])
    print(text.getvalue().splitlines()[1])
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
