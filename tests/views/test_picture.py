"""views/picture.py: what the two pictures share — colours that read, a notice instead of a
broken picture, and PNG export."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from iomdesk.views.picture import SERIES, PictureWidget, is_dark, series_color, text_on


class Square(PictureWidget):
    """A picture that fills itself with one colour."""

    def draw(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor("#0072B2"))


class Broken(PictureWidget):
    def draw(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor("#D55E00"))
        raise ValueError("a bug while drawing")


def test_labels_are_black_on_light_colours_and_white_on_dark_ones():
    assert text_on(QColor("#F0E442")) == QColor("#000000")  # yellow
    assert text_on(QColor("#ffffff")) == QColor("#000000")
    assert text_on(QColor("#0072B2")) == QColor("#ffffff")  # blue
    assert text_on(QColor("#000000")) == QColor("#ffffff")


def test_series_colours_never_repeat_past_the_palette():
    colours = [series_color(n).name() for n in range(3 * len(SERIES))]
    assert colours[: len(SERIES)] == [c.lower() for c in SERIES]
    assert len(set(colours)) == len(colours)


def test_a_dark_palette_is_recognised(qtbot):
    widget = Square()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    widget.setPalette(palette)
    assert not is_dark(widget)
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    widget.setPalette(palette)
    assert is_dark(widget)


def test_export_is_twice_the_size_on_screen(qtbot, tmp_path):
    widget = Square()
    qtbot.addWidget(widget)
    widget.resize(200, 120)
    target = tmp_path / "square.png"
    assert widget.export_png(target)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (400, 240)
    assert image.pixelColor(200, 120) == QColor("#0072B2")


def test_export_to_a_folder_that_does_not_exist_fails(qtbot, tmp_path):
    widget = Square()
    qtbot.addWidget(widget)
    widget.resize(50, 50)
    assert not widget.export_png(tmp_path / "missing" / "square.png")


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_drawing_shows_a_notice_and_is_reported_once(qtbot, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: reports.append(str(error[1])))
    widget = Broken()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    for _ in range(3):
        image = widget.grab().toImage()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
    QApplication.processEvents()
    assert reports == ["a bug while drawing"]
    background = widget.palette().color(QPalette.ColorRole.Window)
    assert image.pixelColor(2, 2) == background  # the half-drawn picture was wiped
    inked = sum(
        1
        for x in range(0, 400, 2)
        for y in range(80, 120, 2)
        if image.pixelColor(x, y) != background
    )
    assert inked > 20  # the notice is written


def rows_in_view(tab) -> int:
    view = tab.view
    height = view.verticalHeader().defaultSectionSize() if hasattr(view, "verticalHeader") else 24
    return view.viewport().height() // max(1, height)


def test_in_a_small_window_pictures_give_way_to_the_list_and_come_back(qtbot, window):
    """At 519x411 the timeline and History's chart kept their height and the list showed one
    row: now the pictures shrink first and hide below their minimum; with room again they
    return, unless the reader hid them (Ctrl+T)."""
    from PySide6.QtCore import Qt

    window.ensure_tabs()
    for key in ("leadership", "history"):
        tab = window.tab(key)
        window.show_tab(tab)
        panel = tab._picture_above[0]
        window.resize(1320, 820)
        qtbot.waitUntil(lambda p=panel: p.isVisible())
        window.resize(519, 411)
        qtbot.wait(50)
        assert rows_in_view(tab) >= 4, key
        assert not panel.isVisible() or panel.height() < 140, key
        window.resize(1320, 820)
        qtbot.waitUntil(lambda p=panel: p.isVisible())
        assert rows_in_view(tab) >= 10
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # hidden by hand
    tab = window.tab("history")
    assert not tab._picture_above[0].isVisible()
    window.resize(519, 411)
    qtbot.wait(20)
    window.resize(1320, 820)
    qtbot.wait(50)
    assert not tab._picture_above[0].isVisible()  # the room came back, the wish stayed
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab._picture_above[0].isVisible()
