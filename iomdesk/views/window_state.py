"""What the window remembers between runs: its size, the open tab, splitters, columns, whether
the timelines show, and the measure History draws. Kept in QSettings under each tab's stable
key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

if TYPE_CHECKING:
    from iomdesk.views.search_tab import SearchTab


def saved_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A saved Qt state, or None when the settings file holds something else there."""
    value = settings.value(key)
    if isinstance(value, bytes):
        value = QByteArray(value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_tab(settings: QSettings, tab: SearchTab) -> None:
    """A tab's splitter and columns as last left; a state that does not fit is ignored."""
    splitter = saved_bytes(settings, f"{tab.key}/splitter")
    if splitter is not None:
        tab.splitter.restoreState(splitter)
    columns = saved_bytes(settings, f"{tab.key}/columns")
    if columns is not None:
        tab.header().restoreState(columns)
    # History's chart: its splitter and the measure it draws.
    picture = saved_bytes(settings, f"{tab.key}/picture_splitter")
    if picture is not None and hasattr(tab, "picture_splitter"):
        tab.picture_splitter.restoreState(picture)
    if hasattr(tab, "choose_chart"):
        tab.choose_chart(str(settings.value(f"{tab.key}/chart", "")))


def save_tab(settings: QSettings, tab: SearchTab) -> None:
    settings.setValue(f"{tab.key}/splitter", tab.splitter.saveState())
    settings.setValue(f"{tab.key}/columns", tab.header().saveState())
    if hasattr(tab, "picture_splitter"):
        settings.setValue(f"{tab.key}/picture_splitter", tab.picture_splitter.saveState())
        settings.setValue(f"{tab.key}/chart", tab.chart_choice)


def restore(
    window: QMainWindow,
    tabs: QTabWidget,
    first_tab: SearchTab,
    timeline_splitter: QSplitter,
    show_timeline: Callable[[bool], None],
    load_all_tabs: Callable[[], None],
) -> None:
    """Geometry, the open tab, the first tab's layout and the timeline, as the user left them.

    The other tabs restore their layout when they are built (restore_tab)."""
    settings = QSettings()
    geometry = saved_bytes(settings, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    restore_tab(settings, first_tab)
    splitter = saved_bytes(settings, "leadership/timeline_splitter")
    if splitter is not None:
        timeline_splitter.restoreState(splitter)
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
    window: QMainWindow,
    tabs: QTabWidget,
    built_tabs: Sequence[SearchTab],
    timeline_splitter: QSplitter,
    timeline_shown: bool,
) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/tab", tabs.currentIndex())
    settings.setValue("view/timeline", timeline_shown)
    settings.setValue("leadership/timeline_splitter", timeline_splitter.saveState())
    for tab in built_tabs:
        save_tab(settings, tab)
