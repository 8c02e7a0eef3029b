"""views/menus.py: menus and shortcuts from one table, and Help's list made from it — so Help
cannot disagree with what the keys do."""

from __future__ import annotations

from collections import Counter

import pytest
from modal import when_modal
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser

from iomdesk.i18n import translate
from iomdesk.views import menus


def portable(keys: str) -> str:
    """A key sequence as Qt writes it, so that 'ctrl+f' and 'Ctrl+F' compare equal."""
    return QKeySequence(keys).toString()


def menu_items(menu: QMenu) -> list[QAction]:
    """The items of a menu and of its submenus (a submenu's own item included)."""
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += menu_items(action.menu())
    return found


def all_menu_items(window) -> list[QAction]:
    return [item for top in window.menuBar().actions() for item in menu_items(top.menu())]


def window_bindings(window) -> list[tuple[str, object]]:
    """(keys, what holds them) for every key bound on the window: its shortcuts, its actions
    and the menu bar's items."""
    found = [(shortcut.key().toString(), shortcut) for shortcut in window.findChildren(QShortcut)]
    actions = {*window.actions(), *all_menu_items(window)}
    found += [(keys.toString(), action) for action in actions for keys in action.shortcuts()]
    return found


def connected(holder) -> bool:
    if isinstance(holder, QShortcut):
        return holder.receivers(SIGNAL("activated()")) > 0
    return (
        holder.receivers(SIGNAL("triggered(bool)")) + holder.receivers(SIGNAL("toggled(bool)")) > 0
    )


def test_help_lists_the_keyboard_contract(window):
    html = menus.shortcuts_html(window.declared)
    for keys in ("Ctrl+1", "Ctrl+F", "Esc", "Ctrl+A", "Ctrl+C", "Ctrl+Shift+C", "Ctrl+Q"):
        assert keys in html


def test_every_command_with_a_handler_is_bound_in_the_window(window):
    bound: dict[str, list] = {}
    for keys, holder in window_bindings(window):
        bound.setdefault(keys, []).append(holder)
    for command in menus.commands(window.declared):
        if not command.run or command.keys_elsewhere:
            continue  # bound by the tabs themselves, or by the focused widget
        for keys in command.keys:
            holders = bound.get(portable(keys), [])
            assert holders, f"{keys} ({command.run}) is in Help but bound to nothing"
            assert all(connected(h) for h in holders), keys
            waits = command.run in ("go_back", "go_forward")  # enabled once there is a trail
            assert waits or all(h.isEnabled() for h in holders), keys


def test_no_key_is_bound_twice_in_the_window(window):
    """Qt runs neither of two bindings of the same key (an ambiguous shortcut)."""
    counts = Counter(keys for keys, _holder in window_bindings(window))
    assert [keys for keys, count in counts.items() if count > 1] == []


def test_the_window_binds_no_key_help_does_not_list(window):
    listed = {
        portable(keys) for command in menus.commands(window.declared) for keys in command.keys
    }
    unlisted = {keys for keys, _holder in window_bindings(window)} - listed
    assert unlisted == set()


def test_every_menu_item_comes_from_the_commands_or_the_themes(window):
    menu_titles = [translate("window", title) for _name, title in menus.MENUS]
    assert [top.text() for top in window.menuBar().actions()] == menu_titles
    commands = {translate("window", c.label): c for c in menus.commands(window.declared) if c.menu}
    themes = {translate("window", label): choice for choice, label in menus.THEMES}
    seen = []
    for name, title in menus.MENUS:
        top = next(a for a in window.menuBar().actions() if a.text() == translate("window", title))
        for item in menu_items(top.menu()):
            if item.menu() is not None:  # View > Theme: the theme list, nothing else
                assert [a.text() for a in menu_items(item.menu())] == list(themes)
                continue
            if item.text() in themes:
                assert item.data() == themes[item.text()] and item.isCheckable()
                continue
            text, _tab, shown_keys = item.text().partition("\t")
            assert text in commands, f"{text!r} is in no table"
            command = commands[text]
            assert command.menu == name, f"{text!r} is in the wrong menu"
            if command.keys_elsewhere:  # shown, bound by the focused widget
                assert item.shortcuts() == [] and shown_keys == portable(command.keys[0])
            else:
                bound = [k.toString() for k in item.shortcuts()]
                assert bound == [portable(k) for k in command.keys]
            seen.append(text)
    assert sorted(seen) == sorted(commands)  # each command's item, once


def test_exactly_one_theme_is_checked(window):
    themes = {translate("window", label) for _choice, label in menus.THEMES}
    checked = [a.data() for a in all_menu_items(window) if a.text() in themes and a.isChecked()]
    assert checked == ["system"]


def test_f1_shows_the_list_help_is_made_from(qtbot, window):
    seen: list[tuple[str, str]] = []

    when_modal(
        lambda page: seen.append((page.windowTitle(), page.findChild(QTextBrowser).toPlainText()))
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert [title for title, _text in seen] == ["Keyboard shortcuts"]
    text = seen[0][1]
    for command in menus.commands(window.declared):
        if command.keys:
            assert (command.shown or ", ".join(command.keys)) in text
            assert command.help in text


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_help_names_the_alt_key_of_every_field_label(qtbot, store, code):
    """A label's underlined letter (Alt+S for Search) is a shortcut: Help lists each one the
    window has, as the interface language marks it."""
    from PySide6.QtWidgets import QLabel

    from iomdesk import languages
    from iomdesk.views.main_window import MainWindow

    qapp = QApplication.instance()
    languages.install_translations(qapp, code)
    try:
        window = MainWindow(store, open_mail=lambda url: False)
        qtbot.addWidget(window)
        window.ensure_tabs()
        html = menus.shortcuts_html(window.declared)
        marked = {
            menus.alt_key(label.text())
            for label in window.findChildren(QLabel)
            if label.buddy() is not None and "&" in label.text()
        }
        assert "Alt+S" in marked or code != "en"
        assert len(marked) >= 3
        assert [key for key in marked if f"<b>{key}</b>" not in html] == []
    finally:
        languages.uninstall_translations(qapp)
