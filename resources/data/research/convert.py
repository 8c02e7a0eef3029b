"""One-off: research notes (/tmp/research) -> iomdesk's country-layer CSVs. Re-runnable."""

import csv
import gettext
import glob
import os
import re
import sys
from collections import defaultdict

import pycountry

R = os.path.dirname(os.path.abspath(__file__))  # these notes
DATA = os.path.dirname(R)
BASE = os.environ.get("BASE", R + "/base")  # the CSVs before the country layer
FR = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
ES = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
report = defaultdict(list)


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    if "sources" in header:  # a row whose only source was a home page is left out
        kept = [r for r in rows if r[header.index("sources")]]
        if len(kept) < len(rows):
            report[f"{name}: rows left out, citing only a home page"].append(len(rows) - len(kept))
        rows = kept
    with open(os.path.join(DATA, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# -- sources ---------------------------------------------------------------------------------
base_sources = read(BASE + "/sources.csv")
url_to_id = {s["url"]: s["id"] for s in base_sources if s["url"]}
known = {}  # url -> (title, publisher, date, what)
for path in sorted(glob.glob(R + "/*sources.csv")):
    for s in read(path):
        if s.get("url") and s["url"] not in known:
            known[s["url"]] = (s["title"], s["publisher"], s["date"], s["what"])
new_sources = []
next_number = 1 + max(int(s["id"][1:]) for s in base_sources if s["id"].startswith("S"))


def clean_title(title):
    title = title.strip()
    m = re.fullmatch(r"\((.*)\)(.*)", title)
    if m:  # the notes wrote a title the copy does not show in parentheses
        title = f"[{m.group(1)}]{m.group(2)}"
    return title or "[untitled]"


def source(url):
    global next_number
    url = url.strip()
    if url in url_to_id:
        return url_to_id[url]
    title, publisher, date, what = known.get(url, ("", "", "", ""))
    if not (title or publisher):
        report["source without notes"].append(url)
        host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        publisher = host
    sid = f"S{next_number}"
    next_number += 1
    url_to_id[url] = sid
    date = date if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date or "") else ""
    new_sources.append([sid, clean_title(title), publisher, date, url, "public", what])
    return sid


ISO_URL = "https://pypi.org/project/pycountry/26.2.16/"
known[ISO_URL] = ("pycountry 26.2.16", "pycountry (PyPI), with the Debian iso-codes project's data",
                  "2026-02-16", "ISO 3166-1 codes and English names, with French and Spanish "
                  "translations from iso-codes; used for the names and codes of countries, not for "
                  "any fact about IOM.")


def cite(urls):
    urls = [ISO_URL if u == "ISO" else u for u in urls]
    ids = []
    for url in urls:
        pieces: list[str] = []
        for u in url.split(";"):  # ';' joins addresses in the notes, and sits inside a few
            if u.strip().startswith("http") or not pieces:
                pieces.append(u.strip())
            else:
                pieces[-1] += ";" + u
        for u in pieces:  # a site's home page is not a document: not cited
            if u and not re.fullmatch(r"https?://[^/]+/?", u):
                sid = source(u)
                if sid not in ids:
                    ids.append(sid)
    return ";".join(ids)


# -- countries -------------------------------------------------------------------------------
ALIASES = {
    "Britain": "GBR", "United Kingdom": "GBR", "España": "ESP", "Vietnam": "VNM",
    "Viet Nam": "VNM", "Turkey": "TUR", "Türkiye": "TUR", "Micronesia": "FSM",
    "Micronesia (Federated States of)": "FSM", "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD", "Republic of Congo": "COG", "Congo": "COG",
    "Republic of the Congo": "COG", "St Vincent and the Grenadines": "VCT",
    "Saint Vincent and the Grenadines": "VCT", "Islamic Republic of Iran": "IRN",
    "Iran (Islamic Republic of)": "IRN", "People's Republic of China": "CHN", "China": "CHN",
    "Holy See": "VAT", "Laos": "LAO", "Lao People’s Democratic Republic": "LAO",
    "Côte d’Ivoire": "CIV", "Bolivia (Plurinational State of)": "BOL",
    "United Republic of Tanzania": "TZA", "Republic of Moldova": "MDA",
    "Republic of Korea": "KOR", "South Korea": "KOR", "Russian Federation": "RUS",
    "Kosovo": "XKX", "Cabo Verde": "CPV", "Eswatini": "SWZ", "Syria": "SYR",
    "Venezuela (Bolivarian Republic of)": "VEN", "Palestine": "PSE", "State of Palestine": "PSE",
    "United States": "USA", "United States of America": "USA", "Czech Republic": "CZE",
    "Gambia": "GMB", "The Gambia": "GMB", "Bahamas": "BHS", "Sao Tome and Principe": "STP",
    "St Kitts and Nevis": "KNA", "St Lucia": "LCA", "Saint Lucia": "LCA",
    "Saint Kitts and Nevis": "KNA", "Niger": "NER", "Sudan": "SDN", "Georgia": "GEO",
    "Dominica": "DMA", "Guinea": "GIN", "Republic of North Macedonia": "MKD", "Ruanda": "RWA",
    "The former Yugoslav Republic of Macedonia": "MKD", "Sao Tome & Principe": "STP",
    "UNSC resolution 1244-administered Kosovo": "XKX",
}
# English names as IOM and the UN write them, where ISO's form is 'Korea, Republic of'.
ENGLISH = {
    "BOL": "Bolivia (Plurinational State of)", "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia (Federated States of)", "IRN": "Iran (Islamic Republic of)",
    "KOR": "Republic of Korea", "PRK": "Democratic People's Republic of Korea",
    "MDA": "Republic of Moldova", "TZA": "United Republic of Tanzania",
    "VEN": "Venezuela (Bolivarian Republic of)", "VAT": "Holy See", "PSE": "State of Palestine",
    "TWN": "Taiwan Province of China", "USA": "United States of America",
    "GBR": "United Kingdom", "XKX": "Kosovo", "LAO": "Lao People's Democratic Republic",
    "SYR": "Syrian Arab Republic", "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands", "FLK": "Falkland Islands (Malvinas)",
    "MAF": "Saint Martin (French part)", "SXM": "Sint Maarten (Dutch part)",
    "BES": "Bonaire, Sint Eustatius and Saba",
}
FRENCH = {"SYR": "République arabe syrienne", "VAT": "Saint-Siège",
          "LAO": "République démocratique populaire lao", "XKX": "Kosovo",
          "BOL": "Bolivie (État plurinational de)", "VEN": "Venezuela (République bolivarienne du)",
          "PSE": "État de Palestine", "TWN": "Taïwan (province de Chine)",
          "COD": "République démocratique du Congo", "FSM": "Micronésie (États fédérés de)"}
SPANISH = {"VAT": "Santa Sede", "XKX": "Kosovo", "CIV": "Côte d'Ivoire",
           "BOL": "Bolivia (Estado Plurinacional de)",
           "VEN": "Venezuela (República Bolivariana de)", "PSE": "Estado de Palestina",
           "TWN": "Taiwán (provincia de China)", "FSM": "Micronesia (Estados Federados de)",
           "COD": "República Democrática del Congo", "SYR": "República Árabe Siria"}
# Names people also use (former names, short forms), beyond ISO's official and common names.
ALSO = {
    "TUR": ["Turkey"], "VNM": ["Vietnam"], "CIV": ["Ivory Coast"], "CZE": ["Czech Republic"],
    "MKD": ["the former Yugoslav Republic of Macedonia", "Macedonia"], "SWZ": ["Swaziland"],
    "CPV": ["Cape Verde"], "MMR": ["Burma"], "TLS": ["East Timor"], "VAT": ["Vatican"],
    "GBR": ["Britain", "Great Britain", "UK"], "USA": ["United States", "USA", "US"],
    "RUS": ["Russia"], "KOR": ["South Korea"], "PRK": ["North Korea"], "COD": ["DR Congo", "DRC"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"], "NLD": ["Holland"],
    "LAO": ["Laos", "Lao PDR"], "IRN": ["Iran"], "SYR": ["Syria"], "BOL": ["Bolivia"],
    "VEN": ["Venezuela"], "TZA": ["Tanzania"], "MDA": ["Moldova"], "FSM": ["Micronesia"],
    "PSE": ["Palestine"], "ESP": ["España"], "GMB": ["The Gambia"], "BHS": ["The Bahamas"],
    "SVK": ["Slovak Republic"], "KGZ": ["Kyrgyz Republic"],
}
TERRITORIES = {"HKG", "MAC", "TWN", "PSE", "XKX", "ABW", "CUW", "SXM", "PRI", "GUM", "NCL",
               "PYF", "BMU", "CYM", "TCA", "VGB", "AIA", "MSR", "GLP", "MTQ", "GUF", "REU",
               "MYT", "ESH", "FLK", "GRL", "FRO"}


def iso3_of(name):
    name = name.strip()
    if name in ALIASES:
        return ALIASES[name]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_3
    except LookupError:
        report["unresolved name"].append(name)
        return None


def invert(name):
    """'Corée, République de' -> 'République de Corée'."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    joined = tail + ("" if tail.endswith("'") else " ") + head
    return joined[0].upper() + joined[1:]


def names(iso3):
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:  # Kosovo: no ISO 3166 code
        return None, ENGLISH[iso3], FRENCH[iso3], SPANISH[iso3], []
    english = ENGLISH.get(iso3, getattr(c, "common_name", None) if "," in c.name else c.name)
    english = english or invert(c.name)
    other = [n for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
             if n and n != english and "," not in n]
    return (c.alpha_2, english, FRENCH.get(iso3, invert(FR.gettext(c.name))),
            SPANISH.get(iso3, invert(ES.gettext(c.name))), other)


country_sources = defaultdict(list)  # iso3 -> urls connecting it to IOM
spellings = defaultdict(list)  # iso3 -> names the sources use


def touch(iso3, name, url):
    if iso3:
        if url and url not in country_sources[iso3]:
            country_sources[iso3].append(url)
        if name and name not in spellings[iso3]:
            spellings[iso3].append(name)


# -- memberships -----------------------------------------------------------------------------
records = []  # dict(iso3, kind, start, end, session, resolution, urls, note)
for r in read(R + "/membership.csv"):
    iso3 = iso3_of(r["country"])
    touch(iso3, r["country"], r["source_urls"])
    kind = "member" if r["status"] in ("member", "former") else "observer"
    records.append(dict(iso3=iso3, kind=kind, start=r["since"], end=r["ended"],
                        session=r["council_session"], resolution=r["resolution"],
                        urls=[r["source_urls"]], quote=r["quote"]))
if os.path.exists(R + "/membership_more.csv"):
    grouped = defaultdict(dict)
    for r in read(R + "/membership_more.csv"):
        iso3 = r["iso3"].strip().upper() or iso3_of(r["country"])
        if iso3 and not pycountry.countries.get(alpha_3=iso3) and iso3 != "XKX":
            iso3 = iso3_of(r["country"])
        touch(iso3, r["country"], r["source_url"])
        field, value = r["field"].strip(), r["value"].strip()
        kind = "observer" if field.startswith("observer") else "member"
        if field == "status":
            kind = "observer" if value.startswith("observer") else "member"
        if field in ("council_session", "resolution"):
            # applies to the record of this page; member unless the page only has observer
            kinds = [k for (i, k, u) in grouped if i == iso3 and u == r["source_url"]]
            kind = kinds[0] if kinds else "member"
        rec = grouped[(iso3, kind, r["source_url"])]
        rec.setdefault("quote", r["quote"])
        rec.setdefault("seen", r["page_date"])
        if field.endswith("_since"):
            rec["start"] = value
        elif field.endswith("_until"):
            rec["end"] = value
        elif field == "council_session":
            rec["session"] = value
        elif field == "resolution":
            rec["resolution"] = value
        elif field == "iom_spelling":
            if value and value not in spellings[iso3]:
                spellings[iso3].append(value)
    for (iso3, kind, url), rec in grouped.items():
        if set(rec) <= {"quote"} and not any(
            r["field"] == "status" for r in []):
            pass
        if rec.get("start") and rec.get("end") and rec["end"] < rec["start"]:
            # one page giving a period that ended and a later one that began: two periods
            records.append(dict(iso3=iso3, kind=kind, start="", end=rec["end"], session="",
                                resolution="", urls=[url], quote=rec.get("quote", ""), seen=""))
            rec["end"] = ""
        records.append(dict(iso3=iso3, kind=kind, start=rec.get("start", ""),
                            end=rec.get("end", ""), session=rec.get("session", ""),
                            resolution=rec.get("resolution", ""), urls=[url],
                            quote=rec.get("quote", ""), seen=rec.get("seen", "")))

# Line 2 list: the names not already in the notes (the notes merged most of them)
records = [r for r in records if r["iso3"]]


def precise(dates):
    dates = [d for d in dates if d]
    return max(dates, key=len) if dates else ""


def same_time(a, b):
    return not a or not b or a[:4] == b[:4]


memberships, conflicts = [], []
by_key = defaultdict(list)
for r in records:
    by_key[(r["iso3"], r["kind"])].append(r)
periods = defaultdict(list)  # iso3 -> list of period dicts
for (iso3, kind), recs in by_key.items():
    closed = [r for r in recs if r["end"]]
    opened = [r for r in recs if not r["end"]]
    groups = []
    for r in sorted(closed, key=lambda r: r["start"]):
        for g in groups:
            if same_time(g[0]["start"], r["start"]) and same_time(g[0]["end"], r["end"]):
                g.append(r)
                break
        else:
            groups.append([r])
    # an open record dated before a closed period's end belongs to that closed period
    rest = []
    for r in opened:
        home = [g for g in groups if r["start"] and g[0]["start"][:4] == r["start"][:4]]
        (home[0] if home else rest).append(r)
    if rest:
        groups.append(rest)
    for g in groups:
        starts = sorted({r["start"] for r in g if r["start"]})
        years = sorted({s[:4] for s in starts})
        start = precise([s for s in starts if s[:4] == years[-1]]) if years else ""
        if len(years) > 1:  # sources disagree: the most-cited year leads, both are kept
            count = {y: sum(len(r["urls"]) for r in g if r["start"][:4] == y) for y in years}
            lead = max(years, key=lambda y: (count[y], len(precise([s for s in starts if s[:4] == y]))))
            start = precise([s for s in starts if s[:4] == lead])
        periods[iso3].append(dict(
            kind=kind, start=start, end=precise([r["end"] for r in g]),
            session=next((r["session"] for r in g if r["session"]), ""),
            resolution=next((r["resolution"] for r in g if r["resolution"]), ""),
            urls=[u for r in g for u in r["urls"]], group=g, years=years, status="confirmed",
            note=""))

# Sessions whose date a source gives but the admission notes do not: the 94th (IOM's release
# of November 2007, S106, "27-30 November") and the 108th (Kuwait's observer status: 2017 on
# IOM Cairo's page, at the 108th session that opened on 28 November).
SESSION_DATES = {"94th": "2007-11", "108th": "2017-11"}
for ps in periods.values():
    for p in ps:
        if not p["start"] and p["session"] in SESSION_DATES:
            p["start"] = SESSION_DATES[p["session"]]
            p["status"] = "derived"
            p["note"] = (p["note"] + " " if p["note"] else "") + "Month of the Council session."
# a country is not a member and an observer at once: an open observer period ends when
# membership begins (derived), and an undated status row joins the dated open period
for iso3, ps in periods.items():
    opened = [p for p in ps if not p["end"]]
    members = [p for p in opened if p["kind"] == "member"]
    observers = [p for p in opened if p["kind"] == "observer"]
    for o in observers:
        m = members[0] if members else None
        if m and (not o["start"] or not m["start"] or o["start"] <= m["start"]):
            if m["start"]:
                o["end"] = m["start"]
                o["note"] = "Observer until it became a member (end derived from the membership)."
                o["status"] = "derived" if o["status"] == "confirmed" else o["status"]
            else:  # an undated observer mention: said in the member row, with its sources
                seen = next((r.get("seen") for r in o["group"] if r.get("seen")), "")
                m["note"] = (m["note"] + " " if m["note"] else "") + (
                    f"Named an observer in {seen} by a source." if seen
                    else "Named an observer, undated, by a source.")
                m["urls"] += o["urls"]
                report["undated observer folded into membership"].append(iso3)
                o["end"] = "?"

session_dates = {}  # session -> earliest admission date
rows_by_country = defaultdict(list)
for iso3, ps in sorted(periods.items()):
    ps = [p for p in ps if p["end"] != "?"]
    ps.sort(key=lambda p: (p["start"] or "9999", p["kind"]))
    used = defaultdict(int)
    for p in ps:
        used[p["kind"]] += 1
        pid = f"{iso3.lower()}-{p['kind']}" + (f"-{used[p['kind']]}" if used[p["kind"]] > 1 else "")
        if sum(1 for q in ps if q["kind"] == p["kind"]) > 1 and used[p["kind"]] == 1:
            pid += "-1"
        p["id"] = pid
        if len(p["years"]) > 1:
            for y in p["years"]:
                urls = [u for r in p["group"] if r["start"][:4] == y for u in r["urls"]]
                value = precise([r["start"] for r in p["group"] if r["start"][:4] == y])
                conflicts.append([f"{pid}-start-{y}", f"memberships:{pid}", "start", value,
                                  "Sources give different years for joining.", cite(urls)])
        session = p["session"]
        if session and p["start"] and p["kind"] == "member":
            session_dates.setdefault(session, p["start"])
            session_dates[session] = min(session_dates[session], p["start"])
        rows_by_country[iso3].append(p)

# -- events: admissions at a Council session ----------------------------------------------------
EVENT_DAY = {"111th": "2020-11-24", "100th": "2011-12-05", "Special Council": "2016-06-30", "81st": "2001-06-07"}
events = []
by_session = defaultdict(list)
for iso3, ps in rows_by_country.items():
    for p in ps:
        if p["session"] and p["kind"] == "member" and p["start"]:
            by_session[p["session"]].append((iso3, p))
for session, members in sorted(by_session.items(), key=lambda kv: session_dates[kv[0]]):
    date = EVENT_DAY.get(session, session_dates[session])
    eid = f"{date}-council-{re.sub(r'[^a-z0-9]+', '-', session.lower()).strip('-')}-admits"
    country_names = sorted(names(i)[1] for i, _ in members)
    council = "a special session of the Council" if session == "Special Council" else f"the {session} Council"
    title_names = ", ".join(country_names[:3]) + (f" and {len(country_names) - 3} more" if len(country_names) > 3 else "")
    title = f"{session} Council admits {title_names}" if session != "Special Council" else f"Special Council admits {title_names}"
    description = (f"States admitted as members at {council}: " + ", ".join(country_names) + ".")
    urls = [u for _, p in members for u in p["urls"]]
    events.append([eid, date, title, description, "confirmed", cite(urls)])
    for _, p in members:
        p["event_id"] = eid

# -- offices, chiefs, contacts from the per-country notes ---------------------------------------
facts = []
for path in sorted(glob.glob(R + "/offices_*.csv") + [R + "/offices_manual.csv"]):
    if path.endswith("_sources.csv"):
        continue
    for r in read(path):
        home_page = re.fullmatch(r"https?://[^/]+/?", r.get("source_url", "").strip())
        if r.get("field") == "email":
            r["value"] = r["value"].split()[0] if r["value"].split() else ""
        if r.get("iso3") and r["iso3"] != "iso3" and r.get("value") and not home_page:
            r["iso3"] = r["iso3"].strip().upper()
            facts.append(r)
by_country = defaultdict(list)
for r in facts:
    by_country[r["iso3"]].append(r)
    touch(r["iso3"], r["country"], r["source_url"])

RO_UNIT = [("Pretoria", "sro-pretoria"), ("Brussels", "sro-brussels"), ("Dakar", "ro-dakar"),
           ("Nairobi", "ro-nairobi"), ("Cairo", "ro-cairo"), ("MENA", "ro-cairo"),
           ("Middle East", "ro-cairo"), ("Bangkok", "ro-bangkok"), ("Asia and the Pacific", "ro-bangkok"),
           ("Vienna", "ro-vienna"), ("Panama", "ro-panama"), ("Afrique de l’Ouest", "ro-dakar"),
           ("West and Central Africa", "ro-dakar"), ("East and Horn", "ro-nairobi"),
           ("Southern Africa", "sro-pretoria"), ("Americas", "ro-panama")]


def ro_unit(text):
    for key, unit in RO_UNIT:
        if key.lower() in text.lower():
            return unit
    return ""


offices, chiefs, contacts, coverage = [], [], [], []
chief_undated = []
for iso3, rs in sorted(by_country.items()):
    if not names(iso3)[1]:
        continue
    english = names(iso3)[1]
    get = lambda field: [r for r in rs if r["field"] == field]  # noqa: E731
    cities = get("city")
    city = cities[0]["value"].split(" (")[0] if cities else ""
    subs = []
    for r in get("sub_office"):
        for v in re.split(r";\s*", r["value"]):
            if v and v not in subs:
                subs.append(v)
    starts = get("present_since")
    years = sorted({re.findall(r"\d{4}", r["value"])[0] for r in starts if re.findall(r"\d{4}", r["value"])})
    start = years[0] if years else ""
    functions = "; ".join(dict.fromkeys(r["value"] for r in get("coordinating")))
    urls = [r["source_url"] for r in cities + get("sub_office") + starts + get("coordinating")]
    if city or subs or start or functions:
        oid = f"{iso3.lower()}-office"
        note = ""
        if len(years) > 1:
            by_year = {y: {r["source_url"] for r in starts if y in r["value"]} for y in years}
            shared = any(by_year[a] <= by_year[b] for a in years for b in years if a != b)
            if shared:  # one page gives two years: said in the note, not a disagreement
                note = "A source gives both " + " and ".join(years) + " for the start of IOM's presence."
            else:
                note = "Sources give different years for the start of IOM's presence."
                for y in years:
                    conflicts.append([f"{oid}-start-{y}", f"offices:{oid}", "start", y,
                                      "Sources give different years for the start of IOM's presence.",
                                      cite(sorted(by_year[y]))])
        offices.append([oid, iso3.lower(), f"IOM {english}", city, "; ".join(subs), start,
                        functions, note, "confirmed", cite(urls)])
    # chiefs: a name with its role, from the same page
    for r in get("chief_name"):
        roles = [x["value"] for x in get("chief_role") if x["source_url"] == r["source_url"]]
        role = roles[0] if roles else "Chief of Mission"
        date = r["page_date"] or next((x["page_date"] for x in get("chief_role") if x["source_url"] == r["source_url"] and x["page_date"]), "")
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date):
            chief_undated.append((iso3, r["value"], r["source_url"]))
            continue
        name, _, aside = r["value"].partition(" (")
        cid = f"{iso3.lower()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{date[:4]}"
        if any(c[0] == cid for c in chiefs):
            continue
        note = f"The source adds: {aside.rstrip(')')}." if aside else ""
        chiefs.append([cid, iso3.lower(), "", name, role, date, note, "confirmed", cite([r["source_url"]])])
    # contacts: what one page gives (address, telephone, e-mail), dated by that page
    pages = defaultdict(dict)
    for r in rs:
        if r["field"] in ("address", "phone", "email"):
            if r["field"] == "email" and ("[email" in r["value"] or "@" not in r["value"]):
                report["masked e-mail skipped"].append(iso3)
                continue
            pages[r["source_url"]].setdefault(r["field"], r["value"])
            if r["page_date"]:
                pages[r["source_url"]]["date"] = r["page_date"]
    for n, (url, c) in enumerate(sorted(pages.items(), key=lambda kv: kv[1].get("date", ""), reverse=True)):
        date = c.get("date", "")
        date = date if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date) else ""
        contacts.append([f"{iso3.lower()}-office" + (f"-{n + 1}" if n else ""), "", iso3.lower(),
                         f"IOM {english}" + (f", {city}" if city else ""), c.get("email", ""),
                         c.get("phone", ""), "", c.get("address", ""), date, "", "confirmed",
                         cite([url])])
    # reports to
    for r in get("reports_to"):
        unit = ro_unit(r["value"])
        coverage.append([f"{iso3.lower()}-{unit or 'ro'}-page", iso3.lower(), unit, r["value"],
                         "", "", "As the country's own page says (undated page)." if not r["page_date"] else "",
                         "confirmed", cite([r["source_url"]])])

# -- coverage lists of the regional offices (2011-2023) --------------------------------------------
OLD_RO = {  # office text -> (unit of today's tree that holds it, start)
    "Nairobi": "ro-nairobi", "Brussels": "sro-brussels", "San Jose": "", "South-Eastern Europe": "ro-vienna",
    "Buenos Aires": "", "Cairo": "ro-cairo", "Pretoria": "sro-pretoria", "Middle East": "ro-cairo",
    "West and Central": "ro-dakar",
}
AMERICAS_2024 = "https://americas.iom.int/en/who-we-are"
EUROPE_2024 = "https://eca.iom.int/iom-europe-and-central-asia"
seen_cov = set()
for r in read(R + "/coverage.csv"):
    if r["office"] == "office":
        continue
    iso3 = iso3_of(r["country"])
    if not iso3:
        continue
    touch(iso3, r["country"], r["source_url"])
    office = r["office"].strip()
    unit = next((u for k, u in OLD_RO.items() if k.lower() in office.lower()), "")
    city = next((k for k in ("Nairobi", "Brussels", "San José", "Vienna", "Buenos Aires", "Cairo", "Pretoria", "Dakar")
                 if k.split()[0].lower().replace("é", "e") in office.lower().replace("é", "e")
                 or (k == "Vienna" and "South-Eastern" in office) or (k == "Cairo" and "Middle East" in office)
                 or (k == "Dakar" and "West and Central" in office)), "")
    key = (iso3, city)
    if key in seen_cov:
        for c in coverage:
            if c[1] == iso3.lower() and c[3].endswith(city) and c[4] == "2011":
                c[8] = ";".join(dict.fromkeys(c[8].split(";") + [source(r["source_url"])]))
        continue
    seen_cov.add(key)
    label = f"Regional Office in {city}" if city else office
    coverage.append([f"{iso3.lower()}-2011", iso3.lower(), unit, label, "2011", "2023",
                     "The nine regional offices of 2011-2023 (dates of that set-up).", "confirmed",
                     cite([r["source_url"]])])
    if city in ("Buenos Aires", "San José"):
        coverage.append([f"{iso3.lower()}-2024", iso3.lower(), "ro-panama", "Regional Office in Panama City", "2024", "",
                         f"Derived: the 2024 Regional Office for the Americas merged the {city} office with the other American one.",
                         "derived", cite([r["source_url"], AMERICAS_2024])])
    if city in ("Vienna", "Brussels"):
        coverage.append([f"{iso3.lower()}-2024", iso3.lower(), "ro-vienna", "Regional Office in Vienna", "2024", "",
                         "Derived: the 2024 Regional Office for Europe and Central Asia merged the Vienna and Brussels offices.",
                         "derived", cite([r["source_url"], EUROPE_2024])])
# ids unique
ids = defaultdict(int)
for c in coverage:
    ids[c[0]] += 1
    if ids[c[0]] > 1:
        c[0] = f"{c[0]}-{ids[c[0]]}"

# -- regional directors and regional office contacts --------------------------------------------
ro_dir_skipped = []
for r in read(R + "/regional_offices.csv"):
    unit = ro_unit(r["city"] + " " + r["office"])
    if r["city"] in ("San José", "Buenos Aires"):
        unit = ""
    urls = r["source_urls"].split(";")
    if r["director_name"]:
        date = r["director_named_on"]
        if unit and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date or ""):
            cid = f"{unit}-{re.sub(r'[^a-z0-9]+', '-', r['director_name'].lower()).strip('-')}-{date[:4]}"
            if not any(c[0] == cid for c in chiefs):
                chiefs.append([cid, "", unit, r["director_name"], "Regional Director", date,
                               f"Named as {r['director_role']}." if len(r["director_role"]) < 120 else "",
                               "confirmed", cite(urls[:1])])
        else:
            ro_dir_skipped.append((r["director_name"], r["city"], date))
    if unit and (r["address"] or r["phone"] or r["email"]):
        year = re.findall(r"\b(19|20)(\d\d)\b", r["valid"])
        date = "".join(year[0]) if len(year) == 1 or r["valid"][:4].isdigit() else ""
        email = r["email"] if "@" in r["email"] and "[email" not in r["email"] else ""
        contacts.append([f"{unit}-{len(contacts)}", unit, "", f"Regional Office, {r['city']}",
                         email, r["phone"], "", r["address"], date, "", "confirmed", cite(urls[:1])])
for r in read(R + "/media_contacts.csv"):
    unit = ro_unit(r["office"])
    if unit and r["email"] and "@" in r["email"]:
        contacts.append([f"{unit}-media", unit, "", f"Press enquiries, {unit.split('-')[1].title()} regional office",
                         r["email"], r["phone"], "", "", r["page_date"], "", "confirmed",
                         cite([r["source_url"]])])
# coordinating/resource-mobilisation offices of the global pages
for r in read(R + "/coordinating_offices.csv"):
    m = re.match(r"IOM (Italy|Kazakhstan|Thailand|Australia|Guyana|Germany|Finland|United Kingdom|Japan|United States of America)\b", r["office"])
    if not m:
        continue
    iso3 = iso3_of(m.group(1))
    touch(iso3, m.group(1), r["source_url"])
    text = ("Country Office with Coordinating Functions, covering " + r["covers"]
            if r["function"].startswith("coordinating") else
            "Country Office with Resource Mobilization Functions")
    oid = f"{iso3.lower()}-office"
    hit = [o for o in offices if o[0] == oid]
    if not hit:
        offices.append([oid, iso3.lower(), f"IOM {names(iso3)[1]}", r["city"], "", "", text, "", "confirmed",
                        cite([r["source_url"]])])
    else:
        o = hit[0]
        if text not in o[6]:
            o[6] = "; ".join(x for x in (o[6], text) if x)
        o[3] = o[3] or r["city"]
        o[9] = ";".join(dict.fromkeys(o[9].split(";") + [source(r["source_url"])]))

# -- the countries table -----------------------------------------------------------------------------
countries = []
for iso3 in sorted(country_sources):
    iso2, english, french, spanish, other = names(iso3)
    also = ALSO.get(iso3, [])
    spelled = [s for s in spellings[iso3] if s not in (english,)]
    other_names = list(dict.fromkeys(n for n in also + other + spelled if n and n != english))
    kind = "territory" if iso3 in TERRITORIES else "state"
    countries.append([iso3.lower(), iso2 or "", iso3 if iso3 != "XKX" else "", english, french, spanish,
                      ";".join(other_names), kind, "confirmed",
                      cite(country_sources[iso3][:3] + ["ISO"])])

membership_rows = []
for iso3, ps in sorted(rows_by_country.items()):
    for p in ps:
        membership_rows.append([p["id"], iso3.lower(), p["kind"], p["start"], p["end"], p["session"],
                                p["resolution"], p.get("event_id", ""), p["note"], p["status"],
                                cite(p["urls"])])

# -- write -------------------------------------------------------------------------------------
new_sources_header = ["id", "title", "publisher", "date", "url", "kind", "note"]
write("countries.csv", ["id", "iso2", "iso3", "name", "name_fr", "name_es", "other_names", "kind", "status", "sources"], countries)
write("memberships.csv", ["id", "country_id", "kind", "start", "end", "session", "resolution", "event_id", "note", "status", "sources"], membership_rows)
write("offices.csv", ["id", "country_id", "name", "city", "sub_offices", "start", "functions", "note", "status", "sources"], offices)
write("coverage.csv", ["id", "country_id", "unit_id", "office", "start", "end", "note", "status", "sources"], coverage)
write("chiefs.csv", ["id", "country_id", "unit_id", "name", "role", "date", "note", "status", "sources"], chiefs)
base = read(BASE + "/contacts.csv")
write("contacts.csv", list(base[0].keys()), [list(r.values()) for r in base] + contacts)
base = read(BASE + "/events.csv")
write("events.csv", list(base[0].keys()), [list(r.values()) for r in base] + events)
base = read(BASE + "/conflicts.csv")
write("conflicts.csv", list(base[0].keys()), [list(r.values()) for r in base] + conflicts)
write("sources.csv", new_sources_header, [list(r.values()) for r in base_sources] + new_sources)

print(f"countries {len(countries)}, memberships {len(membership_rows)}, offices {len(offices)}, "
      f"coverage {len(coverage)}, chiefs {len(chiefs)}, contacts +{len(contacts)}, events +{len(events)}, "
      f"conflicts +{len(conflicts)}, sources +{len(new_sources)}")
print("chiefs undated (left out):", len(chief_undated), chief_undated[:5])
print("regional directors left out:", ro_dir_skipped)
for k, v in report.items():  # noqa
    print(k, len(v), v[:12])
