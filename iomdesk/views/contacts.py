"""The Contacts tab: addresses to copy in one keystroke or to write to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

from iomdesk import details, records
from iomdesk.clipboard import copy_text
from iomdesk.i18n import translate
from iomdesk.models.tabs import contacts_model
from iomdesk.store import Contact, Store
from iomdesk.tabs import Tab
from iomdesk.views.table_tab import TableTab


def mailto_url(addresses: list[str]) -> str:
    """A mailto: link to the addresses, every character encoded as a URL needs it (a space,
    a quote, an accent); QUrl does it, not string joining."""
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(",".join(addresses))
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


class ContactsTab(TableTab):
    def __init__(self, store: Store, open_mail: Callable[[str], bool], parent=None) -> None:
        super().__init__(
            Tab.CONTACTS,
            contacts_model(store),
            lambda contact: details.contact_html(store, contact),
            parent=parent,
        )
        self.open_mail = open_mail
        self.copy_action.setText(translate("contacts", "Copy e-mail"))
        self.named_action = self._view_action(
            translate("contacts", 'Copy as "Name <e-mail>"'), "Ctrl+Shift+C", self.copy_named
        )
        self.write_action = self._view_action(
            translate("contacts", "Write e-mail"),
            ["Ctrl+Return", "Ctrl+Enter"],  # Return, and Enter on the keypad (Help says Enter)
            self.write_email,
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.doubleClicked.connect(lambda _index: self.write_email())

        self.copy_button = QPushButton(translate("contacts", "Copy e-mail"))
        self.copy_button.setToolTip(translate("contacts", "Copy the selected addresses (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy)
        self.layout().insertWidget(3, self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_focus_order(self.copy_button)

    def selected_with_email(self) -> list[Contact]:
        return [c for c in self.selected_objects() if c.email]

    def _copy(self, texts: list[str]) -> None:
        if not texts:
            self.status_message.emit(translate("contacts", "No e-mail address in the selection"))
            return
        done = (
            translate("contacts", "Copied 1 address")
            if len(texts) == 1
            else translate("contacts", "Copied {count} addresses").format(count=len(texts))
        )
        self.copy_and_report(", ".join(texts), done)

    def copy(self) -> None:
        self._copy([c.email for c in self.selected_with_email()])

    def copy_named(self) -> None:
        self._copy([records.named_address(c.label, c.email) for c in self.selected_with_email()])

    def write_email(self) -> None:
        """Open the mail client for the selected contacts."""
        addresses = [c.email for c in self.selected_with_email()]
        if not addresses:
            self.status_message.emit(translate("contacts", "No e-mail address in the selection"))
            return
        self.write_to(addresses)

    def write_to(self, addresses: list[str]) -> None:
        """Open the mail client; where none answers (or it fails), copy the addresses."""
        url = mailto_url(addresses)
        try:
            opened = self.open_mail(url)
        except Exception:  # a broken desktop integration must not take the app down
            opened = False
        if opened:
            self.status_message.emit(
                translate("contacts", "Opened the mail client for {addresses}").format(
                    addresses=", ".join(addresses)
                )
            )
            return
        if not copy_text(", ".join(addresses)):
            self.status_message.emit(
                translate("contacts", "No mail client answered and the clipboard is not available")
            )
            return
        self.status_message.emit(
            translate("contacts", "No mail client answered; copied the address instead")
            if len(addresses) == 1
            else translate("contacts", "No mail client answered; copied the addresses instead")
        )
