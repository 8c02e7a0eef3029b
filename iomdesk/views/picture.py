"""What the two pictures share: colours that read on light and dark palettes, PNG export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget

# Okabe–Ito colours: told apart by people with colour-blindness, on light and dark grounds.
SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")


def series_color(index: int) -> QColor:
    return QColor(SERIES[index % len(SERIES)])


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on the colour."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class PictureWidget(QWidget):
    """A widget drawn with QPainter that can save itself as a PNG at twice its size."""

    def export_png(self, path: str | Path, scale: float = 2.0) -> bool:
        size = self.size() if not self.size().isEmpty() else self.sizeHint()
        image = QImage(
            QSize(int(size.width() * scale), int(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        self.render(image)
        return image.save(str(path), "PNG")
