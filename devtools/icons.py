"""The icon as PNGs in the hicolor sizes, drawn from the SVG at build time (the SVG stays the
one source): python -m devtools.icons --out FOLDER writes FOLDER/hicolor/NxN/apps/<id>.png."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from iomdesk import APP_ID

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def draw(svg: Path, out: Path) -> list[Path]:
    """Each size's PNG under out/hicolor, transparent around the drawing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.icons", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")
    args = parser.parse_args(argv)
    try:
        written = draw(SVG, args.out)
    except (OSError, ValueError) as error:
        print(f"icons: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} icons under {args.out / 'hicolor'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
