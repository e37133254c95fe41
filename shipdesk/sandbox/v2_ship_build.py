"""Building V2 shipment records from request bodies, and reading them back out.

A shipment is kept in `world.v2_shipments` in the spec's `shipment` shape, plus private keys:
`_batch_id` (the open batch it is in), `_rate_request` (its latest rate response, see `v2_quotes`).

Behaviour chosen where the spec is silent:
* `external_shipment_id` is unique across shipments (the spec: "a unique user-defined key"): a second
  shipment with the same one is refused with 400 `identifier_conflict`, and nothing in that request is
  created. The app relies on this to reconcile after a lost response.
* An unknown `carrier_id`/`warehouse_id` inside a body is 400 `invalid_identifier` (the body was wrong;
  POST /v2/shipments and POST /v2/rates declare no 404).
* `validate_address` other than `no_validation` checks the ship-to: a US address with a malformed ZIP is
  `error` (and the result has `has_errors: true`), any other US address `verified`, a foreign one
  `unverified` (the sandbox has no address data abroad).
"""

from __future__ import annotations

import re
from typing import Any

from . import v2_errors
from .state import Record, World
from .v2_errors import field_required, invalid_field
from .v2_ship_shapes import (
    CONFIRMATIONS,
    INSURANCE_PROVIDERS,
    choice,
    find_carrier,
    find_service,
    find_warehouse,
    money,
    parse_address,
    parse_advanced,
    parse_customs,
    parse_items,
    parse_packages,
    public,
    read_money,
    se_id,
    ship_datetime,
    text,
    total_weight,
    warehouse_address,
)

VALIDATE_ADDRESS = ("no_validation", "validate_only", "validate_and_clean")
US_ZIP = re.compile(r"^\d{5}(-\d{4})?$")


def build_shipment(world: World, data: Any, where: str = "shipment") -> Record:
    """A new pending shipment (not yet stored) from a create-shipment / rate / label body."""
    if not isinstance(data, dict):
        raise invalid_field(f"'{where}' must be an object.") if data is not None else field_required(
            f"'{where}' is required.")
    p = where + "." if where else ""
    now = world.clock.now()
    ship_to = parse_address(data.get("ship_to"), p + "ship_to")
    warehouse_id = find_warehouse(world, data["warehouse_id"], p + "warehouse_id") \
        if data.get("warehouse_id") is not None else None
    if data.get("ship_from") is not None:
        ship_from = parse_address(data["ship_from"], p + "ship_from")
        default_return = dict(ship_from)
    elif warehouse_id is not None:
        ship_from = warehouse_address(world, warehouse_id)
        default_return = warehouse_address(world, warehouse_id, "returnAddress")
    else:
        raise field_required(f"'{p}ship_from' or '{p}warehouse_id' is required.")
    return_to = parse_address(data["return_to"], p + "return_to") if data.get("return_to") else default_return
    carrier_id = service_code = None
    if data.get("carrier_id") is not None:
        carrier = find_carrier(data["carrier_id"], p + "carrier_id")
        carrier_id = carrier.v2_id
        if data.get("service_code") is not None:
            service_code = find_service(carrier, data["service_code"], p + "service_code").code
    elif data.get("service_code") is not None:
        service_code = text(data, "service_code", p)
    packages = parse_packages(world, data.get("packages"), p + "packages")
    external_id = text(data, "external_shipment_id", p, 50)
    record: Record = {
        "shipment_id": world.se_id("v2_shipment", 200000),
        "carrier_id": carrier_id, "service_code": service_code,
        "requested_shipment_service": text(data, "requested_shipment_service", p),
        "shipping_rule_id": None,
        "external_order_id": text(data, "external_order_id", p),
        "hold_until_date": None, "ship_by_date": None, "retail_rate": None,
        "items": parse_items(data.get("items")),
        "notes_from_buyer": text(data, "notes_from_buyer", p), "notes_for_gift": text(data, "notes_for_gift", p),
        "is_gift": bool(data.get("is_gift", False)), "assigned_user": text(data, "assigned_user", p),
        "zone": None, "display_scheme": text(data, "display_scheme", p) or "label", "tax_identifiers": None,
        "external_shipment_id": external_id,
        "shipment_number": text(data, "shipment_number", p, 50),
        "ship_date": ship_datetime(data.get("ship_date"), now.date(), p + "ship_date"),
        "created_at": now, "modified_at": now, "shipment_status": "pending",
        "ship_to": ship_to, "ship_from": ship_from, "warehouse_id": warehouse_id, "return_to": return_to,
        "is_return": bool(data.get("is_return", False)),
        "confirmation": choice(data, "confirmation", CONFIRMATIONS, "none", p),
        "customs": parse_customs(world, data.get("customs")),
        "advanced_options": parse_advanced(data.get("advanced_options")),
        "insurance_provider": choice(data, "insurance_provider", INSURANCE_PROVIDERS, "none", p),
        "tags": _tags(data.get("tags"), p),
        "packages": packages, "total_weight": total_weight(packages), "comparison_rate_type": None,
    }
    if data.get("store_id") is not None:
        record["store_id"] = se_id(data["store_id"], p + "store_id")
    for key in ("amount_paid", "shipping_paid", "tax_paid"):
        if data.get(key) is not None:
            record[key] = money(read_money(data[key], p + key))
    return record


def _tags(value: Any, p: str) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid_field(f"'{p}tags' must be an array of {{name}} objects.")
    names = [t.get("name") if isinstance(t, dict) else t for t in value]
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise invalid_field(f"'{p}tags' must be an array of {{name}} objects.")
    return [{"name": n.strip()} for n in dict.fromkeys(names)]


def check_external_ids(world: World, records: list[Record]) -> None:
    """400 `identifier_conflict` when an external_shipment_id is already taken (or repeated in `records`)."""
    taken = {s["external_shipment_id"]: s["shipment_id"] for s in world.v2_shipments.values()
             if s.get("external_shipment_id")}
    for record in records:
        ext = record.get("external_shipment_id")
        if not ext:
            continue
        if ext in taken:
            raise v2_errors.v2_error(400, "validation", "identifier_conflict",
                                     f"external_shipment_id '{ext}' is already used by shipment {taken[ext]}.")
        taken[ext] = record["shipment_id"]


def store(world: World, record: Record) -> Record:
    check_external_ids(world, [record])
    world.v2_shipments[record["shipment_id"]] = record
    return record


def shipment_out(record: Record) -> Record:
    return public(record)


def get_shipment(world: World, shipment_id: str, status: int = 404) -> Record:
    """The stored shipment; 404 (or 400 for ids inside a body) when unknown."""
    record = world.v2_shipments.get(shipment_id)
    if record is None:
        if status == 404:
            raise v2_errors.not_found("shipment", shipment_id)
        raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"shipment '{shipment_id}' was not found.")
    return record


def touch(world: World, record: Record, status: str | None = None) -> None:
    if status is not None:
        record["shipment_status"] = status
    record["modified_at"] = world.clock.now()


def validate_address(address: Record, mode: str) -> Record:
    """The spec's `address_validation_result` for a ship-to address."""
    original = {k: v for k, v in address.items() if k not in ("instructions", "geolocation")}
    if original["country_code"] != "US":
        return {"status": "unverified", "original_address": original, "matched_address": None, "messages": [
            {"code": "a1001", "message": "The sandbox cannot verify addresses outside the US.", "type": "info",
             "detail_code": "unsupported_country"}]}
    if not US_ZIP.match(str(original["postal_code"])):
        return {"status": "error", "original_address": original, "matched_address": None, "messages": [
            {"code": "a1004", "message": f"Invalid Postal Code: {original['postal_code']}", "type": "error",
             "detail_code": "invalid_postal_code"}]}
    matched = dict(original)
    if mode == "validate_and_clean":
        for key in ("address_line1", "address_line2", "address_line3", "city_locality"):
            if matched.get(key):
                matched[key] = str(matched[key]).upper()
    return {"status": "verified", "original_address": original, "matched_address": matched, "messages": []}
