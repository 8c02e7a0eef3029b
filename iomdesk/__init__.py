"""iomdesk: an offline desktop reference about the International Organization for Migration."""

__version__ = "0.1.0"
# One reverse-DNS id everywhere: the desktop entry's and the icon's file names, the app's
# desktop file name (Wayland finds the icon by it), WM_CLASS (X11), the metainfo id and the
# settings file. The domain is a placeholder the project does not own yet (README).
APP_ID = "org.iomdesk.iomdesk"
