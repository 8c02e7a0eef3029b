"""make pack (devtools/pack.py): the pack, its stamp and its checksum, or one line and exit 1."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys

from badfiles import digest, good_copy, pack_copy

from devtools import pack
from iomdesk import packs
from iomdesk.database import checked_by_build, default_path

RELEASE = packs.read_info(default_path()).release
NAME = f"iomdesk-data-{RELEASE}.sqlite"


def test_the_pack_is_the_shipped_file_with_its_stamp_and_a_checksum_sha256sum_reads(
    tmp_path, capsys
):
    before = digest(default_path()), default_path().stat().st_mtime_ns
    assert pack.main(["--out-dir", str(tmp_path)]) == 0
    made = tmp_path / NAME
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, f"{NAME}.checked", f"{NAME}.sha256"]
    assert made.read_bytes() == default_path().read_bytes()
    assert checked_by_build(made)  # a start checks it with one CRC-32
    expected = hashlib.sha256(made.read_bytes()).hexdigest()
    assert (tmp_path / f"{NAME}.sha256").read_text() == f"{expected}  {NAME}\n"
    size = made.stat().st_size
    assert capsys.readouterr().out == f"pack {made} ({size} bytes), sha256 {expected}\n"
    assert (digest(default_path()), default_path().stat().st_mtime_ns) == before
    if shutil.which("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", f"{NAME}.sha256"], cwd=tmp_path, capture_output=True, text=True
        )
        assert checked.returncode == 0 and checked.stdout == f"{NAME}: OK\n"


def test_the_pack_is_one_the_app_chooses_from_its_data_folder(tmp_path, monkeypatch):
    # A copy with a newer release matches no CSV folder; the comparison has its own test below.
    monkeypatch.setattr(pack, "out_of_date", lambda *args: None)
    newer = pack_copy(tmp_path / "work", "built.sqlite", "2099.01.01")
    folder = tmp_path / "data"
    made = pack.make(newer, folder)
    assert packs.choose(folder, default_path()).path == made


def test_a_database_that_its_csv_files_no_longer_give_is_refused(tmp_path, capsys):
    edit = "UPDATE contacts SET email = 'x@iom.int'"
    edited = pack_copy(tmp_path, "edited.sqlite", RELEASE, edit)
    out = tmp_path / "dist"
    assert pack.main(["--db", str(edited), "--out-dir", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"pack: {edited} is out of date: run 'make db'\n"
    assert not out.exists()


def test_a_file_that_is_no_good_database_gets_the_app_s_sentence(tmp_path, capsys):
    broken = good_copy(tmp_path, "cut.sqlite")
    broken.write_bytes(broken.read_bytes()[:5000])
    out = tmp_path / "dist"
    assert pack.main(["--db", str(broken), "--out-dir", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pack: The database file is") and "Traceback" not in err
    assert not out.exists()


def test_an_out_dir_that_cannot_be_written_is_one_line(tmp_path, capsys):
    a_file = tmp_path / "dist"
    a_file.write_text("not a folder")
    assert pack.main(["--out-dir", str(a_file)]) == 1
    assert capsys.readouterr().err.startswith(f"pack: cannot write into {a_file} (")
    assert a_file.read_text() == "not a folder"


def test_the_command_line_works_as_make_pack_runs_it(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "devtools.pack", "--out-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=default_path().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"pack {tmp_path / NAME} (")
    assert (tmp_path / f"{NAME}.sha256").exists()
