"""The leadership timeline: a bar per tenure on a year axis, name eras as bands, deputies below."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy

from iomdesk.i18n import translate
from iomdesk.store import Store
from iomdesk.tabs.leadership import LeaderRow, timeline
from iomdesk.views.picture import LinkedPicture, is_dark, series_color, text_on
from iomdesk.views.picture_room import PICTURE_MIN

LANE_LABEL_WIDTH = 78
ERA_HEIGHT = 18
AXIS_HEIGHT = 20
LEGEND_HEIGHT = 20
MARGIN = 6


class TimelineWidget(LinkedPicture):
    """Clicking a bar emits its tenure; the table's selection and search come back in."""

    tenure_clicked = Signal(str)
    file_name = "iomdesk-timeline.png"

    def __init__(self, store: Store, rows: list[LeaderRow], parent=None) -> None:
        super().__init__(parent)
        self.data = timeline(store, rows)
        self._labels_key: tuple | None = None  # see bar_labels
        self._labels: list[tuple[str, QRectF, str, QColor]] = []
        self.colors = {n: series_color(i) for i, n in enumerate(self.data.nationalities())}
        self._rects: dict[str, QRectF] = {}
        self._rects_size = QSize()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(PICTURE_MIN)  # lower than that, it hides (PictureRoom)
        self.setAccessibleName(translate("pictures", "Leadership timeline"))
        self.setAccessibleDescription(self.text_alternative())

    def sizeHint(self) -> QSize:
        return QSize(900, 190)

    def text_alternative(self) -> str:
        heads = [b for b in self.data.bars if b.lane == 0]
        text = (
            translate("pictures", "Heads of the organisation in order:")
            + " "
            + "; ".join(f"{b.label} ({int(b.start)}–{int(b.end)})" for b in heads)
        )
        return f"{text}. {self.undated_text()}" if self.data.undated else text

    # -- geometry ------------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(
            LANE_LABEL_WIDTH,
            MARGIN + ERA_HEIGHT + 2,
            max(10.0, self.width() - LANE_LABEL_WIDTH - MARGIN),
            max(10.0, self.height() - 2 * MARGIN - ERA_HEIGHT - AXIS_HEIGHT - LEGEND_HEIGHT - 2),
        )

    def x_for(self, year: float) -> float:
        plot = self.plot_rect()
        span = self.data.last_year - self.data.first_year
        return plot.left() + (year - self.data.first_year) / span * plot.width()

    def lane_rect(self, lane: int) -> QRectF:
        plot = self.plot_rect()
        # The heads' lane is as tall as all deputy lanes together: it is the main story.
        deputy_lanes = max(1, self.data.lanes - 1)
        head_height = plot.height() / 2
        if lane == 0:
            return QRectF(plot.left(), plot.top(), plot.width(), head_height)
        height = (plot.height() - head_height) / deputy_lanes
        top = plot.top() + head_height + (lane - 1) * height
        return QRectF(plot.left(), top, plot.width(), height)

    def bar_rects(self) -> dict[str, QRectF]:
        """Every bar's rectangle at the current size (worked out once per size)."""
        if self._rects_size != self.size():
            lanes = [self.lane_rect(n) for n in range(self.data.lanes)]
            self._rects = {}
            for bar in self.data.bars:
                lane = lanes[bar.lane]
                left, right = self.x_for(bar.start), self.x_for(bar.end)
                self._rects[bar.tenure_id] = QRectF(
                    left, lane.top() + 2, max(2.0, right - left - 1), max(1.0, lane.height() - 4)
                )
            self._rects_size = self.size()
        return self._rects

    def bar_rect(self, tenure_id: str) -> QRectF:
        return self.bar_rects().get(tenure_id, QRectF())

    def bar_at(self, point: QPointF) -> str | None:
        for tenure_id, rect in self.bar_rects().items():
            if rect.contains(point):
                return tenure_id
        return None

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self._draw_eras(painter, palette, text)
        self._draw_lanes(painter, text)
        self._draw_bars(painter, palette)
        self._draw_axis(painter, text)
        self._draw_legend(painter, text)

    def _draw_eras(self, painter: QPainter, palette: QPalette, text: QColor) -> None:
        plot = self.plot_rect()
        shades = (
            palette.color(QPalette.ColorRole.AlternateBase),
            palette.color(QPalette.ColorRole.Base),
        )
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for i, era in enumerate(self.data.eras):
            left = max(plot.left(), self.x_for(era.start))
            right = min(plot.right(), self.x_for(era.end))
            band = QRectF(left, MARGIN, right - left, plot.bottom() - MARGIN)
            painter.fillRect(band, shades[i % 2])
            label = QRectF(left + 2, MARGIN, right - left - 4, ERA_HEIGHT)
            elided = QFontMetrics(small).elidedText(
                era.acronym, Qt.TextElideMode.ElideRight, int(label.width())
            )
            painter.setPen(text)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, elided)

    def _draw_lanes(self, painter: QPainter, text: QColor) -> None:
        painter.setFont(self.font())
        painter.setPen(text)
        heads = self.lane_rect(0)
        painter.drawText(
            QRectF(0, heads.top(), LANE_LABEL_WIDTH - 6, heads.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            translate("pictures", "Heads"),
        )
        if self.data.lanes > 1:
            first, last = self.lane_rect(1), self.lane_rect(self.data.lanes - 1)
            painter.drawText(
                QRectF(0, first.top(), LANE_LABEL_WIDTH - 6, last.bottom() - first.top()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                translate("pictures", "Deputies"),
            )

    def _draw_bars(self, painter: QPainter, palette: QPalette) -> None:
        """Bars in one drawRects call per colour: a thousand leaders still paint quickly."""
        rects = self.bar_rects()
        batches: dict[tuple[str, bool], list[QRectF]] = {}
        edges: list[QRectF] = []
        for bar in self.data.bars:
            rect = rects[bar.tenure_id]
            dimmed = self.matching is not None and bar.tenure_id not in self.matching
            batches.setdefault((bar.nationality, dimmed), []).append(rect)
            if bar.uncertain:  # dates that are only leads get a pale end
                edges.append(QRectF(rect.right() - 6, rect.top(), 6, rect.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for (nationality, dimmed), group in batches.items():
            color = QColor(self.colors[nationality])
            if dimmed:
                color.setAlpha(55)
            painter.setBrush(color)
            painter.drawRects(group)
        if edges:
            painter.setBrush(QColor(0, 0, 0, 90) if is_dark(self) else QColor(255, 255, 255, 110))
            painter.drawRects(edges)
        selected = rects.get(self.selected or "")
        if selected is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(selected.adjusted(-1, -1, 1, 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        faded: dict[int, QColor] = {}
        for tenure_id, rect, label, ink in self.bar_labels():
            if self.matching is not None and tenure_id not in self.matching:
                ink = faded.setdefault(id(ink), QColor(ink.red(), ink.green(), ink.blue(), 90))
            painter.setPen(ink)
            painter.drawText(rect, align, label)

    def bar_labels(self) -> list[tuple[str, QRectF, str, QColor]]:
        """The names that fit in their bars, elided, with their ink: worked out once per size
        and font, since typing a search only dims bars (eliding a thousand names per keystroke
        cost a third of each repaint)."""
        key = (self.size(), self.font().key())
        if self._labels_key != key:
            metrics = QFontMetrics(self.font())
            min_height = metrics.height() - 2
            inks = {n: text_on(color) for n, color in self.colors.items()}
            rects = self.bar_rects()
            self._labels = []
            for bar in self.data.bars:
                rect = rects[bar.tenure_id]
                if rect.width() <= 24 or rect.height() < min_height:
                    continue
                width = int(rect.width() - 6)
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, width)
                if label and label != "…":
                    inner = rect.adjusted(3, 0, -3, 0)
                    self._labels.append((bar.tenure_id, inner, label, inks[bar.nationality]))
            self._labels_key = key
        return self._labels

    def _draw_axis(self, painter: QPainter, text: QColor) -> None:
        plot = self.plot_rect()
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        metrics = QFontMetrics(self.font())
        step = 10 if plot.width() / ((self.data.last_year - self.data.first_year) / 10) > 40 else 20
        first = (self.data.first_year // step + 1) * step
        for year in range(first, self.data.last_year + 1, step):
            x = self.x_for(year)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            width = metrics.horizontalAdvance(str(year))
            painter.drawText(
                QPointF(x - width / 2, plot.bottom() + 4 + metrics.ascent()), str(year)
            )

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        x = float(LANE_LABEL_WIDTH)
        y = self.height() - MARGIN - LEGEND_HEIGHT + 4
        for nationality, color in self.colors.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + 2, 12, 12))
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, y + 2 + metrics.ascent() - 1), nationality)
            x += 16 + metrics.horizontalAdvance(nationality) + 14
        if any(bar.uncertain for bar in self.data.bars):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#999999"))
            painter.drawRect(QRectF(x, y + 2, 12, 12))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
            painter.setOpacity(0.5)
            painter.drawRect(QRectF(x + 7, y + 2, 5, 12))
            painter.setOpacity(1.0)
            painter.setPen(text)
            pale = translate("pictures", "pale end: dates not confirmed")
            painter.drawText(QPointF(x + 16, y + 2 + metrics.ascent() - 1), pale)
            x += 16 + metrics.horizontalAdvance(pale) + 14
        if self.data.undated:
            painter.setPen(text)
            painter.drawText(QPointF(x, y + 2 + metrics.ascent() - 1), self.undated_text())

    def undated_text(self) -> str:
        """Posts without a start date cannot be placed; they are named rather than left out."""
        return translate("pictures", "not drawn, no start date: {names}").format(
            names=", ".join(self.data.undated)
        )

    # -- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        tenure_id = self.bar_at(event.position())
        if tenure_id is not None:
            self.set_selected(tenure_id)
            self.tenure_clicked.emit(tenure_id)
        super().mousePressEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        tenure_id = self.bar_at(point)
        bar = next((b for b in self.data.bars if b.tenure_id == tenure_id), None)
        return bar.tooltip if bar is not None else ""
