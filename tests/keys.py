"""Typing and pressing keys as a keyboard would, for tests: QTest only knows ASCII keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from iomdesk.clipboard import clipboard_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII through QTest; anything else as the key events an input method would send."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def type_into(qtbot, tab, text: str) -> None:
    """Type into a tab's search field."""
    type_text(qtbot, tab.search, text)


def copy_from(qtbot, tab, modifiers=CTRL) -> str:
    """Press Ctrl+C (or another copy key) on a tab's results; what the clipboard then holds."""
    QApplication.clipboard().clear()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, modifiers)
    return clipboard_text()


def open_context_menu(qtbot, widget):
    """The context menu Shift+F10 opens on the focused widget, as a keyboard user opens it."""
    from PySide6.QtWidgets import QMenu

    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    menu = QApplication.activePopupWidget()
    qtbot.addWidget(menu)
    return menu
