"""The AppStream metainfo, resources/<APP_ID>.metainfo.xml: valid, and saying what the app is."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iomdesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"


def test_appstreamcli_validates_it_without_a_network():
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [validator, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_it_names_the_app_s_id_entry_command_and_this_version():
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert (ROOT / "resources" / f"{APP_ID}.desktop").is_file()
    assert component.findtext("provides/binary") == "iomdesk"
    assert component.findtext("provides/mediatype") == "x-scheme-handler/iomdesk"
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases[0] == __version__  # the newest first: this one
    assert component.find("content_rating") is not None
