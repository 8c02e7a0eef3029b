"""Defence in depth: content that is valid but hostile, and bugs inside Qt's calls into Python."""

from __future__ import annotations

import sqlite3

import pytest
from badfiles import digest, good_copy
from keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from iomdesk import app, records
from iomdesk.database import StoreError
from iomdesk.rows import Vote
from iomdesk.store import Store
from iomdesk.tabs import leadership
from iomdesk.tabs.leadership import leader_rows

CTRL = Qt.KeyboardModifier.ControlModifier
FIVE_MB = "Geneva migration office " * 220_000  # 5.3 million characters
SCRIPT = "<script>alert('x')</script><b>Bold</b><img src=x onerror=alert(1)>"
RTL = "\u0627\u0644\u0645\u0646\u0638\u0645\u0629 \u05d0\u05e8\u05d2\u05d5\u05df \u202eevil"
ODD = "Zero\u200bwidth\u200d joiner 👩‍👩‍👧 🙂 e\u0301"


@pytest.fixture
def hostile(tmp_path):
    """The shipped file with markup, a 5 MB text, right-to-left and emoji in its rows."""
    path = good_copy(tmp_path, "hostile.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE people SET name = ? WHERE id = 'swing'", (f"Swing {SCRIPT}",))
    conn.execute("UPDATE people SET summary = ? WHERE id = 'pope'", (FIVE_MB,))
    conn.execute("UPDATE people SET name = ? WHERE id = 'vitorino'", ("Vitorino " + "x" * 50_000,))
    conn.execute("UPDATE units SET description = ?, name = ? WHERE id = 'prd'", (FIVE_MB, RTL))
    conn.execute("UPDATE units SET name = ? WHERE id = 'hq'", (f"Headquarters {ODD}",))
    conn.execute(
        "UPDATE contacts SET note = ?, label = ? WHERE id = 'dhrr-email'", (FIVE_MB, SCRIPT)
    )
    conn.execute("UPDATE elections SET summary = ? WHERE id = 'dg-2023'", (FIVE_MB,))
    conn.execute("UPDATE candidates SET name = ? WHERE id = 'dg-2023-pope'", (ODD + RTL,))
    conn.execute(
        "UPDATE events SET title = ?, description = ? WHERE id = '1989-11-14-iom'",
        (f"IOM {SCRIPT}", FIVE_MB),
    )
    conn.execute("UPDATE figures SET note = ? WHERE id = 'ms-2018-06'", (FIVE_MB,))
    conn.execute("UPDATE figures SET value = 1e300 WHERE id = 'ms-2023-05'")  # a huge number
    conn.execute("UPDATE figures SET measure = ? WHERE id = 'staff-2022'", ("m" * 50_000,))
    conn.commit()
    conn.close()
    return path


def test_hostile_but_valid_content_opens_and_answers(qtbot, hostile, mail_calls, monkeypatch):
    from iomdesk.views.main_window import MainWindow

    before = digest(hostile)
    reports: list[str] = []
    monkeypatch.setattr(app.ErrorReporter, "__call__", lambda self, *e: reports.append(str(e)))
    store = Store(hostile)
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen_details: list[str] = []
    for number, word in ((1, "pope"), (2, "2023"), (3, "prd"), (4, "dhrr"), (5, "2018")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        tab = window.current_tab()
        type_text(qtbot, tab.search, word)
        qtbot.keyClick(tab.search, Qt.Key.Key_Down)
        QApplication.processEvents()
        seen_details.append(tab.details.toHtml())
        assert len(tab.details.toPlainText()) < 4 * records.LONGEST_SHOWN
        model = tab.view.model()
        for column in range(model.columnCount()):
            shown = model.index(0, column).data() or ""
            assert len(shown) <= records.LONGEST_SHOWN + 40
        type_text(qtbot, tab.search, " " + RTL + ODD)  # no match: an empty, calm view
        qtbot.keyClick(tab.search, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(tab.search, Qt.Key.Key_Backspace)
    assert any("characters)" in html for html in seen_details), "the long text says it is cut"
    window.show_tab(window.tab("leadership"))
    type_text(qtbot, window.tab("leadership").search, "swing")
    qtbot.keyClick(window.tab("leadership").search, Qt.Key.Key_Down)
    text = window.tab("leadership").details.toPlainText()
    assert "<script>" in text, "markup is shown as the text it is, not run or rendered"
    window.tab("leadership").timeline.grab()
    history = window.tab("history")
    window.show_tab(history)
    type_text(qtbot, history.search, "1989")
    qtbot.keyClick(history.search, Qt.Key.Key_Down)
    text = history.details.toPlainText()
    assert "<script>" in text and "characters)" in text
    for measure in ("member_states", "staff"):
        history.choose_chart(measure)
        assert not history.chart.grab().toImage().isNull()
        for rect, label in history.chart.text_items():
            assert len(label) < records.LONGEST_SHOWN and history.chart.rect().contains(
                rect.toRect()
            ), label[:40]
    window.close()
    store.close()
    assert reports == []
    assert digest(hostile) == before


def test_hostile_content_passes_check(hostile, capsys):
    assert app.main(["--check", "--db", str(hostile)]) == app.EXIT_OK
    assert "good database" in capsys.readouterr().out


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_drawing_a_picture_shows_a_notice_and_is_reported_once(
    qtbot, window, store, monkeypatch
):
    """Text where a vote count belongs used to end the process inside the chart's paint."""
    reports: list[str] = []
    monkeypatch.setattr("sys.excepthook", lambda *error: reports.append(str(error[1])))
    election = next(e for e in store.elections if e.id == "dg-2023")
    round_id = store.rounds["dg-2023"][0].id
    spoiled = [Vote(v.id, v.round_id, v.candidate_id, "many") for v in store.votes[round_id]]
    monkeypatch.setitem(store.votes, round_id, spoiled)
    window.ensure_tabs()
    chart = window.tab("elections").vote_chart
    chart.set_election(store, election)
    for _ in range(3):
        image = chart.grab().toImage()  # paints; the process must survive each time
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
    QApplication.processEvents()
    assert len(reports) == 1 and "str" in reports[0]
    assert not image.isNull()
    chart.set_election(store, next(e for e in store.elections if e.id == "dg-2018"))
    chart.grab()
    QApplication.processEvents()
    assert len(reports) == 1, "another election draws without a new report"


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_model_leaves_an_empty_cell_and_one_report(qtbot, window, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr("sys.excepthook", lambda *error: reports.append(str(error[1])))
    model = window.tab("leadership").model
    broken = model._columns[0]

    def explode(_row):
        raise RuntimeError("a bug in a column")

    model._columns[0] = type(broken)(broken.title, explode)  # this window's model only
    assert model.index(0, 0).data() is None
    assert model.index(1, 0).data() is None
    window.tab("leadership").view.viewport().grab()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
    QApplication.processEvents()
    assert reports == ["a bug in a column"]
    assert model.index(0, 1).data()  # the other columns still answer


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_column_while_the_window_is_built_is_reported_once(
    qtbot, new_window, monkeypatch
):
    """The columns are sized from their texts before the first paint: a column that fails
    there leaves an empty cell and one report, and the window opens."""
    reports: list[str] = []
    monkeypatch.setattr("sys.excepthook", lambda *error: reports.append(str(error[1])))
    years = leadership._years

    def buggy(row):
        if row.is_current_head:
            raise ValueError("a bug in a column")
        return years(row)

    monkeypatch.setattr(leadership, "_years", buggy)
    window = new_window()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
    QApplication.processEvents()
    assert reports == ["a bug in a column"]
    assert window.tab("leadership").model.rowCount() == len(leader_rows(window.store))


def test_a_database_error_after_the_window_is_up_is_the_startup_message(
    qtbot, tmp_path, monkeypatch, capsys
):
    """Contacts load after the first paint; if that read fails, the user gets the same
    dialog and exit status as at startup, not a traceback."""
    path = good_copy(tmp_path)
    dialogs: list[str] = []
    monkeypatch.setattr(app, "show_startup_error", lambda error: dialogs.append(error.sentence))

    def fail_late(self):
        raise StoreError("corrupt", "The database file is damaged (corrupt or truncated).", path)

    monkeypatch.setattr(Store, "contacts", property(fail_late))
    status = app.main(["--db", str(path)])
    assert status == app.EXIT_DATABASE
    assert dialogs == ["The database file is damaged (corrupt or truncated)."]
    err = capsys.readouterr().err
    assert f"iomdesk: The database file is damaged (corrupt or truncated). ({path})" in err
    assert "Traceback" not in err
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
