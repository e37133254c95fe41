"""Buying the label the packer chose on the Rates tab: every question first, then one purchase, then print.

`PurchaseFlow.buy()` (the Buy button, Go → Buy label, Ctrl+B) takes the selected rate, or the preset's rate
the tab pre-selected after rating, and walks it through the checks a packer would want before money is
spent: a ship-to V1 would print as ???, a PDF-only V1 label on a ZPL printer, the customs declaration of an
international label, then the cost (unless the station is on quick ship). Only then does
`ShippingService.buy_label` run on the worker runner, which journals first and never buys twice. Its
answers come back here: a refusal that is a question is asked again (purchase_questions.py), anything
else is shown or printed by purchase_outcome.py. While anything of this runs the flow is busy and a second
press does nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..core.journal import JournalEntry
from ..core.label_request import Purchase, buy_once, edited_ship_to, label_request, v2_twin
from ..core.pack_verify import PackChecks
from ..core.reship import ReshipNotPossible, reship_request
from ..core.shipping import (
    AlreadyHasLabel,
    CustomsProblem,
    LabelRequest,
    NonRomanAddress,
    ShippingService,
    non_roman_error,
)
from .context import UiContext
from .purchase_outcome import INFO, WARNING, PurchaseOutcome
from .purchase_questions import Attempt, PurchaseQuestions, Stage
from .workers import Job

if TYPE_CHECKING:
    from .rates_tab import RatesTab


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
        self.questions = PurchaseQuestions(self)
        self.answers = PurchaseOutcome(ctx, self.outcome.emit, self)

    @property
    def busy(self) -> bool:
        return self.stage is not Stage.IDLE

    def set_stage(self, stage: Stage) -> None:
        was = self.busy
        self.stage = stage
        if stage is Stage.IDLE:
            self.dialog = None
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def parent_window(self) -> QWidget:
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
        self.proceed(attempt)

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
        self.questions.customs(purchase, api, [], lambda _declaration: self.set_stage(Stage.IDLE))

    # -- the checks, in the order a packer meets them -----------------------------------------------

    def proceed(self, attempt: Attempt) -> None:
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
                self.stop(self.tr(
                    "The ship-to address was changed here, but a ShipStation V1 label goes to the order's own "
                    "address. Correct the order in ShipStation, or buy a V2 rate (it uses the address shown "
                    "here)."), WARNING)
                return
            refusal = non_roman_error(order.ship_to) if order.ship_to is not None else None
            if refusal is not None:
                self.questions.non_roman(attempt, refusal)
                return
            if self.ctx.station.label_format == "zpl" and not attempt.pdf_asked:
                self.questions.pdf_for_zpl(attempt)
                return
        if purchase.international and not attempt.customs_checked:
            self.questions.check_customs(attempt)
            return
        if (self.ctx.session.settings.confirm_purchase or attempt.reship) and not attempt.confirmed:
            self.questions.confirm(attempt)
            return
        self.start(attempt)

    def stop(self, words: str, level: str) -> None:
        self.set_stage(Stage.IDLE)
        self.outcome.emit(words, level)

    def ask(self, dialog: QDialog, answered: Any) -> None:
        """Open a question; `answered(code)` runs when the packer closes it."""
        self.set_stage(Stage.ASKING)
        self.dialog = dialog
        dialog.finished.connect(lambda code: self._answered(dialog, answered, code))
        dialog.open()

    def _answered(self, dialog: QDialog, answered: Any, code: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        answered(code)

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

    def start(self, attempt: Attempt) -> None:
        try:
            request = self._request(attempt)
        except ReshipNotPossible as exc:
            self.stop(str(exc), WARNING)
            return
        # A reship is a second label by definition: the confirm step was the "buy another?" question.
        allow_another = attempt.allow_another or attempt.reship
        service = self._shipping()
        self.set_stage(Stage.BUYING)
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
        self.set_stage(Stage.IDLE)
        self.ctx.succeeded()
        self.ctx.banners.clear(f"purchase-unknown-{attempt.purchase.order.order_id}")  # it is known now
        self.ctx.labels_changed.emit()
        self.bought.emit(entry)
        self.answers.bought(entry, attempt.print_here)

    def _failed(self, attempt: Attempt, exc: Exception) -> None:
        """A refusal that is a question is asked; any other answer ends the purchase with its words."""
        self.job = None
        self.set_stage(Stage.IDLE)
        if isinstance(exc, AlreadyHasLabel):
            self.questions.another(attempt, exc)
        elif isinstance(exc, NonRomanAddress):  # ShipStation's order now differs from the one shown
            self.questions.non_roman(attempt, exc)
        elif isinstance(exc, CustomsProblem):
            purchase = attempt.purchase
            api = "v2" if attempt.reship else purchase.option.source.lower()
            self.questions.customs(purchase, api, exc.problems, lambda checked: self.proceed(
                replace(attempt, customs_checked=True, confirmed=False,
                        purchase=replace(purchase, customs=checked))))
        else:
            self.answers.not_bought(attempt.purchase.order, exc)


def shipping_service(ctx: UiContext, **options: Any) -> ShippingService:
    """A service per purchase: the station name and options as they are now."""
    return ShippingService(ctx.session, ctx.printing.journal, station=ctx.session.settings.station_name or None,
                           **options)


def pack_checks(ctx: UiContext) -> PackChecks | None:
    """The pack checks a purchase must pass on this station, or None when the station doesn't require them."""
    settings = ctx.session.settings
    return PackChecks(ctx.session.db, settings.station_name) if settings.require_pack_check else None
