"""Screenshots of the real app under Xvfb for the README (make screenshots).

Needs Debian's xvfb, xdotool and imagemagick. Starts iomdesk on a private X screen, drives it
with the keyboard as a user would, and writes docs/*.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
APP = [str(ROOT / ".venv" / "bin" / "iomdesk")]


def start_xvfb() -> tuple[subprocess.Popen, str]:
    for number in range(140, 200):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, f":{number}"
            time.sleep(0.05)
        server.kill()
    sys.exit("make_screenshots: could not start Xvfb")


class Screen:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.app = subprocess.Popen(APP, env=env)
        self.window = ""
        for _ in range(200):
            found = self.run("xdotool", "search", "--onlyvisible", "--name", "IOM").split()
            if found:
                self.window = found[0]
                break
            time.sleep(0.05)
        if not self.window:
            self.app.kill()
            sys.exit("make_screenshots: the iomdesk window did not appear")
        time.sleep(0.5)
        self.run("xdotool", "windowfocus", "--sync", self.window)

    def run(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("xdotool", "key", "--clearmodifiers", key)
            time.sleep(0.2)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "30", text)
        time.sleep(0.4)

    def shot(self, name: str) -> None:
        time.sleep(0.3)
        self.run("import", "-window", self.window, str(DOCS / name))
        print("wrote", DOCS / name)

    def shot_with_popups(self, name: str) -> None:
        """The whole screen, cut to the window: popups are windows of their own."""
        time.sleep(0.3)
        geometry = self.run("xdotool", "getwindowgeometry", "--shell", self.window)
        size = dict(line.split("=") for line in geometry.split())
        crop = f"{size['WIDTH']}x{size['HEIGHT']}+{size['X']}+{size['Y']}"
        self.run("import", "-window", "root", "-crop", crop, str(DOCS / name))
        print("wrote", DOCS / name)

    def export(self, name: str) -> None:
        """File > Export picture…, typing the path into the save dialog."""
        target = DOCS / name
        target.unlink(missing_ok=True)
        self.keys("ctrl+shift+e")
        time.sleep(1.5)  # the first file dialog takes a while to build
        self.keys("ctrl+a")
        self.type(str(target))
        self.keys("Return")
        for _ in range(50):
            if target.exists():
                print("wrote", target)
                return
            time.sleep(0.1)
        sys.exit(f"make_screenshots: exporting {name} wrote nothing")


def main() -> int:
    server, display = start_xvfb()
    home = tempfile.mkdtemp(prefix="iomdesk-shots-")
    env = dict(os.environ, DISPLAY=display, HOME=home, LANG="en_US.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    try:
        screen = Screen(env)
        screen.shot("leadership.png")
        screen.keys("ctrl+2")
        screen.type("isaacs")
        screen.keys("Down")
        screen.shot("elections.png")
        screen.keys("ctrl+3")
        screen.type("peace")
        screen.keys("Down")
        screen.shot("structure.png")
        screen.keys("ctrl+5")
        screen.type("un system")
        screen.keys("Down")
        screen.shot("history.png")  # before Contacts: its "Copied" message would show
        screen.keys("ctrl+6")
        screen.type("jordan")
        screen.keys("Down")
        screen.shot("countries.png")
        screen.keys("ctrl+4", "Down", "ctrl+a", "ctrl+c")
        screen.shot("contacts.png")
        screen.keys("ctrl+k")
        screen.type("prd")
        screen.shot_with_popups("everywhere.png")
        screen.keys("Escape")
        # The pictures last: an export's "Saved the picture to <path>" would show in the shots
        screen.keys("ctrl+1")
        screen.export("timeline.png")
        screen.keys("ctrl+2")
        screen.export("votes.png")
        screen.keys("ctrl+q")
        screen.app.wait(10)
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
