"""Buying the label the packer chose on the Rates tab: every question first, then one purchase, then print.

`PurchaseFlow.buy()` (the Buy button, Go → Buy label, Ctrl+B) takes the selected rate, or the preset's rate
the tab pre-selected after rating, and walks it through the checks a packer would want before money is
spent: a ship-to V1 would print as ???, a PDF-only V1 label on a ZPL printer, the customs declaration of an
international label, then the cost (unless the station is on quick ship). Only then does
`ShippingService.buy_label` run on the worker runner, which journals first and never buys twice. Its
answers come back here: the bought label goes to the printer and the history; each refusal gets its
question or its words. While anything of this runs the flow is busy and a second press does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..api.errors import ApiError, Unreachable
from ..api.v1.models import Order
from ..core.address_fix import AddressNotSaved, accept_transliteration
from ..core.customs import declaration_from_order, validate
from ..core.journal import RECONCILED_BOUGHT, JournalEntry
from ..core.label_request import Purchase, buy_once, edited_ship_to, label_request, v2_twin
from ..core.money_words import OTHER, money_words
from ..core.pack_verify import PackChecks, PackNotVerified
from ..core.reship import ReshipNotPossible, reship_request
from ..core.shipping import (
    AlreadyHasLabel,
    CustomsProblem,
    LabelNotBought,
    LabelRequest,
    NonRomanAddress,
    OutcomeStillUnknown,
    PurchaseError,
    ShippingService,
    non_roman_error,
)
from ..printing.printers import PrintError
from .context import UiContext
from .customs_dialog import CustomsDialog
from .purchase_dialogs import (
    AnotherLabelDialog,
    Choice,
    ConfirmPurchaseDialog,
    NonRomanDialog,
    PdfForZplDialog,
    PurchaseSummary,
)
from .rates_model import money
from .workers import Job

if TYPE_CHECKING:
    from .rates_tab import RatesTab

SUCCESS, INFO, WARNING, ERROR = "success", "info", "warning", "error"


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


class PurchaseFlow(QObject):
    busy_changed = Signal(bool)
    outcome = Signal(str, str)  # words for the Rates tab's result line, and SUCCESS/INFO/WARNING/ERROR
    bought = Signal(object)  # the JournalEntry of a bought label

    def __init__(self, ctx: UiContext, tab: RatesTab) -> None:
        super().__init__(tab)
        self.ctx = ctx
        self.tab = tab
        self.stage = Stage.IDLE
        self.dialog: QDialog | None = None  # the question now open (tests answer it)
        self.job: Job | None = None
        self.customs: dict[int, Any] = {}  # order id -> the CustomsDeclaration the packer checked
        self.service_options: dict[str, Any] = {}  # ShippingService keywords (tests shorten reconcile pauses)

    @property
    def busy(self) -> bool:
        return self.stage is not Stage.IDLE

    def _set_stage(self, stage: Stage) -> None:
        was = self.busy
        self.stage = stage
        if stage is Stage.IDLE:
            self.dialog = None
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def _parent(self) -> QWidget:
        return self.tab.window()

    # -- from the Rates tab -----------------------------------------------------------------------

    def buy(self) -> None:
        """Buy the selected rate's label. Does nothing while a purchase (or its question) is under way."""
        if self.busy:
            return
        attempt, problem = self._attempt()
        if attempt is None:
            self.outcome.emit(problem, WARNING)
            return
        self._proceed(attempt)

    def _attempt(self) -> tuple[Attempt | None, str]:
        tab = self.tab
        order, shipment = tab.order, tab.form.shipment()
        if order is None or shipment is None:
            return None, self.tr("Choose an order in the Orders tab first.")
        if tab.busy:
            return None, self.tr("The rates are still coming: wait for them, then buy.")
        option = tab.selected_option()
        if option is None:
            return None, self.tr("Choose a rate in the table first (press Get rates if there are none).")
        if tab.model.stale:
            return None, self.tr("The shipment changed since these prices: press Get rates, then buy.")
        if order.order_status == "cancelled":
            return None, self.tr("Order %1 is cancelled: ShipDesk won't buy a label for it.").replace(
                "%1", order.order_number)
        purchase = Purchase(order, shipment, option, tab.catalog, test_label=tab.purchase_bar.test_label.isChecked(),
                            customs=self.customs.get(order.order_id))
        return Attempt(purchase, reship=order.order_status == "shipped"), ""

    def edit_customs(self) -> None:
        """"Edit customs…": check the declaration of the shown order now, without buying."""
        if self.busy or self.tab.order is None or self.tab.form.shipment() is None:
            return
        order, shipment = self.tab.order, self.tab.form.shipment()
        assert shipment is not None
        option = self.tab.selected_option()
        api = "v1" if option is not None and option.source == "V1" else "v2"
        purchase = Purchase(order, shipment, option, self.tab.catalog,  # type: ignore[arg-type]
                            customs=self.customs.get(order.order_id))
        self._ask_customs(purchase, api, [], lambda _declaration: self._set_stage(Stage.IDLE))

    # -- the checks, in the order a packer meets them -----------------------------------------------

    def _proceed(self, attempt: Attempt) -> None:
        """Run the checks; a check that must ask opens its question and comes back here with the answer."""
        purchase = attempt.purchase
        option, order = purchase.option, purchase.order
        if attempt.reship and option.source == "V1":
            twin = v2_twin(self.tab.model.options(), option)
            if twin is not None:  # a reship is V2 only: the same service through V2, at V2's price
                attempt = replace(attempt, purchase=replace(purchase, option=twin))
                purchase, option = attempt.purchase, twin
        if option.source == "V1" and not attempt.reship:
            edited = edited_ship_to(order, purchase.shipment)
            if edited:
                self._stop(self.tr(
                    "The ship-to address was changed here, but a ShipStation V1 label goes to the order's own "
                    "address. Correct the order in ShipStation, or buy a V2 rate (it uses the address shown "
                    "here)."), WARNING)
                return
            refusal = non_roman_error(order.ship_to) if order.ship_to is not None else None
            if refusal is not None:
                self._ask_non_roman(attempt, refusal)
                return
            if self.ctx.station.label_format == "zpl" and not attempt.pdf_asked:
                self._ask_pdf_for_zpl(attempt)
                return
        if purchase.international and not attempt.customs_checked:
            self._check_customs(attempt)
            return
        if (self.ctx.session.settings.confirm_purchase or attempt.reship) and not attempt.confirmed:
            self._ask_confirm(attempt)
            return
        self._start(attempt)

    def _stop(self, words: str, level: str) -> None:
        self._set_stage(Stage.IDLE)
        self.outcome.emit(words, level)

    def _open(self, dialog: QDialog, answered: Any) -> None:
        self._set_stage(Stage.ASKING)
        self.dialog = dialog
        dialog.finished.connect(lambda code: self._answered(dialog, answered, code))
        dialog.open()

    def _answered(self, dialog: QDialog, answered: Any, code: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        answered(code)

    def _ask_pdf_for_zpl(self, attempt: Attempt) -> None:
        twin = v2_twin(self.tab.model.options(), attempt.purchase.option)
        label = self.ctx.station.label
        dialog = PdfForZplDialog(label.printer if label else "?", money(twin.total) if twin else None,
                                 self._parent())

        def answered(code: int) -> None:
            if code == Choice.USE_V2 and twin is not None:
                self._proceed(replace(attempt, purchase=replace(attempt.purchase, option=twin)))
            elif code == Choice.BUY_ANYWAY:
                self._proceed(replace(attempt, pdf_asked=True, print_here=False))
            else:
                self._set_stage(Stage.IDLE)

        self._open(dialog, answered)

    def _check_customs(self, attempt: Attempt) -> None:
        purchase = attempt.purchase
        declaration = purchase.customs or declaration_from_order(purchase.order)
        api = "v2" if attempt.reship else purchase.option.source.lower()
        problems = validate(declaration, purchase.ship_from_country, purchase.shipment.ship_to.country, api=api)
        if not problems:
            self._proceed(replace(attempt, customs_checked=True, purchase=replace(purchase, customs=declaration)))
            return
        self._ask_customs(replace(purchase, customs=declaration), api, problems, lambda checked: self._proceed(
            replace(attempt, customs_checked=True, purchase=replace(purchase, customs=checked))))

    def _ask_customs(self, purchase: Purchase, api: str, problems: list[str], then: Any) -> None:
        declaration = purchase.customs or declaration_from_order(purchase.order)
        dialog = CustomsDialog(declaration, ship_from_country=purchase.ship_from_country,
                               ship_to_country=purchase.shipment.ship_to.country, api=api, problems=problems,
                               parent=self._parent())
        order_id = purchase.order.order_id

        def answered(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                self._stop(self.tr("Nothing was bought: the customs declaration is needed first."), INFO) \
                    if problems else self._set_stage(Stage.IDLE)
                return
            checked = dialog.declaration()
            self.customs[order_id] = checked  # kept for this order until ShipDesk closes
            then(checked)

        self._open(dialog, answered)

    def _ask_confirm(self, attempt: Attempt) -> None:
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
        dialog = ConfirmPurchaseDialog(summary, self._parent())

        def answered(code: int) -> None:
            if code == Choice.BUY:
                self._proceed(replace(attempt, confirmed=True))
            else:
                self._stop(self.tr("Not bought: cancelled."), INFO)

        self._open(dialog, answered)

    def _ask_non_roman(self, attempt: Attempt, refusal: NonRomanAddress) -> None:
        twin = v2_twin(self.tab.model.options(), attempt.purchase.option)
        v2_note = self._v2_blocker(twin)
        dialog = NonRomanDialog(refusal.problems, refusal.suggestions, refusal.reasons, can_transliterate=True,
                                transliterate_note="", v2_note=v2_note, parent=self._parent())

        def answered(code: int) -> None:
            if code == Choice.TRANSLITERATE:
                self._transliterate(attempt, refusal)
            elif code == Choice.USE_V2 and twin is not None:
                self._proceed(replace(attempt, purchase=replace(attempt.purchase, option=twin)))
            else:
                self._stop(self.tr("Nothing was bought: the address is in letters ShipStation V1 can't print."),
                           INFO)

        self._open(dialog, answered)

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
        self._set_stage(Stage.FIXING)
        session, order_id = self.ctx.session, attempt.purchase.order.order_id
        self.outcome.emit(self.tr("Writing the address in Roman letters to the order in ShipStation…"), INFO)

        def fixed(order: Order) -> None:
            # The rated ship-to takes the same spelling, so it still matches the order V1 labels.
            shipment = attempt.purchase.shipment
            spelled = {name: text for name, text in refusal.suggestions.items() if hasattr(shipment.ship_to, name)}
            shipment = replace(shipment, ship_to=shipment.ship_to.model_copy(update=spelled))
            self._proceed(replace(attempt, purchase=replace(attempt.purchase, order=order, shipment=shipment)))

        def failed(exc: Exception) -> None:
            if isinstance(exc, AddressNotSaved):
                self._stop(str(exc), ERROR)
            else:
                self._set_stage(Stage.IDLE)
                self.ctx.report_error(exc, self.tr("Writing the address to the order"))

        self.job = self.ctx.runner.run(lambda job: accept_transliteration(session, order_id, refusal),
                                       name="write Roman ship-to", on_result=fixed, on_error=failed)

    def _ask_another(self, attempt: Attempt, refusal: AlreadyHasLabel) -> None:
        dialog = AnotherLabelDialog(attempt.purchase.order.order_number, refusal.existing, self._parent())

        def answered(code: int) -> None:
            if code == Choice.BUY:
                self._start(replace(attempt, allow_another=True))
            else:
                self._stop(self.tr("Nothing was bought: the order keeps its label."), INFO)

        self._open(dialog, answered)

    # -- buying ------------------------------------------------------------------------------------

    def _request(self, attempt: Attempt) -> LabelRequest:
        station = self.ctx.station
        purchase = attempt.purchase
        print_here = attempt.print_here and station.auto_print and station.label is not None
        if attempt.reship:
            catalog = purchase.catalog
            if catalog is None:
                raise ReshipNotPossible(self.tr("The carrier lists are not loaded yet: press Get rates first."))
            return reship_request(self.ctx.session, catalog, purchase.order, purchase.option,
                                  shipment=purchase.shipment, customs=purchase.customs,
                                  test_label=purchase.test_label, label_format=station.label_format,
                                  print_on_purchase=print_here)
        return label_request(purchase, label_format=station.label_format, print_on_purchase=print_here)

    def _start(self, attempt: Attempt) -> None:
        try:
            request = self._request(attempt)
        except ReshipNotPossible as exc:
            self._stop(str(exc), WARNING)
            return
        # A reship is a second label by definition: the confirm step was the "buy another?" question.
        allow_another = attempt.allow_another or attempt.reship
        service = self._shipping()
        self._set_stage(Stage.BUYING)
        self.outcome.emit(self.tr("Buying the label for order %1…").replace("%1", attempt.purchase.order.order_number),
                          INFO)

        checks = pack_checks(self.ctx)

        def work(_job: Job) -> JournalEntry:
            return buy_once(service, request, allow_another=allow_another, pack_checks=checks)

        self.job = self.ctx.runner.run(work, name="buy label", on_result=lambda entry: self._bought(attempt, entry),
                                       on_error=lambda exc: self._failed(attempt, exc))

    def _shipping(self) -> ShippingService:
        return shipping_service(self.ctx, **self.service_options)

    # -- answers ------------------------------------------------------------------------------------

    def _bought(self, attempt: Attempt, entry: JournalEntry) -> None:
        self.job = None
        self._set_stage(Stage.IDLE)
        self.ctx.succeeded()
        self.ctx.banners.clear(f"purchase-unknown-{attempt.purchase.order.order_id}")  # it is known now
        self.ctx.labels_changed.emit()
        self.bought.emit(entry)
        words = self._bought_words(entry)
        if entry.print_on_purchase:
            self._print(entry, words)
        elif not attempt.print_here:
            self.outcome.emit(words + " " + self.tr("Print it from the label history on a PDF printer."), SUCCESS)
        else:
            self.outcome.emit(words, SUCCESS)

    def _bought_words(self, entry: JournalEntry) -> str:
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
            self.outcome.emit(words + " " + self.tr("Sent to the label printer."), SUCCESS)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, PrintError):
                self.ctx.report_error(exc, self.tr("Printing the label"))
            reason = str(exc) if isinstance(exc, PrintError) else ""
            self.outcome.emit(" ".join(p for p in (words, self.tr(
                "It could not be sent to the printer; it is bought and saved, print it from the label history."),
                reason) if p), WARNING)

        self.ctx.runner.run(lambda job: printing.print_label(entry), name="queue label",
                            on_result=queued, on_error=failed)

    def _failed(self, attempt: Attempt, exc: Exception) -> None:
        self.job = None
        self._set_stage(Stage.IDLE)
        order = attempt.purchase.order
        if isinstance(exc, PackNotVerified):
            self.outcome.emit(pack_not_verified_words(exc.order_number), ERROR)
        elif isinstance(exc, AlreadyHasLabel):
            self._ask_another(attempt, exc)
        elif isinstance(exc, NonRomanAddress):  # ShipStation's order now differs from the one shown
            self._ask_non_roman(attempt, exc)
        elif isinstance(exc, CustomsProblem):
            purchase = attempt.purchase
            api = "v2" if attempt.reship else purchase.option.source.lower()
            self._ask_customs(purchase, api, exc.problems, lambda checked: self._proceed(
                replace(attempt, customs_checked=True, confirmed=False,
                        purchase=replace(purchase, customs=checked))))
        elif isinstance(exc, OutcomeStillUnknown):
            self.ctx.banners.show_banner(f"purchase-unknown-{order.order_id}", self.tr(
                "Order %1: ShipDesk can't tell yet whether the label was bought, so nothing will be bought for "
                "this order until it can check with ShipStation. Press Buy label again when the connection is "
                "back: it checks first.").replace("%1", order.order_number), "error", sticky=True)
            self.outcome.emit(self.tr("Not known yet whether the label was bought: see the message at the top."),
                              ERROR)
        elif isinstance(exc, LabelNotBought):
            said = money_words(exc)
            cause = _api_cause(exc)
            if said.kind != OTHER:
                self.outcome.emit(f"{said.headline} {said.what_to_do}", ERROR)
            else:
                lead = self.tr("ShipStation confirms no label was bought; you can try again.")
                self.outcome.emit(f"{lead} {cause}" if cause else lead, WARNING)
        elif isinstance(exc, Unreachable):
            self.ctx.report_error(exc, self.tr("Buying the label"))
            self.outcome.emit(self.tr("ShipStation can't be reached: nothing was bought. Try again when the "
                                      "connection is back."), ERROR)
        elif isinstance(exc, ApiError):
            said = money_words(exc)
            self.outcome.emit(f"{said.headline} {said.what_to_do}".strip(), ERROR)
        elif isinstance(exc, PurchaseError):
            self.outcome.emit(str(exc), ERROR)
        else:
            self.ctx.report_error(exc, self.tr("Buying the label"))
            self.outcome.emit(self.tr("The label was not bought: see the message at the top."), ERROR)


def shipping_service(ctx: UiContext, **options: Any) -> ShippingService:
    """A service per purchase: the station name and options as they are now."""
    return ShippingService(ctx.session, ctx.printing.journal, station=ctx.session.settings.station_name or None,
                           **options)


def pack_checks(ctx: UiContext) -> PackChecks | None:
    """The pack checks a purchase must pass on this station, or None when the station doesn't require them."""
    settings = ctx.session.settings
    return PackChecks(ctx.session.db, settings.station_name) if settings.require_pack_check else None


def pack_not_verified_words(order_number: str) -> str:
    return QCoreApplication.translate("PurchaseFlow", "Order %1: this station buys a label only after the pack "
                                      "was verified. Scan the order in verify mode and scan each item, or use "
                                      "Manager override.").replace("%1", order_number)


def _api_cause(exc: BaseException) -> str:
    """ShipStation's own words behind a LabelNotBought (the refusal it reconciled), if any."""
    seen: BaseException | None = exc.__cause__ or exc.__context__
    while seen is not None:
        if isinstance(seen, ApiError):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return ""
