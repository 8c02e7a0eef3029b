"""The man page, iomdesk.1, written from the argument parser: python -m devtools.manpage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iomdesk import __version__, packs
from iomdesk.app import argument_parser
from iomdesk.database import default_path

OUT = Path(__file__).resolve().parent.parent / "resources" / "iomdesk.1"

# What --help has no room for: where things are kept, and what reads the environment.
FILES = (
    ("~/.local/share/iomdesk/data/", "data packs a user installed; the newest good one is used"),
    ("~/.config/iomdesk/org.iomdesk.iomdesk.conf", "the window's place, theme, stars, rows viewed"),
    ("$XDG_RUNTIME_DIR/iomdesk.socket", "where a running window takes links from a new launch"),
)
ENVIRONMENT = (
    ("XDG_DATA_HOME", "where the data folder is (default ~/.local/share)"),
    ("XDG_CONFIG_HOME", "where the settings are (default ~/.config)"),
    ("XDG_RUNTIME_DIR", "where the socket of the running window is (else /tmp)"),
    ("LANGUAGE, LC_ALL, LC_MESSAGES, LANG", "the interface language, when --lang is not given"),
)
EXAMPLES = (
    ("iomdesk iomdesk:unit/dhrr", "open the window (or the running one) on a unit"),
    ("iomdesk --changes old.sqlite new.sqlite", "list what changed between two data files"),
    ("iomdesk --check --db download.sqlite", "check a data file before installing it"),
)


def escaped(text: str) -> str:
    """Text as roff reads it: backslashes and hyphens escaped, no line opening with a dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def option_lines(action: argparse.Action) -> list[str]:
    """One option's entry: its names and argument in bold and italics, then its help."""
    if action.option_strings:
        names = ", ".join(f"\\fB{escaped(name)}\\fR" for name in action.option_strings)
        if action.nargs != 0:
            metavar = action.metavar or action.dest.upper()
            if action.choices:
                metavar = "{" + ",".join(action.choices) + "}"
            metavars = metavar if isinstance(metavar, tuple) else (metavar,)
            names += " " + " ".join(f"\\fI{escaped(m)}\\fR" for m in metavars)
    else:
        names = f"\\fI{escaped(action.metavar or action.dest)}\\fR"
    return [".TP", names, escaped(action.help or "")]


def page(parser: argparse.ArgumentParser) -> str:
    """The whole page, in roff; its date is the shipped data's release, so that a rebuild
    gives the same bytes."""
    release = packs.read_info(default_path()).release or ""
    day = release[:10].replace(".", "-")
    usage = parser.format_usage().removeprefix("usage: ").removeprefix(parser.prog).strip()
    lines = [
        f'.TH IOMDESK 1 "{day}" "iomdesk {__version__}" "User Commands"',
        ".SH NAME",
        "iomdesk \\- offline reference about the International Organization for Migration",
        ".SH SYNOPSIS",
        f".B {parser.prog}",
        escaped(" ".join(usage.split())),
        ".SH DESCRIPTION",
        escaped(parser.description or ""),
        ".PP",
        escaped(
            "The data is a database file opened read-only: the newest good pack in the data "
            "folder, else the one shipped with the app. Every row has a link, iomdesk:KIND/ID, "
            "that opens the window on it; a launch while a window runs hands its link to that "
            "window and exits."
        ),
        ".SH OPTIONS",
    ]
    for action in parser._actions:  # argparse keeps them in the order they were added
        lines += option_lines(action)
    lines += [".SH EXIT STATUS", escaped((parser.epilog or "").removeprefix("Exit status: "))]
    for heading, entries in (("FILES", FILES), ("ENVIRONMENT", ENVIRONMENT)):
        lines.append(f".SH {heading}")
        for name, what in entries:
            lines += [".TP", f"\\fI{escaped(name)}\\fR", escaped(what)]
    lines.append(".SH EXAMPLES")
    for command, what in EXAMPLES:
        lines += [".TP", f"\\fB{escaped(command)}\\fR", escaped(what)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.manpage", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write")
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = page(argument_parser())
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out} is out of date: run 'make man'", file=sys.stderr)
            return 1
        print(f"{args.out} matches the argument parser")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
