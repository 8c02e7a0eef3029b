"""Translations: every interface string has French and Spanish, and the .qm files are current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def test_committed_sources_match_the_code(tmp_path):
    """A string added to the code and not to the .ts files fails here: run make translations."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "iomdesk").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    for language in LANGUAGES:
        in_ts = set(messages(FOLDER / f"iomdesk_{language}.ts"))
        assert in_code - in_ts == set(), f"not in iomdesk_{language}.ts"
        assert in_ts - in_code == set(), f"stale in iomdesk_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    placeholder = re.compile(r"\{[a-z_]+\}")
    for (context, source), translation in messages(FOLDER / f"iomdesk_{language}.ts").items():
        where = f"{language} {context}: {source!r}"
        assert translation is not None and translation.get("type") is None, where
        text = translation.text or ""
        assert text.strip(), where
        assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), where
        if re.search(r"&\w", source):
            assert len(re.findall(r"&\w", text)) == 1, f"{where}: one accelerator"


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_qm_is_built_from_the_ts(tmp_path, language):
    fresh = tmp_path / f"iomdesk_{language}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(FOLDER / f"iomdesk_{language}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
    )
    assert fresh.read_bytes() == (FOLDER / f"iomdesk_{language}.qm").read_bytes()
