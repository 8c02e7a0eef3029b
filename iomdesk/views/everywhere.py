"""The search-everywhere box (Ctrl+K): results from every tab, grouped, keyboard first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from iomdesk import everywhere
from iomdesk.i18n import translate
from iomdesk.records import capped

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
LINE = 200  # characters of a title or a detail on one result line


class EverywhereBox(QDialog):
    """A popup over the window. Up/Down move, Enter goes, Esc closes, Ctrl+C copies."""

    chosen = Signal(object)  # the Hit to go to
    copy_requested = Signal(object)  # the Hit whose text to copy (the box stays open)

    def __init__(
        self,
        sections: Callable[[], Sequence[everywhere.Section]],
        parent=None,
        marked: Callable[[str], list[everywhere.Group]] = lambda text: [],
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self._sections = sections
        self._marked = marked  # the starred and recently viewed rows, first
        self.setAccessibleName(translate("everywhere", "Search everywhere"))
        self.input = QLineEdit()
        self.input.setPlaceholderText(
            translate("everywhere", "Search every tab… (names, units, e-mails, years)")
        )
        self.input.setAccessibleName(translate("everywhere", "Search everywhere"))
        self.input.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("everywhere", "Results from every tab"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.input.textChanged.connect(self.refresh)
        self.input.installEventFilter(self)
        # A click goes to the result; Enter is read in the field (the list never has focus).
        # Not itemActivated as well: where one click activates, both would fire.
        self.results.itemClicked.connect(self._activate)
        self.resize(640, 460)

    def open_over(self, window) -> None:
        """Show centred near the top of the window, with the previous query selected."""
        geometry = window.geometry()
        self.move(geometry.x() + (geometry.width() - self.width()) // 2, geometry.y() + 60)
        self.show()
        self.input.setFocus()
        self.input.selectAll()
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        text = self.input.text()
        # Asked for on every refresh, not kept: a tab sorted since holds a new index.
        groups = self._marked(text) + everywhere.find(self._sections(), text)
        bold = QFont(self.font())
        bold.setBold(True)
        for group in groups:
            label = translate("everywhere", "{tab} ({count})").format(
                tab=group.title or everywhere.group_title(group.tab), count=group.count
            )
            header = QListWidgetItem(label)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: Up/Down pass over it
            header.setFont(bold)
            self.results.addItem(header)
            for hit in group.hits:
                title, detail = capped(hit.title, LINE), capped(hit.detail, LINE)
                item = QListWidgetItem(f"    {title} — {detail}" if detail else f"    {title}")
                item.setData(HIT_ROLE, hit)
                item.setToolTip(capped(hit.detail))
                self.results.addItem(item)
        first = next((i for i in range(self.results.count()) if self._hit(i)), None)
        if first is not None:
            self.results.setCurrentRow(first)
        if text.strip() and not groups:
            self.hint.setText(
                translate("everywhere", "No matches for '{text}'").format(text=text.strip()[:40])
            )
        else:
            self.hint.setText(
                translate("everywhere", "Enter: go to it · Ctrl+C: copy · Esc: close")
            )

    def _hit(self, row: int):
        item = self.results.item(row)
        return item.data(HIT_ROLE) if item is not None else None

    def hits(self) -> list:
        """The results shown, top to bottom."""
        return [hit for row in range(self.results.count()) if (hit := self._hit(row))]

    def current_hit(self):
        return self._hit(self.results.currentRow())

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        rows = [r for r in range(self.results.count()) if self._hit(r)]
        if not rows:
            return
        later = [r for r in rows if (r > row if step > 0 else r < row)]
        target = (later[0] if step > 0 else later[-1]) if later else row
        self.results.setCurrentRow(target)

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.close()
            self.chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._activate(item)
                return True
            if event.matches(QKeySequence.StandardKey.Copy) and not self.input.hasSelectedText():
                hit = self.current_hit()
                if hit is not None:
                    self.copy_requested.emit(hit)
                    return True
        return super().eventFilter(watched, event)
