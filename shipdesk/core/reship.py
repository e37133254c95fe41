"""Reship: a second label for an order that has already shipped, bought through V2. No Qt.

ShipStation's V1 API can't do it: createlabelfororder refuses a shipped order, and ShipStation's help
centre makes reship a web-app action. So a reship is a V2 label built from the V1 order, the way rating
builds its V2 shipment (ship-to, the order's ship-from location, its package), plus the order's customs
when it goes abroad. It is bought through `ShippingService.buy_label` like any label: journaled with the
order's id and number, and refused until the packer says yes (`allow_another=True`), since the order
already has a label.
"""

from __future__ import annotations

from ..api.v1.models import Order
from .customs import CustomsDeclaration, declaration_from_order, is_international
from .purchase_errors import V1_CANNOT_RESHIP, PurchaseError
from .rate_catalog import RateCatalog
from .rate_types import RateOption, ShipmentToRate
from .rate_v2 import shipment_request
from .rating import shipment_from_order
from .session import Session
from .shipping import LabelRequest


class ReshipNotPossible(PurchaseError):
    """This order can't be reshipped from ShipDesk; the message says why and what to do instead."""


def reship_blocker(session: Session, order: Order) -> str | None:
    """Why this order can't be reshipped from ShipDesk, in packer words; None when it can (the UI can grey
    out its Reship action with this as the reason)."""
    number = order.order_number
    if order.order_status == "cancelled":
        return f"Order {number} is cancelled, so ShipDesk won't reship it."
    if order.order_status != "shipped":
        return f"Order {number} hasn't shipped yet: buy its label the usual way."
    if session.v2 is None:
        return V1_CANNOT_RESHIP
    caps = session.capabilities
    if caps is not None and not caps.v2_shipping.usable:
        return ("ShipStation's V1 API cannot buy a second label for a shipped order, and this V2 key can't "
                f"buy labels: {caps.v2_shipping.reason} Fix the V2 key (Settings \u2192 API keys), or reship "
                "from ShipStation's web app.")
    return None


def reship_request(session: Session, catalog: RateCatalog, order: Order, option: RateOption, *,
                   shipment: ShipmentToRate | None = None, customs: CustomsDeclaration | None = None,
                   test_label: bool = False, label_format: str = "pdf",
                   print_on_purchase: bool = False) -> LabelRequest:
    """The V2 LabelRequest that reships `order` with the chosen carrier and service.

    `shipment` is the packer's edited copy of the order's values (weight, size, package, ship-from), as
    rated; `customs` the declaration checked in the customs editor (else the order's, when the package goes
    abroad). Raises ReshipNotPossible with the reason in words. Buy it with
    `ShippingService.buy_label(request, allow_another=True)` once the packer has confirmed."""
    why = reship_blocker(session, order)
    if why is not None:
        raise ReshipNotPossible(why)
    carrier_id = _v2_carrier_id(catalog, option)
    if carrier_id is None:
        name = catalog.carrier_name(option.carrier_code)
        raise ReshipNotPossible(f"ShipStation's V2 API has no {name} account here, so ShipDesk can't reship "
                                "with it. Choose another carrier, or reship from ShipStation's web app.")
    to_rate = shipment or shipment_from_order(order, catalog)
    origin = catalog.warehouse(to_rate.warehouse_id)
    if origin is None or origin.origin_address is None:
        raise ReshipNotPossible("ShipDesk could not load the ship-from locations, so it can't tell ShipStation "
                                "where the package leaves from. Check the connection and try again.")
    from_country = origin.origin_address.country
    request = shipment_request(catalog, to_rate).model_copy(update={
        "carrier_id": carrier_id, "service_code": option.service_code,
        "shipment_number": order.order_number})  # findable by order number in ShipStation
    if customs is None and is_international(from_country, to_rate.ship_to.country):
        customs = declaration_from_order(order)
    return LabelRequest(
        "v2", order_id=str(order.order_id), order_number=order.order_number, carrier=option.carrier_code,
        service=option.service_code, package=to_rate.package_code, shown_cost=f"{option.total:.2f}",
        test_label=test_label, label_format=label_format, print_on_purchase=print_on_purchase, shipment=request,
        customs=customs, ship_from_country=from_country, reship_of=order.order_id)


def _v2_carrier_id(catalog: RateCatalog, option: RateOption) -> str | None:
    """The V2 account for the option's carrier: the rate's own, else the one linked to its V1 carrier."""
    if option.source == "V2" and option.carrier_id:
        return option.carrier_id
    info = catalog.carrier(option.carrier_code)
    if info is not None and info.v2_id:
        return info.v2_id
    return next((c.carrier_id for c in catalog.v2_carriers if c.carrier_code == option.carrier_code), None)
