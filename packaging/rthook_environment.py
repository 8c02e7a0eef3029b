"""Runtime hook: programs the bundled app starts get the user's library path, not the bundle's.

PyInstaller's launcher restarts itself with LD_LIBRARY_PATH set to the bundle's folder, so
that Python's modules find the bundled SQLite and Qt. The dynamic linker read that path when
this process started and keeps it; the environment is what children inherit. xdg-open, and
the mail client it starts for a mailto: link, must load the system's own libraries.
"""

import os


def _restore_library_path() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


_restore_library_path()
