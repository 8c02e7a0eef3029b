"""iomdesk: an offline desktop reference about the International Organization for Migration."""

__version__ = "0.1.0"
