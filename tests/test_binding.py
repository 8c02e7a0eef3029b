"""The Qt binding itself: guards against a known-bad PySide6 release coming back."""

import sys

from PySide6.QtCore import QObject, QRectF


def test_methods_returning_nothing_keep_none_alive():
    # PySide6 6.12.0 returned None without a reference from every void method; on Python 3.11
    # (where None is not immortal) the app then dies with "deallocating None" while painting.
    obj, rect = QObject(), QRectF(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
        rect.setWidth(2)
    assert sys.getrefcount(None) >= before - 5
