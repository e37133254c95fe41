"""V2 rates: shop a shipment (`POST /v2/rates`), read a rate back, and estimate without a shipment.

Spec vs our notes (shared/api/shipstation-v2.md §5.2), the spec wins:
* `GET /v2/rates/{rate_id}`: the notes say "200 rate"; the spec's `get_rate_by_id_response_body` is
  `allOf: [rate]` (closed) but `required` lists the rate-response fields (`rates`, `rate_request_id`,
  ...), which no object can satisfy. The sandbox answers the single rate, as the allOf (and SDKs
  generated from the spec) say; erratum `rate-by-id-required-list` drops the copied `required` list.
* `rates_information.created_at` is typed date-time *and* `allOf: [se_id]`; the sandbox sends a
  date-time (erratum `rate-response-created-at-se-id`).
* Errors for ids inside the body (unknown `shipment_id`, carrier) are 400 `invalid_identifier`:
  `POST /v2/rates` declares no 404.
* `POST /v2/rates/estimate`: the spec requires both states; like addresses, the sandbox only demands
  `*_state_province` for countries with states (US, CA, AU). It also accepts ShipEngine's optional
  `carrier_id`/`carrier_ids` (default: every carrier).
"""

from __future__ import annotations

from typing import Any

from . import v2_errors
from .catalog import CARRIERS, Carrier
from .http import Request
from .router import Router
from .state import Record, World
from .v2_errors import field_required, invalid_field
from .v2_quotes import carriers_of, price, rate_record, rate_shipment, services_for
from .v2_ship_build import build_shipment, get_shipment, shipment_out, store
from .v2_ship_shapes import (
    CONFIRMATIONS,
    STATES_REQUIRED,
    body_object,
    choice,
    find_carrier,
    parse_weight,
    public,
    se_id,
    ship_datetime,
    text,
)

router = Router("v2")


@router.route("POST", "/v2/rates")
def calculate_rates(req: Request, world: World) -> Any:
    body = body_object(req)
    carriers_of(body.get("rate_options"))  # refuse bad options before anything is created
    if body.get("shipment_id") is not None and body.get("shipment") is not None:
        raise invalid_field("Send either 'shipment_id' or 'shipment', not both.")
    if body.get("shipment_id") is not None:
        shipment = get_shipment(world, se_id(body["shipment_id"], "shipment_id"), status=400)
        if shipment["shipment_status"] == "cancelled":
            raise v2_errors.v2_error(400, "business_rules", "invalid_status",
                                     f"Shipment {shipment['shipment_id']} is cancelled.")
    elif body.get("shipment") is not None:
        shipment = store(world, build_shipment(world, body["shipment"], "shipment"))
    else:
        raise field_required("Either 'shipment_id' or 'shipment' is required.")
    response = rate_shipment(world, shipment, body["rate_options"])
    return {**shipment_out(shipment), "rate_response": response}


@router.route("GET", "/v2/rates/{rate_id}")
def get_rate(req: Request, world: World) -> Any:
    rate = world.v2_rates.get(req.params["rate_id"])
    if rate is None:
        raise v2_errors.not_found("rate", req.params["rate_id"])
    return public(rate)


def _place(body: dict[str, Any], side: str) -> Record:
    p = f"{side}_"
    country = text(body, p + "country_code")
    for key in ("country_code", "postal_code", "city_locality"):
        if text(body, p + key) is None:
            raise field_required(f"'{p}{key}' is required.")
    if country is None or len(country) != 2:
        raise invalid_field(f"'{p}country_code' must be a two-letter ISO 3166-1 code.")
    if country.upper() in STATES_REQUIRED and text(body, p + "state_province") is None:
        raise field_required(f"'{p}state_province' is required for {country.upper()}.")
    return {"postal_code": text(body, p + "postal_code"), "country_code": country.upper()}


def _estimate_carriers(body: dict[str, Any]) -> list[Carrier]:
    ids = body.get("carrier_ids") or ([body["carrier_id"]] if body.get("carrier_id") else None)
    if ids is None:
        return list(CARRIERS)
    if not isinstance(ids, list):
        raise invalid_field("'carrier_ids' must be an array of carrier ids.")
    return [find_carrier(c, "carrier_ids") for c in dict.fromkeys(ids)]


@router.route("POST", "/v2/rates/estimate")
def estimate_rates(req: Request, world: World) -> Any:
    body = body_object(req)
    if body.get("ship_date") is None:
        raise field_required("'ship_date' is required.")
    shipment: Record = {
        "ship_from": _place(body, "from"), "ship_to": _place(body, "to"),
        "packages": [{"package_code": "package", "weight": parse_weight(body.get("weight"), "weight")}],
        "confirmation": choice(body, "confirmation", CONFIRMATIONS, "none"),
        "ship_date": ship_datetime(body.get("ship_date"), world.clock.now().date()),
    }
    international = shipment["ship_to"]["country_code"] != shipment["ship_from"]["country_code"]
    estimates = []
    for carrier in _estimate_carriers(body):
        for service in services_for(carrier, international):
            estimates.append(rate_record(price(shipment, carrier, service, "package"), shipment["ship_date"],
                                         "check", None))
    return estimates
