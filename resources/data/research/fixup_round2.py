"""Hand corrections after merge_more.py (round two)."""
import csv, os
DATA = os.environ.get("DATA", "/work/main/resources/data")
def load(name):
    with open(f"{DATA}/{name}.csv", encoding="utf-8", newline="") as f:
        r = csv.DictReader(f); return r.fieldnames, list(r)
def save(name, h, rows):
    with open(f"{DATA}/{name}.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, h, lineterminator="\n"); w.writeheader(); w.writerows(rows)
src_h, sources = load("sources")
by_url = {s["url"]: s["id"] for s in sources}
def sid(url): return by_url[url]
EXT = "https://exteriores.gob.es/RepresentacionesPermanentes/oficinadelasnacionesunidas/es/Organismo/Paginas/Convenios-y-otras-OOII/OIM.aspx"
SERV = "https://servimedia.es/noticias/gobierno-aprueba-apertura-una-oficina-espana-organizacion-internacional-para-migraciones/1411316693"
RRHH = "https://rrhhdigital.com/secciones/44772/Espana-se-integra-a-la-Organizacion-Internacional-para-las-Migraciones"
SDN1 = "https://sudan.iom.int/news/iom-invited-address-sudan-national-assembly-hearing-migration-and-refugees"
SDN2 = "http://web.archive.org/web/20120310183842/http:/www.iom.int/jahia/Jahia/activities/africa-and-middle-east/east-africa/sudan/cache/offonce/"
n = max(int(s["id"][1:]) for s in sources if s["id"][1:].isdigit()) + 1
notes = {}
for path in ("/tmp/research/members_gap_sources.csv",):
    with open(path, encoding="utf-8", newline="") as f:
        for s in csv.DictReader(f): notes[s["url"]] = s
for url in (EXT, RRHH, SDN1, SDN2):
    if url not in by_url:
        s = notes[url]
        sources.append({"id": f"S{n}", "title": s["title"], "publisher": s["publisher"], "date": s["date"],
                        "url": url, "kind": "public", "note": s["what"]})
        by_url[url] = f"S{n}"; n += 1
save("sources", src_h, sources)
mh, ms = load("memberships")
def m(id_, c, kind, start, end, note, urls):
    if any(r["id"] == id_ for r in ms): return
    ms.append({"id": id_, "country_id": c, "kind": kind, "start": start, "end": end, "session": "",
               "resolution": "", "event_id": "", "note": note, "status": "confirmed",
               "sources": ";".join(sid(u) for u in urls)})
m("esp-member-2006", "esp", "member", "2006", "", "Spain rejoined as a full member after almost 30 years as an observer; the Council admitted it by acclamation, together with Mauritius.", [EXT, SERV, RRHH])
m("sdn-member", "sdn", "member", "1998", "", "", [SDN1, SDN2])
save("memberships", mh, ms)
ch, cs = load("conflicts")
def cf(id_, subject, field, value, note, urls):
    if any(r["id"] == id_ for r in cs): return
    cs.append({"id": id_, "subject": subject, "field": field, "value": value, "note": note,
               "sources": ";".join(sid(u) for u in urls)})
cf("esp-member-start-1956", "memberships:esp-member", "start", "1956-05-04", "A news agency item of 2008: Spain joined the Committee on 4 May 1956.", [SERV])
cf("esp-member-start-1958", "memberships:esp-member", "start", "1958", "Spain's permanent mission in Geneva: a full member from 1958.", [EXT])
cf("esp-member-end-1977", "memberships:esp-member", "end", "1977", "A news agency item of 2008: Spain became an observer in 1977.", [SERV])
cf("esp-member-end-1979", "memberships:esp-member", "end", "1979", "Spain's permanent mission in Geneva: a full member until 1979.", [EXT])
save("conflicts", ch, cs)
# chiefs: roles the merge could not put in plain words
hh, hs = load("chiefs")
fix = {
 "caf-jan-de-wilde-2014": ("Head of Office", "The page calls the post Responsable de l'OIM en RCA."),
 "cze-lucie-sladkova-2015": (None, "Head of Office from 2000 to 2019, as IOM Czechia's history says."),
 "chn-gerard-r-pascua-2007": (None, "The first head of the liaison office, opened in 2007."),
 "cri-isis-orozco-2021": ("Officer in Charge", None),
 "ben-fatou-diallo-ndiaye-2023": ("Chief of Mission", "Resident in Accra, Ghana; the page calls the post Chef de Mission."),
 "bhs-patrice-quesada-2024": (None, "Covers the Bahamas from the Caribbean coordination office; named on a visit."),
 "bhs-jan-willem-wegdam-2019": (None, "Led the response to Hurricane Dorian in 2019."),
}
for r in hs:
    if r["id"] in fix:
        role, note = fix[r["id"]]
        if role: r["role"] = role
        if note: r["note"] = note
save("chiefs", hh, hs)
oh, os_ = load("offices")
for r in os_:
    if r["id"] == "cub-office":
        r["city"] = ""; r["note"] = "The page names IOM's office in Cuba at a training held in Havana; it does not give the office's seat."
save("offices", oh, os_)
kh, ks = load("contacts")
for r in ks:
    if r["id"] == "aut-office" and not r["note"]:
        r["note"] = "The page gives this telephone for the integration and labour mobility unit."
    if r["id"] == "afg-office" and not r["note"]:
        r["note"] = "From a third-party directory, not an IOM page."
save("contacts", kh, ks)
print("fixup done")

# after merging chiefs_more.csv
hh, hs = load("chiefs")
for r in hs:
    if r["id"] == "ro-panama-michele-klein-solomon-2021":
        r["note"] = ("Then Regional Director of the office in San José, which the Regional Office "
                     "for the Americas in Panama City replaced in 2024.")
    if r["id"] == "lby-nicoletta-giordano-2025":
        r["role"], r["note"] = "Head of Mission", "The page calls her Head of the IOM Mission in Libya."
save("chiefs", hh, hs)
print("chiefs fixed")
