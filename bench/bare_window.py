"""Startup baseline: a bare PySide6 QMainWindow with four empty tabs, reporting its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("painted", flush=True)
            QTimer.singleShot(0, report_and_quit)
        return False


def peak_rss_kib() -> int:
    """VmHWM: unlike ru_maxrss it is not inherited from the parent across fork and exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def report_and_quit():
    print("rss_kib", peak_rss_kib(), flush=True)
    QApplication.instance().quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare — IOM")
tabs = QTabWidget()
for name in ("Leadership", "Elections", "Structure", "Contacts"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1320, 820)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
