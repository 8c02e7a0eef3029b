"""One window per user (instance.py, views/single_instance.py): a second start, a real
process, hands its address to the window running here and ends."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from iomdesk import app, instance
from iomdesk.views import main_window
from iomdesk.views.single_instance import InstanceServer

ROOT = Path(__file__).resolve().parent.parent


def test_the_socket_is_in_the_user_s_runtime_folder_else_named_by_the_user(tmp_path):
    assert instance.socket_path({"XDG_RUNTIME_DIR": str(tmp_path)}) == tmp_path / "iomdesk.socket"
    by_user = Path("/tmp") / f"iomdesk-{os.getuid()}.socket"
    assert instance.socket_path({}) == by_user
    assert instance.socket_path({"XDG_RUNTIME_DIR": "relative"}) == by_user
    assert instance.socket_path({"XDG_RUNTIME_DIR": str(tmp_path / "gone")}) == by_user


def stale_socket(path: Path) -> Path:
    """What an app that crashed leaves: a socket file nobody listens on."""
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(path))
    left.close()
    return path


def test_with_no_app_running_a_start_opens_its_own_window(tmp_path):
    path = tmp_path / "iomdesk.socket"
    assert not instance.hand_over("", path)  # no socket
    assert not instance.hand_over("", stale_socket(path))  # refused
    path.unlink()
    path.write_text("not a socket")
    assert not instance.hand_over("", path)


@pytest.fixture
def serving(window, tmp_path, monkeypatch):
    """The window, taking addresses at a socket of its own as the app takes them."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    main_window.OPEN_WINDOWS[:] = [window]
    server = InstanceServer(instance.socket_path(), app.open_in_newest_window)
    assert server.take()
    server.serve()
    yield window
    server.close()
    assert not (tmp_path / "iomdesk.socket").exists()  # removed when the app ends


def second_start(qtbot, *args: str) -> subprocess.CompletedProcess:
    """`iomdesk ARGS` as a user starts it, while this window runs (the test's event loop
    must run meanwhile: the window answers from it)."""
    started = subprocess.Popen(
        [sys.executable, "-m", "iomdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    qtbot.waitUntil(lambda: started.poll() is not None, timeout=30_000)
    out, err = started.communicate()
    return subprocess.CompletedProcess(started.args, started.returncode, out, err)


def test_a_second_start_hands_its_address_to_the_running_window_and_ends(qtbot, serving):
    done = second_start(qtbot, "iomdesk:unit/dhrr")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    structure = serving.tab("structure")
    qtbot.waitUntil(lambda: serving.tabs.currentWidget() is structure)
    assert structure.unit_at(structure.view.currentIndex()).id == "dhrr"


def test_an_address_no_row_has_is_said_in_the_running_window(qtbot, serving):
    serving.ensure_tabs()
    assert second_start(qtbot, "iomdesk:unit/nope").returncode == 0
    said = "No row of this data has the address iomdesk:unit/nope."
    qtbot.waitUntil(lambda: serving.statusBar().currentMessage() == said)


def test_a_start_with_no_address_brings_the_window_forward_and_moves_nothing(qtbot, serving):
    heard: list[str] = []
    serving.open_address = heard.append
    assert second_start(qtbot).returncode == 0
    qtbot.waitUntil(lambda: heard == [""])


def test_an_argument_that_is_no_address_is_a_usage_error_and_no_hand_over(qtbot, serving):
    heard: list[str] = []
    serving.open_address = heard.append
    done = second_start(qtbot, "dhrr")
    assert done.returncode == app.EXIT_USAGE
    assert (
        done.stderr
        == "iomdesk: 'dhrr' is not the address of a row (iomdesk:unit/dhrr, for example)\n"
    )
    assert heard == []


def test_a_socket_a_crashed_app_left_is_taken_over(qtbot, window, tmp_path):
    path = stale_socket(tmp_path / "iomdesk.socket")
    heard: list[str] = []
    server = InstanceServer(path, heard.append)
    assert server.take()
    server.serve()
    answered: list[bool] = []
    client = threading.Thread(target=lambda: answered.append(instance.hand_over("x", path)))
    client.start()
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    client.join()
    assert answered == [True] and heard == ["x"]
    server.close()


def test_of_two_apps_started_at_once_the_second_leaves_the_first_its_socket(qtbot, tmp_path):
    path = tmp_path / "iomdesk.socket"
    heard: list[str] = []
    first, second = InstanceServer(path, heard.append), InstanceServer(path, heard.append)
    assert first.take()
    first.serve()
    assert not second.take()  # the first answers: it keeps the socket
    qtbot.wait(100)
    assert heard == []  # and the second's look at it asked nothing of the first
    second.close()
    assert path.exists()
    first.close()
    assert not path.exists()


def test_a_start_with_an_address_opens_on_its_row_and_then_answers_later_starts(
    qtbot, store, tmp_path, monkeypatch
):
    """What app.main does with the window it makes (its event loop is the test's here)."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    window = main_window.MainWindow(store, open_mail=lambda url: False)
    qtbot.addWidget(window)
    server = app.take_socket()
    assert server is not None
    app.answer_later_starts(window, "iomdesk:election/dg-2023", server)
    window.show()
    qtbot.waitUntil(lambda: server._notifier is not None)  # answering since the first paint
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)  # once the tabs have their rows
    elections = window.tab("elections")
    assert window.tabs.currentWidget() is elections
    assert elections.object_at(elections.view.currentIndex()).id == "dg-2023"
    main_window.OPEN_WINDOWS[:] = [window]
    assert second_start(qtbot, "iomdesk:country/lbn").returncode == 0
    countries = window.tab("countries")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is countries)
    server.close()


def test_sigterm_closes_the_window_as_quit_does_its_place_kept_and_its_socket_removed(tmp_path):
    """A logout or `kill`: the app ends with status 0, having saved what it saves on Ctrl+Q
    and removed its socket (else the next start would find a dead one)."""
    import signal

    runtime, config = tmp_path / "run", tmp_path / "config"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(config)}
    started = subprocess.Popen(
        [sys.executable, "-m", "iomdesk"], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True
    )
    socket_file = runtime / instance.SOCKET_NAME
    deadline = time.monotonic() + 30
    while not socket_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert socket_file.exists(), "the app never took its socket"
    assert instance.hand_over("", socket_file, wait_s=30), "the window never answered"
    started.send_signal(signal.SIGTERM)  # once it is painted and answering
    _, err = started.communicate(timeout=30)
    assert started.returncode == 0 and "Traceback" not in err
    assert not socket_file.exists()
    saved = (config / "iomdesk" / "org.iomdesk.iomdesk.conf").read_text(encoding="utf-8")
    assert "geometry" in saved  # the window's place, as closing it keeps it


def test_an_address_too_long_for_the_running_window_is_a_usage_error(qtbot, serving):
    """The running window reads 4 KiB of a start's line: a longer address would find no
    answer and open a second window, so it is refused first."""
    heard: list[str] = []
    serving.open_address = heard.append
    done = second_start(qtbot, "iomdesk:unit/" + "a" * 5000)
    assert done.returncode == app.EXIT_USAGE
    assert done.stderr == "iomdesk: that address is too long to be a row's (5013 characters)\n"
    assert heard == []


def test_two_starts_at_once_make_one_window(tmp_path):
    """A double click starts two: the one that takes the socket (before it makes its window)
    keeps going; the other hands its address over once that window is up, and ends with 0."""
    runtime, config = tmp_path / "run", tmp_path / "config"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(config)}
    starts = [
        subprocess.Popen([sys.executable, "-m", "iomdesk", address], env=env, cwd=ROOT)
        for address in ("iomdesk:unit/dhrr", "iomdesk:unit/prd")
    ]
    try:
        deadline = time.monotonic() + 30
        while all(p.poll() is None for p in starts) and time.monotonic() < deadline:
            time.sleep(0.05)
        ended = [p for p in starts if p.poll() is not None]
        assert len(ended) == 1 and ended[0].returncode == 0
        time.sleep(1)  # and the other stays
        assert sum(p.poll() is None for p in starts) == 1
    finally:
        for start in starts:
            start.terminate()
            start.wait(timeout=30)
