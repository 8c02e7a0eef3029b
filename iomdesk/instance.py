"""One window per user: a start hands its address to the window already running (no Qt).

The running app listens on a local socket (views/single_instance.py); a later start, with
no --db, connects, sends one line (the address to open, or nothing: come to the front), reads
"ok" and exits. No socket, or one left by an app that crashed, means there is none running.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

SOCKET_NAME = "iomdesk.socket"
REPLY = b"ok\n"
LONGEST_LINE = 4096  # bytes the running app reads of a start's line: a longer address is refused
WAIT_S = 2.0  # a running app that does not answer in this long is treated as not running


def socket_path(environ: os._Environ | dict[str, str] = os.environ) -> Path:
    """$XDG_RUNTIME_DIR/iomdesk.socket (a folder only this user can enter), else one in the
    temporary folder named by the user's id."""
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return Path(runtime) / SOCKET_NAME
    return Path("/tmp") / f"iomdesk-{os.getuid()}.socket"


def ours(path: Path) -> bool:
    """Whether a socket is there, and this user's (not another user's, in /tmp)."""
    try:
        status = path.lstat()
    except OSError:
        return False
    return stat.S_ISSOCK(status.st_mode) and status.st_uid == os.getuid()


def hand_over(message: str, path: Path | None = None, wait_s: float = WAIT_S) -> bool:
    """Give the message to the app running for this user; False when none answers (then
    this start opens its own window). One stat when none is running."""
    path = path or socket_path()
    if not ours(path):
        return False
    import socket  # only when a socket is there: not a cost of every start

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(wait_s)
            connection.connect(str(path))
            connection.sendall(message.replace("\n", " ").encode("utf-8") + b"\n")
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < 64:
                chunk = connection.recv(64)
                if not chunk:
                    break
                reply += chunk
    except OSError:  # refused (a crashed app's socket), timed out, gone meanwhile
        return False
    return reply == REPLY
