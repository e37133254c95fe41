"""V2 labels: buy (from a shipment object, a rate or a stored shipment), list, get, void, return, track.

Spec vs our notes (shared/api/shipstation-v2.md §5.3, §6), the spec wins:
* Inline labels: the notes leave the placement open (data: URI vs bare Base64). The spec's `label`
  schema is closed and its only place for a file is `label_download` (`href`/`pdf`/`png`/`zpl`, all
  typed `url`), so an inline label comes back as `label_download: {"href": "data:<mime>;base64,..."}`
  (a data: URL is a URL; nothing else is sent).
* Tracking `status_code`: the notes give ShipEngine's two-letter codes (`IT`, `DE`, ...); the spec types
  `status_code` with the long `tracking_status_detail_code` enum, which the sandbox uses.
* The label object has no `ship_from`, so a return label shows the swap through `ship_to` (the original
  ship-from) and its new return shipment (`is_return: true`, addresses swapped).

Behaviour chosen where the spec is silent: a return label for a return label is 400
`return_label_not_supported`; for a voided label 400 `invalid_status`. A label bought from a rate uses
that rate's carrier, service and package type, even if the shipment has been re-rated since.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from . import v2_errors, v2_paging
from .catalog import carrier_by_v2_id
from .http import HttpError, Request
from .router import Router
from .state import Record, World
from .v2_purchase import (
    DOWNLOAD_TYPES,
    buy_label,
    label_options,
    label_out,
    service_of,
    tracking_info,
    void_label,
)
from .v2_ship_build import build_shipment, check_external_ids, get_shipment, store
from .v2_ship_shapes import body_object, optional_body, query_datetime

router = Router("v2")
LABEL_STATUSES = ("processing", "completed", "error", "voided")


def _label(world: World, label_id: str) -> Record:
    label = world.v2_labels.get(label_id)
    if label is None:
        raise v2_errors.not_found("label", label_id)
    return label


@router.route("POST", "/v2/labels")
def create_label(req: Request, world: World) -> Any:
    body = body_object(req)
    opts = label_options(body)
    outbound = body.get("outbound_label_id")
    if outbound is not None and outbound not in world.v2_labels:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"label '{outbound}' was not found.")
    shipment = build_shipment(world, body.get("shipment"), "shipment")
    carrier, service = service_of(shipment)
    check_external_ids(world, [shipment])
    store(world, shipment)
    try:
        label = buy_label(world, shipment, carrier, service, None, opts, req.base_url, outbound_label_id=outbound)
    except HttpError:
        del world.v2_shipments[shipment["shipment_id"]]  # a refused purchase leaves nothing behind
        raise
    return label_out(world, label, opts.download_type)


@router.route("POST", "/v2/labels/rates/{rate_id}")
def create_label_from_rate(req: Request, world: World) -> Any:
    rate = world.v2_rates.get(req.params["rate_id"])
    if rate is None:
        raise v2_errors.not_found("rate", req.params["rate_id"])
    opts = label_options(optional_body(req))
    shipment = get_shipment(world, rate["_shipment_id"])
    carrier = carrier_by_v2_id(rate["carrier_id"])
    service = carrier.service(rate["service_code"]) if carrier else None
    if carrier is None or service is None:
        raise v2_errors.not_found("rate", rate["rate_id"])
    label = buy_label(world, shipment, carrier, service, rate["package_type"], opts, req.base_url,
                      rate_id=rate["rate_id"])
    return label_out(world, label, opts.download_type)


@router.route("POST", "/v2/labels/shipment/{shipment_id}")
def create_label_from_shipment(req: Request, world: World) -> Any:
    shipment = get_shipment(world, req.params["shipment_id"])
    opts = label_options(optional_body(req))
    carrier, service = service_of(shipment)
    label = buy_label(world, shipment, carrier, service, None, opts, req.base_url)
    return label_out(world, label, opts.download_type)


def _enum_q(req: Request, name: str, allowed: tuple[str, ...]) -> str | None:
    value = req.q(name)
    if value in (None, ""):
        return None
    if value not in allowed:
        raise v2_errors.invalid_field(f"'{name}' must be one of {', '.join(allowed)}, not '{value}'.")
    return value


@router.route("GET", "/v2/labels")
def list_labels(req: Request, world: World) -> Any:
    status = _enum_q(req, "label_status", LABEL_STATUSES)
    sort_by = _enum_q(req, "sort_by", ("created_at", "modified_at")) or "created_at"
    sort_dir = _enum_q(req, "sort_dir", ("asc", "desc")) or "desc"
    start, end = query_datetime(req, "created_at_start"), query_datetime(req, "created_at_end")
    exact = {"service_code": "service_code", "carrier_id": "carrier_id", "tracking_number": "tracking_number",
             "batch_id": "batch_id", "shipment_id": "shipment_id", "rate_id": "_rate_id",
             "warehouse_id": "_warehouse_id"}
    wanted = {field: req.q(param) for param, field in exact.items() if req.q(param)}
    rows = [lb for lb in world.v2_labels.values()
            if (status is None or lb["status"] == status)
            and all(lb.get(field) == value for field, value in wanted.items())
            and (start is None or lb["created_at"] >= start) and (end is None or lb["created_at"] <= end)]
    key = "created_at" if sort_by == "created_at" else "_modified_at"
    rows.sort(key=lambda lb: (lb[key], int(lb["label_id"][3:])), reverse=sort_dir == "desc")
    result = v2_paging.page(req, "labels", rows)
    result["labels"] = [label_out(world, lb) for lb in result["labels"]]
    return result


@router.route("GET", "/v2/labels/{label_id}")
def get_label(req: Request, world: World) -> Any:
    label = _label(world, req.params["label_id"])
    return label_out(world, label, _enum_q(req, "label_download_type", DOWNLOAD_TYPES) or "url")


@router.route("PUT", "/v2/labels/{label_id}/void")
def void(req: Request, world: World) -> Any:
    return void_label(world, _label(world, req.params["label_id"]))


@router.route("GET", "/v2/labels/{label_id}/track")
def track(req: Request, world: World) -> Any:
    return tracking_info(world, _label(world, req.params["label_id"]))


def _return_shipment(world: World, original: Record, label: Record) -> Record:
    now = world.clock.now()
    shipment = copy.deepcopy({k: v for k, v in original.items() if not k.startswith("_")})
    customer = {k: v for k, v in label["ship_to"].items() if k != "geolocation"}
    shipment.update(
        shipment_id=world.se_id("v2_shipment", 200000), external_shipment_id=None, shipment_number=None,
        ship_to={**original["ship_from"]}, ship_from=customer, return_to={**original["ship_from"]},
        warehouse_id=None, is_return=True, created_at=now, modified_at=now, shipment_status="pending", tags=[],
        ship_date=max(original["ship_date"], label["ship_date"]),
    )
    for package in shipment["packages"]:
        package["shipment_package_id"] = world.se_id("shipment_package", 700000)
    return store(world, shipment)


@router.route("POST", "/v2/labels/{label_id}/return")
def create_return_label(req: Request, world: World) -> Any:
    label = _label(world, req.params["label_id"])
    opts = replace(label_options(optional_body(req)), is_return_label=True)
    if label["is_return_label"]:
        raise v2_errors.v2_error(400, "business_rules", "return_label_not_supported",
                                 f"Label {label['label_id']} is itself a return label.")
    if label["voided"]:
        raise v2_errors.v2_error(400, "business_rules", "invalid_status",
                                 f"Label {label['label_id']} is voided; a return label needs a live label.")
    carrier, service = service_of(label)
    shipment = _return_shipment(world, get_shipment(world, label["shipment_id"]), label)
    try:
        returned = buy_label(world, shipment, carrier, service, label["package_code"], opts, req.base_url,
                             outbound_label_id=label["label_id"])
    except HttpError:
        del world.v2_shipments[shipment["shipment_id"]]
        raise
    return label_out(world, returned, opts.download_type)
