"""Links, as one small value: what kind of place, and which (no Qt).

A row's address is `iomdesk:<noun>/<id>` by its stable id (iomdesk:unit/dhrr,
iomdesk:election/dg-2023): the details pane writes its links so, "Copy link" copies them, and
`iomdesk iomdesk:unit/dhrr` opens the window on the row. The window reads them back when one
is clicked.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import quote, unquote

SCHEME = "iomdesk"
ROW_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # the build's rule for every id


class Kind(StrEnum):
    TENURE = "tenure"  # a post held, in the Leadership tab, by the tenure's id
    PERSON = "person"  # a person: the Leadership tab shows their latest post
    ELECTION = "election"  # an election in the Elections tab, by id
    UNIT = "unit"  # a unit in the Structure tab, by id
    COUNTRY = "country"  # a country in the Countries tab, by id
    CONTACT = "contact"  # a contact in the Contacts tab, by id
    HISTORY = "history"  # a History row, by its key ('events:council-84')
    COPY = "copy"  # text to put on the clipboard
    MAIL = "mailto"  # addresses to write to, comma-separated
    WEB = "web"  # a page to open in the browser (the URL itself)


ROW_KINDS = {Kind.TENURE, Kind.PERSON, Kind.ELECTION, Kind.UNIT, Kind.COUNTRY, Kind.CONTACT}
# History's rows are milestones and figures, each with an address of its own.
HISTORY_NOUNS = {"event": "events", "figure": "figures"}


class Link(NamedTuple):
    """What a link does, and on what."""

    kind: Kind
    target: str

    @property
    def url(self) -> str:
        if self.kind is Kind.COPY:  # any text: a telephone with '#', an address with '%'
            return f"{self.kind.value}:{quote(self.target, safe='@.+-_')}"
        if self.kind is Kind.WEB:
            return self.target
        if self.kind is Kind.MAIL:
            return f"{self.kind.value}:{self.target}"
        if self.kind is Kind.HISTORY:
            table, _, row_id = self.target.partition(":")
            noun = next((n for n, t in HISTORY_NOUNS.items() if t == table), table)
            return f"{SCHEME}:{noun}/{row_id}"
        return f"{SCHEME}:{self.kind.value}/{self.target}"

    @classmethod
    def parse(cls, url: str) -> Link | None:
        """The link a URL stands for, or None for anything the app does not follow. A row's
        address may come as iomdesk:unit/dhrr, iomdesk://unit/dhrr or, inside the app, as
        unit:dhrr."""
        scheme, _, rest = url.strip().partition(":")
        if scheme in ("http", "https"):
            return cls(Kind.WEB, url)
        if scheme == SCHEME:
            noun, _, row_id = rest.removeprefix("//").partition("/")
            return cls._row(noun, row_id.rstrip("/"))
        if scheme == Kind.WEB.value:
            return None  # web links are written as their own URL
        if scheme == Kind.COPY.value:
            return cls(Kind.COPY, unquote(rest))
        if scheme == Kind.MAIL.value:
            return cls(Kind.MAIL, rest)
        if scheme == Kind.HISTORY.value:
            return cls(Kind.HISTORY, rest)
        return cls._row(scheme, rest)

    @classmethod
    def _row(cls, noun: str, row_id: str) -> Link | None:
        if not ROW_ID.match(row_id):
            return None
        if noun in HISTORY_NOUNS:
            return cls(Kind.HISTORY, f"{HISTORY_NOUNS[noun]}:{row_id}")
        try:
            kind = Kind(noun)
        except ValueError:
            return None
        return cls(kind, row_id) if kind in ROW_KINDS else None


def row_link(text: str) -> Link | None:
    """The row an address names (iomdesk:unit/dhrr), or None for anything else: what a
    start's argument and a second start's message may be."""
    if not text.strip().startswith(f"{SCHEME}:"):
        return None
    return Link.parse(text)
