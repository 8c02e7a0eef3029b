"""What the window remembers between runs: its size, the open tab, whether the timelines show,
and each tab's splitters, columns and choices (History's measure). Kept in QSettings under
each tab's stable key: 'contacts/columns'."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget

if TYPE_CHECKING:
    from iomdesk.views.search_tab import SearchTab


def saved_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A saved Qt state, or None when the settings file holds something else there."""
    value = settings.value(key)
    if isinstance(value, bytes):
        value = QByteArray(value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_tab(settings: QSettings, tab: SearchTab) -> None:
    """A tab's splitters, columns and choices as last left; a state that does not fit is
    ignored."""
    for name, splitter in tab.splitters().items():
        state = saved_bytes(settings, f"{tab.key}/{name}")
        if state is not None:
            splitter.restoreState(state)
    columns = saved_bytes(settings, f"{tab.key}/columns")
    if columns is not None:
        tab.header().restoreState(columns)
    for name in tab.choices():
        tab.restore_choice(name, str(settings.value(f"{tab.key}/{name}", "")))


def save_tab(settings: QSettings, tab: SearchTab) -> None:
    for name, splitter in tab.splitters().items():
        settings.setValue(f"{tab.key}/{name}", splitter.saveState())
    settings.setValue(f"{tab.key}/columns", tab.header().saveState())
    for name, value in tab.choices().items():
        settings.setValue(f"{tab.key}/{name}", value)


def restore(
    window: QMainWindow,
    tabs: QTabWidget,
    first_tab: SearchTab,
    show_timeline: Callable[[bool], None],
    load_all_tabs: Callable[[], None],
) -> None:
    """Geometry, the open tab, the first tab's layout and the timelines, as the user left them.

    The other tabs restore their layout when they are built (restore_tab)."""
    settings = QSettings()
    geometry = saved_bytes(settings, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    restore_tab(settings, first_tab)
    show_timeline(str(settings.value("view/timeline", "true")).lower() != "false")
    try:
        index = int(settings.value("window/tab", 0))
    except (TypeError, ValueError):
        index = 0
    if 0 < index < tabs.count():
        load_all_tabs()  # the user left another tab open: it is wanted at once
        tabs.setCurrentIndex(index)
        tabs.currentWidget().focus_search()


def save(
    window: QMainWindow, tabs: QTabWidget, built_tabs: Sequence[SearchTab], timeline_shown: bool
) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/tab", tabs.currentIndex())
    settings.setValue("view/timeline", timeline_shown)
    for tab in built_tabs:
        save_tab(settings, tab)
