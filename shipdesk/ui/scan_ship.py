"""Scan to ship: in ship mode a scanned order is opened, rated, bought and printed with no click.

The scan is the confirmation, so nothing asks a question: each check the Buy button would ask about (a
non-Roman ship-to for V1, an incomplete customs declaration, a shipped or cancelled order, a label the order
already has, a pack not verified on a station that requires it) stops the scan with a sticky error and
nothing is bought. The rate is the station's selected preset, else the cheapest one that delivers within
`Settings.ship_within_days` (`core.ship_choice`). The purchase is `label_request.buy_once`, the same one the
Buy button runs (journal first, never twice). Rating and buying run on the worker runner.

After the purchase the label waits `Settings.scan_print_delay_ms` before printing: scanning CANCEL then keeps
it unprinted (bought, in the journal, printable from the Labels tab). A second order scanned while one is
under way is refused, not queued: the packer has one parcel in hand, and a queued purchase could print a
label for a parcel that is no longer on the bench.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from ..api.errors import ApiError, Unreachable
from ..api.v1.models import Order
from ..core.customs import CustomsDeclaration
from ..core.journal import JournalEntry
from ..core.label_request import Purchase, buy_once, label_request
from ..core.money_words import OTHER, money_words
from ..core.non_roman import non_roman_error
from ..core.pack_verify import PackNotVerified
from ..core.rate_catalog import RateCatalog, load_catalog
from ..core.rate_presets import apply_preset, find_preset
from ..core.rating import rate_shipment, shipment_from_order
from ..core.scan_decoder import Scan
from ..core.ship_choice import checked_customs, choose_rate, ship_refusal
from ..core.shipping import (
    AlreadyHasLabel,
    CustomsProblem,
    LabelNotBought,
    LabelRequest,
    NonRomanAddress,
    OutcomeStillUnknown,
    PurchaseError,
)
from ..core.words import Words
from ..printing.printers import PrintError
from .context import UiContext
from .purchase import pack_checks, shipping_service
from .purchase_outcome import pack_not_verified_words
from .rates_model import money
from .scan_feedback import ScanFeedback
from .scan_open import ScanToOpen
from .words import say
from .workers import Job

BANNER = "scan-ship"


class Stage(StrEnum):
    IDLE = "idle"
    OPENING = "opening"
    RATING = "rating"
    BUYING = "buying"
    WAITING = "waiting"  # bought; the print delay runs (CANCEL keeps it unprinted)
    PRINTING = "printing"


@dataclass(frozen=True)
class Plan:
    order: Order
    request: LabelRequest | None
    catalog: RateCatalog | None  # read on the worker, kept by the UI thread for the next scan (None: don't)
    problem: Words | None = None


class ScanToShip(QObject):
    bought = Signal(object)  # the JournalEntry
    printed = Signal(object)  # the JournalEntry whose label was queued for the printer
    held = Signal(object)  # the JournalEntry kept unprinted by CANCEL
    finished = Signal(str)  # "printed", "bought", "held", "stopped" (tests wait for it)

    def __init__(self, ctx: UiContext, opener: ScanToOpen, feedback: ScanFeedback,
                 customs: dict[int, CustomsDeclaration], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opener = opener
        self.feedback = feedback
        self.customs = customs  # declarations the packer checked in the Rates tab this session
        self.catalog: RateCatalog | None = None  # reused between scans (carriers and packages change rarely)
        self.stage = Stage.IDLE
        self.number = ""  # the order being shipped, as scanned
        self.entry: JournalEntry | None = None
        self.job: Job | None = None
        self._hold = False  # CANCEL came while buying: don't print what it buys
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._print)
        opener.opened.connect(self._opened)
        opener.not_opened.connect(self._not_opened)

    @property
    def busy(self) -> bool:
        return self.stage is not Stage.IDLE

    # -- scans -------------------------------------------------------------------------------------

    def handle(self, scan: Scan) -> None:
        shown = scan.raw.strip()
        if self._refuse_while_busy(shown):
            return
        self._begin(shown)
        self.stage = Stage.OPENING
        self.opener.handle(scan)  # selects the order (success sound) and calls back `_opened`

    def ship_order(self, order_id: int, number: str) -> None:
        """The SHIP command: ship the order already open."""
        if self._refuse_while_busy(number):
            return
        self._begin(number)
        self._rate(order_id)

    def cancel(self) -> bool:
        """CANCEL: stop what the last scan started, as far as it can still be stopped."""
        if self.stage is Stage.WAITING and self.entry is not None:
            self.timer.stop()
            self._hold_print(self.entry)
            return True
        if self.stage in (Stage.OPENING, Stage.RATING):
            if self.job is not None:
                self.job.cancel()
            self._end()
            self.ctx.banners.show_banner(BANNER, self.tr("Order %1: stopped before anything was bought.")
                                         .replace("%1", self.number), "info")
            self.finished.emit("stopped")
            return True
        if self.stage is Stage.BUYING:
            self._hold = True  # the purchase is already sent: money is never stopped halfway
            self.ctx.banners.show_banner(BANNER, self.tr(
                "Order %1: the purchase was already sent and will finish; its label will not print (print it "
                "from the Labels tab).").replace("%1", self.number), "info")
            return True
        return False

    def _refuse_while_busy(self, shown: str) -> bool:
        if not self.busy:
            return False
        self.feedback.error(self.tr("Scanned %1: order %2 is still being shipped, so this scan did nothing. Scan "
                                    "it again when the label is out.").replace("%1", shown).replace("%2", self.number))
        return True

    def _begin(self, number: str) -> None:
        self.number = number
        self.entry = None
        self._hold = False
        self.ctx.banners.clear(BANNER)

    def _end(self) -> None:
        self.stage = Stage.IDLE
        self.job = None

    def _opened(self, order_id: int) -> None:
        if self.stage is Stage.OPENING:
            self._rate(order_id)

    def _not_opened(self) -> None:
        if self.stage is Stage.OPENING:
            self._end()  # scan_open said why
            self.finished.emit("stopped")

    # -- rating (worker) -----------------------------------------------------------------------------

    def _rate(self, order_id: int) -> None:
        session, station = self.ctx.session, self.ctx.station
        settings = session.settings
        preset = find_preset(settings, settings.selected_preset) if settings.selected_preset else None
        known = self.customs.get(order_id)
        catalog = self.catalog
        print_here = station.auto_print and station.label is not None
        self.stage = Stage.RATING
        self.ctx.banners.show_banner(BANNER, self.tr("Order %1: getting rates…").replace("%1", self.number), "info")

        def work(job: Job) -> Plan:
            if session.v1 is None:
                raise PurchaseError("There is no ShipStation V1 key on this station to read the order.")
            order = session.v1.get_order(order_id)  # fresh: its status and address as ShipStation has them
            cat = catalog or load_catalog(session, job.check)
            keep = cat if not cat.problems else None  # a list read during an outage is read again next scan
            shipment = shipment_from_order(order, cat)
            if preset is not None:
                shipment = apply_preset(shipment, preset)
            job.check()
            result = rate_shipment(session, cat, shipment)
            non_roman = order.ship_to is not None and non_roman_error(order.ship_to) is not None
            choice = choose_rate(result.options, preset=preset, within_days=settings.ship_within_days,
                                 label_format=station.label_format, non_roman=non_roman)
            if choice.option is None:  # a list that failed to load says why better than "no rate"
                return Plan(order, None, keep, cat.problems[0] if cat.problems else choice.problem)
            purchase = Purchase(order, shipment, choice.option, cat, customs=known)
            refusal = ship_refusal(order, purchase)
            if refusal is not None:
                return Plan(order, None, keep, refusal)
            declaration, problem = checked_customs(purchase, choice.option.source.lower(), known)
            if problem is not None:
                return Plan(order, None, keep, problem)
            if declaration is not None:
                purchase = Purchase(order, shipment, choice.option, cat, customs=declaration)
            job.check()
            return Plan(order, label_request(purchase, label_format=station.label_format,
                                             print_on_purchase=print_here), keep)

        self.job = self.ctx.runner.run(work, name="scan to ship: rate", on_result=self._planned,
                                       on_error=self._failed)

    def _planned(self, plan: Plan) -> None:
        self.catalog = plan.catalog
        if self.stage is not Stage.RATING:
            return  # cancelled meanwhile
        self.number = plan.order.order_number or self.number
        if plan.request is None:
            self._stop(say(plan.problem))
            return
        self._buy(plan.request)

    # -- buying (worker) -----------------------------------------------------------------------------

    def _buy(self, request: LabelRequest) -> None:
        service, checks = shipping_service(self.ctx), pack_checks(self.ctx)
        self.stage = Stage.BUYING
        self.ctx.banners.show_banner(BANNER, self.tr("Order %1: buying the label…").replace("%1", self.number),
                                     "info")
        self.job = self.ctx.runner.run(lambda _job: buy_once(service, request, pack_checks=checks),
                                       name="scan to ship: buy", on_result=self._bought, on_error=self._failed)

    def _bought(self, entry: JournalEntry) -> None:
        self.entry = entry
        self.ctx.succeeded()
        self.ctx.labels_changed.emit()
        self.bought.emit(entry)
        self.feedback.success()
        cost = money(Decimal(entry.cost or entry.shown_cost or 0))
        words = self.tr("Order %1: label bought, tracking %2, cost %3.").replace("%1", self.number).replace(
            "%2", entry.tracking_number or "?").replace("%3", cost)
        if self._hold and entry.print_on_purchase:
            self._hold_print(entry)
            return
        if not entry.print_on_purchase:
            self.ctx.banners.show_banner(BANNER, words + " " + self.tr(
                "Automatic printing is off: print it from the Labels tab."), "success")
            self._end()
            self.finished.emit("bought")
            return
        delay = self.ctx.session.settings.scan_print_delay_ms
        self.ctx.banners.show_banner(BANNER, words + " " + self.tr("Printing… (scan CANCEL to keep it unprinted)"),
                                     "success")
        self.stage = Stage.WAITING
        self.timer.start(delay)

    def _print(self) -> None:
        entry = self.entry
        if self.stage is not Stage.WAITING or entry is None:
            return
        self.stage = Stage.PRINTING
        printing = self.ctx.printing

        def queued(_jobs: list[int]) -> None:
            self._end()
            self.ctx.print_requested.emit()
            self.printed.emit(entry)
            self.finished.emit("printed")

        def failed(exc: Exception) -> None:
            reason = str(exc) if isinstance(exc, PrintError) else f"{type(exc).__name__}: {exc}"
            self._stop(self.tr("the label is bought but could not be sent to the printer (%1). Print it from the "
                               "Labels tab.").replace("%1", reason))

        self.ctx.runner.run(lambda _job: printing.print_label(entry), name="scan to ship: print",
                            on_result=queued, on_error=failed)

    def _hold_print(self, entry: JournalEntry) -> None:
        journal = self.ctx.printing.journal

        def held(kept: JournalEntry) -> None:
            self._end()
            self.ctx.banners.show_banner(BANNER, self.tr(
                "Order %1: the label is bought and was not printed. Print it from the Labels tab when you need "
                "it.").replace("%1", self.number), "info")
            self.ctx.labels_changed.emit()
            self.held.emit(kept)
            self.finished.emit("held")

        self.ctx.runner.run(lambda _job: journal.hold_print(entry.id), name="scan to ship: hold print",
                            on_result=held, on_error=lambda exc: self._stop(str(exc)))

    # -- refusals ----------------------------------------------------------------------------------

    def _stop(self, words: str) -> None:
        self._end()
        self.ctx.banners.clear(BANNER)
        self.feedback.error(self.tr("Order %1 not shipped: %2").replace("%1", self.number).replace("%2", words))
        self.finished.emit("stopped")

    def _failed(self, exc: Exception) -> None:
        if self.stage is Stage.IDLE:
            return  # cancelled
        self._stop(self._words(exc))

    def _words(self, exc: Exception) -> str:
        if isinstance(exc, PackNotVerified):
            return pack_not_verified_words(exc.order_number)
        if isinstance(exc, AlreadyHasLabel):
            return self.tr("it already has a label (%1): nothing was bought. Scan REPRINT to print it again, or "
                           "buy another from the Rates tab.").replace("%1", ", ".join(exc.existing) or "?")
        if isinstance(exc, NonRomanAddress):
            return self.tr("the ship-to address is in letters ShipStation V1 can't print: nothing was bought. "
                           "Open it in the Rates tab.")
        if isinstance(exc, CustomsProblem):
            return self.tr("the customs declaration is not complete: nothing was bought. Fix it in the Rates "
                           "tab (Edit customs…).")
        if isinstance(exc, OutcomeStillUnknown):
            return self.tr("ShipDesk can't tell yet whether the label was bought; nothing more will be bought for "
                           "this order until it can check. Scan it again when the connection is back.")
        if isinstance(exc, LabelNotBought | ApiError):
            said = money_words(exc)
            if said.kind != OTHER:
                return f"{said.headline} {said.what_to_do}".strip()
            if isinstance(exc, LabelNotBought):
                return self.tr("ShipStation confirms no label was bought; you can scan it again.")
        if isinstance(exc, Unreachable):
            self.ctx.set_online(False)
            return self.tr("ShipStation can't be reached: nothing was bought. Scan it again when the connection "
                           "is back.")
        if isinstance(exc, ApiError | PurchaseError):
            return str(exc)
        self.ctx.report_error(exc, self.tr("Scan to ship"))
        return self.tr("something went wrong: see the message at the top. Nothing more will be bought for it "
                       "without a new scan.")
