"""The running app's end of instance.py: a local socket that takes a later start's address.

A plain socket watched by a QSocketNotifier (QtCore): Qt's QLocalServer would bring QtNetwork,
and with it OpenSSL, into the bundle for a few lines of this."""

from __future__ import annotations

import _socket  # socket.py's enums cost 2 ms before the first paint; accept() needs it after
import logging
import os
from collections.abc import Callable
from pathlib import Path

from iomdesk import instance

log = logging.getLogger(__name__)


class InstanceServer:
    """Holds the socket at path once take() succeeds, and answers from serve() on: on_message
    gets each start's line. Qt only from serve() on: the socket is taken before a start
    imports Qt."""

    def __init__(self, path: Path, on_message: Callable[[str], None]) -> None:
        self.path = path
        self.on_message = on_message
        self._socket: _socket.socket | None = None
        self._notifier = None  # a QSocketNotifier, from serve() on
        self._inode: int | None = None

    def take(self) -> bool:
        """Take the socket, before the window is made, so that a start a moment later finds
        it and waits for the answer rather than making a second window: False when another
        app answers there, or the place cannot be used. A socket a crashed app left is taken
        over. Later starts are answered once serve() is called."""
        if instance.ours(self.path):
            probe = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
            try:
                probe.connect(str(self.path))
                return False  # another app listens (it ignores a connection with no line)
            except OSError:
                self.path.unlink(missing_ok=True)  # refused: left by an app that ended
            finally:
                probe.close()
        server = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        mask = os.umask(0o077)  # only this user may connect, wherever the socket lies
        try:
            server.bind(str(self.path))
            server.listen(8)
        except OSError as exc:
            server.close()
            log.info("no instance socket at %s: %s", self.path, exc.strerror)
            return False
        finally:
            os.umask(mask)
        server.setblocking(False)
        self._socket, self._inode = server, self.path.stat().st_ino
        return True

    def serve(self) -> None:
        """Answer later starts (those that came meanwhile wait in the socket's queue); needs
        the QApplication."""
        if self._socket is None or self._notifier is not None:
            return
        from PySide6.QtCore import QSocketNotifier

        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._accept)
        self._accept()  # a start may have come before the notifier
        log.debug("taking addresses from later starts at %s", self.path)

    def _accept(self) -> None:
        try:
            import socket

            descriptor, _ = self._socket._accept()  # what socket.socket.accept() wraps
            connection = socket.socket(fileno=descriptor)
        except OSError:  # taken by another wake-up, or closed
            return
        with connection:
            connection.settimeout(1.0)  # a start sends its line at once
            line = b""
            try:
                while not line.endswith(b"\n") and len(line) < instance.LONGEST_LINE:
                    chunk = connection.recv(4096)
                    if not chunk:
                        break
                    line += chunk
                if not line.endswith(b"\n"):
                    return  # a probe, or a start that gave up: nothing asked
                connection.sendall(instance.REPLY)
            except OSError:
                return
        self.on_message(line.decode("utf-8", errors="replace").strip())

    def close(self) -> None:
        """Stop listening and remove the socket, if it is still the one this app made."""
        if self._socket is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._socket.close()
        self._socket = None
        try:
            if self.path.stat().st_ino == self._inode:
                self.path.unlink()
        except OSError:
            pass
