"""Voiding a label and buying its V2 return label, from the Labels tab: the question, the call, the answer.

Both spend or refund money, so each is confirmed first with what it means in words, and Enter picks Cancel.
The call runs through the tab's worker action (`HistoryTab.run`); ShipStation's answer is shown as it gave
it. A return label that already exists asks before a second one is bought.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from ..api.errors import ApiError
from ..core.history import HistoryRow, this_station
from ..core.journal import JournalEntry
from ..core.money_words import money_words
from ..core.returns import ReturnLabels, return_request
from ..core.shipping import AlreadyHasLabel, ShippingService
from ..core.voiding import VoidAnswer, void_label
from ..printing.printers import PrintError
from .rates_model import money

if TYPE_CHECKING:
    from .history_tab import HistoryTab


class VoidAndReturn(QObject):
    def __init__(self, tab: HistoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.pending: QMessageBox | None = None  # the open question
        self.confirm_button: QPushButton | None = None  # its "yes" (tests press it)

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.tab)
        self.confirm_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not spend or refund money
        yes_button = self.confirm_button
        box.buttonClicked.connect(lambda button: button is yes_button and then())
        self.pending = box
        box.open()
        return box

    def _label_words(self, row: HistoryRow) -> str:
        carrier = " · ".join(v for v in (row.carrier, row.service) if v) or self.tr("unknown carrier")
        cost = money(row.cost) if row.cost else self.tr("unknown")
        return (self.tr("Carrier: %1\nTracking: %2\nCost: %3\nOrder: %4")
                .replace("%1", carrier).replace("%2", row.tracking_number or "—").replace("%3", cost)
                .replace("%4", row.order_number or "—"))

    # -- void --------------------------------------------------------------------------------------

    def ask_void(self) -> QMessageBox | None:
        row = self.tab.selected_row()
        if row is None or self.tab.reasons.void(row, self.ctx.session) is not None:
            return None
        text = (self.tr("Void this label?") + "\n\n" + self._label_words(row) + "\n\n" + self.tr(
            "ShipStation asks the carrier to refund the postage. A voided label must not go on a parcel; "
            "the order can then be shipped with a new label."))
        return self._ask(self.tr("Void label"), text, self.tr("&Void label"), lambda: self._void(row))

    def _void(self, row: HistoryRow) -> None:
        session, journal = self.ctx.session, self.ctx.printing.journal
        self.tab.run(lambda: void_label(session, row, journal), self.tr("Voiding a label"),
                     lambda answer: self._voided(row, answer))

    def _voided(self, row: HistoryRow, answer: VoidAnswer) -> None:
        tracking = row.tracking_number or row.label_id or row.shipment_id or ""
        said = answer.message or self.tr("(no message)")
        if answer.approved:
            text = self.tr("ShipStation voided label %1. Its answer: “%2”")
        elif answer.voided:
            text = self.tr("ShipStation says label %1 was already voided. Its answer: “%2”")
        else:
            text = self.tr("ShipStation did not void label %1. Its answer: “%2”")
        text = text.replace("%1", tracking).replace("%2", said)
        if answer.reason_code and not answer.approved:
            text += " " + self.tr("(reason: %1)").replace("%1", answer.reason_code)
        self.tab.say(text)
        if answer.voided:
            self.tab.show_voided(row, answer.entry)
        if answer.entry is not None:
            self.ctx.labels_changed.emit()

    # -- return label ------------------------------------------------------------------------------

    def ask_return(self, allow_another: bool = False) -> QMessageBox | None:
        row = self.tab.selected_row()
        if row is None or self.tab.reasons.return_label(row, self.ctx.session) is not None:
            return None
        printed = (self.tr("ShipDesk prints it on the label printer as soon as it is bought.")
                   if self.ctx.station.auto_print else self.tr("Print it from this list when you need it."))
        text = (self.tr("Buy a return label for this label?") + "\n\n" + self._label_words(row) + "\n\n"
                + self.tr("A return label may cost money: ShipStation charges it to the carrier account "
                          "(some carriers only when the customer uses it).") + " " + printed)
        return self._ask(self.tr("Return label"), text, self.tr("&Buy return label"),
                         lambda: self._buy_return(row, allow_another))

    def _buy_return(self, row: HistoryRow, allow_another: bool) -> None:
        ctx = self.ctx
        station, settings = ctx.station, ctx.session.settings
        request = return_request(row, label_format=station.label_format, print_on_purchase=station.auto_print)
        service = ShippingService(ctx.session, ctx.printing.journal, station=this_station(settings))

        def buy() -> tuple[JournalEntry, str | None]:
            entry = ReturnLabels(service).buy_return(request, allow_another=allow_another)
            if not entry.print_on_purchase:
                return entry, None
            try:
                ctx.printing.print_label(entry)
            except PrintError as exc:
                return entry, str(exc)  # bought and kept: the packer prints it from here once fixed
            return entry, ""

        self.tab.run(buy, self.tr("Buying a return label"), lambda result: self._returned(row, *result),
                     on_refused=lambda exc: self._return_refused(row, exc))

    def _returned(self, row: HistoryRow, entry: JournalEntry, print_problem: str | None) -> None:
        text = self.tr("Return label bought for %1: tracking %2, cost %3.").replace(
            "%1", row.tracking_number or "").replace("%2", entry.tracking_number or "").replace(
            "%3", money(entry.cost) if entry.cost else self.tr("unknown"))
        if print_problem == "":
            self.ctx.print_requested.emit()
            text += " " + self.tr("It is in the print queue.")
        elif print_problem:
            text += " " + self.tr("It was not printed: %1").replace("%1", print_problem)
        self.tab.say(text)
        self.ctx.labels_changed.emit()

    def _return_refused(self, row: HistoryRow, exc: Exception) -> bool:
        if isinstance(exc, AlreadyHasLabel):
            text = (self.tr("Label %1 already has a return label (%2). Buy another one?")
                    .replace("%1", row.tracking_number or "").replace("%2", ", ".join(exc.existing)))
            self._ask(self.tr("Return label"), text, self.tr("Buy &another"),
                      lambda: self._buy_return(row, allow_another=True))
            return True
        if isinstance(exc, ApiError):
            words = money_words(exc)
            if words.what_to_do:
                self.tab.say(str(words))
                return True
        self.ctx.labels_changed.emit()  # a lost answer left a row the history should show
        return False
