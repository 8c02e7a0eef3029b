"""Pictures give way in a small window: they shrink first, then hide, and come back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QWidget

PICTURE_MIN = 80  # a picture lower than this says nothing: it hides instead
COME_BACK = 30  # and shows again only with this much more room (no flicker at the edge)


class PictureRoom(QObject):
    """Watches a vertical splitter whose first part is a picture (or its panel) and whose
    second is what the reader came for (the list, the details text).

    The second part keeps `keep` pixels: when the splitter is too low for both, the picture
    shrinks; below PICTURE_MIN it hides, and it shows again when the room comes back, if the
    reader wants it (View > Show timelines and map, Ctrl+T).
    """

    def __init__(self, splitter: QSplitter, picture: QWidget, keep: int) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.picture = picture  # the picture itself (the splitter's first part may hold more)
        self.keep = keep
        self.wanted = True
        self.roomy = True
        splitter.installEventFilter(self)

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.fit()

    def room(self) -> int:
        """The height the picture can have while the rest keeps its `keep`."""
        return self.splitter.height() - self.keep - self.splitter.handleWidth()

    def fit(self) -> None:
        room = self.room()
        if self.roomy and room < PICTURE_MIN:
            self.roomy = False
        elif not self.roomy and room >= PICTURE_MIN + COME_BACK:
            self.roomy = True
        picture = self.splitter.widget(0)
        shown = self.wanted and self.roomy
        if picture.isVisibleTo(self.splitter) != shown:
            picture.setVisible(shown)
        if shown:
            sizes = self.splitter.sizes()
            if sizes[0] > room:
                self.splitter.setSizes([room, self.splitter.height() - room])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
