"""Writing an e-mail: the mail client opened on the addresses, or the addresses copied where
no client answers. Contacts' Ctrl+Enter and every mailto: link in a details pane use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl

from iomdesk.clipboard import copy_text
from iomdesk.i18n import translate


def mailto_url(addresses: list[str]) -> str:
    """A mailto: link to the addresses, every character encoded as a URL needs it (a space,
    a quote, an accent); QUrl does it, not string joining."""
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(",".join(addresses))
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def write_to(addresses: list[str], open_url: Callable[[str], bool]) -> str:
    """Open the mail client; where none answers (or it fails), copy the addresses. Returns
    what the status line says."""
    try:
        opened = open_url(mailto_url(addresses))
    except Exception:  # a broken desktop integration must not take the app down
        opened = False
    if opened:
        return translate("contacts", "Opened the mail client for {addresses}").format(
            addresses=", ".join(addresses)
        )
    if not copy_text(", ".join(addresses)):
        return translate("contacts", "No mail client answered and the clipboard is not available")
    if len(addresses) == 1:
        return translate("contacts", "No mail client answered; copied the address instead")
    return translate("contacts", "No mail client answered; copied the addresses instead")
