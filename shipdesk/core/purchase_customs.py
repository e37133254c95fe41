"""The customs step of a purchase: which declaration goes with the label, refused before any purchase call.

Used by `ShippingService.buy_label`. Reads only (the order, a ship-from location, a rated V2 shipment); the
ship-from countries are kept for the life of the service, as ship-from locations rarely change and V1 allows
40 calls a minute. No Qt.
"""

from __future__ import annotations

from typing import Any

from ..api.v1.models import Address, Order
from ..api.v2.models import ShipmentRequest
from .customs import (
    CustomsDeclaration,
    declaration_from_order,
    declaration_from_v2,
    is_international,
    same_declaration,
    validate,
    with_customs,
)
from .purchase_errors import CustomsProblem, PurchaseError
from .session import Session

RATED_WITH_OTHER_CUSTOMS = ("The customs declaration was changed after the rates were fetched, and a label "
                            "bought from those rates would carry the old one. Get the rates again, then buy.")


class CustomsGate:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._origins: dict[str, str | None] = {}

    def for_v1(self, order: Order, customs: CustomsDeclaration | None, *, ship_to: Address | None,
               ship_from_country: str | None, warehouse_id: int | None) -> CustomsDeclaration | None:
        """The declaration to send with a V1 label (the packer's, else the order's when it goes abroad)."""
        to_country = (ship_to or order.ship_to or Address()).country
        if warehouse_id is None and order.advanced_options is not None:
            warehouse_id = order.advanced_options.warehouse_id
        from_country = ship_from_country or self._v1_origin(warehouse_id)
        abroad = is_international(from_country, to_country)
        declaration = customs if customs is not None else declaration_from_order(order) if abroad else None
        _check(declaration, from_country, to_country, "v1", explicit=customs is not None)
        return declaration

    def for_v2_shipment(self, shipment: ShipmentRequest, customs: CustomsDeclaration | None, *,
                        ship_from_country: str | None) -> ShipmentRequest:
        """The shipment to buy, carrying the packer's declaration when there is one."""
        from_country = ship_from_country or (shipment.ship_from.country_code if shipment.ship_from else None) \
            or self._v2_origin(shipment.warehouse_id)
        declaration = customs if customs is not None else declaration_from_v2(shipment)
        _check(declaration, from_country, shipment.ship_to.country_code, "v2", explicit=customs is not None)
        return with_customs(shipment, customs) if customs is not None else shipment

    def for_v2_rated(self, shipment_id: str, customs: CustomsDeclaration | None, *,
                     ship_from_country: str | None) -> None:
        """A label bought from a rate carries the rated shipment's declaration: check that one."""
        stored = self._v2().get_shipment(shipment_id)
        from_country = ship_from_country or (stored.ship_from.country_code if stored.ship_from else None) \
            or self._v2_origin(stored.warehouse_id)
        to_country = stored.ship_to.country_code if stored.ship_to else None
        declaration = declaration_from_v2(stored)
        if customs is not None and not same_declaration(customs, declaration):
            raise CustomsProblem(RATED_WITH_OTHER_CUSTOMS, [RATED_WITH_OTHER_CUSTOMS])
        _check(declaration, from_country, to_country, "v2", explicit=False)

    # -- ship-from countries -------------------------------------------------------------------------

    def _v1_origin(self, warehouse_id: int | None) -> str | None:
        key = f"v1:{warehouse_id}"
        if key not in self._origins:
            v1 = self.session.v1
            if v1 is None:
                return None
            if warehouse_id is not None:
                warehouse = v1.get_warehouse(warehouse_id)
            else:  # V1 ships from the default location when the order names none
                listed = v1.list_warehouses()
                warehouse = next((w for w in listed if w.is_default), listed[0] if listed else None)
            origin = warehouse.origin_address if warehouse is not None else None
            self._origins[key] = origin.country if origin is not None else None
        return self._origins[key]

    def _v2_origin(self, warehouse_id: str | None) -> str | None:
        if warehouse_id is None:
            return None
        key = f"v2:{warehouse_id}"
        if key not in self._origins:
            origin = self._v2().get_warehouse(warehouse_id).origin_address
            self._origins[key] = origin.country_code if origin is not None else None
        return self._origins[key]

    def _v2(self) -> Any:
        if self.session.v2 is None:
            raise PurchaseError("This station has no ShipStation V2 key, so it cannot buy V2 labels.")
        return self.session.v2


def _check(declaration: CustomsDeclaration | None, from_country: str | None, to_country: str | None, api: str,
           *, explicit: bool) -> None:
    """Refuse an international label without a usable declaration; a declaration the packer gave is checked
    even at home (it will be sent)."""
    abroad = is_international(from_country, to_country)
    if not abroad and not explicit:
        return
    problems = validate(declaration, from_country, to_country, api=api)
    if not problems:
        return
    if abroad:
        route = f"from {(from_country or 'US').upper()} to {(to_country or '').upper()}"
        lead = f"This package goes {route}, so it needs a customs declaration ShipStation will accept. Fix this first:"
    else:
        lead = "The customs declaration on this label has problems. Fix this first:"
    raise CustomsProblem(" ".join([lead, *problems]), problems)
