"""The man page, resources/iomdesk.1: written from the argument parser, in agreement with
--help, and rendered by man without a warning."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from devtools import manpage
from iomdesk.app import argument_parser


def test_the_committed_page_is_what_the_parser_gives():
    assert manpage.main(["--check"]) == 0, "run 'make man'"


def test_every_option_and_its_help_in_help_is_on_the_page():
    parser = argument_parser()
    page = manpage.OUT.read_text(encoding="utf-8").replace("\\-", "-").replace("\\e", "\\")
    for action in parser._actions:
        for name in action.option_strings:
            assert f"\\fB{name}\\fR" in page, name
        assert (action.help or "") in page, action.dest
    assert parser.epilog.removeprefix("Exit status: ") in page


def test_a_change_to_the_parser_makes_the_page_out_of_date(tmp_path):
    stale = tmp_path / "iomdesk.1"
    stale.write_text(
        manpage.OUT.read_text(encoding="utf-8").replace("check that the database opens", "checks")
    )
    assert manpage.main(["--check", "--out", str(stale)]) == 1


def test_man_renders_the_page_without_a_warning():
    man = shutil.which("man")
    if man is None:
        pytest.skip("man is not installed (Debian: man-db)")
    shown = subprocess.run(
        [man, "--warnings", "-l", str(manpage.OUT)],
        capture_output=True,
        text=True,
        env={**os.environ, "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"},
    )
    assert shown.returncode == 0 and shown.stderr == ""
    text = re.sub(r".\x08", "", shown.stdout)
    assert "iomdesk:KIND/ID" in text and "--changes OLD NEW" in text and "EXIT STATUS" in text
