"""The world map above the Countries list: each country filled by what the chosen colouring
says of it, outlines from resources/world.json (Natural Earth, public domain)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy

from iomdesk.i18n import translate
from iomdesk.views.picture import LinkedPicture, is_dark
from iomdesk.views.picture_room import PICTURE_MIN

NORTH, SOUTH = 84.0, -58.0  # latitudes drawn: Antarctica is left off
MARGIN = 6
LEGEND_HEIGHT = 20
DIMMED_ALPHA = 45


def world_path() -> Path:
    """resources/world.json in a checkout, iomdesk/resources/world.json once installed."""
    from iomdesk.database import default_path

    return default_path().parent / "world.json"


def load_outlines(path: Path | None = None) -> dict[str, QPainterPath]:
    """Each country's outline by its ISO 3166 alpha-3 code, in degrees (y grows north)."""
    try:
        world = json.loads((path or world_path()).read_text(encoding="utf-8"))
        shapes = world["countries"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # the list works without the map; the map says it has no outlines
    outlines: dict[str, QPainterPath] = {}
    for shape in shapes if isinstance(shapes, list) else []:
        rings = shape.get("rings") if isinstance(shape, dict) else None
        if not isinstance(rings, list):
            continue  # a damaged country is left off; the others are drawn
        path = outlines.setdefault(str(shape.get("iso3", "")).lower(), QPainterPath())
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in rings:  # "x y x y ...": one ring's numbers at a time
            try:
                numbers = [float(n) for n in str(ring).split()]
            except ValueError:
                continue
            if len(numbers) >= 6:
                path.addPolygon(QPolygonF(list(map(QPointF, numbers[0::2], numbers[1::2]))))
                path.closeSubpath()
    return outlines


class WorldMap(LinkedPicture):
    """Countries by key (the Countries tab's ids: ISO alpha-3 in lower case). colours maps a
    key to (colour, legend label); a key with no outline at this scale is counted in the
    legend instead. Clicking a country emits its key; hovering names it."""

    country_clicked = Signal(str)
    file_name = "iomdesk-map.png"

    def __init__(self, names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.names = names  # key -> the name shown in the tooltip
        self.outlines = load_outlines()
        self.colours: dict[str, tuple[QColor, str]] = {}
        self.legend: list[tuple[QColor, str]] = []
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(PICTURE_MIN)  # lower than that, it hides (PictureRoom)
        self.setAccessibleName(translate("pictures", "World map"))

    def sizeHint(self) -> QSize:
        return QSize(900, 300)

    def set_colours(
        self, title: str, colours: dict[str, tuple[QColor, str]], legend: list[tuple[QColor, str]]
    ) -> None:
        self.title, self.colours, self.legend = title, colours, legend
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def missing(self) -> list[str]:
        """Countries in the list that the outlines do not draw (islands too small for them)."""
        return sorted(k for k in self.names if k not in self.outlines)

    def text_alternative(self) -> str:
        counts: dict[str, int] = {}
        for _colour, label in self.colours.values():
            counts[label] = counts.get(label, 0) + 1
        parts = [f"{label}: {counts.get(label, 0)}" for _c, label in self.legend]
        return f"{self.title}. " + "; ".join(parts)

    # -- geometry ----------------------------------------------------------------------------

    def map_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - LEGEND_HEIGHT)
        ratio = 360.0 / (NORTH - SOUTH)
        width = min(area.width(), area.height() * ratio)
        height = width / ratio
        return QRectF(area.center().x() - width / 2, area.top(), width, height)

    def transform(self) -> QTransform:
        """Degrees to pixels: longitude to x, latitude (north up) to y."""
        rect = self.map_rect()
        scale = rect.width() / 360.0
        left, top = rect.left() + 180 * scale, rect.top() + NORTH * scale
        return QTransform(scale, 0, 0, -scale, left, top)

    def key_at(self, point: QPointF) -> str | None:
        inverted, ok = self.transform().inverted()
        if not ok:
            return None
        degrees = inverted.map(point)
        for key, path in self.outlines.items():
            if path.contains(degrees):
                return key
        return None

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        if not self.outlines:
            painter.setPen(text)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("pictures", "The map's outlines could not be read."),
            )
            return
        unknown = QColor("#5a5a5a") if is_dark(self) else QColor("#d9d9d9")
        edge = palette.color(QPalette.ColorRole.Base)
        painter.save()
        painter.setTransform(self.transform())
        pen = QPen(edge, 0)  # cosmetic: one pixel whatever the scale
        pen.setCosmetic(True)
        for key, path in self.outlines.items():
            colour = QColor(self.colours[key][0]) if key in self.colours else QColor(unknown)
            if self.dimmed(key):
                colour.setAlpha(DIMMED_ALPHA)
            painter.setPen(pen)
            painter.setBrush(colour)
            painter.drawPath(path)
        if self.selected in self.outlines:
            outline = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
            outline.setCosmetic(True)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.outlines[self.selected])
        painter.restore()
        self._draw_legend(painter, text, unknown)

    def _draw_legend(self, painter: QPainter, text: QColor, unknown: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        y = self.height() - MARGIN - LEGEND_HEIGHT / 2
        x = float(MARGIN)
        items = [*self.legend, (unknown, translate("pictures", "not found in the stored sources"))]
        missing = len(self.missing())
        painter.setPen(text)
        if self.title:
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), self.title + ":")
            x += metrics.horizontalAdvance(self.title + ":") + 10
        for colour, label in items:
            painter.setBrush(colour)
            painter.setPen(QPen(text, 0.5))
            painter.drawRect(QRectF(x, y - 5, 10, 10))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2 - 1), label)
            x += 14 + metrics.horizontalAdvance(label) + 14
        if missing:
            note = translate("pictures", "{count} in the list are too small for the map").format(
                count=missing
            )
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), note)

    # -- interaction -------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        key = self.key_at(event.position())
        if key and key in self.names:
            self.set_selected(key)
            self.country_clicked.emit(key)
        super().mousePressEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        key = self.key_at(point)
        return self.tooltip_for(key) if key else ""

    def tooltip_for(self, key: str) -> str:
        name = self.names.get(key)
        if name is None:  # drawn, but no stored source connects it to IOM
            return translate("pictures", "Not in the list: no stored source names it")
        label = self.colours.get(key, (None, translate("pictures", "not found")))[1]
        return f"{name}\n{label}"
