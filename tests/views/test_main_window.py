"""views/main_window.py: the window as a whole — its title, its tabs, and its own keys."""

from __future__ import annotations

import linecache

from keys import CTRL
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from iomdesk.views.main_window import MainWindow


def test_title_and_tabs_in_order(window):
    assert "IOM" in window.windowTitle()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Leadership", "Elections", "Structure", "Contacts", "History", "Countries"]


def test_ctrl_number_switches_tabs_and_focuses_search(qtbot, window):
    for number, tab in enumerate(window.all_tabs(), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.tabs.currentWidget() is tab
        assert tab.search.hasFocus()


def test_ctrl_q_quits(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_ctrl_t_hides_and_shows_the_timelines(qtbot, window):
    assert window.tab("leadership").timeline.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.tab("leadership").timeline.isVisible()
    window.show_tab(window.tab("history"))  # built after the choice: it follows it
    assert not window.tab("history").chart_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.tab("history").chart.isVisible()
    window.show_tab(window.tab("leadership"))
    assert window.tab("leadership").timeline.isVisible()


def test_the_other_tabs_arrive_after_the_first_paint(qtbot, store):
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    loaded: list[str] = []
    window.when_loaded(lambda: loaded.append(window.tabs.tabText(3)))
    assert loaded == []
    assert isinstance(window.tabs.widget(3), QLabel)  # "Loading…" until the first paint
    window.show()
    qtbot.waitUntil(lambda: loaded == ["Contacts"], timeout=5000)
    assert window.tabs.widget(3) is window.tab("contacts")
    assert f"84 units, {len(store.contacts)} contacts" in window.statusBar().currentMessage()
    # the module sources PySide6 read into linecache are let go (memory, make bench)
    assert not [name for name in linecache.cache if "/iomdesk/views/" in name]
    window.when_loaded(lambda: loaded.append("again"))  # once loaded: at once
    assert loaded == ["Contacts", "again"]


def test_each_tab_says_how_current_its_data_is(window, store):
    for tab in window.all_tabs():
        assert tab.as_of_label.text() == tab.declared.as_of()
        assert tab.as_of_label.text().startswith(("Data as of ", "Tree as of "))


def test_reopened_on_another_tab_the_icon_and_the_tabs_still_come(qtbot, store):
    """The window reopens on the tab it was left on; what follows the first paint must not
    wait for a Leadership view that is never painted."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("window/tab", 3)
    try:
        window = MainWindow(store, open_mail=lambda url: False)
        qtbot.addWidget(window)
        painted: list[bool] = []
        window.when_painted(lambda: painted.append(True))  # what make bench waits for
        window.show()
        assert window.tabs.currentWidget() is window.tab("contacts")
        qtbot.waitUntil(lambda: painted == [True], timeout=5000)
        qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=5000)
        loaded: list[bool] = []
        window.when_loaded(lambda: loaded.append(True))
        assert loaded == [True]
    finally:
        QSettings().remove("window/tab")


def test_the_rows_are_painted_before_the_other_tabs_are_built(qtbot, store):
    """What the user sees first comes first: the other tabs (100,000 contacts can take
    seconds) are built only once the current tab's rows have been painted."""
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    events: list[str] = []

    class RowsPainted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "rows" not in events:
                events.append("rows")
            return False

    spy = RowsPainted()
    window.tab("leadership").viewport.installEventFilter(spy)
    window.when_loaded(lambda: events.append("other tabs"))
    window.show()
    qtbot.waitUntil(lambda: "other tabs" in events, timeout=5000)
    assert events == ["rows", "other tabs"]


def test_a_window_closed_right_after_its_first_paint_leaves_nothing_running(qtbot, store):
    """What waits for the first paint (the first tab's clear button) is dropped with a
    window that is gone by then."""
    window = MainWindow(store, open_mail=lambda url: False)
    painted: list[bool] = []
    window.when_painted(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()  # a call into the deleted field would raise here
