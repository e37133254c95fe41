"""V2 manifests (SCAN forms): create by carrier + warehouse + ship date or by label ids, list, get.

Spec vs our notes (shared/api/shipstation-v2.md §5.8): they agree. The create response is the spec's
union: `manifests` (every manifest made), `manifest_request_id` + `status`, the first manifest's own
fields (deprecated single-manifest shape, which the spec still requires), and `request_id` + `errors`
(one `error_with_label_id` per label left out).

Behaviour chosen where the spec is silent:
* A label can be manifested when it is not voided, not a return label, not in a manifest yet, and its
  shipment was shipped from a warehouse (`warehouse_id`); by label ids, the labels are grouped into one
  manifest per carrier, warehouse and ship date. No eligible label at all is 400 `business_rules`.
* `manifest_download.href` is a letter-size PDF listing every label (tracking number, label id,
  service, destination).
* `POST /v2/manifests` declares no 404, so unknown ids in its body are 400 `invalid_identifier`.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from . import v2_errors, v2_paging
from .http import Request
from .router import Router
from .state import Record, World
from .v2_label_files import href, store_manifest
from .v2_ship_shapes import body_object, find_carrier, find_warehouse, query_datetime, se_id, ship_datetime

router = Router("v2")


def _skip(label_id: str, message: str) -> Record:
    return {"error_source": "ShipStation", "error_type": "business_rules", "error_code": "invalid_status",
            "message": message, "label_id": label_id}


def _why_not(label: Record) -> str | None:
    if label["voided"]:
        return f"Label {label['label_id']} is voided."
    if label["is_return_label"]:
        return f"Label {label['label_id']} is a return label."
    if label["_manifest_id"]:
        return f"Label {label['label_id']} is already in manifest {label['_manifest_id']}."
    if not label["_warehouse_id"]:
        return f"Label {label['label_id']} was not shipped from a warehouse (no warehouse_id)."
    return None


def _id_list(body: dict[str, Any], key: str) -> list[str]:
    ids = body.get(key) or []
    if not isinstance(ids, list):
        raise v2_errors.invalid_field(f"'{key}' must be an array of label ids.")
    return [se_id(i, key) for i in ids]


def _labels_by_ids(world: World, ids: list[str]) -> list[Record]:
    missing = [i for i in ids if i not in world.v2_labels]
    if missing:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"label '{missing[0]}' was not found.")
    return [world.v2_labels[i] for i in dict.fromkeys(ids)]


def _make(world: World, labels: list[Record], base_url: str) -> Record:
    first = labels[0]
    manifest_id = world.se_id("manifest", 600000)
    manifest: Record = {
        "manifest_id": manifest_id, "form_id": world.se_id("manifest_form", 650000),
        "created_at": world.clock.now(), "ship_date": first["ship_date"], "shipments": len(labels),
        "label_ids": [lb["label_id"] for lb in labels], "warehouse_id": first["_warehouse_id"],
        "submission_id": f"9475711{manifest_id[3:]:0>9}", "carrier_id": first["carrier_id"],
        "manifest_download": {},
    }
    for label in labels:
        label["_manifest_id"] = manifest_id
    number = int(first["_warehouse_id"][3:])
    name = str(world.warehouses[number]["warehouseName"]) if number in world.warehouses else first["_warehouse_id"]
    manifest["manifest_download"] = {"href": href(base_url, store_manifest(world, manifest, labels, name))}
    world.manifests[manifest_id] = manifest
    return manifest


@router.route("POST", "/v2/manifests")
def create_manifest(req: Request, world: World) -> Any:
    body = body_object(req)
    errors: list[Record] = []
    if any(body.get(k) is not None for k in ("carrier_id", "warehouse_id", "ship_date")):
        for key in ("carrier_id", "warehouse_id", "ship_date"):
            if body.get(key) is None:
                raise v2_errors.field_required(f"'{key}' is required when manifesting by carrier and warehouse.")
        carrier = find_carrier(body["carrier_id"])
        warehouse_id = find_warehouse(world, body["warehouse_id"])
        day = ship_datetime(body["ship_date"], world.clock.now().date())
        wanted = set(_id_list(body, "label_ids"))
        excluded = set(_id_list(body, "excluded_label_ids"))
        candidates = [lb for lb in world.v2_labels.values()
                      if lb["carrier_id"] == carrier.v2_id and lb["_warehouse_id"] == warehouse_id
                      and lb["ship_date"] == day and (not wanted or lb["label_id"] in wanted)
                      and lb["label_id"] not in excluded]
        groups = {(): [lb for lb in candidates if _why_not(lb) is None]}
    else:
        if not body.get("label_ids"):
            raise v2_errors.field_required("Either 'label_ids' or 'carrier_id' + 'warehouse_id' + 'ship_date' "
                                           "is required.")
        groups = {}
        for label in _labels_by_ids(world, _id_list(body, "label_ids")):
            reason = _why_not(label)
            if reason is not None:
                errors.append(_skip(label["label_id"], reason))
                continue
            groups.setdefault((label["carrier_id"], label["_warehouse_id"], label["ship_date"]), []).append(label)
    groups = {k: v for k, v in groups.items() if v}
    if not groups:
        detail = f" ({'; '.join(e['message'] for e in errors)})" if errors else ""
        raise v2_errors.v2_error(400, "business_rules", "invalid_status", f"No labels can be manifested{detail}.")
    manifests = [_make(world, sorted(ls, key=lambda lb: int(lb["label_id"][3:])), req.base_url)
                 for ls in groups.values()]
    return {"manifests": manifests, "manifest_request_id": world.se_id("manifest_request", 680000),
            "status": "completed", **manifests[0], "request_id": str(uuid.uuid4()), "errors": errors}


def _in_range(value: datetime, start: datetime | None, end: datetime | None) -> bool:
    return (start is None or value >= start) and (end is None or value <= end)


@router.route("GET", "/v2/manifests")
def list_manifests(req: Request, world: World) -> Any:
    warehouse_id, carrier_id = req.q("warehouse_id"), req.q("carrier_id")
    label_ids = {i for raw in req.q_all("label_ids") for i in raw.split(",") if i}
    ship = (query_datetime(req, "ship_date_start"), query_datetime(req, "ship_date_end"))
    created = (query_datetime(req, "created_at_start"), query_datetime(req, "created_at_end"))
    rows = [m for m in world.manifests.values()
            if (not warehouse_id or m["warehouse_id"] == warehouse_id)
            and (not carrier_id or m["carrier_id"] == carrier_id)
            and (not label_ids or label_ids & set(m["label_ids"]))
            and _in_range(m["ship_date"], *ship) and _in_range(m["created_at"], *created)]
    rows.sort(key=lambda m: (m["created_at"], int(m["manifest_id"][3:])), reverse=True)
    return v2_paging.page(req, "manifests", rows)


@router.route("GET", "/v2/manifests/{manifest_id}")
def get_manifest(req: Request, world: World) -> Any:
    manifest = world.manifests.get(req.params["manifest_id"])
    if manifest is None:
        raise v2_errors.not_found("manifest", req.params["manifest_id"])
    return manifest
