"""Write rows to CSV and contacts to vCard 3.0 or 4.0 files, atomically (no Qt here)."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO

from iomdesk.rows import Contact

ORGANISATION = "International Organization for Migration"

# RFC 6350 3.2: lines longer than 75 octets (not counting the CRLF) are folded.
_FOLD_OCTETS = 75


def _write_atomically(path: Path | str, encoding: str, fill: Callable[[IO[str]], None]) -> None:
    """Write through a temporary file beside `path`, so a failure never leaves half a file."""
    path = Path(path)
    # Same folder, so os.replace is a rename on one file system; open(..., "x") rather than
    # mkstemp so the file gets the usual permissions (umask), not owner-only.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temporary, "x", encoding=encoding, newline="") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP ASVS 1.2.10 and
# its CSV-injection advice list = + - @, tab, carriage return and NUL).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def inert(cell: str) -> str:
    """The cell as text a spreadsheet will not run: one that would start a formula gets a
    leading apostrophe, which spreadsheets read as "this is text" and do not show."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_csv(path: Path | str, headers: list[str], rows: list[list[str]]) -> int:
    """Write a header line and rows as RFC 4180 CSV; return the number of data rows. No cell
    can run as a formula in a spreadsheet (see inert)."""
    count = 0

    def fill(handle: IO[str]) -> None:
        nonlocal count
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([inert(h) for h in headers])
        for row in rows:
            writer.writerow([inert(cell) for cell in row])
            count += 1

    # The BOM is what makes spreadsheet programs read the file as UTF-8 (accents intact).
    _write_atomically(path, "utf-8-sig", fill)
    return count


def _escape(text: str) -> str:
    """A TEXT value per RFC 6350 3.4: backslash, comma, semicolon and newline escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """One content line, folded at 75 octets without splitting a UTF-8 character."""
    pieces = []
    current = ""
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > _FOLD_OCTETS:
            pieces.append(current)
            current = " "  # the continuation's leading space counts toward its 75 octets
            size = 1
        current += char
        size += octets
    pieces.append(current)
    return "\r\n".join(pieces) + "\r\n"


def _tel_uri(number: str) -> str:
    """'+41 22 717 9111' -> 'tel:+41-22-717-9111' (RFC 3966 allows hyphens, not spaces)."""
    return "tel:" + "-".join(number.split())


VCARD_VERSIONS = ("3.0", "4.0")  # 3.0 first: Android's and Outlook's importers fail on 4.0


def vcard(contact: Contact, org_units: list[str], version: str = "4.0") -> str:
    """One vCard (4.0, RFC 6350, or 3.0, RFC 2426) for a contact; org_units are unit names
    from the root down.

    Pass `[u.name for u in store.unit_path(contact.unit_id)]`; the root is the organisation
    itself, and an empty list (a contact outside the tree) gives the organisation alone.
    """
    org = org_units or [ORGANISATION]
    if version == "3.0":
        # 3.0 has no KIND and requires N: an empty name, the organisation shown instead.
        lines = ["BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "X-ABShowAs:COMPANY"]
    else:
        lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org"]  # unit addresses, not people
    lines.append("FN:" + _escape(contact.label))
    lines.append("ORG:" + ";".join(_escape(name) for name in org))
    if version == "3.0":
        if contact.email:
            lines.append("EMAIL;TYPE=INTERNET,WORK:" + _escape(contact.email))
        if contact.phone:
            lines.append("TEL;TYPE=WORK,VOICE:" + _escape(contact.phone))
        if contact.fax:
            lines.append("TEL;TYPE=WORK,FAX:" + _escape(contact.fax))
    else:
        if contact.email:
            lines.append("EMAIL;TYPE=work:" + _escape(contact.email))
        if contact.phone:
            lines.append("TEL;VALUE=uri;TYPE=work:" + _tel_uri(contact.phone))
        if contact.fax:
            lines.append("TEL;VALUE=uri;TYPE=work,fax:" + _tel_uri(contact.fax))
    if contact.address:
        # The address is free text, so all of it goes in the street component.
        lines.append("ADR;TYPE=work:;;" + _escape(contact.address) + ";;;;")
    if contact.note:
        lines.append("NOTE:" + _escape(contact.note))
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def write_vcards(path: Path | str, cards: list[str]) -> int:
    """Write cards one after another into a .vcf file (UTF-8, no BOM); return the count."""

    def fill(handle: IO[str]) -> None:
        for card in cards:
            handle.write(card)

    _write_atomically(path, "utf-8", fill)
    return len(cards)


def write_text(path: Path | str, text: str) -> None:
    """A text file (UTF-8), written atomically like the rest."""
    _write_atomically(path, "utf-8", lambda handle: handle.write(text))
