"""Which data the window shows: File > Open data file, a .sqlite dropped on the window, Help >
Data and Help > What's new in the data. A file is checked before anything of it is shown; the
window is then made again on the data chosen, and the old one closes once the new one is up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from iomdesk import about_data, changes, packs
from iomdesk.database import StoreError, default_path
from iomdesk.i18n import translate
from iomdesk.store import Store
from iomdesk.views.dialogs import show_page

if TYPE_CHECKING:
    from concurrent.futures import Future

    from iomdesk.views.main_window import MainWindow


class DataFiles:
    """The window's data commands; `folder` is the data folder (packs.data_folder())."""

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        self.window = window
        self.folder = folder or packs.data_folder()
        self._comparison: Future | None = None  # the compare with the shipped data, at start

    # -- File > Open data file, and a dropped file --------------------------------------------

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("data", "Open data file"),
            str(Path.home()),
            translate("data", "iomdesk data (*.sqlite);;All files (*)"),
        )
        if chosen:
            self.offer(Path(chosen))

    def offer(self, path: Path) -> None:
        """Check the file; say what it is; open it for now, or use it from now on."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        window = self.window
        try:
            info = packs.read_info(path)
            packs.verify(path)
        except StoreError as error:
            self._refuse(path, error.sentence)
            return
        start = self.at_start()
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("data", "Open data file"), "", parent=window
        )
        box.setObjectName("offer-data")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_data.offer_html(info, window.declared, start))
        open_now = box.addButton(translate("data", "&Open"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(
            translate("data", "&Use from now on"), QMessageBox.ButtonRole.AcceptRole
        )
        newer = about_data.start_would_choose(info, start)
        keep.setEnabled(newer)  # else a start would not choose it: the text says why
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep if newer else open_now)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_now:
            self.switch(path, packs.Choice(path, info.release, False, []))
        elif clicked is keep:
            try:
                installed = packs.install(path, self.folder)
            except StoreError as error:  # changed since it was checked
                self._refuse(path, error.sentence)
                return
            except OSError as error:
                self._refuse(
                    path,
                    translate("data", "It could not be copied into {folder}: {error}").format(
                        folder=self.folder, error=error.strerror or error
                    ),
                )
                return
            # The window shows what was installed, as a start would now choose it; should a
            # start choose another (a newer pack copied in meanwhile), the status line says so.
            start = packs.choose(self.folder, default_path())
            others = [s for s in start.skipped if s.path != installed]
            new = self.switch(installed, packs.Choice(installed, info.release, True, others))
            if new is not None and start.path != installed:
                said = translate("data", "A start will use {name} instead: it is newer.")
                new.when_loaded(lambda: new.show_status(said.format(name=start.path.name)))

    def at_start(self) -> packs.Choice:
        """What a start would use now, with its release (the shipped one's too)."""
        start = packs.choose(self.folder, default_path())
        return start if start.from_folder else start._replace(release=self.shipped_release())

    def _refuse(self, path: Path, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = translate("data", "{name} cannot be used: {reason}").format(
            name=path.name, reason=reason
        )
        self.window.show_status(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("data", "Open data file"), text, parent=self.window
        )
        box.setObjectName("refused-data")
        box.setInformativeText(str(path))
        box.exec()

    @staticmethod
    def dropped_file(mime) -> Path | None:
        """The first local .sqlite file a drag carries, if any."""
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().endswith(packs.PACK_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def drop(self, path: Path, mime=None) -> None:
        others = [u for u in mime.urls() if u.toLocalFile() != str(path)] if mime else []
        if others:  # one file at a time: which one is offered
            said = translate(
                "data", "One file at a time: {name} is offered, not the others dropped with it."
            )
            self.window.show_status(said.format(name=path.name))
        # After the drop event has returned: a modal dialog inside it would hold the drag.
        QTimer.singleShot(0, self.window, lambda: self.offer(path))

    # -- opening data: a new window ------------------------------------------------------------

    def switch(self, path: Path, choice: packs.Choice | None) -> MainWindow | None:
        """The window made again on this file; the old one closes. None if it cannot open."""
        from iomdesk.views.main_window import MainWindow

        old = self.window
        try:
            store = Store(path)
        except StoreError as error:
            self._refuse(path, error.sentence)
            return None
        old.save_state()  # the new window opens where the old one was, on the same tab
        new = MainWindow(store, old.open_mail, data=choice)
        new.setGeometry(old.geometry())
        new.show()
        old.close()
        old.deleteLater()
        new.activateWindow()  # without a window manager, focus would stay nowhere
        return new

    def shipped_release(self) -> str:
        try:
            return packs.read_info(default_path()).release
        except StoreError:
            return ""

    # -- Help > Data, Help > What's new in the data -------------------------------------------

    def show_data(self) -> None:
        window = self.window
        html = about_data.data_html(
            window.store, window.data, self.folder, default_path(), window.declared
        )
        show_page(
            window,
            translate("data", "Data"),
            html,
            720,
            560,
            actions=[
                (translate("data", "Open data &file…"), self.open_dialog, True),
                (
                    translate("data", "Use the &shipped data"),
                    self.use_shipped,
                    window.store.path != default_path(),
                ),
            ],
        )

    def use_shipped(self) -> None:
        """Back to the data this version ships; from a pack, also for the next starts."""
        data = self.window.data
        not_noted = ""
        if data is not None and data.from_folder:
            try:
                packs.choose_shipped(self.folder)
            except OSError as error:  # this session only, then
                not_noted = translate(
                    "data", "Could not note the choice in {folder}: {error}"
                ).format(folder=self.folder, error=error.strerror or error)
        # The packs passed over, as a start would see them now; the window's data is the
        # shipped file whatever a start would choose (the status line says if not noted).
        start = packs.choose(self.folder, default_path())
        skipped = list(start.skipped)
        if start.from_folder:  # the choice could not be noted: the next start takes it
            skipped.append(packs.Skipped(start.path, not_noted))
        choice = packs.Choice(default_path(), self.shipped_release(), False, sorted(skipped))
        new = self.switch(default_path(), choice)
        if new is not None and not_noted:
            new.when_loaded(lambda: new.show_status(not_noted))  # after the tabs' summary

    def whats_new(self) -> None:
        window = self.window
        found = self.changes_from_shipped()
        html = about_data.whats_new_html(
            found, window.declared, window.store.meta.get("release", ""), self.shipped_release()
        )
        show_page(
            window,
            translate("data", "What is new in the data"),
            html,
            720,
            560,
            follow=window.navigation.follow,
        )

    def changes_from_shipped(self) -> list[changes.RowChange] | str | None:
        """What differs from the shipped data: None for the shipped data itself, the reason
        when the two cannot be compared (the file in use changed on disk, say). The compare
        begun at start is waited for, not made twice."""
        comparison = self._comparison
        if comparison is None:  # none begun: the shipped data, or a file given with --db
            return _compare_with_shipped(self.window.store.path)
        if not comparison.done():
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                comparison.exception()  # waits
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._when_compared()
        return comparison.result()

    def mark_changed_rows(self) -> None:
        """Compare with the shipped data on a thread of its own (seconds for a pack of 100,000
        rows, which would freeze the window), then mark the rows that differ for their
        details ('Changed in …') and write again the details shown."""
        import threading
        from concurrent.futures import Future  # only for a pack: not a cost of every start

        path = self.window.store.path
        comparison = self._comparison = Future()

        def compare() -> None:
            try:
                comparison.set_result(_compare_with_shipped(path))
            except BaseException as error:  # said on the window's thread, by result()
                comparison.set_exception(error)

        # daemon: a quit does not wait for it
        threading.Thread(target=compare, name="compare-with-shipped", daemon=True).start()
        self._poll = QTimer(self.window)  # dies with the window, and so stops asking
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._when_compared)
        self._poll.start()

    def _when_compared(self) -> None:
        if not self._poll.isActive() or not self._comparison.done():
            return  # marked already, or still comparing
        self._poll.stop()
        found = self._comparison.result()
        if not isinstance(found, list) or not found:
            return  # a file that cannot be compared: What's new says why when asked
        store = self.window.store
        store.changed = {(c.table, c.row_id): c for c in found if c.kind != "removed"}
        store.changed_in = store.meta.get("release", "")
        for tab in self.window.all_tabs():
            current = tab.view.currentIndex()
            if current.isValid():
                tab.details.setHtml(tab.details_html(current))


def _compare_with_shipped(path: Path) -> list[changes.RowChange] | str | None:
    """The changes from the shipped data to this file, or why they cannot be told (no Qt:
    it runs on a thread of its own)."""
    if path == default_path():
        return None
    try:
        return changes.compare(default_path(), path)
    except StoreError as error:
        return error.sentence
