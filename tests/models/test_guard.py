"""models/guard.py: a bug inside Qt's calls into Python is reported once, and only later."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication

from iomdesk.models.guard import report_once


class Owner:
    """Anything that can be asked the same thing again and again (a model, a picture)."""


@pytest.mark.qt_no_exception_capture
def test_a_bug_is_reported_once_per_owner_after_the_call_returns(qtbot, monkeypatch):
    reports: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: reports.append(error[1]))
    first, second = Owner(), Owner()
    for owner, message in ((first, "one"), (first, "one again"), (second, "two")):
        try:
            raise ValueError(message)
        except ValueError:
            report_once(owner)
    assert reports == []  # never from inside a paint event or a model call
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)
    QApplication.processEvents()
    assert [str(error) for error in reports] == ["one", "two"]
    assert all(isinstance(error, ValueError) for error in reports)
