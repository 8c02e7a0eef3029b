"""What the table and tree models share: roles, column titles, and how a search is applied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from iomdesk import search

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's object (a Tenure row, a Unit …)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def header_title(titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int):
    """Column titles for a model's horizontal header; nothing else."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(titles)
    ):
        return titles[section]
    return None


_STAR: list = []  # the icon, drawn once, when the first starred row is painted


def star_icon():
    """The mark of a starred row, before its first column's text: a ★ in amber, which reads
    on a light and on a dark ground."""
    if not _STAR:
        from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor("#d4a017"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "★")
        painter.end()
        _STAR.append(QIcon(pixmap))
    return _STAR[0]


class SearchedModel:
    """A Qt item model's search: the words typed, and a reset only when they change.

    The model supplies _show_matches(words); the filtering itself is search.matching.
    """

    _words: list[str]

    def set_pattern(self: Any, text: str) -> None:
        words = search.terms(text)
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._show_matches(words)
        self.endResetModel()

    def set_keep(self: Any, keep) -> None:
        """Show only the rows `keep` accepts (the starred ones), or all (None); the search
        applies within them."""
        self.beginResetModel()
        self._set_keep(keep)
        self._show_matches(self._words)
        self.endResetModel()

    def pattern_words(self) -> list[str]:
        return list(self._words)
