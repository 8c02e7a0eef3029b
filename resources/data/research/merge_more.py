"""Add a second round of research notes to the country files (python3 merge_more.py NOTES...).

Each NOTES is a pair of files as append.py writes them (NAME.csv, NAME_sources.csv). Only what
the country files lack is added: a membership for a country with none, an office for a
country with none, a contact for an office with none, chiefs not already there, and
regional offices a country's page names. Rows already present are never changed, so running
it twice adds nothing the second time. Sources are new S-numbers; a page already cited keeps
its number. Prints what it added and what it left out, and why.
"""

from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

DATA = Path(os.environ.get("DATA", Path(__file__).resolve().parent.parent))
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# The regional offices of the 2024 tree, by a word their names and pages use.
OFFICES = {
    "dakar": "ro-dakar",
    "nairobi": "ro-nairobi",
    "cairo": "ro-cairo",
    "panama": "ro-panama",
    "bangkok": "ro-bangkok",
    "vienna": "ro-vienna",
    "pretoria": "sro-pretoria",
    "brussels": "sro-brussels",
}
UNITS = {
    "RO-DAKAR": "ro-dakar",
    "RO-NAIROBI": "ro-nairobi",
    "RO-CAIRO": "ro-cairo",
    "RO-PANAMA": "ro-panama",
    "RO-BANGKOK": "ro-bangkok",
    "RO-VIENNA": "ro-vienna",
    "SRO-BRUSSELS": "sro-brussels",
    "SRO-PRETORIA": "sro-pretoria",
    "GO-WASHINGTON": "go-washington",
    "GO-BRUSSELS": "go-brussels",
}


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write(name: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with open(DATA / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


ENGLISH_ROLES = ("Chief of Mission", "Head of Office", "Head of Mission", "Officer in Charge",
                 "Officer-in-Charge", "Regional Director", "Director", "head of IOM")


def role_and_note(text: str) -> tuple[str, str]:
    """A role as the tables show it, in English, and what else the notes said of it: the
    page's own title ("Jefe de Misión") or a remark in brackets goes to the note."""
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", text.strip())
    if not match:
        return text.strip(), ""
    outer, inner = match.group(1).strip(), match.group(2).strip()
    english = next((r for r in ENGLISH_ROLES if inner.lower().startswith(r.lower())), None)
    if english:
        rest = inner[len(english):].strip(" ;,")
        note = f"The page calls the post {outer}." + (f" {rest[0].upper()}{rest[1:]}." if rest else "")
        return english.replace("Officer-in-Charge", "Officer in Charge"), note
    return outer, f"{inner[0].upper()}{inner[1:]}."


def main(paths: list[str]) -> int:
    tables = {n: read(n) for n in ("sources", "countries", "memberships", "offices", "contacts",
                                    "chiefs", "coverage")}
    sources = tables["sources"][1]
    by_url = {s["url"]: s["id"] for s in sources if s["url"]}
    number = max(int(s["id"][1:]) for s in sources if re.fullmatch(r"S\d+", s["id"])) + 1
    countries = {c["id"]: c for c in tables["countries"][1]}
    have = {n: {r["country_id"] for r in tables[n][1]} for n in ("memberships", "offices")}
    ids = {n: {r["id"] for r in tables[n][1]} for n in tables}
    chiefs_known = {(r["country_id"] or r["unit_id"], r["name"], r["date"])
                    for r in tables["chiefs"][1]}
    facts: list[dict[str, str]] = []
    known: dict[str, dict[str, str]] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            facts += list(csv.DictReader(handle))
        with open(path.replace(".csv", "_sources.csv"), encoding="utf-8", newline="") as handle:
            known.update({s["url"]: s for s in csv.DictReader(handle)})
    left_out: list[str] = []

    def cite(url: str) -> str | None:
        nonlocal number
        url = url.strip()
        if not url or re.fullmatch(r"https?://[^/]+(/[a-z]{2})?/?", url):
            return None  # a home page (in any language) is not a document
        if url not in by_url:
            s = known.get(url, {})
            date = s.get("date", "") if DATE.fullmatch(s.get("date", "")) else ""
            publisher = s.get("publisher") or re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
            by_url[url] = f"S{number}"
            sources.append({"id": f"S{number}", "title": s.get("title") or "[untitled]",
                            "publisher": publisher, "date": date, "url": url, "kind": "public",
                            "note": s.get("what", "")})
            number += 1
        return by_url[url]

    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for fact in facts:
        grouped[fact["iso3"].strip().upper()].append(fact)
    added: dict[str, int] = defaultdict(int)
    for code, rows in grouped.items():
        unit = UNITS.get(code)
        key = code.lower()
        if unit is None and key not in countries:
            left_out.append(f"{code}: no such country in countries.csv")
            continue
        values: dict[str, list[dict[str, str]]] = defaultdict(list)
        for fact in rows:
            values[fact["field"].strip()].append(fact)
        if unit is None and key not in have["memberships"]:
            status = [f for f in values["status"] if f["value"].strip() in ("member", "observer")]
            since = values["member_since"] + values["observer_since"]
            kinds = {f["value"].strip() for f in status} | {
                "member" if f in values["member_since"] else "observer" for f in since
            }
            if len(kinds) == 1:
                kind = kinds.pop()
                dated = [f for f in since if DATE.fullmatch(f["value"].strip())]
                used = status + dated + values["council_session"] + values["resolution"]
                cited = [c for c in dict.fromkeys(cite(f["source_url"]) for f in used) if c]
                if cited:
                    tables["memberships"][1].append({
                        "id": f"{key}-{kind}", "country_id": key, "kind": kind,
                        "start": dated[0]["value"].strip() if dated else "", "end": "",
                        "session": values["council_session"][0]["value"].strip()
                        if values["council_session"] else "",
                        "resolution": values["resolution"][0]["value"].strip()
                        if values["resolution"] else "",
                        "event_id": "", "note": "", "status": "confirmed",
                        "sources": ";".join(cited)})
                    added["memberships"] += 1
            elif kinds:
                left_out.append(f"{code}: sources disagree on member or observer: {kinds}")
        if unit is None and key not in have["offices"] and values["city"]:
            used = values["city"] + values["present_since"] + values["sub_office"]
            cited = [c for c in dict.fromkeys(cite(f["source_url"]) for f in used) if c]
            years = [f["value"].strip() for f in values["present_since"]
                     if re.fullmatch(r"\d{4}", f["value"].strip())]
            subs = list(dict.fromkeys(f["value"].strip() for f in values["sub_office"]))
            name = countries[key]["name"]
            tables["offices"][1].append({
                "id": f"{key}-office", "country_id": key, "name": f"IOM {name}",
                "city": values["city"][0]["value"].strip(), "sub_offices": "; ".join(subs),
                "start": min(years) if years else "", "functions": "", "note": "",
                "status": "confirmed", "sources": ";".join(cited)})
            added["offices"] += 1
        if unit is None:
            by_page: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
            for field in ("address", "phone", "email"):
                for f in values[field]:
                    value = f["value"].strip()
                    if field == "email" and ("protected" in value or "@" not in value):
                        left_out.append(f"{code}: masked e-mail left out")
                        continue
                    by_page[f["source_url"]].setdefault(field, f)
            for n, (url, found) in enumerate(by_page.items()):
                contact_id = f"{key}-office" if n == 0 else f"{key}-office-{n + 1}"
                while contact_id in ids["contacts"]:
                    contact_id += "-b"
                sid = cite(url)
                if not sid:
                    continue
                city = values["city"][0]["value"].strip() if values["city"] else ""
                label = f"IOM {countries[key]['name']}" + (f", {city}" if city else "")
                page_date = next(iter(found.values()))["page_date"].strip()
                tables["contacts"][1].append({
                    "id": contact_id, "unit_id": "", "country_id": key, "label": label,
                    "email": found.get("email", {}).get("value", "").strip(),
                    "phone": found.get("phone", {}).get("value", "").strip(), "fax": "",
                    "address": found.get("address", {}).get("value", "").strip(),
                    "date": page_date if DATE.fullmatch(page_date) else "", "note": "",
                    "status": "confirmed", "sources": sid})
                ids["contacts"].add(contact_id)
                added["contacts"] += 1
        roles = {(f["source_url"], f["page_date"]): f["value"].strip()
                 for f in values["chief_role"]}
        for f in values["chief_name"]:
            name, date = f["value"].strip(), f["page_date"].strip()
            place = unit or key
            if not DATE.fullmatch(date):
                left_out.append(f"{code}: {name} left out: the page shows no date")
                continue
            if (place, name, date) in chiefs_known:
                continue
            sid = cite(f["source_url"])
            role = roles.get((f["source_url"], f["page_date"]), "")
            if not sid or not role:
                left_out.append(f"{code}: {name} left out: no role or no citable page")
                continue
            role, role_note = role_and_note(role)
            chief_id = f"{place}-{slug(name)}-{date[:4]}"
            while chief_id in ids["chiefs"]:
                chief_id += "-b"
            tables["chiefs"][1].append({
                "id": chief_id, "country_id": "" if unit else key, "unit_id": unit or "",
                "name": name, "role": role, "date": date, "note": role_note, "status": "confirmed",
                "sources": sid})
            ids["chiefs"].add(chief_id)
            chiefs_known.add((place, name, date))
            added["chiefs"] += 1
        if unit is None:
            for f in values["reports_to"]:
                text = f["value"].strip()
                office_unit = next((u for word, u in OFFICES.items() if word in text.lower()), "")
                already = {(r["country_id"], r["unit_id"]) for r in tables["coverage"][1]}
                if not office_unit or (key, office_unit) in already:
                    continue
                sid = cite(f["source_url"])
                if not sid:
                    continue
                tables["coverage"][1].append({
                    "id": f"{key}-{office_unit}-page", "country_id": key, "unit_id": office_unit,
                    "office": text, "start": "", "end": "",
                    "note": "As the country's own page says (undated page).",
                    "status": "confirmed", "sources": sid})
                added["coverage"] += 1
    for name, (header, rows) in tables.items():
        write(name, header, rows)
    print("added:", dict(added))
    print("left out:", *left_out, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
