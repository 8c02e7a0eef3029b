"""Menus and shortcuts from one table and the tabs' registry; Help's list of shortcuts is made
from the same table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu

from iomdesk.details import escape
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.tabs.base import Tab
from iomdesk.views import theme


class Command(NamedTuple):
    """One thing the user can do by keyboard or menu.

    `run` names the handler the window supplies; a command without one is bound by the tabs
    themselves and is listed here so that Help tells the whole story.
    """

    keys: tuple[str, ...]  # QKeySequence texts; Help shows them as written in `shown`
    help: str  # Help's line (translated where shown)
    run: str = ""  # the handler's name
    menu: str = ""  # "file", "view" or "help": where its menu item goes
    label: str = ""  # the menu item's text
    shown: str = ""  # how Help writes the keys, when not just the keys joined
    checkable: bool = False  # a menu item with a check mark; the handler gets the state
    numbered: bool = False  # the handler gets the position of the key pressed (Ctrl+2: 1)
    separated: bool = False  # a line above the menu item
    # The menu item shows the keys but does not bind them: the focused widget does (a list's
    # Ctrl+C, a text's), and a second binding would make the key ambiguous, so do nothing.
    keys_elsewhere: bool = False


COMMANDS = (
    Command(
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("shortcuts", "Search in the current tab (selects the text)"),
        run="focus_search",
    ),
    Command((), "", run="labels"),  # Alt and a field label's letter: SEARCH_LABEL, Tab.labels
    Command(
        ("Ctrl+K", "Ctrl+L"),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Search everywhere: every tab at once; Enter goes to the result"
        ),
        run="open_everywhere",
    ),
    Command(
        (QT_TRANSLATE_NOOP("shortcuts", "Esc"),),
        QT_TRANSLATE_NOOP("shortcuts", "Clear the search"),
    ),
    Command(
        (QT_TRANSLATE_NOOP("shortcuts", "Down or Enter"),),
        QT_TRANSLATE_NOOP("shortcuts", "From the search field to the first match"),
    ),
    Command(
        ("Ctrl+C",),
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "Copy: contacts' e-mail addresses; table rows as tab-separated text; "
            "the unit's path in Structure; in the details pane, the text selected",
        ),
        run="edit_copy",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "&Copy"),
        keys_elsewhere=True,
    ),
    Command(
        ("Ctrl+A",),
        QT_TRANSLATE_NOOP("shortcuts", "Select all shown rows (in the details pane, its text)"),
        run="edit_select_all",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "Select &all"),
        keys_elsewhere=True,
    ),
    Command(
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Star the current row, or unstar it; starred rows come first in Ctrl+K"
        ),
        run="toggle_star",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "&Star or unstar"),
        separated=True,
    ),
    Command(
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("shortcuts", "Show only the starred rows of the current tab, or all"),
        run="toggle_starred_filter",
        menu="view",
        label=QT_TRANSLATE_NOOP("window", "Only &starred rows"),
    ),
    Command(
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Copy the current row's link (iomdesk:unit/dhrr): it opens iomdesk there"
        ),
        run="copy_link",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "Copy &link"),
    ),
    Command(
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Copy the current row's fact with its sources, to paste into a text"
        ),
        run="copy_citation",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "Copy c&itation"),
    ),
    Command(
        (),
        "",
        run="copy_citation_markdown",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "Copy citation as &Markdown"),
    ),
    Command(
        (),
        "",
        run="copy_citation_wikipedia",
        menu="edit",
        label=QT_TRANSLATE_NOOP("window", "Copy citation for &Wikipedia ({{cite web}})"),
    ),
    Command(
        ("Shift+F10",),
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "The context menu of the list, the details or the picture that has the focus "
            "(the Menu key too)",
        ),
        run="context_menu",
    ),
    Command((), "", run="tab_keys"),  # the keys the tabs' views bind: Tab.keys
    Command(
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Show or hide the timelines (Leadership's and History's chart)"
        ),
        run="set_timeline_visible",
        menu="view",
        label=QT_TRANSLATE_NOOP("window", "Show &timelines and map"),
        checkable=True,
    ),
    Command(
        ("Alt+Left",),
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "Back to where a link or a search-everywhere result took you from "
            "(the mouse's back button too)",
        ),
        run="go_back",
        menu="view",
        label=QT_TRANSLATE_NOOP("window", "&Back"),
        separated=True,
    ),
    Command(
        ("Alt+Right",),
        QT_TRANSLATE_NOOP("shortcuts", "Forward again (the mouse's forward button too)"),
        run="go_forward",
        menu="view",
        label=QT_TRANSLATE_NOOP("window", "&Forward"),
    ),
    Command(
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Open a data file (a newer data pack); dropping one on the window too"
        ),
        run="open_data_file",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "&Open data file…"),
    ),
    Command(
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Export the current tab's picture as PNG (File > Export picture)"
        ),
        run="export_picture",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "&Export picture…"),
        separated=True,
    ),
    Command(
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("shortcuts", "Export the current tab's shown rows as CSV"),
        run="export_rows",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "Export shown rows as &CSV…"),
    ),
    Command((), "", run="tab_exports", menu="file"),  # the tabs' own: Tab.exports
    Command(
        (),
        "",
        run="export_stars",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "Export s&tars…"),
    ),
    Command(
        (),
        "",
        run="import_stars",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "&Import stars…"),
    ),
    Command(
        (),
        "",
        run="export_details_pdf",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "Export &details as PDF…"),
    ),
    Command(
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("shortcuts", "Print the details pane (File > Print details)"),
        run="print_details",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "&Print details…"),
        separated=True,
    ),
    Command(
        ("F1",),
        QT_TRANSLATE_NOOP("shortcuts", "This list of shortcuts"),
        run="show_shortcuts",
        menu="help",
        label=QT_TRANSLATE_NOOP("window", "&Keyboard shortcuts"),
    ),
    Command((), "", run="show_data", menu="help", label=QT_TRANSLATE_NOOP("window", "&Data…")),
    Command(
        (),
        "",
        run="show_whats_new",
        menu="help",
        label=QT_TRANSLATE_NOOP("window", "&What's new in the data…"),
    ),
    Command(
        (), "", run="show_about", menu="help", label=QT_TRANSLATE_NOOP("window", "&About iomdesk")
    ),
    Command(
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("shortcuts", "Quit"),
        run="close",
        menu="file",
        label=QT_TRANSLATE_NOOP("window", "&Quit"),
        separated=True,
    ),
)
SEARCH_LABEL = QT_TRANSLATE_NOOP("tab", "&Search:")  # every tab's search field
SEARCH_HELP = QT_TRANSLATE_NOOP("shortcuts", "To the search field (its label's letter)")
MENUS = (
    ("file", QT_TRANSLATE_NOOP("window", "&File")),
    ("edit", QT_TRANSLATE_NOOP("window", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("window", "&View")),
    ("help", QT_TRANSLATE_NOOP("window", "&Help")),
)
THEMES = (
    ("system", QT_TRANSLATE_NOOP("window", "&System")),
    ("light", QT_TRANSLATE_NOOP("window", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("window", "&Dark")),
)


def alt_key(label: str) -> str:
    """The key a label's marked letter gives its field: '&Search:' -> 'Alt+S' ('' if none)."""
    marked = label.replace("&&", "").partition("&")[2]
    return f"Alt+{marked[0].upper()}" if marked else ""


def new_action(text: str, parent: QObject) -> QAction:
    """A QAction with this text, made as QAction(parent) and then given it: given a text
    first, PySide must tell QAction(text, parent) from QAction(icon, text, parent), and creates
    QIcon's Python class to do so (2 ms of every start, for icons no action has)."""
    action = QAction(parent)
    action.setText(text)
    return action


def commands(tabs: Sequence[Tab]) -> list[Command]:
    """COMMANDS with the tabs' in place: a key for each tab first; where the table says
    `tab_keys`, the keys each tab's view binds (for Help); where it says `tab_exports`, each
    tab's File > Export items (Contacts' vCards)."""
    shortcuts = tuple(tab.shortcut for tab in tabs)
    going = Command(
        shortcuts,
        ", ".join(tab.shown_title() for tab in tabs),  # already in the interface language
        run="show_tab_number",
        shown=f"{shortcuts[0]} … {shortcuts[-1]}" if len(shortcuts) > 2 else ", ".join(shortcuts),
        numbered=True,
    )
    listed = [going]
    for command in COMMANDS:
        if command.run == "labels":
            fields = ((SEARCH_LABEL, SEARCH_HELP), *(label for tab in tabs for label in tab.labels))
            listed += [
                Command((alt_key(translate("tab", text)),), help)
                for text, help in fields
                if alt_key(translate("tab", text))
            ]
        elif command.run == "tab_keys":
            listed += [Command(keys, text) for tab in tabs for keys, text in tab.keys]
        elif command.run == "tab_exports":
            listed += [
                Command((), "", run=f"{tab.key}:{e.name}", menu="file", label=e.label)
                for tab in tabs
                for e in tab.exports
            ]
        else:
            listed.append(command)
    return listed


def install(
    window: QMainWindow, handlers: dict[str, Callable], tabs: Sequence[Tab]
) -> dict[str, QAction]:
    """The menu bar and the window's shortcuts, from COMMANDS and the tabs; the menu actions
    by handler. A tab's export runs handlers["tab_export"](tab key, export name)."""
    menus: dict[str, QMenu] = {
        name: window.menuBar().addMenu(translate("window", title)) for name, title in MENUS
    }
    actions: dict[str, QAction] = {}
    for command in commands(tabs):
        if not command.run:
            continue  # bound by the tabs
        if ":" in command.run:  # a tab's export: 'contacts:export_vcards'
            key, name = command.run.split(":")
            handler = lambda k=key, n=name: handlers["tab_export"](k, n)  # noqa: E731
        else:
            handler = handlers[command.run]
        if not command.menu:
            for number, keys in enumerate(command.keys):
                shortcut = QShortcut(QKeySequence(keys), window)
                run = (lambda n=number, h=handler: h(n)) if command.numbered else handler
                shortcut.activated.connect(run)
            continue
        action = new_action(translate("window", command.label), window)
        if command.keys_elsewhere:  # shown after a tab, as Qt shows a bound key
            shown = QKeySequence(command.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{action.text()}\t{shown}")
            menus[command.menu].addAction(action)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            actions[command.run] = action
            continue
        action.setShortcuts([QKeySequence(k) for k in command.keys])
        if command.checkable:
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, run=handler: run())
        if command.separated:
            menus[command.menu].addSeparator()
        menus[command.menu].addAction(action)
        window.addAction(action)  # its keys work even where the menu bar is hidden
        actions[command.run] = action
    _add_themes(menus["view"], window, handlers["set_theme"], actions)
    return actions


def _add_themes(view_menu: QMenu, window: QMainWindow, set_theme, actions) -> None:
    """View > Theme: System, Light or Dark, one checked."""
    theme_menu = view_menu.addMenu(translate("window", "T&heme"))
    group = QActionGroup(window)
    current = theme.current_choice()
    for choice, label in THEMES:
        action = new_action(translate("window", label), window)
        action.setCheckable(True)
        action.setData(choice)
        action.setChecked(choice == current)
        action.triggered.connect(lambda _checked=False, c=choice: set_theme(c))
        group.addAction(action)
        theme_menu.addAction(action)
        actions[f"theme:{choice}"] = action


def shortcuts_html(tabs: Sequence[Tab]) -> str:
    """Help > Keyboard shortcuts: every command that has keys, in the table's order."""
    rows = "".join(
        f"<tr><td><b>{escape(translate('shortcuts', c.shown or ', '.join(c.keys)))}</b></td>"
        f"<td>{escape(translate('shortcuts', c.help))}</td></tr>"
        for c in commands(tabs)
        if c.keys
    )
    return f"<table cellspacing='6'>{rows}</table>"
