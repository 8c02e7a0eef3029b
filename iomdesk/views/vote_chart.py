"""An election's votes: a bar per candidate per round, the two-thirds line, the outcome marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy

from iomdesk import records
from iomdesk.i18n import QT_TRANSLATE_NOOP, translate
from iomdesk.pictures import LABEL
from iomdesk.rows import Election
from iomdesk.store import Store
from iomdesk.tabs import elections
from iomdesk.views.picture import PictureWidget, series_color
from iomdesk.views.picture_room import PICTURE_MIN

NO_ROUNDS = QT_TRANSLATE_NOOP("pictures", "No round-by-round results were found in the sources.")
LEFT = 40
TOP = 26
BOTTOM = 46  # round labels and marks under the bars
RIGHT = 10
LEGEND_HEIGHT = 20


class VoteChart(PictureWidget):
    """Each round's votes per candidate, with the two-thirds line; follows the election."""

    file_name = "iomdesk-votes.png"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds: list[elections.RoundChart] = []
        self.title = ""
        self.candidates: list[tuple[str, str]] = []  # (id, name) in the election's order
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(PICTURE_MIN)  # lower than that, it hides (PictureRoom)
        self.setAccessibleName(translate("pictures", "Votes per round"))

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_election(self, store: Store, election: Election | None) -> None:
        if election is None:
            self.rounds, self.candidates, self.title = [], [], ""
        else:
            self.rounds = elections.vote_chart(store, election)
            # The legend and the bars' places: the candidates with a bar in some round (in
            # 2019, Dalil and Garcia ran only in the ballots whose figures are not recorded).
            drawn = {bar.candidate_id for r in self.rounds for bar in r.bars}
            self.candidates = [
                (c.id, c.name) for c in store.candidates.get(election.id, []) if c.id in drawn
            ]
            self.title = translate("pictures", "Votes per round: {election}").format(
                election=records.capped(elections.election_title(election), LABEL)
            )
        self.setAccessibleDescription(self.text_alternative())
        self.update()

    def has_votes(self) -> bool:
        return any(r.bars for r in self.rounds)

    def text_alternative(self) -> str:
        if not self.has_votes():
            return translate("pictures", NO_ROUNDS)
        parts = []
        for r in self.rounds:
            votes = ", ".join(f"{b.name} {b.votes}" for b in r.bars) or r.note
            line = (
                translate("pictures", " (two-thirds: {count})").format(count=r.threshold)
                if r.threshold
                else ""
            )
            parts.append(
                translate("pictures", "{round}: {votes}").format(round=r.label, votes=votes) + line
            )
        return "; ".join(parts)

    def color_for(self, candidate_id: str) -> QColor:
        ids = [c for c, _ in self.candidates]
        return series_color(ids.index(candidate_id) if candidate_id in ids else len(ids))

    # -- geometry ------------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(
            LEFT,
            TOP,
            max(10.0, self.width() - LEFT - RIGHT),
            max(10.0, self.height() - TOP - BOTTOM - LEGEND_HEIGHT),
        )

    def top_value(self) -> float:
        values = [b.votes for r in self.rounds for b in r.bars]
        values += [r.threshold for r in self.rounds if r.threshold and r.bars]
        return max([1, *values]) * 1.12  # 1 at least: a round of zeros still has a scale

    def y_for(self, votes: float) -> float:
        plot = self.plot_rect()
        return plot.bottom() - votes / self.top_value() * plot.height()

    def group_rect(self, index: int) -> QRectF:
        plot = self.plot_rect()
        width = plot.width() / max(1, len(self.rounds))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def bar_rect(self, index: int, candidate_id: str) -> QRectF:
        group = self.group_rect(index)
        bars = self.rounds[index].bars
        slots = max(1, len(self.candidates))
        inner = group.adjusted(group.width() * 0.12, 0, -group.width() * 0.12, 0)
        width = inner.width() / slots
        for bar in bars:
            if bar.candidate_id == candidate_id:
                slot = [c for c, _ in self.candidates].index(candidate_id)
                top = self.y_for(bar.votes)
                return QRectF(
                    inner.left() + slot * width + 2, top, width - 4, self.plot_rect().bottom() - top
                )
        return QRectF()

    def note_box(self, index: int) -> tuple[QRectF, str]:
        """Where a round without bars says what happened, and what it says: the box grows
        to hold a long note (2018's acclamation ran out of its box)."""
        chart, group, plot = self.rounds[index], self.group_rect(index), self.plot_rect()
        words = chart.note or translate("pictures", "No figures published")
        box = group.adjusted(6, plot.height() * 0.2, -6, -plot.height() * 0.2)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        needed = QFontMetrics(self.font()).boundingRect(
            box.adjusted(4, 2, -4, -2).toRect(), flags, words
        )
        if needed.height() + 8 > box.height():
            grown = min(plot.height() - 4, needed.height() + 8)
            box = QRectF(box.left(), plot.center().y() - grown / 2, box.width(), grown)
        return box, words

    def threshold_tag(self, index: int, metrics: QFontMetrics) -> tuple[str, QRectF]:
        """A round's '⅔ 96' and the box it takes: right-aligned above the dashed line,
        descenders included, since on the line the dashes struck the figure out."""
        chart = self.rounds[index]
        tag = f"⅔ {chart.threshold}" + ("*" if chart.threshold_how == "derived" else "")
        y = self.threshold_y(index) or 0.0
        width = metrics.horizontalAdvance(tag)
        right = self.group_rect(index).right() - 4
        return tag, QRectF(right - width, y - 3 - metrics.height(), width, metrics.height())

    def threshold_y(self, index: int) -> float | None:
        threshold = self.rounds[index].threshold
        return self.y_for(threshold) if threshold and self.rounds[index].bars else None

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        if not self.has_votes():
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate("pictures", NO_ROUNDS),
            )
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(LEFT, 4, self.width() - LEFT, TOP - 6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        plot = self.plot_rect()
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for index in range(len(self.rounds)):
            self._draw_round(painter, index, text)
        self._draw_legend(painter, text)

    def _draw_round(self, painter: QPainter, index: int, text: QColor) -> None:
        chart = self.rounds[index]
        group = self.group_rect(index)
        metrics = QFontMetrics(self.font())
        plot = self.plot_rect()
        if not chart.bars:
            # An acclamation, or a round whose figures nobody published: say what happened.
            box, words = self.note_box(index)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(text)
            painter.drawText(box.adjusted(4, 2, -4, -2), flags, words)
        for bar in chart.bars:
            rect = self.bar_rect(index, bar.candidate_id)
            color = self.color_for(bar.candidate_id)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(rect)
            painter.setPen(text)
            label = str(bar.votes)
            painter.drawText(
                QPointF(rect.center().x() - metrics.horizontalAdvance(label) / 2, rect.top() - 3),
                label,
            )
            mark = chart.marks.get(bar.candidate_id)
            if mark:
                under = plot.bottom() + 4 + metrics.height()
                painter.drawText(
                    QRectF(group.left(), under, group.width(), metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    translate("pictures", elections.MARKS[mark]).format(
                        name=elections.short_name(bar.name)
                    ),
                )
        y = self.threshold_y(index)
        if y is not None:
            painter.setPen(QPen(QColor("#D55E00"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(group.left() + 4, y), QPointF(group.right() - 4, y))
            tag, where = self.threshold_tag(index, metrics)
            painter.drawText(where.bottomLeft() - QPointF(0, metrics.descent()), tag)
        painter.setPen(text)
        label = chart.label + ("?" if chart.uncertain else "")
        painter.drawText(
            QRectF(group.left(), plot.bottom() + 2, group.width(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        x = float(LEFT)
        y = self.height() - LEGEND_HEIGHT
        entries = [(self.color_for(c), name) for c, name in self.candidates]
        for color, name in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + 2, 12, 12))
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, y + 1 + metrics.ascent()), name)
            x += 16 + metrics.horizontalAdvance(name) + 14
        if any(r.threshold_how == "derived" for r in self.rounds):
            painter.drawText(
                QPointF(x, y + 1 + metrics.ascent()),
                translate("pictures", "* two-thirds derived from the ballots cast"),
            )
