"""CSV and vCard export, checked by reading the written files back with independent parsers."""

from __future__ import annotations

import csv

import pytest

from iomdesk.export import ORGANISATION, inert, vcard, write_csv, write_vcards
from iomdesk.rows import Contact

HEADERS = ["Name", "Post", "Note"]
AWKWARD = 'Elected 2008, "by acclamation"\nsecond line'
ROWS = [
    ["António Vitorino", "Director General", AWKWARD],
    ["Amy E. Pope", "Director General", ""],
    ["Brunson McKinley", "Director General", "Genève; Zürich"],
]


def contact(**changes) -> Contact:
    base = Contact(
        id="c1",
        unit_id="hq",
        label="IOM Headquarters",
        email="hq@iom.int",
        phone="+41 22 717 9111",
        fax=None,
        address="17 route des Morillons, P.O. Box 17, 1211 Geneva 19, Switzerland",
        note=None,
        status="confirmed",
    )
    return base._replace(**changes)


# A reader written from RFC 6350 alone, sharing no code with iomdesk.export.


def unfold(data: bytes) -> list[str]:
    """The logical content lines of a vCard stream (checks every line ends with CRLF)."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare LF anywhere
    assert "\r" not in text.replace("\r\n", "")  # no bare CR anywhere
    return text.replace("\r\n ", "").removesuffix("\r\n").split("\r\n")


def split_escaped(value: str, separator: str) -> list[str]:
    """Split on separators that are not escaped, leaving the escapes in place."""
    parts, current, chars = [], "", iter(value)
    for char in chars:
        if char == "\\":
            current += char + next(chars)
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def unescape(value: str) -> str:
    out, chars = "", iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out += "\n" if following in "nN" else following
        else:
            out += char
    return out


def parse_cards(data: bytes) -> list[list[tuple[str, list[str], str]]]:
    """Each card as (NAME, [params], raw value) tuples, without BEGIN/END."""
    cards: list[list[tuple[str, list[str], str]]] = []
    for line in unfold(data):
        head, value = line.split(":", 1)  # our parameters never hold a quoted colon
        name, *params = head.split(";")
        if name == "BEGIN":
            assert value == "VCARD"
            cards.append([])
        elif name == "END":
            assert value == "VCARD"
        else:
            cards[-1].append((name.upper(), params, value))
    return cards


def values(card, name: str) -> list[str]:
    return [value for prop, _, value in card if prop == name]


def one(card, name: str) -> str:
    found = values(card, name)
    assert len(found) == 1, (name, found)
    return found[0]


def components(value: str) -> list[str]:
    return [unescape(part) for part in split_escaped(value, ";")]


# CSV


def test_csv_reads_back(tmp_path):
    path = tmp_path / "people.csv"
    assert write_csv(path, HEADERS, ROWS) == 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read == [HEADERS, *ROWS]
    assert read[1][0] == "António Vitorino"
    assert read[1][2] == AWKWARD


def test_csv_has_bom_and_crlf_records(tmp_path):
    path = tmp_path / "people.csv"
    write_csv(path, HEADERS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n")
    # One CRLF per record; the newline inside the quoted cell is data, not a record end.
    assert raw.count(b"\r\n") == 1 + len(ROWS)
    assert "António".encode() in raw


def test_csv_replaces_an_existing_file(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("old contents that are longer than the new ones " * 20)
    assert write_csv(path, ["A"], [["1"]]) == 1
    assert path.read_bytes() == b"\xef\xbb\xbfA\r\n1\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["people.csv"]


def test_csv_into_missing_folder_raises_and_leaves_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_csv(tmp_path / "missing" / "out.csv", HEADERS, ROWS)
    assert list(tmp_path.iterdir()) == []


def test_csv_failing_midway_keeps_the_old_file(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("keep me")
    with pytest.raises(TypeError):
        write_csv(path, HEADERS, [ROWS[0], 42])  # 42 is not a row: the writing stops midway
    assert path.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["people.csv"]


# vCard


def test_vcard_round_trips_fields(tmp_path):
    path = tmp_path / "one.vcf"
    units = [ORGANISATION, "Headquarters"]
    assert write_vcards(path, [vcard(contact(note="General contact."), units)]) == 1
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    (card,) = parse_cards(raw)
    assert one(card, "VERSION") == "4.0"
    assert one(card, "KIND") == "org"
    assert unescape(one(card, "FN")) == "IOM Headquarters"
    assert unescape(one(card, "EMAIL")) == "hq@iom.int"
    assert components(one(card, "ORG")) == units
    assert one(card, "TEL") == "tel:+41-22-717-9111"
    adr = components(one(card, "ADR"))
    assert len(adr) == 7
    assert adr[2] == "17 route des Morillons, P.O. Box 17, 1211 Geneva 19, Switzerland"
    assert adr[:2] == ["", ""] and adr[3:] == ["", "", "", ""]
    assert unescape(one(card, "NOTE")) == "General contact."
    params = {prop: ps for prop, ps, _ in card}
    assert params["EMAIL"] == ["TYPE=work"]
    assert params["TEL"] == ["VALUE=uri", "TYPE=work"]


def test_vcard_escapes_special_characters():
    nasty = "Back\\slash, comma; semicolon\nnew line"
    card = vcard(contact(label=nasty, note=nasty), [ORGANISATION, "Unit; with, punctuation"])
    (parsed,) = parse_cards(card.encode())
    assert unescape(one(parsed, "FN")) == nasty
    assert unescape(one(parsed, "NOTE")) == nasty
    # The ';' inside a unit name is escaped, so ORG still has exactly two components.
    assert components(one(parsed, "ORG")) == [ORGANISATION, "Unit; with, punctuation"]


def test_vcard_skips_empty_properties():
    card = vcard(contact(email=None, phone=None, address="", note=None), [])
    (parsed,) = parse_cards(card.encode())
    names = [prop for prop, _, _ in parsed]
    assert names == ["VERSION", "KIND", "FN", "ORG"]
    assert components(one(parsed, "ORG")) == [ORGANISATION]


def test_vcard_fax_is_a_second_tel():
    card = vcard(contact(fax="+41 22 798 6150"), [ORGANISATION])
    (parsed,) = parse_cards(card.encode())
    tels = {";".join(params): value for prop, params, value in parsed if prop == "TEL"}
    assert tels == {
        "VALUE=uri;TYPE=work": "tel:+41-22-717-9111",
        "VALUE=uri;TYPE=work,fax": "tel:+41-22-798-6150",
    }


def test_long_accented_note_folds_on_character_boundaries(tmp_path):
    note = "Coordination des réponses à l’urgence, Genève — Zürich 🌍 ça ü é. " * 12
    path = tmp_path / "long.vcf"
    write_vcards(path, [vcard(contact(note=note), [ORGANISATION])])
    raw = path.read_bytes()
    physical = raw.split(b"\r\n")
    assert physical[-1] == b""  # the stream ends with CRLF
    folded = 0
    for line in physical[:-1]:
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is whole UTF-8: no character was split
        folded += line.startswith(b" ")
    assert folded > 5
    (card,) = parse_cards(raw)
    assert unescape(one(card, "NOTE")) == note


def test_vcard_into_missing_folder_raises_and_leaves_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_vcards(tmp_path / "missing" / "out.vcf", [vcard(contact(), [ORGANISATION])])
    assert list(tmp_path.iterdir()) == []


def test_shipped_contacts_export(tmp_path, store):
    contacts = [c for c in store.contacts if c.email]  # each card's EMAIL is compared
    cards = [vcard(c, [u.name for u in store.unit_path(c.unit_id)]) for c in contacts]
    path = tmp_path / "iom.vcf"
    assert write_vcards(path, cards) == len(contacts) >= 8
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    parsed = parse_cards(raw)
    assert len(parsed) == len(contacts)
    for c, card in zip(contacts, parsed, strict=True):
        assert unescape(one(card, "FN")) == c.label
        assert unescape(one(card, "EMAIL")) == c.email
        org = components(one(card, "ORG"))
        assert org[0] == ORGANISATION
        expected = [u.name for u in store.unit_path(c.unit_id)] if c.unit_id else [ORGANISATION]
        assert org == expected
        if c.note:
            assert unescape(one(card, "NOTE")) == c.note
        else:
            assert values(card, "NOTE") == []
    hq = parsed[[c.id for c in contacts].index("hq-general")]
    assert "tel:+41-22-717-9111" in values(hq, "TEL")
    assert components(one(hq, "ADR"))[2] == (
        "17 route des Morillons, P.O. Box 17, 1211 Geneva 19, Switzerland"
    )


def test_shipped_contacts_to_csv(tmp_path, store):
    headers = ["Label", "Email", "Phone", "Address"]
    rows = [[c.label, c.email or "", c.phone or "", c.address or ""] for c in store.contacts]
    path = tmp_path / "contacts.csv"
    assert write_csv(path, headers, rows) == len(store.contacts)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [headers, *[[inert(c) for c in r] for r in rows]]


def test_no_cell_can_run_as_a_formula_in_a_spreadsheet(tmp_path):
    """A telephone number's + and a hostile =HYPERLINK are written as text: a leading
    apostrophe, which spreadsheets do not show; the csv module still reads every row."""
    risky = ["+41 22 717 9111", '=HYPERLINK("http://x")', "-2+3", "@SUM(A1)", "\tx", "\rx"]
    path = tmp_path / "risky.csv"
    write_csv(path, ["Telephone", "=cmd"], [[cell, "plain"] for cell in risky])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == ["Telephone", "'=cmd"]
    assert [row[0] for row in read[1:]] == ["'" + cell for cell in risky]
    shown = [row[0][1:] if row[0].startswith("'") else row[0] for row in read[1:]]
    assert shown == risky  # what a spreadsheet displays: the text as it was
    assert all(row[1] == "plain" for row in read[1:])  # harmless cells stay as they are


# vCard 3.0 and 4.0, read back by a vCard library (vobject), as an address book would


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_vcard_library_reads_back_names_e_mails_telephones_and_addresses(version):
    import vobject

    units = [ORGANISATION, "Headquarters", "Unit; with, punctuation"]
    given = contact(label="Bureau à Genève, HQ", fax="+41 22 798 6150", note="Line one\nline two")
    (card,) = list(vobject.readComponents(vcard(given, units, version)))
    assert card.version.value == version
    assert card.fn.value == "Bureau à Genève, HQ"
    assert card.org.value == units
    assert card.email.value == "hq@iom.int"
    numbers = sorted(tel.value for tel in card.contents["tel"])
    if version == "3.0":  # text values, as 3.0's importers read them
        assert numbers == ["+41 22 717 9111", "+41 22 798 6150"]
        assert card.n.value.family == "" and card.n.value.given == ""  # N, which 3.0 requires
        assert "kind" not in card.contents
    else:
        assert numbers == ["tel:+41-22-717-9111", "tel:+41-22-798-6150"]
        assert card.kind.value == "org"
    assert card.adr.value.street == given.address
    assert card.note.value == "Line one\nline two"
    # and written again by the library, it reads the same
    (again,) = list(vobject.readComponents(card.serialize()))
    assert again.fn.value == card.fn.value and again.adr.value.street == given.address


def test_every_shipped_contact_is_a_vcard_3_0_the_library_reads(store):
    import vobject

    cards = [vcard(c, [u.name for u in store.unit_path(c.unit_id)], "3.0") for c in store.contacts]
    parsed = list(vobject.readComponents("".join(cards)))
    assert len(parsed) == len(store.contacts)
    mails = [c.email for c in store.contacts if c.email]
    assert sorted(p.email.value for p in parsed if "email" in p.contents) == sorted(mails)
