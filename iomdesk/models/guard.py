"""Bugs inside Qt's calls into Python (paint events, model methods): reported once, later."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def report_once(owner: object) -> None:
    """Report the exception being handled, once per owner, from the event loop.

    Called from an except block. Qt asks a model or a painter the same thing again and again;
    one report is enough, and a dialog must never open inside a paint event, so the report
    (sys.excepthook: the log and one dialog) waits for the event loop.
    """
    if getattr(owner, "bug_reported", False):
        return
    owner.bug_reported = True
    error = sys.exc_info()
    QTimer.singleShot(0, lambda: sys.excepthook(*error))
