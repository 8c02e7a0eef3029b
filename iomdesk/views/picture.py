"""What the pictures share: colours that read on light and dark palettes, PNG export, and the
selection and search that link a picture to its list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from iomdesk.i18n import translate
from iomdesk.models.guard import report_once

# Okabe–Ito's seven colours (told apart by people with colour-blindness), then three of Paul
# Tol's muted ones (olive, wine, indigo) that stay apart from them: the closest pair of the
# ten is as far apart as Okabe–Ito's own two blues (CIELAB ΔE 26). No grey: grey means "not
# known" (the timeline's pale end, the map's countries without data).
SERIES = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999933",
    "#882255",
    "#332288",
)


def series_color(index: int) -> QColor:
    """The index-th colour; past the ten, further hues (golden-angle steps), never a repeat
    of one drawn beside it."""
    if index < len(SERIES):
        return QColor(SERIES[index])
    step = index - len(SERIES)
    return QColor.fromHslF((0.07 + step * 0.618034) % 1.0, 0.7, 0.38 if step % 2 else 0.55)


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on the colour."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class PictureWidget(QWidget):
    """A widget drawn with QPainter that can save itself as a PNG at twice its size.

    Subclasses draw in draw(painter). A bug there must not end the app or leave half a
    picture: the painter is always ended, the widget shows a short notice instead, and the
    error is reported once per widget, after the paint (never a dialog inside a paint event).
    """

    file_name = "iomdesk-picture.png"  # what File > Export picture proposes

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self.draw(painter)
        except Exception:  # any bug in drawing: the notice instead, and one report
            self._draw_failure(painter)
            report_once(self)
        finally:
            painter.end()

    def _draw_failure(self, painter: QPainter) -> None:
        painter.resetTransform()  # whatever state the drawing stopped in
        painter.setClipping(False)
        painter.setOpacity(1.0)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            self.rect().adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            translate(
                "pictures",
                "This picture could not be drawn; the details were written to the terminal.",
            ),
        )

    def export_png(self, path: str | Path, scale: float = 2.0) -> bool:
        from PySide6.QtGui import QImage  # here: making its class costs every start 1 ms

        size = self.size() if not self.size().isEmpty() else self.sizeHint()
        image = QImage(
            QSize(int(size.width() * scale), int(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        self.render(image)
        return image.save(str(path), "PNG")


class LinkedPicture(PictureWidget):
    """A picture of a list's rows, each drawn item named by a key: the list's current row is
    outlined (selected) and what its search hides is dimmed (matching: None when no search)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.selected: str | None = None
        self.matching: set[str] | None = None

    def set_selected(self, key: str | None) -> None:
        if key != self.selected:
            self.selected = key
            self.update()

    def set_matching(self, keys: set[str] | None) -> None:
        if keys != self.matching:
            self.matching = keys
            self.update()

    def dimmed(self, key: str) -> bool:
        return self.matching is not None and key not in self.matching

    def tooltip_at(self, point: QPointF) -> str:
        """What the pointer is over, for its tooltip: nothing where it is over no item."""
        return ""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
