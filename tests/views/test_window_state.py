"""views/window_state.py: what the window remembers between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt

from iomdesk.views import theme, window_state


def test_layout_is_remembered_between_runs(qtbot, new_window):
    first = new_window()
    first.resize(720, 520)
    first.show_tab(first.tab("contacts"))
    first.tab("contacts").splitter.setSizes([300, 650])
    first.tab("contacts").view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.tab("leadership").view.setColumnWidth(0, 222)
    first.set_timeline_visible(False)
    sizes = first.tab("contacts").splitter.sizes()
    first.close()

    second = new_window()
    assert (second.width(), second.height()) == (720, 520)
    assert second.tabs.currentWidget() is second.tab("contacts")
    assert second.tab("contacts").splitter.sizes() == sizes
    header = second.tab("contacts").view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    emails = [second.tab("contacts").model.row_object(r).email for r in range(8)]
    assert emails == sorted(emails, key=str.lower, reverse=True) or emails[0] > emails[-1]
    assert second.tab("leadership").view.columnWidth(0) == 222
    assert not second.actions_by_name["set_timeline_visible"].isChecked()
    assert not second.tab("leadership").timeline.isVisibleTo(second)


def test_a_settings_file_from_elsewhere_is_harmless(qtbot, new_window):
    settings = QSettings()
    settings.setValue("window/geometry", b"garbage")
    settings.setValue("window/tab", 99)
    settings.setValue("leadership/splitter", b"\x00\x01")
    settings.setValue("contacts/columns", "not bytes")
    settings.setValue("view/theme", "purple")
    settings.sync()
    window = new_window()
    assert window.tabs.currentIndex() == 0
    assert theme.current_choice() == "system"


def test_only_a_saved_qt_state_is_used(qapp):
    """Whatever else a settings file holds where a state belongs is ignored, not restored."""
    settings = QSettings()
    settings.setValue("a/state", QByteArray(b"\x00\x00\x00\xffstate"))
    settings.setValue("a/text", "not bytes")
    settings.setValue("a/empty", QByteArray())
    settings.setValue("a/number", 42)
    settings.sync()
    for fresh in (settings, QSettings()):  # as written, and as read back from the file
        assert window_state.saved_bytes(fresh, "a/state") == QByteArray(b"\x00\x00\x00\xffstate")
        for key in ("a/text", "a/empty", "a/number", "a/missing"):
            assert window_state.saved_bytes(fresh, key) is None, key


def test_each_tab_keeps_its_own_layout(qtbot, new_window):
    first = new_window()
    first.tab("elections").view.setColumnWidth(1, 171)
    first.tab("contacts").view.setColumnWidth(1, 97)
    first.close()
    second = new_window()
    assert second.tab("elections").view.columnWidth(1) == 171
    assert second.tab("contacts").view.columnWidth(1) == 97
