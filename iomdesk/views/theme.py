"""Light and dark: Qt's colour-scheme API first, a built-in dark palette where it cannot act."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "dark")
_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
_original: QPalette | None = None  # the palette the platform gave, before any choice


def dark_palette() -> QPalette:
    """A readable dark palette, for platforms that cannot switch their own colour scheme."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#292929",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#363636",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Link: "#7ab8ff",
        QPalette.ColorRole.LinkVisited: "#c49bff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3e3e3e",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#0d0d0d",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(choice: str) -> str:
    """Apply 'system', 'light' or 'dark'; returns the choice applied (unknown -> system)."""
    global _original
    app = QGuiApplication.instance()
    choice = choice if choice in THEMES else "system"
    if _original is None:
        _original = QPalette(app.palette())
    hints = app.styleHints()
    hints.setColorScheme(_SCHEMES[choice])  # Qt 6.8+: the platform follows when it can
    if choice == "system" or hints.colorScheme() == _SCHEMES[choice]:
        app.setPalette(_original)
    elif choice == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette() if hasattr(app, "style") else _original)
    return choice


def current_choice() -> str:
    """The theme remembered in the settings (the app applies it at start)."""
    from PySide6.QtCore import QSettings

    choice = QSettings().value("view/theme", "system")
    return choice if choice in THEMES else "system"
