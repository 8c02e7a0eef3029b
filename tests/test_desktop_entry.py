"""The freedesktop entry and icon: well-formed, and pointing at the installed command."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iomdesk import APP_ID

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "resources" / f"{APP_ID}.desktop"
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"


def desktop_entry() -> dict[str, str]:
    # Desktop files are not INI files with '%' interpolation, and their keys are case-sensitive.
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ENTRY, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def console_scripts() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {**project.get("scripts", {}), **project.get("gui-scripts", {})}


def test_required_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "iomdesk"
    assert entry["GenericName"]
    assert entry["Comment"]
    assert entry["Version"]
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_ID  # the window's class: QApplication's name
    assert entry["Icon"] == APP_ID
    # iomdesk: links open in the app (xdg-open iomdesk:unit/dhrr); %u hands the link over
    assert entry["MimeType"] == "x-scheme-handler/iomdesk;"
    assert entry["Categories"].endswith(";")
    assert entry["Keywords"].endswith(";")


def test_exec_runs_the_console_script():
    command = shlex.split(desktop_entry()["Exec"])[0]
    assert command == "iomdesk"
    assert command in console_scripts()


def test_icon_is_a_well_formed_svg():
    icon = desktop_entry()["Icon"]
    # a theme name (the app's id), not a path or a file name, so the icon theme finds it
    assert "/" not in icon and not icon.endswith((".svg", ".png"))
    path = ENTRY.with_name(f"{icon}.svg")
    assert path.is_file()
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NAMESPACE}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert path.stat().st_size < 3 * 1024
    assert "href" not in path.read_text(encoding="utf-8")  # no external references


def test_desktop_file_validate_is_silent():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""


def test_a_skipped_check_is_named_at_the_end_of_the_run(tmp_path):
    """A missing tool must not hide a check: the run's last lines say what was not checked."""
    (tmp_path / "test_needs_a_tool.py").write_text(
        "import pytest\n\n"
        "def test_with_a_tool():\n"
        "    pytest.skip('the-tool is not installed (Debian: the-tool-package)')\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "skips", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
    last = result.stdout.strip().splitlines()[-3:]
    assert any(
        "NOT CHECKED" in line and "the-tool is not installed (Debian: the-tool-package)" in line
        for line in last
    ), last


def test_the_makefile_and_the_bundle_s_installer_name_the_app_s_id():
    """The id is written three times: in iomdesk, in the Makefile and in the shell installer."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installer = (ROOT / "packaging" / "install-desktop").read_text(encoding="utf-8")
    assert f"APP_ID := {APP_ID}\n" in makefile
    assert f"\nid={APP_ID}  " in installer
