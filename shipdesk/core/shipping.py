"""Buying labels, never twice: journal first, check ShipStation first, reconcile every unknown outcome.

Flow of `buy_label`: for V1, refuse a ship-to in non-Roman script (V1 prints it as ???) before any purchase
call (`NonRomanAddress`); refuse when the order already has an active label (unless `allow_another`; a
reship always asks); for V1, refuse an order V1 won't label (`OrderNotShippable`); refuse an international
label without a usable customs declaration (`CustomsProblem`); write the intent row; call; store the answer,
the label bytes and the customs form. When the answer is lost (timeout, reset, 5xx, unreadable) the row
becomes `unknown` and ShipStation is asked what happened before anything else: a label found is stored
(`reconciled_bought`) and never bought again; none found is `reconciled_none`, after which the packer may
buy again, explicitly. Every refusal before the intent row leaves no row: nothing was tried. No Qt.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..api.errors import ApiError, NotFound, RateLimited, ServerError, Unreachable
from ..api.v1.models import Address, AdvancedOptions, LabelResult, Order
from ..api.v1.models import Shipment as V1Shipment
from ..api.v2.models import Label, ShipmentRequest
from .customs import CustomsDeclaration, to_v1
from .journal import (
    BOUGHT,
    FAILED,
    INTENT,
    RECONCILED_BOUGHT,
    RECONCILED_NONE,
    UNKNOWN,
    JournalEntry,
    LabelJournal,
    new_external_id,
)
from .non_roman import non_roman_error
from .purchase_customs import CustomsGate
from .purchase_errors import (
    V1_CANNOT_RESHIP,
    AlreadyHasLabel,
    CustomsProblem,
    LabelNotBought,
    NonRomanAddress,
    OrderNotShippable,
    OutcomeStillUnknown,
    PurchaseError,
)
from .session import Session

# Said in the row and to the packer: V1 lists shipments without labelData and has no call that returns a
# bought label's file again, so a label reconciled through V1 has no local copy.
V1_NO_REFETCH = ("ShipStation V1 does not send this label's file again: print it from ShipStation's web app "
                 "(Shipments > Reprint), or void it and buy a new one.")


__all__ = ["V1_NO_REFETCH", "AlreadyHasLabel", "CustomsProblem", "LabelNotBought", "LabelRequest",
           "NonRomanAddress", "OrderNotShippable", "OutcomeStillUnknown", "PurchaseError", "PurchaseInProgress", "ShippingService",
           "non_roman_error", "recover"]

# V1 labels only orders in these states (the sandbox and ShipStation's help agree).
V1_LABEL_STATUSES = ("awaiting_shipment", "on_hold")

# One purchase per order at a time in this process: two callers (a scan and a click) checking "has it a
# label?" at the same moment would both see none and both buy.
_BUYING: set[str] = set()
_BUYING_LOCK = threading.Lock()


class PurchaseInProgress(PurchaseError):
    """Another purchase for the same order is running in this ShipDesk; nothing was sent."""
V2_TEST_FROM_RATE = ("A V2 test label can't be bought from a quoted rate: ShipStation's V2 API takes the test "
                     "flag only with the whole shipment. Turn off \u201cTest label\u201d, or buy it without a rate.")


@dataclass
class LabelRequest:
    """What to buy. V1: `order_id` + carrier/service/package (+ `v1_options`, e.g. weight). V2: either
    `rate_id` with the rated `v2_shipment_id`, or a `shipment` object (its external id is set by us)."""

    api: str  # "v1" | "v2"
    order_id: str | None = None
    order_number: str | None = None
    carrier: str | None = None
    service: str | None = None
    package: str | None = None
    shown_cost: str | None = None
    test_label: bool = False
    label_format: str = "pdf"
    print_on_purchase: bool = False  # journaled, so a crash before printing still ends in a printed label
    rate_id: str | None = None
    v2_shipment_id: str | None = None
    shipment: ShipmentRequest | None = None
    v1_options: dict[str, Any] = field(default_factory=dict)
    # V1: the order's ship-to as ShipStation has it (V1 prints that one). Without it ShipDesk reads the order
    # (a GET, never a purchase) to check its script before buying.
    ship_to: Address | None = None
    # The customs declaration the packer checked. None: the order's (V1) or the shipment's own (V2). It is
    # sent with the label; an international label without a usable one is refused (CustomsProblem).
    customs: CustomsDeclaration | None = None
    # Where the package leaves from (two letters); None: ShipDesk reads the ship-from location once.
    ship_from_country: str | None = None
    # A reship: a V2 label for this already-shipped V1 order. Its V1 labels count as the order's labels,
    # and buy_label asks (allow_another) even when it finds none.
    reship_of: int | None = None


# Called right after the purchase call returns, before its answer is stored (tests simulate a crash here).
AfterCall = Callable[[JournalEntry], None]


class ShippingService:
    def __init__(self, session: Session, journal: LabelJournal | None = None, *, station: str | None = None,
                 reconcile_delays: Sequence[float] = (0.0, 2.0, 5.0), sleep: Callable[[float], None] = time.sleep,
                 after_call: AfterCall | None = None) -> None:
        self.session = session
        self.journal = journal or LabelJournal(session.db)
        self.station = station or socket.gethostname()
        # A request that timed out may still be running at ShipStation: look again after these pauses.
        self.reconcile_delays = tuple(reconcile_delays) or (0.0,)
        self.sleep = sleep
        self.after_call = after_call
        self.customs = CustomsGate(session)  # keeps ship-from countries for the life of the service

    # -- buying ---------------------------------------------------------------------------------

    def buy_label(self, request: LabelRequest, *, allow_another: bool = False) -> JournalEntry:
        """Buy one label; returns its journal row (bought or reconciled_bought). Raises PurchaseError
        subclasses, or the ApiError of a definite refusal (address, balance, plan...)."""
        if request.api not in ("v1", "v2"):
            raise ValueError("api must be v1 or v2")
        order = None
        if request.api == "v1":
            if request.order_id is None or not request.carrier or not request.service:
                raise ValueError("a V1 label needs order_id, carrier and service")
            order = self._check_roman(request)
        elif request.test_label and request.rate_id:
            raise PurchaseError(V2_TEST_FROM_RATE)  # sending it anyway could charge for a "test"
        key = str(request.reship_of or request.order_id or request.order_number or "")
        with _BUYING_LOCK:
            if key and key in _BUYING:
                raise PurchaseInProgress(f"A label for order {request.order_number or request.order_id} is being "
                                         "bought right now: wait for it to finish.")
            _BUYING.add(key)
        try:
            self._settle_unfinished(request)
            known = self._active_labels(request)
            if (known or request.reship_of is not None) and not allow_another:
                raise _already_has_label(request, [tracking for _, tracking in known])
            send = self._checked(request, order)
            entry = self._intent(request, [ident for ident, _ in known])
            return self.spend(entry, lambda: self._call(send, entry))
        finally:
            with _BUYING_LOCK:
                _BUYING.discard(key)

    def spend(self, entry: JournalEntry, call: Callable[[], LabelResult | Label]) -> JournalEntry:
        """The purchase call for a journaled intent row (a label, or a V2 return label): store the answer, or
        mark the row failed (a definite refusal) or unknown and reconcile before raising."""
        try:
            answer = call()
        except (RateLimited, ServerError, Unreachable) as exc:
            # RateLimited was refused before any work; 5xx and network failures may hide a bought label.
            if isinstance(exc, RateLimited):
                self.journal.mark(entry.id, FAILED, str(exc))
                raise
            self.journal.mark(entry.id, UNKNOWN, f"{exc}\n{exc.detail}".strip())
            return self._reconcile_or_raise(entry.id, exc)
        except ApiError as exc:
            self.journal.mark(entry.id, FAILED, f"{exc}\n{exc.detail}".strip())
            raise
        if self.after_call is not None:
            self.after_call(entry)
        return self._store_answer(entry, answer)

    def _check_roman(self, request: LabelRequest) -> Order | None:
        """ShipStation V1 prints non-Roman script as ???: refuse before anything is bought. Returns the order
        when it had to be read."""
        ship_to, order = request.ship_to, None
        if ship_to is None and request.order_id is not None:
            order = self._v1().get_order(int(request.order_id))
            ship_to = order.ship_to
        error = non_roman_error(ship_to) if ship_to is not None else None
        if error is not None:
            raise error
        return order

    def _checked(self, request: LabelRequest, order: Order | None) -> LabelRequest:
        """The request as it will be sent: V1's order state checked, the customs declaration checked and
        attached. Reads only; raises before any purchase call."""
        if request.api == "v1":
            order = order or self._v1().get_order(int(request.order_id or 0))
            if order.order_status not in V1_LABEL_STATUSES:
                raise _not_shippable(order)
            advanced = request.v1_options.get("advanced_options")
            declaration = self.customs.for_v1(
                order, request.customs, ship_to=request.ship_to, ship_from_country=request.ship_from_country,
                warehouse_id=advanced.warehouse_id if isinstance(advanced, AdvancedOptions) else None)
            if declaration is None:
                return request
            return replace(request, v1_options={**request.v1_options, "international_options": to_v1(declaration)})
        if request.shipment is not None:
            return replace(request, shipment=self.customs.for_v2_shipment(
                request.shipment, request.customs, ship_from_country=request.ship_from_country))
        if request.rate_id and request.v2_shipment_id:
            self.customs.for_v2_rated(request.v2_shipment_id, request.customs,
                                      ship_from_country=request.ship_from_country)
        # A rate without its shipment id can't be checked here: ShipStation refuses missing customs itself.
        return request

    def _settle_unfinished(self, request: LabelRequest) -> None:
        """An earlier attempt for this order with an unknown outcome is reconciled before a new purchase."""
        if request.order_id is None:
            return
        rows = self.journal.for_order(request.api, request.order_id)
        if request.reship_of is not None and request.api != "v1":
            rows = self.journal.for_order("v1", str(request.reship_of)) + rows
        for entry in rows:
            if entry.state in (INTENT, UNKNOWN):
                found = self.reconcile(entry)
                if found.state in (INTENT, UNKNOWN):
                    raise OutcomeStillUnknown(
                        f"ShipDesk cannot yet tell whether the last label for order "
                        f"{request.order_number or request.order_id} was bought, so it will not buy another. "
                        "Check the connection to ShipStation and try again.", found)

    def _active_labels(self, request: LabelRequest) -> list[tuple[str, str]]:
        """(id, tracking) of active labels: the journal's, then ShipStation's for this order/shipment."""
        found: dict[str, str] = {}
        if request.order_id is not None:
            for entry in self.journal.for_order(request.api, request.order_id):
                # A voided label, a return label or a test label (a sample, never shipped) is not "the" label.
                if entry.active and not entry.return_for and not entry.test_label:
                    key = entry.shipment_id if request.api == "v1" else entry.label_id
                    found[str(key)] = entry.tracking_number or str(key)
        if request.api == "v1" and request.order_id is not None:
            for shipment in self._v1_shipments(request.order_id):
                if not shipment.voided:
                    found[str(shipment.shipment_id)] = shipment.tracking_number or str(shipment.shipment_id)
        elif request.api == "v2" and request.v2_shipment_id:
            for label in self._v2().iter_labels(shipment_id=request.v2_shipment_id):
                if not label.voided and label.status != "voided":
                    found[label.label_id] = label.tracking_number or label.label_id
        if request.reship_of is not None and request.api == "v2":
            found.update(self._v1_labels(str(request.reship_of)))
        return list(found.items())

    def _v1_labels(self, order_id: str) -> dict[str, str]:
        """A reshipped order's V1 labels (journal and ShipStation): the labels a reship comes after."""
        found = {str(e.shipment_id): e.tracking_number or str(e.shipment_id)
                 for e in self.journal.for_order("v1", order_id) if e.active and not e.test_label}
        if self.session.v1 is not None:
            for shipment in self._v1_shipments(order_id):
                if not shipment.voided:
                    found[str(shipment.shipment_id)] = shipment.tracking_number or str(shipment.shipment_id)
        return found

    def _intent(self, request: LabelRequest, known_ids: list[str]) -> JournalEntry:
        external_id = new_external_id() if request.api == "v2" and request.shipment is not None else None
        return self.journal.add_intent(
            station=self.station, api=request.api, order_id=request.order_id, order_number=request.order_number,
            carrier=request.carrier, service=request.service, package=request.package,
            shown_cost=request.shown_cost, test_label=request.test_label, external_id=external_id,
            rate_id=request.rate_id, v2_shipment_id=request.v2_shipment_id, known_ids=known_ids,
            label_format=request.label_format, print_on_purchase=request.print_on_purchase)

    def _call(self, request: LabelRequest, entry: JournalEntry) -> LabelResult | Label:
        if request.api == "v1":
            if request.order_id is None or not request.carrier or not request.service:
                raise ValueError("a V1 label needs order_id, carrier and service")
            return self._v1().create_label_for_order(
                int(request.order_id), request.carrier, request.service, package_code=request.package,
                test_label=request.test_label, **request.v1_options)
        if request.rate_id:
            return self._v2().create_label_from_rate(request.rate_id, label_format=request.label_format)
        if request.shipment is None:
            raise ValueError("a V2 label needs rate_id or a shipment")
        shipment = request.shipment.model_copy(update={"external_shipment_id": entry.external_id})
        test = {"test_label": True} if request.test_label else {}  # the spec deprecates it: sent only when asked
        return self._v2().create_label(shipment, label_format=request.label_format, **test)  # type: ignore[arg-type]

    def _store_answer(self, entry: JournalEntry, answer: LabelResult | Label) -> JournalEntry:
        if isinstance(answer, LabelResult):
            form = answer.form_pdf_bytes()
            return self.journal.record_label(
                entry.id, state=BOUGHT, shipment_id=str(answer.shipment_id), label_id=None,
                tracking_number=answer.tracking_number, cost=_money(answer.shipment_cost),
                label_bytes=answer.pdf_bytes(), label_format="pdf", form_bytes=form, form_format="pdf")
        return self._store_v2(entry, answer, BOUGHT)

    def _store_v2(self, entry: JournalEntry, label: Label, state: str) -> JournalEntry:
        fmt = label.label_format or entry.label_format or "pdf"
        data, form, notes = None, None, []
        try:
            data = self._v2().download_label(label)
        except ApiError as exc:
            notes.append(f"The label was bought but its file could not be downloaded yet: {exc}")
        try:
            form = self._v2().download_form(label)
        except ApiError as exc:  # the label stands; the form can be printed from ShipStation
            notes.append(f"The customs form could not be downloaded: {exc} Print it from ShipStation's web app "
                         "(Shipments > Reprint).")
        cost = label.shipment_cost.amount if label.shipment_cost is not None else None
        return self.journal.record_label(
            entry.id, state=state, shipment_id=label.shipment_id, label_id=label.label_id,
            tracking_number=label.tracking_number, cost=_money(cost), label_bytes=data, label_format=fmt,
            label_note=" ".join(notes) or None, form_bytes=form, form_format="pdf")

    # -- reconciling ----------------------------------------------------------------------------

    def _reconcile_or_raise(self, entry_id: int, cause: ApiError) -> JournalEntry:
        entry = self.reconcile(self.journal.get(entry_id))
        if entry.has_label:
            return entry
        if entry.state == RECONCILED_NONE:
            raise LabelNotBought(f"{cause} ShipStation confirms no label was bought; you can try again.", entry)
        raise OutcomeStillUnknown(f"{cause} ShipDesk could not check with ShipStation yet; nothing will be "
                                  "bought for this order until it has.", entry)

    def reconcile(self, entry: JournalEntry) -> JournalEntry:
        """Ask ShipStation what became of an unfinished row; store what it says. Never buys."""
        if entry.state not in (INTENT, UNKNOWN):
            return entry
        if entry.state == INTENT:
            entry = self.journal.mark(entry.id, UNKNOWN, "ShipDesk stopped before the answer was stored.")
        for pause in self.reconcile_delays:
            if pause:
                self.sleep(pause)
            try:
                found = self._find(entry)
            except ApiError:
                return entry  # still unknown: ShipStation could not be asked; try again later
            if found is not None:
                return found
        return self.journal.mark(entry.id, RECONCILED_NONE, entry.error)

    def _find(self, entry: JournalEntry) -> JournalEntry | None:
        if entry.return_for:
            from .returns import find_return_label  # returns.py builds on this module

            return find_return_label(self, entry)
        return self._find_v1(entry) if entry.api == "v1" else self._find_v2(entry)

    def _find_v1(self, entry: JournalEntry) -> JournalEntry | None:
        if entry.order_id is None:
            return None
        taken = set(entry.known_ids) | self.journal.claimed_ids("v1")
        fresh = [s for s in self._v1_shipments(entry.order_id)
                 if not s.voided and str(s.shipment_id) not in taken]
        if not fresh:
            return None
        shipment = max(fresh, key=lambda s: s.shipment_id)  # the newest one is the one we sent
        return self.journal.record_label(
            entry.id, state=RECONCILED_BOUGHT, shipment_id=str(shipment.shipment_id), label_id=None,
            tracking_number=shipment.tracking_number, cost=_money(shipment.shipment_cost), label_bytes=None,
            label_format="pdf", label_note=V1_NO_REFETCH)

    def _find_v2(self, entry: JournalEntry) -> JournalEntry | None:
        v2 = self._v2()
        shipment_id = entry.v2_shipment_id
        if entry.external_id:
            try:
                shipment_id = v2.get_shipment_by_external_id(entry.external_id).shipment_id
            except NotFound:
                return None  # the shipment was never created, so no label either
        if not shipment_id:
            return None
        taken = set(entry.known_ids) | self.journal.claimed_ids("v2")
        fresh = [label for label in v2.iter_labels(shipment_id=shipment_id)
                 if not label.voided and label.label_id not in taken]
        if not fresh:
            return None
        return self._store_v2(entry, fresh[-1], RECONCILED_BOUGHT)

    # -- helpers --------------------------------------------------------------------------------

    def _v1_shipments(self, order_id: str) -> list[V1Shipment]:
        return list(self._v1().iter_shipments(order_id=int(order_id)))

    def _v1(self) -> Any:
        if self.session.v1 is None:
            raise PurchaseError("This station has no ShipStation V1 key, so it cannot buy V1 labels.")
        return self.session.v1

    def _v2(self) -> Any:
        if self.session.v2 is None:
            raise PurchaseError("This station has no ShipStation V2 key, so it cannot buy V2 labels.")
        return self.session.v2


def _already_has_label(request: LabelRequest, existing: list[str]) -> AlreadyHasLabel:
    order = request.order_number or request.order_id or request.reship_of
    shown = f" ({', '.join(existing)})" if existing else ""
    if request.reship_of is not None:
        return AlreadyHasLabel(f"Order {order} has already shipped{shown}. A reship buys another label and costs "
                               "money again: buy it only if you mean to.", existing)
    return AlreadyHasLabel(f"Order {order} already has a label{shown}. Buy another one only if you mean to.",
                           existing)


def _not_shippable(order: Order) -> OrderNotShippable:
    number, status = order.order_number, order.order_status
    if status == "shipped":
        return OrderNotShippable(f"Order {number} has already shipped. {V1_CANNOT_RESHIP}", status)
    if status == "cancelled":
        return OrderNotShippable(f"Order {number} is cancelled, so ShipStation will not buy a label for it.", status)
    shown = status.replace("_", " ")
    return OrderNotShippable(f"Order {number} is {shown}: ShipStation V1 buys labels only for orders awaiting "
                             "shipment or on hold. Move it to Awaiting Shipment in ShipStation first.", status)


def _money(value: object) -> str | None:
    return None if value is None else str(value)


def recover(session: Session, journal: LabelJournal | None = None, **service_options: Any) -> list[JournalEntry]:
    """At start-up: reconcile every row a crash or a lost answer left unfinished. Returns the rows after."""
    service = ShippingService(session, journal, **service_options)
    return [service.reconcile(entry) for entry in service.journal.unfinished()]
