"""Rate shopping: pricing a shipment with each carrier's services, as V2 `rate` records.

Every rate bought or shopped is kept in `world.v2_rates` (the spec's `rate` shape plus `_shipment_id`,
`_rate_request_id`, `_created_at`) so `GET /v2/rates/{id}` and `POST /v2/labels/rates/{id}` find it; a
shipment keeps its latest rate response under `_rate_request`.

Behaviour chosen where the spec is silent:
* `rate_options.carrier_ids` is required (the spec's `rate_request_body` requires it, minItems 1).
* A carrier that cannot rate the shipment at all (its packages do not include the requested one, no
  service goes where the shipment goes) adds an error `no_rates_returned` to `rate_response.errors`; the
  status is `completed` with no errors, `partial` with some rates and some errors, `error` with no rates.
* Prices come from `pricing.quote` per package, summed; the confirmation fee is charged once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from . import pricing
from .catalog import CARRIERS, CONFIRMATION_COST, Carrier, PackageType, Service
from .state import Record, World
from .v2_errors import field_required, invalid_field
from .v2_ship_shapes import find_carrier, is_international, money, public


@dataclass(frozen=True)
class Priced:
    carrier: Carrier
    service: Service
    package: PackageType
    shipping: Decimal
    confirmation: Decimal
    zone: int
    days: int

    @property
    def total(self) -> Decimal:
        return self.shipping + self.confirmation


def ounces(package: Record) -> float:
    return pricing.to_ounces(float(package["weight"]["value"]), package["weight"]["unit"])


def shipment_zone(shipment: Record) -> int:
    return pricing.zone(str(shipment["ship_from"]["postal_code"]), str(shipment["ship_to"]["postal_code"]),
                        shipment["ship_to"]["country_code"])


def services_for(carrier: Carrier, international: bool) -> list[Service]:
    return [s for s in carrier.services if (s.international if international else s.domestic)]


def package_code_of(shipment: Record) -> str:
    return str(shipment["packages"][0].get("package_code") or "package")


def price(shipment: Record, carrier: Carrier, service: Service, package_code: str | None = None) -> Priced:
    """What `service` charges for the shipment; 400 when the carrier cannot take it."""
    international = is_international(shipment)
    if service not in services_for(carrier, international):
        where = "outside the origin country" if international else "within the origin country"
        raise invalid_field(f"The service '{service.code}' does not ship {where}.")
    code = package_code or package_code_of(shipment)
    package = carrier.package(code)
    if package is None or not (package.international if international else package.domestic):
        raise invalid_field(f"The package type '{code}' is not available for {carrier.friendly_name} "
                            f"{'international' if international else 'domestic'} shipments.")
    zone_no = shipment_zone(shipment)
    quotes = [pricing.quote(carrier, service, package, ounces(p), zone_no, None) for p in shipment["packages"]]
    confirmation = CONFIRMATION_COST.get(shipment["confirmation"], Decimal(0))
    return Priced(carrier, service, package, sum((q.shipment_cost for q in quotes), Decimal(0)),
                  confirmation, zone_no, max(q.delivery_days for q in quotes))


def rate_record(priced: Priced, ship_date: datetime, rate_type: str, rate_id: str | None) -> Record:
    """The spec's `rate` (or, without an id, `rate-estimate`)."""
    record: Record = {"rate_id": rate_id} if rate_id else {}
    record.update({
        "rate_type": rate_type, "carrier_id": priced.carrier.v2_id,
        "shipping_amount": money(priced.shipping), "insurance_amount": money(0),
        "confirmation_amount": money(priced.confirmation), "other_amount": money(0),
        "zone": priced.zone, "package_type": priced.package.code, "delivery_days": priced.days,
        "guaranteed_service": priced.service.guaranteed,
        "estimated_delivery_date": ship_date + timedelta(days=priced.days),
        "carrier_delivery_days": str(priced.days), "ship_date": ship_date, "negotiated_rate": False,
        "service_type": priced.service.name, "service_code": priced.service.code, "trackable": True,
        "carrier_code": priced.carrier.code, "carrier_nickname": priced.carrier.name,
        "carrier_friendly_name": priced.carrier.friendly_name, "validation_status": "valid",
        "warning_messages": [], "error_messages": [],
    })
    return record


def _string_list(options: dict[str, Any], key: str) -> list[str] | None:
    value = options.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise invalid_field(f"'rate_options.{key}' must be an array of strings.")
    return value


def carriers_of(options: Any) -> list[Carrier]:
    if not isinstance(options, dict):
        raise field_required("'rate_options' is required, with at least one id in 'rate_options.carrier_ids'.")
    ids = options.get("carrier_ids")
    if not isinstance(ids, list) or not ids:
        raise field_required("'rate_options.carrier_ids' is required: at least one carrier id.")
    return [find_carrier(c, "rate_options.carrier_ids") for c in dict.fromkeys(ids)]


def _carrier_error(carrier: Carrier, message: str) -> Record:
    return {"error_source": "carrier", "error_type": "business_rules", "error_code": "no_rates_returned",
            "message": f"{carrier.friendly_name}: {message}"}


def rate_shipment(world: World, shipment: Record, options: Any) -> Record:
    """Shop the shipment with the carriers in `options`; store the rates; return the rate response."""
    carriers = carriers_of(options)
    service_codes = _string_list(options, "service_codes")
    package_types = _string_list(options, "package_types")
    now = world.clock.now()
    request_id = world.se_id("rate_request", 300000)
    international = is_international(shipment)
    rate_ids: list[str] = []
    errors: list[Record] = []
    for carrier in carriers:
        found = 0
        for code in package_types or [package_code_of(shipment)]:
            package = carrier.package(code)
            if package is None or not (package.international if international else package.domestic):
                continue
            for service in services_for(carrier, international):
                if service_codes is not None and service.code not in service_codes:
                    continue
                rate_id = world.se_id("rate", 400000)
                rate = rate_record(price(shipment, carrier, service, code), shipment["ship_date"], "shipment",
                                   rate_id)
                world.v2_rates[rate_id] = {**rate, "_shipment_id": shipment["shipment_id"],
                                           "_rate_request_id": request_id, "_created_at": now}
                rate_ids.append(rate_id)
                found += 1
        if not found:
            errors.append(_carrier_error(carrier, "no service or package type matches this shipment."))
    status = "error" if not rate_ids else ("partial" if errors else "completed")
    shipment["_rate_request"] = {"rate_request_id": request_id, "created_at": now, "status": status,
                                 "errors": errors, "rate_ids": rate_ids}
    return rate_response(world, shipment)


def rate_response(world: World, shipment: Record) -> Record:
    """The shipment's latest rate response in the spec's `rates_information` shape."""
    request = shipment["_rate_request"]
    return {"rates": [public(world.v2_rates[i]) for i in request["rate_ids"]], "invalid_rates": [],
            "rate_request_id": request["rate_request_id"], "shipment_id": shipment["shipment_id"],
            "created_at": request["created_at"], "status": request["status"], "errors": list(request["errors"])}


def all_carrier_options() -> dict[str, Any]:
    return {"carrier_ids": [c.v2_id for c in CARRIERS]}
