"""What to buy for a rate the packer chose: the LabelRequest for a V1 or V2 rate of an order. No Qt.

A V1 label is bought for the order (createlabelfororder) with the weight, size, package, confirmation,
ship-from and insurance the packer rated; ShipStation V1 prints the order's own ship-to and only makes
PDF. A V2 label is bought from the rate itself (POST /v2/labels/rates/{id}: the rated shipment carries the
address and package), except when the rated shipment can't carry what the label needs: a customs
declaration (a rate's shipment has none) or the test flag (only a whole shipment takes it). Then the same
shipment is sent whole, with the rate's carrier and service, to POST /v2/labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..api.v1.models import Address, AdvancedOptions, Dimensions, InsuranceOptions, Order, Weight
from .customs import CustomsDeclaration
from .journal import JournalEntry, LabelJournal
from .pack_verify import PackChecks, ensure_pack_cleared
from .rate_catalog import RateCatalog
from .rate_types import RateOption, ShipmentToRate
from .rate_v2 import shipment_request
from .rating import is_international
from .shipping import AlreadyHasLabel, LabelRequest, ShippingService

# The ship-to fields the Rates form lets a packer change before rating.
EDITABLE_SHIP_TO = ("city", "state", "postal_code", "country", "residential")


@dataclass(frozen=True)
class Purchase:
    """The packer's choice, kept whole so a purchase can be asked about, retried or switched to V2."""

    order: Order
    shipment: ShipmentToRate  # as rated (the Rates form)
    option: RateOption
    catalog: RateCatalog | None = None
    test_label: bool = False
    customs: CustomsDeclaration | None = None  # the declaration checked for an international label

    @property
    def international(self) -> bool:
        return self.catalog is not None and is_international(self.shipment, self.catalog)

    @property
    def ship_from_country(self) -> str | None:
        origin = self.catalog.warehouse(self.shipment.warehouse_id) if self.catalog else None
        return origin.origin_address.country if origin and origin.origin_address else None


def edited_ship_to(order: Order, shipment: ShipmentToRate) -> list[str]:
    """Ship-to fields the packer changed on the form: a V1 label would still go to the order's address."""
    ordered = order.ship_to or Address()

    def norm(value: Any) -> Any:
        return value.strip().casefold() if isinstance(value, str) else value

    return [name for name in EDITABLE_SHIP_TO
            if norm(getattr(ordered, name)) != norm(getattr(shipment.ship_to, name))
            and not (name == "residential" and getattr(ordered, name) is None)]


def v1_options(order: Order, shipment: ShipmentToRate) -> dict[str, Any]:
    """The create_label_for_order keywords that make the label what was rated, not what the order says."""
    options: dict[str, Any] = {
        "weight": Weight(value=shipment.weight, units=shipment.weight_unit),
        "confirmation": shipment.confirmation,
    }
    if shipment.has_dimensions:
        options["dimensions"] = Dimensions(length=shipment.length, width=shipment.width, height=shipment.height,
                                           units=shipment.dimension_unit)
    if shipment.warehouse_id is not None:
        options["advanced_options"] = AdvancedOptions(warehouse_id=shipment.warehouse_id)
    ordered = order.insurance_options
    if shipment.insure:
        value = (ordered.insured_value if ordered and ordered.insured_value else None) or order.order_total
        options["insurance_options"] = InsuranceOptions(
            provider=(ordered.provider if ordered and ordered.provider else "carrier"), insure_shipment=True,
            insured_value=value)
    elif ordered is not None and ordered.insure_shipment:
        options["insurance_options"] = InsuranceOptions(insure_shipment=False)  # the packer unticked it
    return options


def label_request(purchase: Purchase, *, label_format: str, print_on_purchase: bool) -> LabelRequest:
    """The request for the chosen rate. `label_format` is the station's (V1 is always PDF)."""
    order, option = purchase.order, purchase.option
    common: dict[str, Any] = {
        "order_id": str(order.order_id), "order_number": order.order_number, "carrier": option.carrier_code,
        "service": option.service_code, "package": option.package_code, "shown_cost": f"{option.total:.2f}",
        "test_label": purchase.test_label, "print_on_purchase": print_on_purchase, "customs": purchase.customs,
        "ship_from_country": purchase.ship_from_country,
    }
    if option.source == "V1":
        return LabelRequest("v1", label_format="pdf", v1_options=v1_options(order, purchase.shipment), **common)
    if purchase.customs is None and not purchase.test_label:
        return LabelRequest("v2", label_format=label_format, rate_id=option.rate_id,
                            v2_shipment_id=option.shipment_id, **common)
    if purchase.catalog is None:
        raise ValueError("a V2 label with customs or the test flag needs the rate catalog (the ship-from)")
    shipment = shipment_request(purchase.catalog, purchase.shipment).model_copy(
        update={"carrier_id": option.carrier_id, "service_code": option.service_code})
    return LabelRequest("v2", label_format=label_format, shipment=shipment, **common)


def v2_twin(options: list[RateOption], option: RateOption) -> RateOption | None:
    """The V2 rate for the same carrier and service (cheapest), to buy the same label through V2."""
    same = [o for o in options if o.source == "V2" and o.rate_id
            and (o.carrier_code, o.service_code) == (option.carrier_code, option.service_code)]
    return min(same, key=lambda o: o.total, default=None)


def labels_through_other_api(journal: LabelJournal, request: LabelRequest) -> list[str]:
    """Tracking numbers of active labels this station bought for the order through the other API:
    ShipStation does not link a V2 label to the V1 order, so only the journal knows."""
    if request.order_id is None:
        return []
    other = "v2" if request.api == "v1" else "v1"
    return [entry.tracking_number or entry.label_id or entry.shipment_id or "?"
            for entry in journal.for_order(other, request.order_id) if entry.active and not entry.return_for and not entry.test_label]


def buy_once(service: ShippingService, request: LabelRequest, *, allow_another: bool = False,
             pack_checks: PackChecks | None = None) -> JournalEntry:
    """The purchase every path shares (Buy button, scan to ship): the pack check when the station requires
    one, no second label through the other API unless asked, then `buy_label` (journal first, never twice).
    Runs on a worker thread."""
    ensure_pack_cleared(pack_checks, request.order_id, request.order_number)
    if not allow_another:
        elsewhere = labels_through_other_api(service.journal, request)
        if elsewhere:
            raise AlreadyHasLabel("already has a label through the other API", elsewhere)
    return service.buy_label(request, allow_another=allow_another)
