"""The history chart: one measure over time as a step line, the milestones as marks below it."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy

from iomdesk import i18n
from iomdesk.i18n import translate
from iomdesk.pictures import nice_top
from iomdesk.tabs import history
from iomdesk.views.picture import LinkedPicture, series_color
from iomdesk.views.picture_room import PICTURE_MIN

MARGIN = 6
MARK_STRIP = 16  # the milestones' row, under the plot
AXIS_HEIGHT = 18
LEGEND_HEIGHT = 18
HIT_RADIUS = 6.0
POINT_RADIUS = 4.0
DIMMED_ALPHA = 50
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
TOOLTIP_ITEMS = 6  # rows named in one tooltip where marks crowd together
GAP_YEARS = 5  # a longer wait between two figures is drawn dashed


class HistoryChart(LinkedPicture):
    """Clicking a point or a mark emits its row's key (history.history_key); the list's
    selection and search come back in."""

    item_clicked = Signal(str)
    file_name = "iomdesk-history.png"

    def __init__(self, items: list[history.HistoryItem], parent=None) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.measure: str | None = None
        self.data = history.history_chart(self.items, None)
        self._plot_key: tuple | None = None  # see plot_rect
        self._plot = QRectF()
        self._top_value = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(PICTURE_MIN)  # lower than that, it hides (PictureRoom)
        self.setMouseTracking(False)
        self.setAccessibleName(translate("pictures", "History chart"))
        self.setAccessibleDescription(self.text_alternative())

    def sizeHint(self) -> QSize:
        return QSize(900, 200)

    def set_measure(self, measure: str | None) -> None:
        self.measure = measure
        self.data = history.history_chart(self.items, measure)
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def title(self) -> str:
        if self.measure is None:
            return translate("pictures", "Milestones")
        return history.measure_name(self.measure)

    def text_alternative(self) -> str:
        values = "; ".join(
            f"{i18n.format_number(p.value)} ({p.tooltip.splitlines()[-1]})"
            for p in self.data.points
        )
        text = translate("pictures", "{measure} over time: {values}.").format(
            measure=self.title(), values=values or "—"
        )
        marks = translate("pictures", "{count} milestones marked below.").format(
            count=len(self.data.marks)
        )
        return f"{text} {marks}"

    # -- geometry ------------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _top(self) -> float:
        return MARGIN + QFontMetricsF(self._title_font()).height() + 4

    def _plot_height(self) -> float:
        below = MARK_STRIP + AXIS_HEIGHT + LEGEND_HEIGHT + MARGIN
        return max(10.0, self.height() - self._top() - below)

    def value_ticks(self) -> list[tuple[float, str]]:
        """Round values on the left axis, from 0 past the largest figure, as many as fit the
        height without touching (the last one is the axis' top)."""
        line = self._metrics().height()
        count = max(1, min(4, int(self._plot_height() // (line * 1.6))))
        step = nice_top(self.data.top / count)
        ticks = [0.0]
        while ticks[-1] < self.data.top and len(ticks) <= count + 1:
            ticks.append(step * len(ticks))
        return [(value, i18n.format_number(value)) for value in ticks]

    def axis_top(self) -> float:
        return self.value_ticks()[-1][0] or 1.0

    def plot_rect(self) -> QRectF:
        """Where the values are drawn; worked out once per size, font and measure."""
        key = (self.size(), self.font().key(), id(self.data))
        if self._plot_key != key:
            self._plot = self._plot_at_size()
            self._top_value = self.axis_top()
            self._plot_key = key
        return QRectF(self._plot)

    def _plot_at_size(self) -> QRectF:
        metrics = self._metrics()
        widest = max((metrics.horizontalAdvance(text) for _, text in self.value_ticks()), default=0)
        left = MARGIN + min(widest, self.width() / 3) + 6
        return QRectF(
            left, self._top(), max(10.0, self.width() - left - MARGIN), self._plot_height()
        )

    def has_years(self) -> bool:
        return self.data.last_year > self.data.first_year

    def x_for(self, year: float) -> float:
        plot = self.plot_rect()
        span = max(1, self.data.last_year - self.data.first_year)
        return plot.left() + (year - self.data.first_year) / span * plot.width()

    def y_for(self, value: float) -> float:
        plot = self.plot_rect()
        share = min(1.0, max(0.0, value / self._top_value)) if math.isfinite(value) else 1.0
        return plot.bottom() - share * plot.height()

    def point_positions(self) -> dict[str, QPointF]:
        return {p.key: QPointF(self.x_for(p.year), self.y_for(p.value)) for p in self.data.points}

    def mark_positions(self) -> dict[str, QPointF]:
        """Each milestone's mark: its middle, in the strip under the plot."""
        y = self.plot_rect().bottom() + MARK_STRIP / 2
        return {m.key: QPointF(self.x_for(m.year), y) for m in self.data.marks}

    def keys_near(self, point: QPointF) -> list[str]:
        """Points and marks within reach of a position, the nearest first."""
        found = []
        for key, where in self.point_positions().items():
            distance = math.hypot(where.x() - point.x(), where.y() - point.y())
            if distance <= HIT_RADIUS:
                found.append((distance, key))
        for key, where in self.mark_positions().items():
            # A mark is the whole strip's height: only across does distance count.
            if abs(where.y() - point.y()) <= MARK_STRIP / 2:
                distance = abs(where.x() - point.x())
                if distance <= HIT_RADIUS:
                    found.append((distance, key))
        return [key for _, key in sorted(found)]

    def has_gaps(self) -> bool:
        return any(b.year - a.year > GAP_YEARS for a, b in itertools.pairwise(self.data.points))

    def year_ticks(self) -> list[int]:
        """Years on the axis, spaced so that their labels never touch."""
        if not self.has_years():
            return []
        label = self._metrics().horizontalAdvance("0000") + 12
        per_year = self.plot_rect().width() / (self.data.last_year - self.data.first_year)
        step = next((s for s in YEAR_STEPS if s * per_year >= label), YEAR_STEPS[-1])
        first = -(-self.data.first_year // step) * step
        return list(range(first, self.data.last_year + 1, step))

    def text_items(self) -> list[tuple[QRectF, str]]:
        """Every text the chart draws and where: the title, the axes' labels, the legend."""
        metrics = self._metrics()
        height = metrics.height()
        plot = self.plot_rect()
        title_font = QFontMetricsF(self._title_font())
        title = title_font.elidedText(self.title(), Qt.TextElideMode.ElideRight, plot.width())
        items = [(QRectF(plot.left(), MARGIN, title_font.horizontalAdvance(title), height), title)]
        if not self.has_years():
            return items
        for value, text in self.value_ticks():
            width = min(metrics.horizontalAdvance(text), plot.left() - MARGIN - 6)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, width + 1)
            y = self.y_for(value) - height / 2
            items.append((QRectF(plot.left() - 6 - width, y, width, height), text))
        axis_top = plot.bottom() + MARK_STRIP + 2
        for year in self.year_ticks():
            width = metrics.horizontalAdvance(str(year))
            x = min(max(self.x_for(year) - width / 2, 0.0), self.width() - width)
            items.append((QRectF(x, axis_top, width, height), str(year)))
        return items + self.legend_items()

    def legend_items(self) -> list[tuple[QRectF, str]]:
        """The legend's texts, left to right after a 14-pixel key each; what does not fit is
        shortened, and left out when not even a word would fit."""
        metrics = self._metrics()
        y = self.height() - MARGIN - LEGEND_HEIGHT + 2
        x = self.plot_rect().left()
        entries = [translate("pictures", "Milestone")]
        if self.data.points:
            entries.insert(0, history.measure_name(self.measure or ""))
        if any(p.approx for p in self.data.points):
            entries.insert(1, translate("pictures", "approximate (hollow)"))
        if self.has_gaps():
            gap = translate("pictures", "dashed: no figure for over {years} years")
            entries.append(gap.format(years=GAP_YEARS))
        if self.data.undated:
            names = ", ".join(self.data.undated)
            entries.append(translate("pictures", "not drawn, no date: {names}").format(names=names))
        items = []
        for text in entries:
            room = self.width() - MARGIN - x - 16
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            if room < 40 or shown in ("", "…"):
                break
            width = metrics.horizontalAdvance(shown)
            items.append((QRectF(x + 16, y, width, metrics.height()), shown))
            x += 16 + width + 14
        return items

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self.has_years():
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate("pictures", "No dated milestones or figures to draw."),
            )
            return
        self._draw_grid(painter, palette, text)
        self._draw_steps(painter)
        self._draw_marks(painter, palette)
        self._draw_points(painter, palette)
        self._draw_legend_keys(painter, palette)
        painter.setPen(text)
        for n, (rect, label) in enumerate(self.text_items()):
            painter.setFont(self._title_font() if n == 0 else self.font())  # the title first
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )

    def _draw_grid(self, painter: QPainter, palette: QPalette, text: QColor) -> None:
        plot = self.plot_rect()
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(120)
        painter.setPen(QPen(grid, 1))
        for value, _label in self.value_ticks():
            y = self.y_for(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        strip = QRectF(plot.left(), plot.bottom(), plot.width(), MARK_STRIP)
        painter.fillRect(strip, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(text, 1))
        axis = strip.bottom()
        painter.drawLine(QPointF(plot.left(), axis), QPointF(plot.right(), axis))
        for year in self.year_ticks():
            x = self.x_for(year)
            painter.drawLine(QPointF(x, axis), QPointF(x, axis + 3))

    def _draw_steps(self, painter: QPainter) -> None:
        """The value holds from one figure to the next, dashed where no figure is known for
        more than GAP_YEARS (the line there is a guess); after the last it is not drawn."""
        points = self.data.points
        positions = self.point_positions()
        solid, dashed = QPainterPath(), QPainterPath()
        for before, after in itertools.pairwise(points):
            start, end = positions[before.key], positions[after.key]
            path = dashed if after.year - before.year > GAP_YEARS else solid
            path.moveTo(start)
            path.lineTo(QPointF(end.x(), start.y()))
            solid.moveTo(QPointF(end.x(), start.y()))
            solid.lineTo(end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(series_color(0), 2))
        painter.drawPath(solid)
        painter.setPen(QPen(series_color(0), 2, Qt.PenStyle.DashLine))
        painter.drawPath(dashed)

    def _draw_points(self, painter: QPainter, palette: QPalette) -> None:
        background = palette.color(QPalette.ColorRole.Window)
        positions = self.point_positions()
        for point in self.data.points:
            color = series_color(0)
            if self.dimmed(point.key):
                color.setAlpha(DIMMED_ALPHA)
            painter.setPen(QPen(color, 2))
            # Hollow (approximate) dots hide the line behind them, unless the search dims them.
            hollow = Qt.BrushStyle.NoBrush if self.dimmed(point.key) else background
            painter.setBrush(hollow if point.approx else color)
            painter.drawEllipse(positions[point.key], POINT_RADIUS, POINT_RADIUS)
        selected = positions.get(self.selected or "")
        if selected is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
            painter.drawEllipse(selected, POINT_RADIUS + 3, POINT_RADIUS + 3)

    def _draw_marks(self, painter: QPainter, palette: QPalette) -> None:
        """A tick per milestone; matches drawn last, so a dimmed neighbour never covers one."""
        plot = self.plot_rect()
        positions = self.mark_positions()
        half = MARK_STRIP / 2 - 2
        marks = sorted(self.data.marks, key=lambda m: not self.dimmed(m.key))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for mark in marks:
            color = series_color(1)
            if self.dimmed(mark.key):
                color.setAlpha(DIMMED_ALPHA)
            where = positions[mark.key]
            painter.setPen(QPen(color, 3))
            painter.drawLine(
                QPointF(where.x(), where.y() - half), QPointF(where.x(), where.y() + half)
            )
        selected = positions.get(self.selected or "")
        if selected is not None:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(selected.x(), plot.top()), QPointF(selected.x(), plot.bottom())
            )
            painter.setPen(QPen(highlight, 5))
            painter.drawLine(
                QPointF(selected.x(), selected.y() - half),
                QPointF(selected.x(), selected.y() + half),
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _draw_legend_keys(self, painter: QPainter, palette: QPalette) -> None:
        """The little key drawn left of each legend text (the texts come with the others)."""
        legend = self.legend_items()
        keys = ["measure"] if self.data.points else []
        if any(p.approx for p in self.data.points):
            keys.append("approx")
        keys.append("mark")
        if self.has_gaps():
            keys.append("gap")
        for (rect, _text), key in zip(legend, keys, strict=False):
            middle = QPointF(rect.left() - 9, rect.center().y())
            if key == "mark":
                painter.setPen(QPen(series_color(1), 3))
                painter.drawLine(middle + QPointF(0, -6), middle + QPointF(0, 6))
            elif key == "gap":
                painter.setPen(QPen(series_color(0), 2, Qt.PenStyle.DashLine))
                painter.drawLine(middle + QPointF(-6, 0), middle + QPointF(6, 0))
            else:
                painter.setPen(QPen(series_color(0), 2))
                filled = key == "measure"
                painter.setBrush(
                    series_color(0) if filled else palette.color(QPalette.ColorRole.Window)
                )
                painter.drawEllipse(middle, POINT_RADIUS, POINT_RADIUS)

    # -- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        near = self.keys_near(event.position())
        if near:
            self.set_selected(near[0])
            self.item_clicked.emit(near[0])
        super().mousePressEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        near = self.keys_near(point)
        return self.tooltip_for(near) if near else ""

    def tooltip_for(self, keys: list[str]) -> str:
        """Name and date of each row under the pointer (the nearest first)."""
        tips = {p.key: p.tooltip for p in self.data.points}
        tips.update({m.key: m.tooltip for m in self.data.marks})
        shown = [tips[k] for k in keys[:TOOLTIP_ITEMS]]
        if len(keys) > TOOLTIP_ITEMS:
            more = len(keys) - TOOLTIP_ITEMS
            shown.append(translate("pictures", "… and {count} more").format(count=more))
        return "\n\n".join(shown)
