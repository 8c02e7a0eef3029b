"""Build resources/world.json, the map's country outlines, from Natural Earth's 1:110m
countries as the geopandas 0.14.4 wheel ships them: python -m devtools.world.

Natural Earth is in the public domain. geopandas stopped shipping the file after 0.14, so the
wheel is pinned; pip downloads it (no install) into build/wheels the first time. The shapefile
is read here with struct: polygons (type 5) and a dBASE table, nothing more is needed.
"""

from __future__ import annotations

import itertools
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "world.json"
WHEELS = ROOT / "build" / "wheels"
PACKAGE = "geopandas==0.14.4"
SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Natural Earth's lowres table leaves a few codes as -99; these are the names it uses.
CODES_BY_NAME = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}
PRECISION = 1  # decimals of a degree kept: 0.1° is about 11 km, finer than the map draws


def wheel() -> Path:
    found = sorted(WHEELS.glob("geopandas-0.14.4-*.whl"))
    if not found:
        WHEELS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", WHEELS, PACKAGE],
            check=True,
        )
        found = sorted(WHEELS.glob("geopandas-0.14.4-*.whl"))
    return found[0]


def read_dbf(data: bytes) -> list[dict[str, str]]:
    count, header_size, record_size = struct.unpack("<xxxxIHH", data[:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for n in range(count):
        record = data[header_size + n * record_size : header_size + (n + 1) * record_size]
        row, at = {}, 1  # the first byte marks a deleted record
        for name, size in fields:
            row[name] = record[at : at + size].decode("utf-8", "replace").strip()
            at += size
        rows.append(row)
    return rows


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each shape's rings as lists of (longitude, latitude)."""
    shapes, offset = [], 100
    while offset < len(data):
        _number, length = struct.unpack(">ii", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length * 2]
        offset += 8 + length * 2
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", body[44 : 44 + 4 * parts_count]))
        start = 44 + 4 * parts_count
        coords = struct.unpack(f"<{2 * points_count}d", body[start : start + 16 * points_count])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts, points_count]
        shapes.append([points[a:b] for a, b in itertools.pairwise(bounds)])
    return shapes


def simplified(ring: list[tuple[float, float]]) -> str:
    """The ring rounded to PRECISION, repeated points dropped, as "x y x y ..." text: one string
    per ring, so that the app reads one ring at a time instead of some 20,000 numbers at once."""
    flat: list[float] = []
    last = None
    for x, y in ring:
        point = (round(x, PRECISION), round(y, PRECISION))
        if point != last:
            flat += point
            last = point
    return " ".join(format(v, "g") for v in flat)


def build() -> dict:
    with zipfile.ZipFile(wheel()) as archive:
        table = read_dbf(archive.read(SHAPES + ".dbf"))
        shapes = read_polygons(archive.read(SHAPES + ".shp"))
    countries = []
    for row, rings in zip(table, shapes, strict=True):
        code = row.get("iso_a3", "")
        if code in ("", "-99"):
            code = CODES_BY_NAME.get(row.get("name", ""), "")
        if not code or code == "ATA" or not rings:
            continue  # Antarctica is left off; a shape without a code cannot be coloured
        flat = [simplified(r) for r in rings]
        kept = [r for r in flat if r.count(" ") >= 5]  # three points at least
        countries.append({"iso3": code, "name": row.get("name", ""), "rings": kept})
    countries.sort(key=lambda c: c["iso3"])
    return {
        "source": f"Natural Earth 1:110m countries (public domain), from the {PACKAGE} wheel",
        "countries": countries,
    }


def main() -> int:
    world = build()
    text = json.dumps(world, separators=(",", ":"), ensure_ascii=False)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode())} bytes): {len(world['countries'])} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
