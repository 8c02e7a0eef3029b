"""Probes for scripts that run the real app and read its stdout; off unless their variable is set.

IOMDESK_BENCH_PROBE=1 (make bench): "painted" at the first paint of the current tab's rows,
"rss_kib N" (peak memory) once every tab is loaded, then quit.

IOMDESK_SMOKE=<words> (make bundle-test): once every tab is loaded, press keys where a user's
would go (the focused widget), through Qt's own key dispatch, shortcuts included: Ctrl+4,
Ctrl+F, the words, Down, Ctrl+C, then Ctrl+Q. Before quitting it prints what the window shows,
"smoke <what>: <value>" a line; the exit status is the app's own. It is how a frozen bundle
is driven from outside without a screen: under the offscreen platform the clipboard and key
events exist only inside the process.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication


def attach(window) -> QObject | None:
    """The probe its variable asks for, attached to the window; keep it alive for the run."""
    if os.environ.get("IOMDESK_BENCH_PROBE"):
        return _BenchProbe(window)
    words = os.environ.get("IOMDESK_SMOKE")
    if words:
        return _SmokeProbe(window, words)
    return None


class _BenchProbe(QObject):
    """Says when the current tab's rows are first painted; the peak memory once everything the
    window loads after its first paint is loaded; then quits."""

    def __init__(self, window) -> None:
        super().__init__()
        window.when_painted(self.painted)
        self.window = window

    def painted(self) -> None:
        print("painted", flush=True)
        self.window.when_loaded(lambda: QTimer.singleShot(0, self.report))

    def report(self) -> None:
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent process.
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next((ln.split()[1] for ln in status if ln.startswith("VmHWM:")), "0")
        print("rss_kib", peak, flush=True)
        QApplication.instance().quit()


class _SmokeProbe(QObject):
    """A user's short session: find a contact, copy the address, quit (see the module)."""

    CTRL = Qt.KeyboardModifier.ControlModifier

    def __init__(self, window, words: str) -> None:
        super().__init__()
        self.window = window
        self.steps = [
            lambda: self.say("title", window.windowTitle()),
            lambda: self.press(Qt.Key.Key_4, self.CTRL),
            lambda: self.press(Qt.Key.Key_F, self.CTRL),
            lambda: self.type(words),
            lambda: self.press(Qt.Key.Key_Down),
            lambda: self.press(Qt.Key.Key_C, self.CTRL),
            lambda: self.say("tab", window.tabs.tabText(window.tabs.currentIndex())),
            lambda: self.say("count", window.tabs.currentWidget().count_label.text()),
            lambda: self.say("status", window.statusBar().currentMessage()),
            lambda: self.say("clipboard", QApplication.clipboard().text()),
            lambda: self.say("icon", self.icon_size()),
            # what programs the app starts (xdg-open for a mailto: link) inherit
            lambda: self.say("library path", os.environ.get("LD_LIBRARY_PATH", "")),
            lambda: self.press(Qt.Key.Key_Q, self.CTRL),
        ]
        window.when_loaded(lambda: QTimer.singleShot(0, self.next_step))

    def next_step(self) -> None:
        """One step per turn of the event loop, as keys come one by one."""
        if self.steps:
            self.steps.pop(0)()
            QTimer.singleShot(0, self.next_step)

    def icon_size(self) -> str:
        """The window icon as drawn at 64 pixels (0x0 when the SVG could not be read)."""
        size = self.window.windowIcon().pixmap(64, 64).size()
        return f"{size.width()}x{size.height()}"

    @staticmethod
    def say(what: str, value: str) -> None:
        print(f"smoke {what}: {value}", flush=True)

    @staticmethod
    def target():
        return QApplication.focusWidget() or QApplication.activeWindow()

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        from PySide6.QtTest import QTest  # Qt's key dispatch, shortcuts included

        QTest.keyClick(self.target(), key, modifiers)

    def type(self, words: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.target(), words)
