"""What buy_label's answer means to the packer: a bought label's words and its printing, or the words, banner
or error report of a purchase that ended without a label.

`PurchaseFlow` asks again when the answer is a question (another label? Roman letters? customs?); every other
answer ends the purchase here. A bought label prints from the journal's copy, never by buying again; a
purchase whose outcome is unknown gets a sticky banner, and the order buys nothing until ShipDesk has checked.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject

from ..api.errors import ApiError, Unreachable
from ..api.v1.models import Order
from ..core.journal import RECONCILED_BOUGHT, JournalEntry
from ..core.money_words import OTHER, money_words
from ..core.pack_verify import PackNotVerified
from ..core.shipping import LabelNotBought, OutcomeStillUnknown, PurchaseError
from ..printing.printers import PrintError
from .context import UiContext
from .rates_model import money

# The levels of the Rates tab's result line (PurchaseFlow.outcome's second argument).
SUCCESS, INFO, WARNING, ERROR = "success", "info", "warning", "error"


class PurchaseOutcome(QObject):
    def __init__(self, ctx: UiContext, say: Callable[[str, str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.say = say  # the result line: words and a level

    # -- a label was bought -------------------------------------------------------------------------

    def bought(self, entry: JournalEntry, print_here: bool) -> None:
        """Its words, once it is on its way to the label printer when it should print here."""
        words = self.bought_words(entry)
        if entry.print_on_purchase:
            self._print(entry, words)
        elif not print_here:
            self.say(words + " " + self.tr("Print it from the label history on a PDF printer."), SUCCESS)
        else:
            self.say(words, SUCCESS)

    def bought_words(self, entry: JournalEntry) -> str:
        cost = money(Decimal(entry.cost)) if entry.cost else money(Decimal(entry.shown_cost or 0))
        order, tracking = entry.order_number or "", entry.tracking_number or "?"
        if entry.test_label:
            text = self.tr("Test label for order %1 (not charged, do not ship with it): tracking %2.")
        elif entry.state == RECONCILED_BOUGHT:
            text = self.tr("ShipStation's answer was lost, but it shows the label for order %1 was bought: "
                           "tracking %2, cost %3.")
        else:
            text = self.tr("Label bought for order %1: tracking %2, cost %3.")
        words = text.replace("%1", order).replace("%2", tracking).replace("%3", cost)
        return f"{words} {entry.label_note}" if entry.label_note else words

    def _print(self, entry: JournalEntry, words: str) -> None:
        """Queue the label from the journal's copy (worker); the print runner sends it. Never buys again."""
        printing = self.ctx.printing

        def queued(_jobs: list[int]) -> None:
            self.ctx.print_requested.emit()
            self.say(words + " " + self.tr("Sent to the label printer."), SUCCESS)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, PrintError):
                self.ctx.report_error(exc, self.tr("Printing the label"))
            reason = str(exc) if isinstance(exc, PrintError) else ""
            self.say(" ".join(p for p in (words, self.tr(
                "It could not be sent to the printer; it is bought and saved, print it from the label history."),
                reason) if p), WARNING)

        self.ctx.runner.run(lambda job: printing.print_label(entry), name="queue label",
                            on_result=queued, on_error=failed)

    # -- no label -----------------------------------------------------------------------------------

    def not_bought(self, order: Order, exc: Exception) -> None:
        """A purchase that ended without a label (or without knowing yet): what happened, and what to do."""
        if isinstance(exc, PackNotVerified):
            self.say(pack_not_verified_words(exc.order_number), ERROR)
        elif isinstance(exc, OutcomeStillUnknown):
            self.ctx.banners.show_banner(f"purchase-unknown-{order.order_id}", self.tr(
                "Order %1: ShipDesk can't tell yet whether the label was bought, so nothing will be bought for "
                "this order until it can check with ShipStation. Press Buy label again when the connection is "
                "back: it checks first.").replace("%1", order.order_number), "error", sticky=True)
            self.say(self.tr("Not known yet whether the label was bought: see the message at the top."), ERROR)
        elif isinstance(exc, LabelNotBought):
            said = money_words(exc)
            cause = _api_cause(exc)
            if said.kind != OTHER:
                self.say(f"{said.headline} {said.what_to_do}", ERROR)
            else:
                lead = self.tr("ShipStation confirms no label was bought; you can try again.")
                self.say(f"{lead} {cause}" if cause else lead, WARNING)
        elif isinstance(exc, Unreachable):
            self.ctx.report_error(exc, self.tr("Buying the label"))
            self.say(self.tr("ShipStation can't be reached: nothing was bought. Try again when the connection is "
                             "back."), ERROR)
        elif isinstance(exc, ApiError):
            said = money_words(exc)
            self.say(f"{said.headline} {said.what_to_do}".strip(), ERROR)
        elif isinstance(exc, PurchaseError):
            self.say(str(exc), ERROR)
        else:
            self.ctx.report_error(exc, self.tr("Buying the label"))
            self.say(self.tr("The label was not bought: see the message at the top."), ERROR)


def pack_not_verified_words(order_number: str) -> str:
    return QCoreApplication.translate("PurchaseOutcome", "Order %1: this station buys a label only after the "
                                      "pack was verified. Scan the order in verify mode and scan each item, or "
                                      "use Manager override.").replace("%1", order_number)


def _api_cause(exc: BaseException) -> str:
    """ShipStation's own words behind a LabelNotBought (the refusal it reconciled), if any."""
    seen: BaseException | None = exc.__cause__ or exc.__context__
    while seen is not None:
        if isinstance(seen, ApiError):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return ""
