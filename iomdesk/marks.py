"""Starred rows and the rows looked at last, kept by address outside the database (no Qt).

An address (iomdesk:unit/dhrr) names a row by its stable id, so stars survive newer data; a
star whose row a newer pack no longer has is kept, and shown as no longer in the data.
"""

from __future__ import annotations

from datetime import date

from iomdesk.links import row_link

RECENT_KEPT = 20
FILE_HEADING = "# iomdesk stars: one address a line; a line starting with # is a comment"


class Marks:
    """The addresses starred (in the order starred) and viewed (the latest first)."""

    def __init__(self, starred: list[str] | None = None, recent: list[str] | None = None):
        self.starred: list[str] = list(dict.fromkeys(starred or []))
        self.recent: list[str] = list(dict.fromkeys(recent or []))[:RECENT_KEPT]

    def is_starred(self, address: str) -> bool:
        return address in self.starred

    def toggle(self, address: str) -> bool:
        """Star the row, or unstar it if it was; whether it is starred now."""
        if address in self.starred:
            self.starred.remove(address)
            return False
        self.starred.append(address)
        return True

    def unstar(self, addresses: list[str]) -> None:
        self.starred = [a for a in self.starred if a not in addresses]

    def saw(self, address: str) -> None:
        """The row was looked at: first among the recent, each row once."""
        self.recent = [address, *(a for a in self.recent if a != address)][:RECENT_KEPT]

    def add(self, addresses: list[str]) -> int:
        """Stars read from a file, after those already here; how many were new."""
        new = [a for a in dict.fromkeys(addresses) if a not in self.starred]
        self.starred += new
        return len(new)


def stars_file(marks: Marks, titles: dict[str, str], today: date | None = None) -> str:
    """The stars as a text file: a heading, then each address, its row's title after it as
    a comment (a star no longer in the data says so)."""
    when = (today or date.today()).isoformat()
    lines = [FILE_HEADING, f"# exported {when}"]
    for address in marks.starred:
        title = titles.get(address, "no longer in the data")
        lines.append(f"{address}  # {title}")
    return "\n".join(lines) + "\n"


def read_stars(text: str) -> tuple[list[str], list[int]]:
    """The addresses of a stars file, and the numbers of the lines that hold none (anything
    that is not a comment, a blank line or an address)."""
    found, bad = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        kept = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not kept:
            continue
        address = kept.split()[0]
        link = row_link(address)
        if link is None:
            bad.append(number)
        else:
            found.append(link.url)
    return found, bad
