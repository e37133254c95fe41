"""The questions a purchase asks before money is spent, and what each answer means.

A PDF-only V1 label on a ZPL station, the customs declaration, the cost (and a reship's price), a ship-to
V1 would print as ???, a second label for an order that has one. Each question is a dialog opened through
`PurchaseFlow.ask`; its answer either hands a new `Attempt` back to the flow's checks, ends the purchase
with words, or (Roman letters) first writes the spelling to the order on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ..api.v1.models import Order
from ..core.address_fix import AddressNotSaved, accept_transliteration
from ..core.customs import CustomsDeclaration, declaration_from_order, validate
from ..core.label_request import Purchase, v2_twin
from ..core.shipping import AlreadyHasLabel, NonRomanAddress
from .customs_dialog import CustomsDialog
from .purchase_dialogs import (
    AnotherLabelDialog,
    Choice,
    ConfirmPurchaseDialog,
    NonRomanDialog,
    PdfForZplDialog,
    PurchaseSummary,
)
from .purchase_outcome import ERROR, INFO
from .rates_model import money

if TYPE_CHECKING:
    from .purchase import PurchaseFlow


class Stage(StrEnum):
    IDLE = "idle"
    ASKING = "asking"  # a question is open
    BUYING = "buying"  # buy_label runs on the worker
    FIXING = "fixing"  # the Roman spelling is being written to the order


@dataclass(frozen=True)
class Attempt:
    """One purchase on its way through the checks; each answer makes a new Attempt."""

    purchase: Purchase
    reship: bool = False
    print_here: bool = True  # False: a V1 PDF bought on a ZPL station, to print elsewhere
    pdf_asked: bool = False
    customs_checked: bool = False
    confirmed: bool = False
    allow_another: bool = False


class PurchaseQuestions(QObject):
    def __init__(self, flow: PurchaseFlow) -> None:
        super().__init__(flow)
        self.flow = flow
        self.ctx = flow.ctx

    def pdf_for_zpl(self, attempt: Attempt) -> None:
        flow = self.flow
        twin = v2_twin(flow.tab.model.options(), attempt.purchase.option)
        label = self.ctx.station.label
        dialog = PdfForZplDialog(label.printer if label else "?", money(twin.total) if twin else None,
                                 flow.parent_window())

        def answered(code: int) -> None:
            if code == Choice.USE_V2 and twin is not None:
                flow.proceed(replace(attempt, purchase=replace(attempt.purchase, option=twin)))
            elif code == Choice.BUY_ANYWAY:
                flow.proceed(replace(attempt, pdf_asked=True, print_here=False))
            else:
                flow.set_stage(Stage.IDLE)

        flow.ask(dialog, answered)

    def check_customs(self, attempt: Attempt) -> None:
        """The declaration as checked, or its question first when it has problems."""
        purchase = attempt.purchase
        declaration = purchase.customs or declaration_from_order(purchase.order)
        api = "v2" if attempt.reship else purchase.option.source.lower()
        problems = validate(declaration, purchase.ship_from_country, purchase.shipment.ship_to.country, api=api)
        if not problems:
            self.flow.proceed(replace(attempt, customs_checked=True,
                                      purchase=replace(purchase, customs=declaration)))
            return
        self.customs(replace(purchase, customs=declaration), api, problems, lambda checked: self.flow.proceed(
            replace(attempt, customs_checked=True, purchase=replace(purchase, customs=checked))))

    def customs(self, purchase: Purchase, api: str, problems: list[str],
                then: Callable[[CustomsDeclaration], None]) -> None:
        flow = self.flow
        declaration = purchase.customs or declaration_from_order(purchase.order)
        dialog = CustomsDialog(declaration, ship_from_country=purchase.ship_from_country,
                               ship_to_country=purchase.shipment.ship_to.country, api=api, problems=problems,
                               parent=flow.parent_window())
        order_id = purchase.order.order_id

        def answered(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                flow.stop(self.tr("Nothing was bought: the customs declaration is needed first."), INFO) \
                    if problems else flow.set_stage(Stage.IDLE)
                return
            checked = dialog.declaration()
            flow.customs[order_id] = checked  # kept for this order until ShipDesk closes
            then(checked)

        flow.ask(dialog, answered)

    def confirm(self, attempt: Attempt) -> None:
        flow = self.flow
        purchase = attempt.purchase
        to = purchase.order.ship_to
        notes = []
        if not attempt.print_here:
            notes.append(self.tr("This PDF label will not print on this station's label printer: print it from "
                                 "the label history on a PDF printer."))
        if purchase.customs is not None and purchase.international:
            notes.append(self.tr("Customs: %n kind(s) of item declared, total value %1.", "",
                                 len(purchase.customs.items)).replace("%1", money(purchase.customs.total_value)))
        if attempt.reship and purchase.option.source == "V1":
            notes.append(self.tr("A reship goes through ShipStation V2, which charges its own price; the cost "
                                 "shown is the V1 rate."))
        summary = PurchaseSummary(
            order_number=purchase.order.order_number, ship_to_name=(to.name or to.company or "") if to else "",
            ship_to_city=purchase.shipment.ship_to.city or "", ship_to_country=purchase.shipment.ship_to.country or "",
            carrier=purchase.option.carrier_name, service=purchase.option.service_name,
            cost=money(purchase.option.total), test_label=purchase.test_label,
            api="V2" if attempt.reship else purchase.option.source, reship=attempt.reship, notes=tuple(notes))
        dialog = ConfirmPurchaseDialog(summary, flow.parent_window())

        def answered(code: int) -> None:
            if code == Choice.BUY:
                flow.proceed(replace(attempt, confirmed=True))
            else:
                flow.stop(self.tr("Not bought: cancelled."), INFO)

        flow.ask(dialog, answered)

    def non_roman(self, attempt: Attempt, refusal: NonRomanAddress) -> None:
        flow = self.flow
        twin = v2_twin(flow.tab.model.options(), attempt.purchase.option)
        v2_note = self._v2_blocker(twin)
        dialog = NonRomanDialog(refusal.problems, refusal.suggestions, refusal.reasons, can_transliterate=True,
                                transliterate_note="", v2_note=v2_note, parent=flow.parent_window())

        def answered(code: int) -> None:
            if code == Choice.TRANSLITERATE:
                self._transliterate(attempt, refusal)
            elif code == Choice.USE_V2 and twin is not None:
                flow.proceed(replace(attempt, purchase=replace(attempt.purchase, option=twin)))
            else:
                flow.stop(self.tr("Nothing was bought: the address is in letters ShipStation V1 can't print."),
                          INFO)

        flow.ask(dialog, answered)

    def _v2_blocker(self, twin: Any) -> str:
        """Why "Use V2" can't help here, or "" when it can."""
        session = self.ctx.session
        if session.v2 is None:
            return self.tr("There is no ShipStation V2 key on this station, so V2 can't be used.")
        caps = session.capabilities
        if caps is not None and not caps.v2_shipping.usable:
            return self.tr("V2 labels are not available for this key: %1").replace("%1", caps.v2_shipping.reason)
        if twin is None:
            return self.tr("No V2 rate for this service is shown: choose a V2 rate in the table instead.")
        return ""

    def _transliterate(self, attempt: Attempt, refusal: NonRomanAddress) -> None:
        """Write the Roman spelling to the V1 order (worker), then buy with the order as ShipStation has it."""
        flow = self.flow
        flow.set_stage(Stage.FIXING)
        session, order_id = self.ctx.session, attempt.purchase.order.order_id
        flow.outcome.emit(self.tr("Writing the address in Roman letters to the order in ShipStation…"), INFO)

        def fixed(order: Order) -> None:
            # The rated ship-to takes the same spelling, so it still matches the order V1 labels.
            shipment = attempt.purchase.shipment
            spelled = {name: text for name, text in refusal.suggestions.items() if hasattr(shipment.ship_to, name)}
            shipment = replace(shipment, ship_to=shipment.ship_to.model_copy(update=spelled))
            flow.proceed(replace(attempt, purchase=replace(attempt.purchase, order=order, shipment=shipment)))

        def failed(exc: Exception) -> None:
            if isinstance(exc, AddressNotSaved):
                flow.stop(str(exc), ERROR)
            else:
                flow.set_stage(Stage.IDLE)
                self.ctx.report_error(exc, self.tr("Writing the address to the order"))

        flow.job = self.ctx.runner.run(lambda job: accept_transliteration(session, order_id, refusal),
                                       name="write Roman ship-to", on_result=fixed, on_error=failed)

    def another(self, attempt: Attempt, refusal: AlreadyHasLabel) -> None:
        flow = self.flow
        dialog = AnotherLabelDialog(attempt.purchase.order.order_number, refusal.existing, flow.parent_window())

        def answered(code: int) -> None:
            if code == Choice.BUY:
                flow.start(replace(attempt, allow_another=True))
            else:
                flow.stop(self.tr("Nothing was bought: the order keeps its label."), INFO)

        flow.ask(dialog, answered)
