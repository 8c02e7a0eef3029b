"""Shared test set-up: offscreen Qt, the shipped store, a main window, leak checks."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: tests never need a screen, whoever runs them.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Nor the user's data folder: a pack there would change what every test sees.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="iomdesk-test-data-")
# Nor an iomdesk the user is running: a start the tests make would hand over to it and end.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="iomdesk-test-run-")

import pytest

from iomdesk.database import default_path
from iomdesk.store import Store


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """Each test reads and writes its own settings file, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("iomdesk")
    QCoreApplication.setApplicationName("iomdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def store() -> Store:
    return Store(default_path())


@pytest.fixture
def mail_calls():
    """Records the mailto: URLs the app asks to open; answers False (no mail client)."""
    calls: list[str] = []
    return calls


@pytest.fixture
def new_window(qtbot, store):
    """Makes another real window over the shipped data (a second run, say), shown."""
    from iomdesk.views.main_window import MainWindow

    def make():
        window = MainWindow(store, open_mail=lambda url: False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(qtbot, store, mail_calls):
    from iomdesk.views.main_window import MainWindow

    def no_mail_client(url: str) -> bool:
        mail_calls.append(url)
        return False

    win = MainWindow(store, open_mail=no_mail_client)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def no_leaked_windows(request):
    """A test that leaves a visible top-level widget behind (not given to qtbot) fails."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    owned = {id(ref()) for ref, _ in getattr(request.node, "qt_widgets", [])}
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in owned]
    for widget in leaked:
        widget.close()
    assert not leaked, f"top-level widgets left open: {leaked}"
