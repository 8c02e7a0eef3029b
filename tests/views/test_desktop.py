"""Desktop citizenship: remembered layout and themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from iomdesk.views import theme
from iomdesk.views.main_window import MainWindow


def new_window(qtbot, store):
    window = MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_layout_is_remembered_between_runs(qtbot, store):
    first = new_window(qtbot, store)
    first.resize(720, 520)
    first.show_tab(first.contacts)
    first.contacts.splitter.setSizes([300, 650])
    first.contacts.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.leadership.view.setColumnWidth(0, 222)
    first.set_timeline_visible(False)
    sizes = first.contacts.splitter.sizes()
    first.close()

    second = new_window(qtbot, store)
    assert (second.width(), second.height()) == (720, 520)
    assert second.tabs.currentWidget() is second.contacts
    assert second.contacts.splitter.sizes() == sizes
    header = second.contacts.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    emails = [second.contacts.model.row_object(r).email for r in range(8)]
    assert emails == sorted(emails, key=str.lower, reverse=True) or emails[0] > emails[-1]
    assert second.leadership.view.columnWidth(0) == 222
    assert not second.actions_by_name["set_timeline_visible"].isChecked()
    assert not second.timeline.isVisibleTo(second)


def test_a_settings_file_from_elsewhere_is_harmless(qtbot, store):
    settings = QSettings()
    settings.setValue("window/geometry", b"garbage")
    settings.setValue("window/tab", 99)
    settings.setValue("leadership/splitter", b"\x00\x01")
    settings.setValue("contacts/columns", "not bytes")
    settings.setValue("view/theme", "purple")
    settings.sync()
    window = new_window(qtbot, store)
    assert window.tabs.currentIndex() == 0
    assert theme.current_choice() == "system"


@pytest.fixture
def restore_theme():
    yield
    theme.apply_theme("system")


def test_dark_theme_applies_to_the_window_and_the_pictures(qtbot, store, restore_theme):
    window = new_window(qtbot, store)
    window.set_theme("dark")
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 100
    assert palette.color(QPalette.ColorRole.Text).lightness() > 180
    assert QSettings().value("view/theme") == "dark"
    image = window.timeline.grab().toImage()
    axis_y = int(window.timeline.plot_rect().bottom())
    assert max(image.pixelColor(300, axis_y + d).lightness() for d in (-1, 0, 1)) > 120
    window.set_theme("light")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180
    window.close()
    again = new_window(qtbot, store)
    themes = [a for name, a in again.actions_by_name.items() if name.startswith("theme:")]
    checked = [a.data() for a in themes if a.isChecked()]
    assert checked == ["light"]


def test_system_theme_restores_the_platform_palette(qtbot, store, restore_theme):
    before = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    window = new_window(qtbot, store)
    window.set_theme("dark")
    window.set_theme("system")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window) == before
