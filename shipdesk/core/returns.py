"""V2 return labels (POST /v2/labels/{label_id}/return): they cost money, so they are bought like labels.

The intent row (api v2, the outbound label's order, `return_for` = the outbound label id, and the return
labels ShipStation already had for it) is committed before the call; ShippingService.spend stores the answer
and the label file, or marks the row unknown when the answer is lost and reconciles. Reconciling a return
row comes back here (`find_return_label`): ShipStation's return labels for that outbound label, created
since it and not known before the call, are ours; none found means nothing was bought. Never re-sent
blindly. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..api.v2.models import Address, Label
from .history import HistoryRow
from .journal import RECONCILED_BOUGHT, UNFINISHED, JournalEntry
from .shipping import AlreadyHasLabel, OutcomeStillUnknown, PurchaseError, ShippingService


@dataclass(frozen=True)
class ReturnRequest:
    label_id: str  # the outbound V2 label
    order_id: str | None = None
    order_number: str | None = None
    tracking_number: str | None = None  # the outbound's, for the packer's words
    carrier: str | None = None
    service: str | None = None
    label_format: str = "pdf"
    print_on_purchase: bool = False


def return_request(row: HistoryRow, *, label_format: str, print_on_purchase: bool) -> ReturnRequest:
    if row.api != "v2" or not row.label_id:
        raise PurchaseError("Return labels come from ShipStation V2: this label was not bought through V2.")
    return ReturnRequest(row.label_id, row.order_id, row.order_number, row.tracking_number, row.carrier,
                         row.service, label_format, print_on_purchase)


class ReturnLabels:
    def __init__(self, service: ShippingService) -> None:
        self.service = service
        self.journal = service.journal

    def buy_return(self, request: ReturnRequest, *, allow_another: bool = False) -> JournalEntry:
        """Buy the return label of one outbound label; returns its journal row. Raises like buy_label."""
        v2: Any = self.service._v2()
        name = request.tracking_number or request.label_id
        for entry in self.journal.returns_for(request.label_id):
            if entry.state in UNFINISHED and self.service.reconcile(entry).state in UNFINISHED:
                raise OutcomeStillUnknown(
                    f"ShipDesk cannot yet tell whether the last return label for {name} was bought, so it will "
                    "not buy another. Check the connection to ShipStation and try again.", entry)
        outbound: Label = v2.get_label(request.label_id)
        if outbound.voided or outbound.status == "voided":
            raise PurchaseError(f"Label {name} is voided: ShipStation makes return labels only for live labels.")
        remote = return_labels_of(v2, outbound)
        # Asked about: returns known to be this label's (our rows; ShipStation's on the same shipment). Every
        # look-alike (same customer and carrier) is only kept out of a later reconcile, never claimed.
        existing = {e.label_id or str(e.id): e.tracking_number or str(e.label_id)
                    for e in self.journal.returns_for(request.label_id) if e.active}
        existing.update({lb.label_id: lb.tracking_number or lb.label_id for lb in remote
                         if lb.shipment_id == outbound.shipment_id})
        if existing and not allow_another:
            shown = ", ".join(existing.values())
            raise AlreadyHasLabel(f"Label {name} already has a return label ({shown}). Buy another one only if "
                                  "you mean to.", list(existing.values()))
        entry = self.journal.add_intent(
            station=self.service.station, api="v2", order_id=request.order_id, order_number=request.order_number,
            carrier=request.carrier or outbound.carrier_code, service=request.service or outbound.service_code,
            package=outbound.package_code, shown_cost=None, test_label=False,
            known_ids=[lb.label_id for lb in remote], label_format=request.label_format,
            print_on_purchase=request.print_on_purchase, return_for=request.label_id)
        return self.service.spend(
            entry, lambda: v2.create_return_label(request.label_id, label_format=request.label_format))


def return_labels_of(v2: Any, outbound: Label) -> list[Label]:
    """ShipStation's live return labels that may be `outbound`'s: created since it, same carrier, on its
    shipment or on a shipment of their own coming back from its ship-to. Nothing on a label says which
    outbound label it returns, so a return for another order to the same customer looks the same."""
    found = []
    for label in v2.iter_labels(created_at_start=outbound.created_at, carrier_id=outbound.carrier_id):
        if label.label_id == outbound.label_id or not label.is_return_label or label.voided:
            continue
        if label.shipment_id == outbound.shipment_id or (
                label.shipment_id and _same_place(v2.get_shipment(label.shipment_id).ship_from, outbound.ship_to)):
            found.append(label)
    return found


def _same_place(a: Address | None, b: Address | None) -> bool:
    if a is None or b is None:
        return False

    def key(address: Address) -> tuple[str, ...]:
        return tuple(" ".join((v or "").split()).casefold() for v in (
            address.name, address.address_line1, address.postal_code, address.country_code))
    return key(a) == key(b)


def find_return_label(service: ShippingService, entry: JournalEntry) -> JournalEntry | None:
    """ShippingService.reconcile for a return row: a return label of its outbound label not known before
    the call and not claimed by another row is the one this row bought."""
    if not entry.return_for:
        return None
    v2: Any = service._v2()
    outbound = v2.get_label(entry.return_for)
    taken = set(entry.known_ids) | service.journal.claimed_ids("v2")
    fresh = [lb for lb in return_labels_of(v2, outbound) if lb.label_id not in taken]
    if not fresh:
        return None
    oldest = datetime.min.replace(tzinfo=UTC)
    newest = max(fresh, key=lambda lb: (lb.created_at or oldest, lb.label_id))
    return service._store_v2(entry, newest, RECONCILED_BOUGHT)
