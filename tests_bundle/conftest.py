"""The bundle that make bundle built (dist/), unpacked into an empty folder as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))  # contents.py: what the bundle keeps


@pytest.fixture(scope="session")
def archive() -> Path:
    found = sorted((ROOT / "dist").glob("iomdesk-*-linux-*.tar.*"))
    if len(found) != 1:
        pytest.fail(f"expected one bundle in dist/ (make bundle builds it), found {found}")
    return found[0]


@pytest.fixture(scope="session")
def bundle(archive, tmp_path_factory) -> Path:
    """The unpacked folder (…/iomdesk), in a path with a space and an accent."""
    where = tmp_path_factory.mktemp("unpacked") / "Téléchargements à moi"
    where.mkdir()
    subprocess.run(["tar", "-xf", str(archive), "-C", str(where)], check=True)
    return where / "iomdesk"
