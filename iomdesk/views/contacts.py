"""The Contacts tab: addresses to copy in one keystroke or to write to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from iomdesk.i18n import translate
from iomdesk.rows import Contact
from iomdesk.tabs.base import Tab
from iomdesk.tabs.contacts import SHARE_LIMIT, named_address, unit_share
from iomdesk.views import mail
from iomdesk.views.table_tab import TableTab


class ContactsTab(TableTab):
    """Ctrl+C copies the addresses, Ctrl+Shift+C "Name <address>", Ctrl+Enter writes."""

    def __init__(self, declared: Tab, open_url: Callable[[str], bool], parent=None) -> None:
        super().__init__(declared, open_url, parent)
        self.copy_action.setText(translate("contacts", "Copy e-mail"))
        self.named_action = self._view_action(
            translate("contacts", 'Copy as "Name <e-mail>"'), "Ctrl+Shift+C", self.copy_named
        )
        self.write_action = self._view_action(
            translate("contacts", "Write e-mail"),
            ["Ctrl+Return", "Ctrl+Enter"],  # Return, and Enter on the keypad (Help says Enter)
            self.write_email,
        )
        self.row_action = self._view_action(
            translate("contacts", "Copy row"), "Ctrl+Alt+C", lambda: TableTab.copy(self)
        )
        self.view.doubleClicked.connect(lambda _index: self.write_email())

        self.copy_button = QPushButton(translate("contacts", "Copy e-mail"))
        self.copy_button.setToolTip(translate("contacts", "Copy the selected addresses (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy)
        self.layout().insertWidget(3, self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_focus_order(self.copy_button)

    def count_line(self, shown: int, total: int) -> str:
        """With a unit named, how many addresses are its own and how many its units'."""
        model = self.model
        rows = [model.row_object(row) for row in range(min(shown, SHARE_LIMIT + 1))]
        named = self.declared.units_named(model.listing.words)
        share = unit_share(self.declared.store, rows, named)
        if share is None:
            return super().count_line(shown, total)
        unit = share.unit.acronym or share.unit.name
        if not share.own:
            line = translate("contacts", "{shown} of {total} shown, all under {unit}")
        else:
            line = translate(
                "contacts", "{shown} of {total} shown: {own} for {unit} and {under} under it"
            )
        return line.format(shown=shown, total=total, own=share.own, unit=unit, under=share.under)

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

    def copy_text_of(self, obj: object) -> str:
        """A contact's e-mail, or its telephone where it has none (as copy does)."""
        return obj.email or obj.phone or ""

    def copy(self) -> None:
        """The e-mails of the selection; where it has none (most country offices give only a
        telephone), its telephone numbers, one per line."""
        if not self.selected_objects():
            self.status_message.emit(translate("tab", "Nothing selected to copy"))
            return
        if self.selected_with_email():
            self._copy([c.email for c in self.selected_with_email()])
            return
        phones = [c.phone for c in self.selected_objects() if c.phone]
        if not phones:
            self.status_message.emit(
                translate("contacts", "No e-mail address or telephone in the selection")
            )
            return
        done = (
            translate("contacts", "Copied 1 telephone number")
            if len(phones) == 1
            else translate("contacts", "Copied {count} telephone numbers").format(count=len(phones))
        )
        self.copy_and_report("\n".join(phones), done)

    def copy_named(self) -> None:
        self._copy([named_address(c.label, c.email) for c in self.selected_with_email()])

    def write_email(self) -> None:
        """Open the mail client for the selected contacts."""
        addresses = [c.email for c in self.selected_with_email()]
        if not addresses:
            self.status_message.emit(translate("contacts", "No e-mail address in the selection"))
            return
        self.write_to(addresses)

    def write_to(self, addresses: list[str]) -> None:
        """Open the mail client; where none answers (or it fails), copy the addresses."""
        self.status_message.emit(mail.write_to(addresses, self.open_url))
