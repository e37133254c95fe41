"""Scan to ship on one worker job: read the order, rate it, choose, buy and, with no print delay, print.

One job from the scan to the spooled label, because each hop through the UI thread between stages waited for
whatever the UI thread was doing (painting the order just opened, the banners): bench P3. The UI follows the
stages through `job.progress` and gets one `Shipped` at the end, with the order as read so the Orders tab
shows it fresh (scan to open does not read it a second time).

CANCEL (UI thread) and the worker agree through `ShipRun`, under one lock: a CANCEL before the purchase is
sent stops the scan with nothing bought; one after it lets the purchase finish and keeps the label unprinted;
once the label is on its way to the printer there is nothing left to cancel. A scan of an order already on
screen starts the job while the Orders tab selects it; the job buys nothing until the selection is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..api.v1.models import Order
from ..config import Settings
from ..core.customs import CustomsDeclaration
from ..core.journal import JournalEntry
from ..core.label_request import Purchase, buy_once, label_request
from ..core.non_roman import non_roman_error
from ..core.pack_verify import PackChecks
from ..core.rate_catalog import RateCatalog, load_catalog
from ..core.rate_presets import RatePreset, apply_preset
from ..core.rating import rate_shipment, shipment_from_order
from ..core.session import Session
from ..core.ship_choice import checked_customs, choose_rate, ship_refusal
from ..core.shipping import LabelRequest, PurchaseError, ShippingService
from ..core.words import Words
from ..printing.label_printing import LabelPrinting
from ..printing.queue import PrintJob, Send
from ..printing.station import Station
from .workers import Cancelled, Job


class Stage(StrEnum):
    IDLE = "idle"
    OPENING = "opening"
    RATING = "rating"
    BUYING = "buying"
    WAITING = "waiting"  # bought; the print delay runs (CANCEL keeps it unprinted)
    PRINTING = "printing"


class ShipRun:
    """One scan's stage, shared by the UI thread and its worker; each side moves it under the lock."""

    def __init__(self, stage: Stage) -> None:
        self._lock = threading.Lock()
        self._stage = stage
        self.stopped = False  # CANCEL before the purchase (or the order could not be opened): buy nothing
        self.hold = False  # CANCEL while buying: print nothing
        self._opened = threading.Event()  # the order is selected on screen: the job may buy

    @property
    def opened(self) -> bool:
        return self._opened.is_set()

    def open(self) -> None:
        self._opened.set()

    def wait_opened(self) -> None:
        """On the worker, before buying: until the UI has selected the order, or the scan was stopped."""
        self._opened.wait()

    @property
    def stage(self) -> Stage:
        with self._lock:
            return self._stage

    def enter(self, stage: Stage) -> bool:
        """Move on to `stage`; False when CANCEL came first (before buying: stop; before printing: hold)."""
        with self._lock:
            if self.stopped or (stage is Stage.PRINTING and self.hold):
                return False
            self._stage = stage
            return True

    def cancel(self) -> Stage:
        """CANCEL: the stage it found. RATING (and OPENING) stop the scan; BUYING holds the label's print."""
        with self._lock:
            if self._stage in (Stage.OPENING, Stage.RATING):
                self.stopped = True
                self._opened.set()  # a job waiting to buy wakes up to stop
            elif self._stage is Stage.BUYING:
                self.hold = True
            return self._stage


@dataclass(frozen=True)
class ShipWork:
    """What the worker needs, taken on the UI thread when the scan starts."""

    session: Session
    settings: Settings
    station: Station
    preset: RatePreset | None
    customs: CustomsDeclaration | None  # checked by the packer in the Rates tab this session
    catalog: RateCatalog | None  # kept from an earlier scan
    service: ShippingService
    checks: PackChecks | None
    printing: LabelPrinting
    send: Send
    print_now: bool  # print on purchase with no CANCEL window: straight to the printer from this job


@dataclass(frozen=True)
class Shipped:
    order: Order  # as ShipStation has it now
    catalog: RateCatalog | None  # to keep for the next scan (None: read it again)
    problem: Words | None = None  # refused before buying
    error: Exception | None = None  # the purchase failed or was refused (nothing more bought)
    entry: JournalEntry | None = None
    printed: list[PrintJob] | None = None  # the print jobs as they ended up, when this job printed
    print_error: Exception | None = None  # bought, but the label could not be queued


def ship(work: ShipWork, run: ShipRun, order_id: int, job: Job, progress: Callable[[Stage], None]) -> Shipped:
    """The scan from the order read to the label handed to the printer (or to the print delay). Runs on a
    worker thread; raises only for a failure before the order was read, or Cancelled."""
    session = work.session
    if session.v1 is None:
        raise PurchaseError("There is no ShipStation V1 key on this station to read the order.")
    order = session.v1.get_order(order_id)  # fresh: its status and address as ShipStation has them
    cat = work.catalog or load_catalog(session, job.check)
    keep = cat if not cat.problems else None  # a list read during an outage is read again next scan
    planned = _plan(work, order, cat, job)
    if isinstance(planned, Words):
        return Shipped(order, keep, problem=planned)
    run.wait_opened()
    if not run.enter(Stage.BUYING):
        raise Cancelled(job.name)
    progress(Stage.BUYING)
    try:
        entry = buy_once(work.service, planned, pack_checks=work.checks)
    except Exception as exc:  # the UI says it in words, with the order shown fresh
        return Shipped(order, keep, error=exc)
    if not (work.print_now and entry.print_on_purchase and run.enter(Stage.PRINTING)):
        return Shipped(order, keep, entry=entry)
    try:
        return Shipped(order, keep, entry=entry, printed=work.printing.print_now(entry, work.send))
    except Exception as exc:  # bought: the label stays printable from the Labels tab
        return Shipped(order, keep, entry=entry, print_error=exc)


def _plan(work: ShipWork, order: Order, cat: RateCatalog, job: Job) -> LabelRequest | Words:
    """The request for the rate the station would choose, or why this scan buys nothing."""
    settings, station, preset = work.settings, work.station, work.preset
    shipment = shipment_from_order(order, cat)
    if preset is not None:
        shipment = apply_preset(shipment, preset)
    job.check()
    result = rate_shipment(work.session, cat, shipment)
    non_roman = order.ship_to is not None and non_roman_error(order.ship_to) is not None
    choice = choose_rate(result.options, preset=preset, within_days=settings.ship_within_days,
                         label_format=station.label_format, non_roman=non_roman)
    if choice.option is None:  # a list that failed to load says why better than "no rate"
        problem = cat.problems[0] if cat.problems else choice.problem
        assert problem is not None  # choose_rate says why whenever it chooses nothing
        return problem
    purchase = Purchase(order, shipment, choice.option, cat, customs=work.customs)
    refusal = ship_refusal(order, purchase)
    if refusal is not None:
        return refusal
    declaration, problem = checked_customs(purchase, choice.option.source.lower(), work.customs)
    if problem is not None:
        return problem
    if declaration is not None:
        purchase = Purchase(order, shipment, choice.option, cat, customs=declaration)
    job.check()
    return label_request(purchase, label_format=station.label_format,
                         print_on_purchase=station.auto_print and station.label is not None)
