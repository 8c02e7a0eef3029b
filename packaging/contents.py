"""What the Linux bundle keeps of a PyInstaller build: read by iomdesk.spec and by tests_bundle."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules the app never imports, though the standard library names them in code it
# never runs (or runs without them: shutil without bz2 and lzma, decimal without _decimal,
# pickle without _pickle, hashlib with its built-in hashes instead of OpenSSL's).
# tests_bundle/test_contents.py imports every module iomdesk names, with these blocked.
EXCLUDED_MODULES = (
    "PySide6.QtNetwork",  # named by PySide6's __init__; pulls in OpenSSL and the tls plugins
    "PySide6.QtDBus",  # the Python binding only: Qt's own libQt6DBus stays (QtGui needs it)
    "_bz2",
    "_lzma",
    "_decimal",
    "_pickle",
    "_hashlib",
    "_ssl",
    "_ctypes",
    "_uuid",  # uuid4() reads os.urandom; _uuid only serves uuid1()
    "_multibytecodec",  # and the CJK codecs below: the app reads and writes UTF-8 only
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "xmlrpc",
    "http.server",
)

# Qt plugins kept, by folder and file name under PySide6/Qt/plugins. The rest are for
# embedded screens (eglfs, linuxfb, vnc, evdev), QML, networking or image formats the app
# never opens.
KEPT_QT_PLUGINS = {
    # xcb for X11 desktops, wayland for Wayland ones, offscreen for tests and `make bench`.
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"},
    # The desktop's dialogs and colour scheme (GNOME through GTK 3; portals in sandboxes).
    "platformthemes": {"libqgtk3.so", "libqxdgdesktopportal.so"},
    # Dead keys and compose sequences; IBus, the input method GNOME uses.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # The window and menu icon is an SVG.
    "iconengines": {"libqsvgicon.so"},
    "imageformats": {"libqsvg.so"},
    # OpenGL on X11, should a style or driver ask for it (small; Qt's deployment notes list it).
    "xcbglintegrations": {"libqxcb-glx-integration.so", "libqxcb-egl-integration.so"},
    # Wayland: the shell every compositor speaks, window decorations for compositors that
    # leave them to the client (GNOME), and EGL buffers.
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libbradient.so", "libadwaita.so"},
    "wayland-graphics-integration-client": {"libqt-plugin-wayland-egl.so"},
}

# Qt's own translations for the standard dialogs: the app loads qtbase_<lang> for French and
# Spanish (languages.install_translations); English needs none.
KEPT_QT_TRANSLATIONS = {"qtbase_fr.qm", "qtbase_es.qm"}

# Libraries from the build machine's system that the bundle carries: SQLite, because the
# data needs 3.37 or newer and the user's may be older; zlib, which Python itself needs to
# read its bundled modules. Every other system library (X11, xcb, Wayland, GL, fontconfig,
# glib, D-Bus, libstdc++) comes from the user's system, as it does for the wheel: a copy from
# the build machine can clash with the user's graphics drivers and desktop.
KEPT_SYSTEM_LIBRARIES = {"libsqlite3.so.0", "libz.so.1"}

QT_PREFIX = PurePosixPath("PySide6/Qt")


def keep_data(destination: str) -> bool:
    """Data files: all of iomdesk's; of Qt's translations only those the app loads."""
    path = PurePosixPath(destination)
    if path.parent == QT_PREFIX / "translations":
        return path.name in KEPT_QT_TRANSLATIONS
    return True


def keep_binary(destination: str, source: str, own_prefixes: Iterable[str]) -> bool:
    """A library or extension module: Python's (libpython, the standard library's), the build
    venv's packages' (PySide6, shiboken6), or one of KEPT_SYSTEM_LIBRARIES; a Qt plugin only
    if KEPT_QT_PLUGINS has it."""
    path = PurePosixPath(destination)
    plugins = QT_PREFIX / "plugins"
    if path.is_relative_to(plugins):
        folder = path.relative_to(plugins).parts[0]
        return path.name in KEPT_QT_PLUGINS.get(folder, set())
    if any(source.startswith(prefix) for prefix in own_prefixes):
        return True
    return path.name.startswith("libpython") or path.name in KEPT_SYSTEM_LIBRARIES


def needed_closure(
    roots: Iterable[str], bundled: dict[str, str], needs: Callable[[str], Iterable[str]]
) -> set[str]:
    """The bundled libraries that the roots need, directly or through each other.

    bundled maps a library's file name to its source path; needs(source) lists the names
    its ELF header asks for. A library that only a left-out plugin needed is not reached.
    """
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        source = todo.pop()
        for name in needs(source):
            name = PurePosixPath(name).name
            if name in bundled and name not in reached:
                reached.add(name)
                todo.append(bundled[name])
    return reached
