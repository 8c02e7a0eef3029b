"""A page of text in its own window: Help's shortcuts, About, a milestone or a figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QDialog, QWidget


def show_page(
    parent: QWidget,
    title: str,
    html: str,
    width: int,
    height: int,
    modal: bool = True,
    follow: Callable[[str], None] | None = None,
    actions: Sequence[tuple[str, Callable[[], None], bool]] = (),
) -> QDialog:
    """A scrollable, closable page (the sources list is long). A link goes to `follow` (the
    window's, which opens it or copies it when no browser answers), else to the browser.
    `actions`: buttons beside Close, (text, what it does, enabled); a modal page closes first,
    then the button's action runs."""
    # Imported here: importing a Qt class makes its Python enums, which the first paint
    # does not need (startup pays for every one; see make profile).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    browser = QTextBrowser()
    if follow is None:
        browser.setOpenExternalLinks(True)
    else:
        browser.setOpenLinks(False)
        browser.anchorClicked.connect(lambda url: follow(url.toString()))
    browser.setHtml(html)
    browser.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    chosen: list[Callable[[], None]] = []
    for text, action, enabled in actions:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setEnabled(enabled)
        button.clicked.connect(lambda _=False, run=action: (chosen.append(run), dialog.accept()))
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(width, height)
    if not modal:
        dialog.show()
        return dialog
    dialog.exec()
    parent.activateWindow()  # without a window manager, focus would stay nowhere
    for run in chosen:
        run()
    return dialog
