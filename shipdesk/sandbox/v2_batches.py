"""V2 batches: create (optionally processing at once), list, get, add/remove, process, errors, archive.

Spec vs our notes (shared/api/shipstation-v2.md §5.7), the spec wins:
* The list filter is `status` in the spec (the notes: `batch_status` in the live spec); both are accepted.
* `count` is "the total of errors, warnings, and completed" (spec), so it is 0 until the batch is
  processed; the shipments in an open batch are at `batch_shipments_url`.

Behaviour chosen where the spec is silent:
* Processing is synchronous: `POST /v2/batches/{id}/process/labels` buys one label per shipment (or
  per rate) before it answers 204; the batch ends `completed`, or `completed_with_errors` when some
  purchases failed (each failure is in `process_errors` and `GET .../errors`). Creating with
  `process_labels.create_batch_and_process_labels: true` does the same and answers 207 when some failed.
* A shipment is in at most one open batch (adding it to a second is 400 `identifier_conflict`); a
  shipment that already has a live label is a batch error, not a second purchase.
* Only an `open` batch can be changed or processed (400 `business_rules`/`batch_cannot_be_modified`).
* The batch's own `label_download`/`form_download`/`paperless_download` stay `{}`: labels are downloaded
  one by one (`batch_labels_url` lists them).
* `external_batch_id` is unique (400 `identifier_conflict`); it need not look like an se_id.
* `GET /v2/batches` declares no 400, so an unknown `status` filter matches nothing and an unknown
  `sort_by`/`sort_dir` falls back to `created_at`/`desc` instead of being refused.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

from . import v2_errors, v2_paging
from .catalog import carrier_by_v2_id
from .http import HttpError, Request, Response, json_bytes
from .router import Router
from .state import Record, World
from .timefmt import v2_json_default
from .v2_purchase import buy_label, label_options, service_of
from .v2_ship_build import get_shipment
from .v2_ship_shapes import body_object, optional_body, public, se_id, ship_datetime, text

router = Router("v2")


def _batch(world: World, batch_id: str) -> Record:
    batch = world.batches.get(batch_id)
    if batch is None:
        raise v2_errors.not_found("batch", batch_id)
    return batch


def _require_open(batch: Record) -> None:
    if batch["status"] != "open":
        raise v2_errors.v2_error(400, "business_rules", "batch_cannot_be_modified",
                                 f"Batch {batch['batch_id']} is {batch['status']}; only open batches can change.")


def _members(world: World, data: dict[str, Any]) -> list[Record]:
    """`shipment_ids` and `rate_ids` of a body as batch members `{shipment_id, rate_id}`."""
    members: list[Record] = []
    for key in ("shipment_ids", "rate_ids"):
        ids = data.get(key) or []
        if not isinstance(ids, list):
            raise v2_errors.invalid_field(f"'{key}' must be an array of ids.")
        for ident in ids:
            se_id(ident, key)
            if key == "shipment_ids":
                members.append({"shipment_id": get_shipment(world, ident, status=400)["shipment_id"], "rate_id": None})
                continue
            rate = world.v2_rates.get(ident)
            if rate is None:
                raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"rate '{ident}' was not found.")
            members.append({"shipment_id": rate["_shipment_id"], "rate_id": ident})
    return members


def _add(world: World, batch: Record, members: list[Record]) -> None:
    mine = {m["shipment_id"] for m in batch["_members"]}
    for member in members:
        shipment = world.v2_shipments[member["shipment_id"]]
        other = shipment.get("_batch_id")
        if other and other != batch["batch_id"]:
            raise v2_errors.v2_error(400, "validation", "identifier_conflict",
                                     f"Shipment {shipment['shipment_id']} is already in batch {other}.")
    for member in members:
        if member["shipment_id"] in mine:  # the latest rate (or none) wins
            batch["_members"] = [m for m in batch["_members"] if m["shipment_id"] != member["shipment_id"]]
        batch["_members"].append(member)
        mine.add(member["shipment_id"])
        world.v2_shipments[member["shipment_id"]]["_batch_id"] = batch["batch_id"]


def _error_text(err: HttpError) -> str:
    try:
        return str(json.loads(err.response.body)["errors"][0]["message"])
    except (ValueError, KeyError, IndexError):
        return f"HTTP {err.response.status}"


def _process(world: World, batch: Record, options: dict[str, Any], base_url: str) -> None:
    _require_open(batch)
    opts = label_options({k: options[k] for k in ("label_format", "label_layout", "display_scheme") if k in options})
    ship_date = ship_datetime(options["ship_date"], world.clock.now().date()) if options.get("ship_date") else None
    batch.update(status="processing", label_format=opts.label_format, label_layout=opts.label_layout)
    for member in batch["_members"]:
        shipment = world.v2_shipments[member["shipment_id"]]
        try:
            if any(lb["shipment_id"] == shipment["shipment_id"] and not lb["voided"] for lb in world.v2_labels.values()):
                raise v2_errors.v2_error(400, "business_rules", "invalid_status", "The shipment already has a label.")
            if ship_date is not None:
                shipment["ship_date"] = ship_date
            rate = world.v2_rates.get(member["rate_id"]) if member["rate_id"] else None
            if rate is not None:
                carrier = carrier_by_v2_id(rate["carrier_id"])
                service, package = carrier.service(rate["service_code"]) if carrier else None, rate["package_type"]
            else:
                (carrier, service), package = service_of(shipment), None
            label = buy_label(world, shipment, carrier, service, package, opts, base_url,  # type: ignore[arg-type]
                              rate_id=member["rate_id"], batch_id=batch["batch_id"])
            batch["completed"] += 1
            batch["forms"] += 1 if label["form_download"] else 0
        except HttpError as err:
            message = f"{shipment['shipment_id']}: {_error_text(err)}"
            batch["errors"] += 1
            batch["process_errors"].append({"error_source": "ShipStation", "error_type": "business_rules",
                                            "error_code": "unspecified", "message": message})
            batch["_errors"].append({"error": _error_text(err), "shipment_id": shipment["shipment_id"],
                                     "external_shipment_id": shipment.get("external_shipment_id") or ""})
    batch["count"] = batch["errors"] + batch["warnings"] + batch["completed"]
    batch.update(status="completed_with_errors" if batch["errors"] else "completed",
                 processed_at=world.clock.now())


@router.route("POST", "/v2/batches")
def create_batch(req: Request, world: World) -> Any:
    body = optional_body(req)
    external = text(body, "external_batch_id", "", 50)
    if external and any(b["external_batch_id"] == external for b in world.batches.values()):
        raise v2_errors.v2_error(400, "validation", "identifier_conflict",
                                 f"external_batch_id '{external}' is already used.")
    members = _members(world, body)
    process = body.get("process_labels") if isinstance(body.get("process_labels"), dict) else {}
    number = world.next_id("batch_number", 1001)
    batch_id = world.se_id("batch", 500000)
    base = req.base_url
    batch: Record = {
        "label_layout": "4x6", "label_format": "pdf", "batch_id": batch_id, "batch_number": str(number),
        "external_batch_id": external, "batch_notes": text(body, "batch_notes") or "",
        "created_at": world.clock.now(), "processed_at": None, "errors": 0, "process_errors": [], "warnings": 0,
        "completed": 0, "forms": 0, "count": 0,
        "batch_shipments_url": {"href": f"{base}/v2/shipments?batch_id={batch_id}"},
        "batch_labels_url": {"href": f"{base}/v2/labels?batch_id={batch_id}"},
        "batch_errors_url": {"href": f"{base}/v2/batches/{batch_id}/errors"},
        "label_download": {}, "form_download": {}, "paperless_download": {}, "status": "open",
        "_members": [], "_errors": [],
    }
    _add(world, batch, members)
    world.batches[batch_id] = batch
    if process.get("create_batch_and_process_labels"):
        _process(world, batch, process, base)
        if batch["errors"]:
            return Response(207, json_bytes(public(batch), v2_json_default))
    return public(batch)


@router.route("GET", "/v2/batches")
def list_batches(req: Request, world: World) -> Any:
    status = req.q("status") or req.q("batch_status")  # an unknown status matches nothing (no 400 declared)
    sort_by = req.q("sort_by") if req.q("sort_by") in ("ship_date", "processed_at", "created_at") else "created_at"
    sort_dir = "asc" if req.q("sort_dir") == "asc" else "desc"
    number = req.q("batch_number")
    rows = [b for b in world.batches.values()
            if (not status or b["status"] == status) and (not number or b["batch_number"] == number)]
    key = "created_at" if sort_by == "ship_date" else sort_by
    rows.sort(key=lambda b: (b[key] or b["created_at"], int(b["batch_id"][3:])), reverse=sort_dir == "desc")
    result = v2_paging.page(req, "batches", rows)
    result["batches"] = [public(b) for b in result["batches"]]
    return result


@router.route("GET", "/v2/batches/external_batch_id/{external_batch_id}")
def get_by_external_id(req: Request, world: World) -> Any:
    external = unquote(req.params["external_batch_id"])
    batch = next((b for b in world.batches.values() if b["external_batch_id"] == external), None)
    if batch is None:
        raise v2_errors.not_found("batch with external_batch_id", external)
    return public(batch)


@router.route("GET", "/v2/batches/{batch_id}")
def get_batch(req: Request, world: World) -> Any:
    return public(_batch(world, req.params["batch_id"]))


def _archive(world: World, batch: Record) -> Response:
    for member in batch["_members"]:
        shipment = world.v2_shipments.get(member["shipment_id"])
        if shipment is not None and shipment.get("_batch_id") == batch["batch_id"]:
            shipment["_batch_id"] = None
    batch["status"] = "archived"
    return Response(204)


@router.route("PUT", "/v2/batches/{batch_id}")
def update_batch(req: Request, world: World) -> Any:
    return _archive(world, _batch(world, req.params["batch_id"]))


@router.route("DELETE", "/v2/batches/{batch_id}")
def delete_batch(req: Request, world: World) -> Any:
    return _archive(world, _batch(world, req.params["batch_id"]))


@router.route("POST", "/v2/batches/{batch_id}/add")
def add_to_batch(req: Request, world: World) -> Any:
    batch = _batch(world, req.params["batch_id"])
    _require_open(batch)
    _add(world, batch, _members(world, body_object(req)))
    return Response(204)


@router.route("POST", "/v2/batches/{batch_id}/remove")
def remove_from_batch(req: Request, world: World) -> Any:
    batch = _batch(world, req.params["batch_id"])
    _require_open(batch)
    members = _members(world, body_object(req))
    inside = {m["shipment_id"] for m in batch["_members"]}
    for member in members:
        if member["shipment_id"] not in inside:
            raise v2_errors.v2_error(400, "validation", "invalid_identifier",
                                     f"Shipment {member['shipment_id']} is not in batch {batch['batch_id']}.")
    gone = {m["shipment_id"] for m in members}
    batch["_members"] = [m for m in batch["_members"] if m["shipment_id"] not in gone]
    for shipment_id in gone:
        world.v2_shipments[shipment_id]["_batch_id"] = None
    return Response(204)


@router.route("POST", "/v2/batches/{batch_id}/process/labels")
def process_batch(req: Request, world: World) -> Any:
    batch = _batch(world, req.params["batch_id"])
    _process(world, batch, optional_body(req), req.base_url)
    return Response(204)


@router.route("GET", "/v2/batches/{batch_id}/errors")
def list_batch_errors(req: Request, world: World) -> Any:
    batch = _batch(world, req.params["batch_id"])
    result = v2_paging.page(req, "errors", batch["_errors"], size_param="pagesize")
    return {"errors": result["errors"], "links": result["links"]}
