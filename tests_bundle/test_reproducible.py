"""Two builds of one commit give the same bundle: the same files, sizes and bytes."""

from __future__ import annotations

import hashlib
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_PYTHON = ROOT / "build" / "bundle-venv" / "bin" / "python"


def listing(archive: Path) -> list[str]:
    """'name size' for each member, as `find -printf '%P %s'` of the unpacked folder says."""
    with tarfile.open(archive) as tar:
        return sorted(f"{m.name} {m.size if m.isfile() else m.linkname}" for m in tar)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_build_is_the_same(archive, tmp_path):
    """make bundle built `archive`; build again elsewhere, from a fresh work folder."""
    subprocess.run(
        [
            str(BUILD_PYTHON),
            str(ROOT / "packaging" / "build.py"),
            f"--dist={tmp_path / 'dist'}",
            f"--work={tmp_path / 'work'}",
        ],
        check=True,
        capture_output=True,
        timeout=1200,
    )
    again = tmp_path / "dist" / archive.name
    assert listing(again) == listing(archive)
    assert digest(again) == digest(archive)  # the times, owners and order are fixed too
