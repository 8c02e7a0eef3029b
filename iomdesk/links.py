"""Links in the details pane, as one small value: what kind of place, and which (no Qt).

details.py writes them into its HTML as URLs; the window reads them back when one is clicked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple
from urllib.parse import quote, unquote


class Kind(StrEnum):
    TENURE = "tenure"  # a post held, in the Leadership tab, by the tenure's id
    ELECTION = "election"  # an election in the Elections tab, by id
    UNIT = "unit"  # a unit in the Structure tab, by id
    COUNTRY = "country"  # a country in the Countries tab, by id
    CONTACT = "contact"  # a contact in the Contacts tab, by id
    HISTORY = "history"  # a History row, by its key ('events:council-84')
    COPY = "copy"  # text to put on the clipboard
    MAIL = "mailto"  # addresses to write to, comma-separated
    WEB = "web"  # a page to open in the browser (the URL itself)


class Link(NamedTuple):
    """What a link in the details pane does, and on what."""

    kind: Kind
    target: str

    @property
    def url(self) -> str:
        if self.kind is Kind.COPY:  # any text: a telephone with '#', an address with '%'
            return f"{self.kind.value}:{quote(self.target, safe='@.+-_')}"
        return self.target if self.kind is Kind.WEB else f"{self.kind.value}:{self.target}"

    @classmethod
    def parse(cls, url: str) -> Link | None:
        """The link a URL stands for, or None for anything the app does not follow."""
        scheme, _, rest = url.partition(":")
        if scheme in ("http", "https"):
            return cls(Kind.WEB, url)
        if scheme == Kind.WEB.value:
            return None  # web links are written as their own URL
        try:
            kind = Kind(scheme)
            return cls(kind, unquote(rest) if kind is Kind.COPY else rest)
        except ValueError:
            return None
