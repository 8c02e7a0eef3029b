"""Reading a modal dialog from a test: it runs its own event loop, so a timer looks for it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

DEADLINE_S = 10  # a dialog that never comes fails the test instead of hanging it


def when_modal(read: Callable[[QWidget], None], deadline_s: float = DEADLINE_S) -> None:
    """Call `read` with the next modal dialog, then close it; give up after the deadline."""
    give_up = time.monotonic() + deadline_s

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < give_up:
                QTimer.singleShot(20, look)
            return
        read(dialog)
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()

    QTimer.singleShot(0, look)


def page_text(page: QWidget) -> tuple[str, str]:
    """A page of text's title and what it says (dialogs.show_page)."""
    from PySide6.QtWidgets import QTextBrowser

    return page.windowTitle(), page.findChild(QTextBrowser).toPlainText()
