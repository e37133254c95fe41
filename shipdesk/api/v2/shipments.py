"""Shipments: create (several at once), list, read (also by our own external id), cancel, rates, tags."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TypedDict, Unpack

from .models_common import SortDir
from .models_rates import RateResponse
from .models_shipments import (
    CreateShipmentsResult,
    Shipment,
    ShipmentList,
    ShipmentRequest,
    ShipmentTagResult,
)
from .paging import V2Calls, iso, query, seg


class ShipmentFilters(TypedDict, total=False):
    shipment_status: str  # pending, processing, label_purchased, cancelled
    batch_id: str
    pickup_id: str
    created_at_start: datetime
    created_at_end: datetime
    modified_at_start: datetime
    modified_at_end: datetime
    sales_order_id: str
    shipment_number: str
    ship_to_name: str
    item_keyword: str
    payment_date_start: datetime
    payment_date_end: datetime
    store_id: str
    external_shipment_id: str
    sort_by: str  # created_at, modified_at
    sort_dir: SortDir


class ShipmentsMixin(V2Calls):
    def create_shipments(self, shipments: Sequence[ShipmentRequest]) -> CreateShipmentsResult:
        """Create pending shipments. Not re-sent on a lost answer: give each an `external_shipment_id`
        and look it up (`get_shipment_by_external_id`) before trying again."""
        body = {"shipments": [s.wire() for s in shipments]}
        return self.transport.call("Create shipments", "POST", "/v2/shipments", body=body,
                                   into=CreateShipmentsResult)

    def list_shipments(self, *, page: int | None = None, page_size: int | None = None,
                       **filters: Unpack[ShipmentFilters]) -> ShipmentList:
        params = query({**filters, "page": page, "page_size": page_size})
        return self.transport.call("List shipments", "GET", "/v2/shipments", params=params, into=ShipmentList)

    def iter_shipments(self, *, page_size: int | None = 100,
                       **filters: Unpack[ShipmentFilters]) -> Iterator[Shipment]:
        return self.iter_pages("List shipments", "/v2/shipments", ShipmentList, lambda p: p.shipments,
                               params=dict(filters), page_size=page_size)

    def get_shipment(self, shipment_id: str) -> Shipment:
        return self.transport.call("Get shipment", "GET", f"/v2/shipments/{seg(shipment_id)}", into=Shipment)

    def get_shipment_by_external_id(self, external_shipment_id: str) -> Shipment:
        """The shipment we created with this external id: how a lost purchase answer is reconciled."""
        return self.transport.call("Find shipment by external id", "GET",
                                   f"/v2/shipments/external_shipment_id/{seg(external_shipment_id)}",
                                   into=Shipment)

    def cancel_shipment(self, shipment_id: str) -> None:
        """Cancel a shipment; ShipStation refuses while it has a label that is not voided."""
        self.transport.call("Cancel shipment", "PUT", f"/v2/shipments/{seg(shipment_id)}/cancel")

    def get_shipment_rates(self, shipment_id: str, *, created_at_start: datetime | None = None) -> RateResponse:
        """The rates already quoted for a shipment (no new rating)."""
        return self.transport.call("Get shipment rates", "GET", f"/v2/shipments/{seg(shipment_id)}/rates",
                                   params={"created_at_start": iso(created_at_start)}, into=RateResponse)

    def add_shipment_tag(self, shipment_id: str, tag_name: str) -> ShipmentTagResult:
        return self.transport.call("Tag shipment", "POST", f"/v2/shipments/{seg(shipment_id)}/tags/{seg(tag_name)}",
                                   into=ShipmentTagResult)

    def remove_shipment_tag(self, shipment_id: str, tag_name: str) -> None:
        self.transport.call("Untag shipment", "DELETE", f"/v2/shipments/{seg(shipment_id)}/tags/{seg(tag_name)}")
