"""Accessibility: names for every control, labelled fields, and a sensible Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)


def focus_chain(qtbot, start: QWidget, steps: int = 40) -> list[QWidget]:
    """Widgets in the order Tab visits them, each once, from `start`."""
    start.setFocus()
    seen: list[QWidget] = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget is start:
            break
        if widget not in seen:
            seen.append(widget)
    return seen


def test_tab_walks_search_results_details_in_each_tab(qtbot, window):
    for tab in window.all_tabs():
        window.show_tab(tab)
        chain = focus_chain(qtbot, tab.search)
        order = [chain.index(w) for w in (tab.search, tab.view, tab.details)]
        assert order == sorted(order), tab.title
        if tab is window.tab("contacts"):
            assert chain.index(tab.copy_button) > chain.index(tab.details)


def test_the_empty_state_button_is_reached_right_after_the_search(qtbot, window):
    tab = window.tab("leadership")
    qtbot.keyClicks(tab.search, "zzzz")
    chain = focus_chain(qtbot, tab.search)
    assert chain[1] is tab.clear_button


def test_every_control_has_an_accessible_name(qtbot, window):
    window.ensure_tabs()
    unnamed = []
    for widget in window.findChildren(QWidget):
        interactive = isinstance(widget, QLineEdit | QAbstractItemView | QTextBrowser)
        if isinstance(widget, QAbstractButton):
            interactive, name = True, widget.accessibleName() or widget.text()
        else:
            name = widget.accessibleName()
        if interactive and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not name:
            unnamed.append(widget)
    # Qt's own helpers inside views (header buttons, the corner button) are not ours.
    ours = [
        w
        for w in unnamed
        if not type(w).__name__.startswith("QHeader")
        and w.parent()
        and type(w.parent()).__name__ not in ("QTableView", "QTreeView", "QHeaderView")
    ]
    assert ours == []


def test_search_fields_have_a_label_with_a_buddy(window):
    for tab in window.all_tabs():
        label = tab.search_label
        assert isinstance(label, QLabel) and label.buddy() is tab.search
        assert "&" in label.text()


def test_pictures_have_a_text_alternative(window):
    assert window.tab("leadership").timeline.accessibleName() == "Leadership timeline"
    assert "Hugh Gibson" in window.tab("leadership").timeline.accessibleDescription()
    window.navigation.follow("election:dg-2023")
    assert "Amy E. Pope 98" in window.tab("elections").vote_chart.accessibleDescription()
