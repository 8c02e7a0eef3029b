"""The probes that scripts use to watch the real app: the smoke session, and off by default."""

from __future__ import annotations

import sys

from smoke import environment, run_smoke, unique_contact

from iomdesk import probe
from iomdesk.database import default_path
from iomdesk.views.main_window import WINDOW_TITLE


def test_no_probe_unless_its_variable_is_set(window, monkeypatch):
    monkeypatch.delenv("IOMDESK_BENCH_PROBE", raising=False)
    monkeypatch.delenv("IOMDESK_SMOKE", raising=False)
    assert probe.attach(window) is None


def test_smoke_session_finds_copies_and_quits(tmp_path):
    """A real process: the keys find a contact, copy its address, and Ctrl+Q ends it with 0."""
    contact = unique_contact(default_path())
    env = environment(tmp_path)
    session = run_smoke([sys.executable, "-m", "iomdesk"], env, contact.email, tmp_path)
    assert session.status == 0, session.stderr
    assert session.shown["title"] == WINDOW_TITLE
    assert session.shown["tab"] == "Contacts"
    assert session.shown["count"] == f"1 of {contact.total} shown"
    assert session.shown["status"] == "Copied 1 address"
    assert session.shown["clipboard"] == contact.email
    assert session.shown["icon"] == "64x64"
    assert "Traceback" not in session.stderr
