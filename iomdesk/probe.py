"""Probes for scripts that run the real app and read its stdout; off unless their variable is set.

IOMDESK_BENCH_PROBE=1 (make bench): "painted" at the first paint of the leaders, "rss_kib N"
(peak memory) once every tab is loaded, then quit.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


def attach(window) -> QObject | None:
    """The probe its variable asks for, attached to the window; keep it alive for the run."""
    if os.environ.get("IOMDESK_BENCH_PROBE"):
        return _BenchProbe(window)
    return None


class _BenchProbe(QObject):
    """Says when the leaders are first painted; the peak memory once everything the window
    loads after its first paint is loaded; then quits."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen = False
        window.leadership.view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("painted", flush=True)
            self.window.when_loaded(lambda: QTimer.singleShot(0, self.report))
        return False

    def report(self) -> None:
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent process.
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next((ln.split()[1] for ln in status if ln.startswith("VmHWM:")), "0")
        print("rss_kib", peak, flush=True)
        QApplication.instance().quit()
