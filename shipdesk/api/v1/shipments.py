"""V1 /shipments (list, rates, labels, voids), /fulfillments and /carriers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, Unpack

from .models import (
    Address,
    AdvancedOptions,
    Carrier,
    Dimensions,
    Fulfillment,
    FulfillmentPage,
    InsuranceOptions,
    InternationalOptions,
    Package,
    Rate,
    Service,
    Shipment,
    ShipmentPage,
    ShipmentWithLabel,
    VoidResult,
    Weight,
)
from .query import (
    FulfillmentFilters,
    HasTransport,
    ShipmentFilters,
    check_page_size,
    query,
    walk,
    wire_value,
)


def _wire(model: Any) -> Any:
    return model.wire() if model is not None else None


def _drop_none(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


class ShipmentsApi(HasTransport):
    # ---- shipments -----------------------------------------------------------------------------

    def list_shipments(self, *, page: int = 1, page_size: int = 100,
                       **filters: Unpack[ShipmentFilters]) -> ShipmentPage:
        """Labels bought in ShipStation (not mark-as-shipped ones); lists never carry the label files."""
        params = query(filters, ShipmentFilters, page=page, page_size=check_page_size(page_size))
        return self.transport.call("List shipments", "GET", "/shipments", params=params, into=ShipmentPage)

    def iter_shipments(self, *, page_size: int = 500, **filters: Unpack[ShipmentFilters]) -> Iterator[Shipment]:
        return walk(lambda n: self.list_shipments(page=n, page_size=page_size, **filters), lambda s: s.shipment_id)

    def get_rates(self, carrier_code: str, *, from_postal_code: str, to_country: str, to_postal_code: str,
                  weight: Weight, service_code: str | None = None, package_code: str | None = None,
                  from_city: str | None = None, from_state: str | None = None,
                  from_warehouse_id: int | None = None, to_state: str | None = None, to_city: str | None = None,
                  dimensions: Dimensions | None = None, confirmation: str | None = None,
                  residential: bool | None = None) -> list[Rate]:
        """Rates from one carrier account. UPS needs `to_state`. Without a package code there is a row per
        service and package. Some services (UPS Ground Saver) are never rated here."""
        body = _drop_none({
            "carrierCode": carrier_code, "serviceCode": service_code, "packageCode": package_code,
            "fromPostalCode": from_postal_code, "fromCity": from_city, "fromState": from_state,
            "fromWarehouseId": from_warehouse_id, "toState": to_state, "toCountry": to_country,
            "toPostalCode": to_postal_code, "toCity": to_city, "weight": weight.wire(),
            "dimensions": _wire(dimensions), "confirmation": confirmation, "residential": residential,
        })
        # A quote changes nothing, so a lost answer may be asked again.
        return self.transport.call("Get rates", "POST", "/shipments/getrates", body=body, idempotent=True,
                                   into=list[Rate])

    def create_label(self, carrier_code: str, service_code: str, package_code: str, *, ship_date: date,
                     weight: Weight, ship_from: Address, ship_to: Address, confirmation: str | None = None,
                     dimensions: Dimensions | None = None, insurance_options: InsuranceOptions | None = None,
                     international_options: InternationalOptions | None = None,
                     advanced_options: AdvancedOptions | None = None, return_to: Address | None = None,
                     test_label: bool = False) -> ShipmentWithLabel:
        """Buy a label that is not tied to an order. Never re-sent: a lost answer raises OutcomeUnknown."""
        body = _drop_none({
            "carrierCode": carrier_code, "serviceCode": service_code, "packageCode": package_code,
            "confirmation": confirmation, "shipDate": wire_value("ship_date", ship_date), "weight": weight.wire(),
            "dimensions": _wire(dimensions), "shipFrom": ship_from.wire(), "shipTo": ship_to.wire(),
            "returnTo": _wire(return_to), "insuranceOptions": _wire(insurance_options),
            "internationalOptions": _wire(international_options), "advancedOptions": _wire(advanced_options),
        })
        body["testLabel"] = test_label
        return self.transport.call("Create label", "POST", "/shipments/createlabel", body=body, purchase=True,
                                   into=ShipmentWithLabel)

    def void_label(self, shipment_id: int) -> VoidResult:
        """Ask for a label's postage back; `approved` says whether ShipStation accepted."""
        return self.transport.call("Void label", "POST", "/shipments/voidlabel", body={"shipmentId": shipment_id},
                                   into=VoidResult)

    # ---- fulfillments --------------------------------------------------------------------------

    def list_fulfillments(self, *, page: int = 1, page_size: int = 100,
                          **filters: Unpack[FulfillmentFilters]) -> FulfillmentPage:
        params = query(filters, FulfillmentFilters, page=page, page_size=check_page_size(page_size))
        return self.transport.call("List fulfillments", "GET", "/fulfillments", params=params,
                                   into=FulfillmentPage)

    def iter_fulfillments(self, *, page_size: int = 500,
                          **filters: Unpack[FulfillmentFilters]) -> Iterator[Fulfillment]:
        return walk(lambda n: self.list_fulfillments(page=n, page_size=page_size, **filters),
                    lambda f: f.fulfillment_id)

    # ---- carriers ------------------------------------------------------------------------------

    def list_carriers(self) -> list[Carrier]:
        return self.transport.call("List carriers", "GET", "/carriers", into=list[Carrier])

    def get_carrier(self, carrier_code: str) -> Carrier:
        """One carrier account, e.g. to read a funded carrier's balance."""
        return self.transport.call("Get carrier", "GET", "/carriers/getcarrier",
                                   params={"carrierCode": carrier_code}, into=Carrier)

    def list_services(self, carrier_code: str) -> list[Service]:
        return self.transport.call("List carrier services", "GET", "/carriers/listservices",
                                   params={"carrierCode": carrier_code}, into=list[Service])

    def list_packages(self, carrier_code: str) -> list[Package]:
        return self.transport.call("List carrier packages", "GET", "/carriers/listpackages",
                                   params={"carrierCode": carrier_code}, into=list[Package])
