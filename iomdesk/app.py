"""Start iomdesk: arguments, the data, the window; startup errors become one message."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from iomdesk import APP_ID, __version__, instance, packs
from iomdesk.database import StoreError, carries_stamp, check_file, default_path
from iomdesk.i18n import translate
from iomdesk.languages import LANGUAGES, install_translations
from iomdesk.links import row_link
from iomdesk.store import Store

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
SHOWN_PROBLEMS = 20  # --check lists this many broken rules, then says how many more
DIALOG_PROBLEMS = 8  # the error dialog, fewer: it must fit on a screen
COLLECT_AT_LATEST_MS = 5000  # the cycle collector resumes by then, painted or not
CARRIED_OVER = "settings/carried_over_from"  # the old settings file, once copied
log = logging.getLogger(__name__)


class _Stderr(logging.StreamHandler):
    """Writes to sys.stderr as it is when a record comes (tests swap it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("iomdesk: %(message)s"))

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def setup_logging(verbose: bool = False) -> None:
    """Every module's logger is under "iomdesk": warnings and errors to stderr, each line
    starting with 'iomdesk: '; with -v, what it does and how long it takes too."""
    root = logging.getLogger("iomdesk")
    if not any(isinstance(h, _Stderr) for h in root.handlers):
        root.addHandler(_Stderr())
        root.propagate = False
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)


def parse_args(argv: list[str]) -> argparse.Namespace:
    if not argv:  # the usual start, from a menu: argparse's first parse costs 6-7 ms
        return argparse.Namespace(
            address=None, db=None, check=False, changes=None, lang=None, verbose=False
        )
    return argument_parser().parse_args(argv)


def argument_parser() -> argparse.ArgumentParser:
    from iomdesk.tabs import TABS  # the registry: a new tab is named here with no edit

    titles = [tab.title.lower() for tab in TABS]
    parser = argparse.ArgumentParser(
        prog="iomdesk",
        description="An offline desktop reference about the International Organization for "
        f"Migration, one tab each: {', '.join(titles[:-1])} and {titles[-1]}.",
        epilog=f"Exit status: {EXIT_OK} normal, {EXIT_USAGE} bad arguments, {EXIT_DATABASE} the "
        f"database cannot be used, {EXIT_UNEXPECTED} unexpected error.",
    )
    parser.add_argument(
        "address",
        nargs="?",
        metavar="iomdesk:KIND/ID",
        help="open the window on this row (iomdesk:unit/dhrr, iomdesk:person/pope); a window "
        "already running is handed it, and this start ends",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="open this database file instead of the newest data pack or the shipped data",
    )
    parser.add_argument(
        "--check", action="store_true", help="check that the database opens, then exit"
    )
    parser.add_argument(
        "--changes",
        nargs=2,
        type=Path,
        metavar=("OLD", "NEW"),
        help="print the rows added, removed and changed from one data file to another, then exit",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language (default: the system's, if French or Spanish; else English)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="say on stderr what it does, with timings"
    )
    parser.add_argument("--version", action="version", version=f"iomdesk {__version__}")
    return parser


class ErrorReporter:
    """sys.excepthook while the window runs: a bug is logged, shown once, and survived.

    Qt calls Python slots, paint events and model methods from C++; an exception there
    reaches sys.excepthook and the event loop goes on. The traceback goes to the log; the
    dialog is posted to the event loop (never opened inside a paint event), one at a time.
    A database that fails after the window is up (a table read late, a file damaged while
    open) gets the same message as at startup, and the app ends with the database's status.
    """

    def __init__(self) -> None:
        self.showing = False
        self.stopping = False
        self.reported = 0
        self.pending = None  # a database error that came while another dialog was open

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.reported += 1
        if isinstance(exc, StoreError):
            if not self.stopping:  # the first read that failed says it; the app then ends
                self.stopping = True
                report_database_error(exc, check=False)  # the dialog lists what there is
                self._post(lambda: show_startup_error(exc), then_exit=EXIT_DATABASE)
            return
        log.error("unexpected error (a bug; please report it):", exc_info=(exc_type, exc, tb))
        self._post(lambda: self._warn(exc_type, exc))

    def _post(self, show, then_exit: int | None = None) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        application = QApplication.instance()
        if application is None:
            return
        if self.showing:
            if then_exit is not None:  # the database's word still comes, after the open one
                self.pending = (show, then_exit)
            return
        self.showing = True

        def run() -> None:
            try:
                show()
            finally:
                self.showing = False
                # Only once the dialog is closed: an exit() posted beside it would end the
                # dialog's own event loop too, and the message would vanish unread.
                if then_exit is not None:
                    application.exit(then_exit)
                elif self.pending is not None:
                    waiting, self.pending = self.pending, None
                    self._post(*waiting)

        QTimer.singleShot(0, run)

    @staticmethod
    def _warn(exc_type, exc) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None,
            translate("app", "iomdesk: unexpected error"),
            translate(
                "app",
                "Something went wrong inside iomdesk ({error}).\n\n"
                "iomdesk goes on working; the details were written to the terminal.",
            ).format(error=f"{exc_type.__name__}: {exc}"),
        )


def report_database_error(error: StoreError, check: bool) -> None:
    """The one 'iomdesk:' line; with --check, every broken rule under it (the first 20)."""
    log.error("%s (%s)", error.sentence, error.path)
    if check and error.problems:
        lines = [f"  {problem}" for problem in error.problems[:SHOWN_PROBLEMS]]
        if len(error.problems) > SHOWN_PROBLEMS:
            lines.append(f"  and {len(error.problems) - SHOWN_PROBLEMS} more")
        print("\n".join(lines), file=sys.stderr)


class Opening:
    """Opens the database: at once when the build checked it, else partly on a second thread.

    A file the build checked opens in a few milliseconds. Any other file is checked in full.
    SQLite's own check (quick_check, which reads every page: 52 ms for 100,000 contacts) runs
    on a second thread while the main one imports Qt, since SQLite lets go of Python's lock.
    The rules and the rows follow on the main thread: run beside the import, their many small
    queries took turns with it at Python's lock, and took four times as long.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._store: Store | None = None
        self._connection: sqlite3.Connection | None = None
        self._error: Exception | None = None
        self._thread: threading.Thread | None = None
        # The stamp's claim only (the file's size): Store compares its CRC-32, once. A claim
        # that the CRC then refutes gets the full checks inline, as a damaged file should.
        self.in_background = not carries_stamp(path or default_path())
        if not self.in_background:
            try:
                self._store = Store(path)
            except Exception as error:  # raised by store(), where a bad file is reported
                self._error = error
        else:
            self._thread = threading.Thread(
                target=self._check_file, name="check-database", daemon=True
            )
            self._thread.start()

    def _check_file(self) -> None:
        started = time.perf_counter()
        try:
            self._connection = check_file(self.path or default_path())
        except Exception as error:  # handed to the main thread, raised there
            self._error = error
        self.took = time.perf_counter() - started

    def store(self) -> Store:
        """The opened store; its StoreError (or bug) raised here, on the main thread."""
        if self._thread is not None:
            waiting = time.perf_counter()
            self._thread.join()
            self._thread = None
            log.debug(
                "file checked beside Qt's import in %.0f ms; the window waited %.0f ms for it",
                self.took * 1000,
                (time.perf_counter() - waiting) * 1000,
            )
        if self._error is not None:
            raise self._error
        if self._store is None:
            self._store = Store(self.path, checked_connection=self._connection)
        return self._store


def check(path: Path | None) -> int:
    """--check: open the database as the window would, read every row once, say what it holds."""
    try:
        store = Store(path, recheck=True)  # every check, even of a file the build checked
        summary = (
            f"iomdesk: {store.path} is a good database ({len(store.tenures)} posts held, "
            f"{len(store.units)} units, {len(store.contacts)} contacts)"
        )
    except StoreError as error:
        report_database_error(error, check=True)
        return EXIT_DATABASE
    print(summary)
    return EXIT_OK


def print_changes(old: Path, new: Path) -> int:
    """--changes OLD NEW: both files checked as the app checks a file, then what differs.

    A file whose rows break a rule is compared all the same (what changed may be what broke
    it), with a line on stderr that the app would not open it."""
    from iomdesk import changes

    broken: list[str] = []
    try:
        for path in (old, new):
            try:
                packs.verify(path)
            except StoreError as error:
                if not error.problems:  # not a database of ours, or damaged: nothing to compare
                    raise
                broken.append(
                    f"iomdesk: {path}: its rows break iomdesk's rules ({len(error.problems)}); "
                    f"compared all the same, but iomdesk will not open it (iomdesk --check "
                    f"--db {path} lists them)"
                )
        text = changes.report(old, new, packs.read_info(old).release, packs.read_info(new).release)
    except StoreError as error:
        report_database_error(error, check=False)
        return EXIT_DATABASE
    # A terminal or file that cannot hold an arrow or a name's accent gets '?' in its place.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `| head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # for exit's flush
        return EXIT_OK
    for line in broken:
        print(line, file=sys.stderr)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:  # --help, --version, or a usage error already printed
        return int(stop.code or 0)

    # make bench starts the app as users do, without arguments, and reads timings from the log
    setup_logging(args.verbose or bool(os.environ.get("IOMDESK_BENCH_PROBE")))
    if args.check:
        return check(args.db)
    if args.changes:
        return print_changes(*args.changes)
    if args.address and len(args.address.encode("utf-8")) >= instance.LONGEST_LINE:
        print(
            f"iomdesk: that address is too long to be a row's ({len(args.address)} characters)",
            file=sys.stderr,
        )
        return EXIT_USAGE  # the running window would not read it, and a second would open
    if args.address and row_link(args.address) is None:
        print(
            f"iomdesk: {args.address!r} is not the address of a row "
            "(iomdesk:unit/dhrr, for example)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    # One window per user: a later start hands its address to it (not with --db, which
    # asks for a window on another file). One stat when none is running.
    if not args.db and instance.hand_over(args.address or ""):
        log.info("handed %r to the iomdesk already running", args.address or "")
        return EXIT_OK
    server = None if args.db else take_socket()
    if not args.db and server is None and instance.hand_over(args.address or ""):
        log.info("handed %r to the iomdesk started a moment before", args.address or "")
        return EXIT_OK  # two starts at once (a double click): the first keeps the window
    try:
        return _run(args, server)
    finally:
        if server is not None:
            server.close()


def take_socket():
    """The socket later starts hand their address to, taken before the window is made; None
    when another start has it."""
    from iomdesk.views.single_instance import InstanceServer

    server = InstanceServer(instance.socket_path(), open_in_newest_window)
    return server if server.take() else None


def _run(args, server) -> int:
    """The window on the data chosen, until it closes; its exit status."""
    # --db overrides everything; else the newest good pack in the data folder, if any (one
    # directory listing when there is none)
    data = None if args.db else packs.choose(packs.data_folder(), default_path())
    opening = Opening(data.path if data and data.from_folder else args.db)  # beside Qt's load
    from PySide6.QtCore import QTimer

    spare_pyside_source_reading()
    from iomdesk.views.main_window import MainWindow

    try:
        try:
            store = opening.store()
        except StoreError as error:
            if not (data and data.from_folder):
                raise
            # The pack changed between its check and its opening: the shipped data instead.
            log.warning("data pack %s not used: %s", data.path, error.sentence)
            skipped = sorted([*data.skipped, packs.Skipped(data.path, error.sentence)])
            data = packs.Choice(default_path(), "", False, skipped)
            store = Opening(None).store()
    except StoreError as error:
        report_database_error(error, check=False)
        prepare_application(args.lang)  # the dialog in the user's language and theme
        show_startup_error(error)
        return EXIT_DATABASE

    app = prepare_application(args.lang)
    previous_hook = sys.excepthook
    sys.excepthook = ErrorReporter()
    try:
        window = MainWindow(store, data=data)
        window.when_painted(resume_collecting)
        # A window that does not paint (started minimised, or on a screen not shown) must
        # not leave the collector off for the whole run.
        QTimer.singleShot(COLLECT_AT_LATEST_MS, resume_collecting)
        if os.environ.get("IOMDESK_BENCH_PROBE") or os.environ.get("IOMDESK_SMOKE"):
            from iomdesk import probe  # for scripts that watch the app run (make bench, ...)

            watching = probe.attach(window)  # noqa: F841  (kept alive for the run)
        answer_later_starts(window, args.address, server)
        stop_watching = end_on_sigterm(app)
        window.show()
        try:
            status = app.exec()
        finally:
            stop_watching()
        from iomdesk.views.main_window import OPEN_WINDOWS

        for still_open in list(OPEN_WINDOWS):  # none, unless the app ends for a database error
            still_open.close()
        return status
    finally:
        sys.excepthook = previous_hook


def answer_later_starts(window, address: str | None, server) -> None:
    """The window opens on the start's address once every tab has its rows (so that the line
    it may say stays); with a server, it answers later starts from its first paint on (they
    wait in the socket's queue until then: answering is no part of showing the window)."""
    if address:
        window.when_loaded(lambda: window.open_address(address))
    if server is not None:
        window.when_painted(server.serve)


def end_on_sigterm(app) -> Callable[[], None]:
    """SIGTERM (a logout, `kill`, systemd stopping the session) closes the windows as Ctrl+Q
    does: their place is saved and the socket removed. Python runs a signal's handler only
    between bytecodes, which the Qt event loop does not reach on its own: the signal writes a
    byte into a socket pair that Qt watches. The returned function puts everything back (the
    tests run main() inside their own process)."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous_handler = signal.signal(signal.SIGTERM, lambda *_: None)  # the byte does it
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def terminated() -> None:
        try:
            woken = reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM in woken:  # the wake-up byte is the signal's number
            log.info("asked to end (SIGTERM): closing the windows")
            app.closeAllWindows()
            app.quit()

    notifier.activated.connect(terminated)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()

    return restore


def open_in_newest_window(address: str) -> None:
    """A later start's address (or nothing: come to the front), for the window shown last."""
    from iomdesk.views.main_window import OPEN_WINDOWS

    if OPEN_WINDOWS:
        OPEN_WINDOWS[-1].open_address(address)


def prepare_application(lang: str | None):
    """The QApplication with its names (QSettings reads them), translators and saved theme."""
    from PySide6.QtWidgets import QApplication

    from iomdesk.views import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The id names the window's class (X11), its desktop file (Wayland) and the settings
    # file, ~/.config/iomdesk/org.iomdesk.iomdesk.conf; those of ~/.config/iomdesk/iomdesk.conf,
    # before the id, are carried over once.
    app.setApplicationName(APP_ID)
    app.setOrganizationName("iomdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # resources/org.iomdesk.iomdesk.desktop
    carry_over_settings()
    log.debug("interface language: %s", install_translations(app, lang))
    theme.apply_theme(theme.current_choice())
    return app


def carry_over_settings() -> None:
    """Once: the settings kept under the app's old name, copied into the id's file (the old
    file is left as it was)."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if settings.value(CARRIED_OVER) is not None:
        return
    old = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "iomdesk", "iomdesk")
    if old.fileName() != settings.fileName():
        for key in old.allKeys():
            if not settings.contains(key):
                settings.setValue(key, old.value(key))
    settings.setValue(CARRIED_OVER, old.fileName())


def resume_collecting() -> None:
    """After the first paint (or COLLECT_AT_LATEST_MS), Python's cycle collector runs again
    (iomdesk.command.run held it off).

    What startup made is moved out of its sight first (gc.freeze): those objects live as long
    as the app, and a first collection over them all would cost 9-10 ms right after the
    paint. The few hundred cyclic leftovers of startup stay frozen with them. Where main() was
    called with the collector on (a test), nothing changes.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def spare_pyside_source_reading() -> None:
    """Tell PySide6 in advance what it would read every module's source file to learn.

    Once loaded, PySide6 reads the source of each module an import statement names (the first
    time it sees the name) and looks for the word "PySide6": only such a module may switch on
    its opt-in `__feature__` options (snake_case, true_property), which iomdesk never does.
    Our startup names about 55 modules after PySide6, and reading them cost 8-10 ms (1 ms in
    the bare window). The answers go in PySide6's own table beforehand. The table is private:
    where a PySide6 lacks it, nothing changes but the time.
    """
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    # -1, "ignore": what the scan finds for the standard library (its top-level names; a
    # submodule first named later is still read) and for what is loaded already. A module
    # loaded before iomdesk.app that says "PySide6" (a test's, a script's) would get 0 from
    # the scan; the two mean the same while no module switches a feature on.
    for name in (*sys.stdlib_module_names, *sys.modules):
        if not name.startswith("iomdesk"):
            table.setdefault(name, -1)
    # 0 for ours, "uses PySide6, no feature on", as the scan finds for the Qt ones. The bundle
    # keeps no sources: its folders may be missing, and its scans find nothing to read anyway.
    package = Path(__file__).parent
    for folder, name in (
        (package, "iomdesk"),
        (package / "models", "iomdesk.models"),
        (package / "tabs", "iomdesk.tabs"),
        (package / "views", "iomdesk.views"),
    ):
        table.setdefault(name, 0)
        if folder.is_dir():
            for entry in os.scandir(folder):
                if entry.name.endswith(".py"):
                    table.setdefault(f"{name}.{entry.name[:-3]}", 0)


def show_startup_error(error: StoreError) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iomdesk.records import capped

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    text = error.sentence
    if error.problems:
        shown = [capped(str(p), 300) for p in error.problems[:DIALOG_PROBLEMS]]
        more = len(error.problems) - len(shown)
        if more:
            shown.append(translate("app", "… and {count} more").format(count=more))
        text += "\n\n" + "\n".join(shown)
        import shlex  # here: the dialog is rare, and every start would import it

        command = f"iomdesk --check --db {shlex.quote(error.path)}"
        text += "\n\n" + translate("app", "To see them all: {command}").format(command=command)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("app", "iomdesk cannot open its data"),
        f"{text}\n\n" + translate("app", "File: {path}").format(path=error.path),
    )
    box.setObjectName("startup-error")
    box.exec()
