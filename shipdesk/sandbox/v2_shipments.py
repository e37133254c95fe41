"""V2 shipments: create in bulk, list with filters, get (by id or external id), cancel, rates, tags.

Spec vs our notes (shared/api/shipstation-v2.md §5.4): they agree on the routes. Behaviour chosen where
the spec is silent:
* `POST /v2/shipments` is all or nothing for request errors (a bad address, a taken
  `external_shipment_id`, ...): 400 and nothing is created. Address-validation findings
  (`validate_address`) do not stop the shipment; they set `has_errors` and the shipment's `errors`.
* `PUT /v2/shipments/{id}/cancel` is 204, also for an already cancelled shipment; while the shipment has
  a label that is not voided it is 400 `business_rules`/`invalid_status`.
* `GET /v2/shipments/{id}/rates` answers the latest rate response; a shipment never rated (or rated
  before `created_at_start`) is rated now with every carrier.
* Tags must exist (`POST /v2/tags/{name}`) before they go on a shipment (404 otherwise); tagging twice
  is harmless, and untagging a tag the shipment does not have is 204 too (safe to retry).
* `pickup_id`, `payment_date_start/end` are accepted and ignored (the sandbox has no pickups or payment
  dates); `pickup_id` is never required, although the spec's shared parameter says so.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from . import v2_errors, v2_paging
from .http import Request, Response
from .router import Router
from .state import Record, World
from .v2_quotes import all_carrier_options, rate_response, rate_shipment
from .v2_ship_build import (
    VALIDATE_ADDRESS,
    build_shipment,
    check_external_ids,
    get_shipment,
    shipment_out,
    touch,
)
from .v2_ship_build import validate_address as check_address
from .v2_ship_shapes import body_object, choice, query_datetime

router = Router("v2")
SHIPMENT_STATUSES = ("pending", "processing", "label_purchased", "cancelled")


@router.route("POST", "/v2/shipments")
def create_shipments(req: Request, world: World) -> Any:
    body = body_object(req)
    items = body.get("shipments")
    if not isinstance(items, list) or not items:
        raise v2_errors.field_required("'shipments' is required: an array with at least one shipment.")
    built: list[tuple[Record, Record | None]] = []
    for n, raw in enumerate(items):
        record = build_shipment(world, raw, f"shipments[{n}]")
        mode = choice(raw, "validate_address", VALIDATE_ADDRESS, "no_validation", f"shipments[{n}].")
        built.append((record, None if mode == "no_validation" else check_address(record["ship_to"], mode)))
    check_external_ids(world, [record for record, _ in built])
    results = []
    for record, validation in built:
        world.v2_shipments[record["shipment_id"]] = record
        errors = [m["message"] for m in validation["messages"] if m["type"] == "error"] if validation else []
        results.append({**shipment_out(record), "errors": errors, "address_validation": validation})
    return {"has_errors": any(r["errors"] for r in results), "shipments": results}


def _enum_q(req: Request, name: str, allowed: tuple[str, ...]) -> str | None:
    value = req.q(name)
    if value in (None, ""):
        return None
    if value not in allowed:
        raise v2_errors.invalid_field(f"'{name}' must be one of {', '.join(allowed)}, not '{value}'.")
    return value


def _matches(record: Record, req: Request) -> bool:
    exact = {"batch_id": record.get("_batch_id"), "shipment_number": record.get("shipment_number"),
             "store_id": record.get("store_id"), "external_shipment_id": record.get("external_shipment_id")}
    if any(req.q(name) and req.q(name) != value for name, value in exact.items()):
        return False
    name = (req.q("ship_to_name") or "").lower()
    if name and name not in str(record["ship_to"].get("name") or "").lower():
        return False
    keyword = (req.q("item_keyword") or "").lower()
    if keyword and not any(keyword in f"{i.get('name', '')} {i.get('sku', '')}".lower() for i in record["items"]):
        return False
    order = req.q("sales_order_id")
    return not order or any(i.get("sales_order_id") == order for i in record["items"])


@router.route("GET", "/v2/shipments")
def list_shipments(req: Request, world: World) -> Any:
    status = _enum_q(req, "shipment_status", SHIPMENT_STATUSES)
    sort_by = _enum_q(req, "sort_by", ("created_at", "modified_at")) or "created_at"
    sort_dir = _enum_q(req, "sort_dir", ("asc", "desc")) or "desc"
    ranges = [(field, query_datetime(req, f"{field}_start"), query_datetime(req, f"{field}_end"))
              for field in ("created_at", "modified_at")]
    rows = [s for s in world.v2_shipments.values()
            if (status is None or s["shipment_status"] == status) and _matches(s, req)
            and all((lo is None or s[f] >= lo) and (hi is None or s[f] <= hi) for f, lo, hi in ranges)]
    rows.sort(key=lambda s: (s[sort_by], int(s["shipment_id"][3:])), reverse=sort_dir == "desc")
    result = v2_paging.page(req, "shipments", rows)
    result["shipments"] = [shipment_out(s) for s in result["shipments"]]
    return result


@router.route("GET", "/v2/shipments/{shipment_id}")
def get_one(req: Request, world: World) -> Any:
    return shipment_out(get_shipment(world, req.params["shipment_id"]))


@router.route("GET", "/v2/shipments/external_shipment_id/{external_shipment_id}")
def get_by_external_id(req: Request, world: World) -> Any:
    ext = unquote(req.params["external_shipment_id"])
    record = next((s for s in world.v2_shipments.values() if s.get("external_shipment_id") == ext), None)
    if record is None:
        raise v2_errors.not_found("shipment with external_shipment_id", ext)
    return shipment_out(record)


@router.route("PUT", "/v2/shipments/{shipment_id}/cancel")
def cancel(req: Request, world: World) -> Any:
    record = get_shipment(world, req.params["shipment_id"])
    live = [lb["label_id"] for lb in world.v2_labels.values()
            if lb["shipment_id"] == record["shipment_id"] and not lb["voided"]]
    if live:
        raise v2_errors.v2_error(400, "business_rules", "invalid_status",
                                 f"Shipment {record['shipment_id']} has a label that is not voided "
                                 f"({', '.join(live)}); void it before cancelling the shipment.")
    if record["shipment_status"] != "cancelled":
        touch(world, record, "cancelled")
    return Response(204)


@router.route("GET", "/v2/shipments/{shipment_id}/rates")
def shipment_rates(req: Request, world: World) -> Any:
    record = get_shipment(world, req.params["shipment_id"])
    since = query_datetime(req, "created_at_start")
    request = record.get("_rate_request")
    if request is None or (since is not None and request["created_at"] < since):
        return rate_shipment(world, record, all_carrier_options())
    return rate_response(world, record)


def _tag(world: World, req: Request) -> tuple[Record, str]:
    record = get_shipment(world, req.params["shipment_id"])
    name = unquote(req.params["tag_name"])
    known = next((t for t in world.v2_tag_names if t.lower() == name.lower()), None)
    if known is None:
        raise v2_errors.not_found("tag", name)
    return record, known


@router.route("POST", "/v2/shipments/{shipment_id}/tags/{tag_name}")
def tag_shipment(req: Request, world: World) -> Any:
    record, name = _tag(world, req)
    if all(t["name"] != name for t in record["tags"]):
        record["tags"].append({"name": name})
        touch(world, record)
    return {"shipment_id": record["shipment_id"], "tag": {"name": name}}


@router.route("DELETE", "/v2/shipments/{shipment_id}/tags/{tag_name}")
def untag_shipment(req: Request, world: World) -> Any:
    record, name = _tag(world, req)
    if any(t["name"] == name for t in record["tags"]):
        record["tags"] = [t for t in record["tags"] if t["name"] != name]
        touch(world, record)
    return Response(204)
