"""install-desktop: the menu entry, icons, metainfo and man page for one user, the entry
pointing at the unpacked folder."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

APP_ID = "org.iomdesk.iomdesk"  # iomdesk.APP_ID (the bundle's tests import no iomdesk)
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def entry_of(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unescape_string(value: str) -> str:
    """A desktop entry string value as a program reads it (\\s, \\n, \\t, \\r, \\\\)."""
    out, chars = [], iter(value)
    for char in chars:
        out.append(STRING_ESCAPES.get(next(chars, ""), "") if char == "\\" else char)
    return "".join(out)


def exec_program(value: str) -> str:
    """The program of an Exec value, per the spec: string escapes first, then quoting."""
    text = unescape_string(value)
    if not text.startswith('"'):
        return text.split()[0].replace("%%", "%")
    program, chars = [], iter(text[1:])
    for char in chars:
        if char == '"':
            break
        program.append(next(chars) if char == "\\" else char)
    return "".join(program).replace("%%", "%")


def install(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(folder / "install-desktop"), *args], env=env, capture_output=True, text=True
    )


def user_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {"PATH": os.environ["PATH"], "HOME": str(home), **extra}


def validate(entry: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def installed_files(data: Path) -> list[Path]:
    hicolor = data / "icons" / "hicolor"
    return [
        data / "applications" / f"{APP_ID}.desktop",
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        *(hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in SIZES),
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "man" / "man1" / "iomdesk.1",
    ]


def test_installs_for_this_user_under_xdg_data_home_and_uninstalls(bundle, tmp_path):
    data = tmp_path / "my data"
    env = user_env(tmp_path, XDG_DATA_HOME=str(data))
    old = data / "applications" / "iomdesk.desktop"  # an install from before the app's id
    old.parent.mkdir(parents=True)
    old.write_text("[Desktop Entry]\n")
    done = install(bundle, env)
    assert done.returncode == 0, done.stderr
    entry, icon, *pngs, metainfo, manual = installed_files(data)
    shipped = bundle / "_internal" / "iomdesk" / "resources"
    assert icon.read_bytes() == (shipped / f"{APP_ID}.svg").read_bytes()
    for png in pngs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert metainfo.read_bytes() == (shipped / f"{APP_ID}.metainfo.xml").read_bytes()
    assert manual.read_bytes() == (shipped / "iomdesk.1").read_bytes()
    assert not old.exists()  # one entry, not two
    values = entry_of(entry)
    assert exec_program(values["Exec"]) == str(bundle / "iomdesk")
    assert values["Exec"].endswith(" %u")  # a link handed to it (x-scheme-handler/iomdesk)
    assert unescape_string(values["TryExec"]) == str(bundle / "iomdesk")
    assert values["Icon"] == APP_ID == values["StartupWMClass"]
    shipped_values = entry_of(shipped / f"{APP_ID}.desktop")
    assert {k: v for k, v in values.items() if k not in ("Exec", "TryExec")} == {
        k: v for k, v in shipped_values.items() if k != "Exec"
    }
    validate(entry)
    assert not (tmp_path / "home" / ".local").exists()  # XDG_DATA_HOME was respected

    done = install(bundle, env, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not any(path.exists() for path in installed_files(data))


def test_without_xdg_data_home_it_is_home_s_local_share(bundle, tmp_path):
    env = user_env(tmp_path)
    assert install(bundle, env).returncode == 0
    share = tmp_path / "home" / ".local" / "share"
    assert all(path.is_file() for path in installed_files(share))
    assert install(bundle, env, "--uninstall").returncode == 0
    assert not any(path.exists() for path in installed_files(share))


def test_a_folder_name_that_needs_quoting(bundle, tmp_path):
    """Spaces, quotes, a dollar, a backslash and a percent sign survive into Exec."""
    folder = tmp_path / 'we$ird "name" \\ 100% à'
    resources = folder / "_internal" / "iomdesk" / "resources"
    resources.mkdir(parents=True)
    shipped = bundle / "_internal" / "iomdesk" / "resources"
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.svg", f"{APP_ID}.metainfo.xml", "iomdesk.1"):
        shutil.copyfile(shipped / name, resources / name)
    for name in ("iomdesk", "install-desktop"):
        shutil.copy2(bundle / name, folder / name)
    env = user_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "data"))
    done = install(folder, env)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    assert exec_program(entry_of(entry)["Exec"]) == str(folder / "iomdesk")
    validate(entry)


def test_unknown_option_is_refused(bundle, tmp_path):
    done = install(bundle, user_env(tmp_path), "--frobnicate")
    assert done.returncode == 2 and "usage" in done.stderr
