"""Append rows to /tmp/research/<name>.csv and sources to <name>_sources.csv.

usage: python3 /tmp/research/append.py NAME < rows.json
rows.json: a JSON list; each item either
  [iso3, country, field, value, page_date, source_url, quote]   (a fact)
  ["SRC", url, title, publisher, date, what]                     (a source)
"""
import csv, json, sys, os
name = sys.argv[1]
rows = json.loads(sys.stdin.read())
facts = os.path.join("/tmp/research", name + ".csv")
srcs = os.path.join("/tmp/research", name + "_sources.csv")
for path, header in ((facts, ["iso3","country","field","value","page_date","source_url","quote"]),
                     (srcs, ["url","title","publisher","date","what"])):
    if not os.path.exists(path):
        with open(path, "w", newline="") as f:
            csv.writer(f).writerow(header)
n = m = 0
with open(facts, "a", newline="") as f, open(srcs, "a", newline="") as g:
    fw, gw = csv.writer(f), csv.writer(g)
    for r in rows:
        if r[0] == "SRC":
            assert len(r) == 6, r
            gw.writerow(r[1:]); m += 1
        else:
            assert len(r) == 7, r
            assert len(r[6]) <= 220, ("quote too long", r)
            fw.writerow(r); n += 1
print(f"appended {n} facts, {m} sources to {name}")
