"""V2 Inventory API: SKU levels, stock transactions, inventory warehouses and inventory locations.

The 12 operations of ShipStation's OpenAPI file (`/v2/inventory`, `/v2/inventory_warehouses[/{id}]`,
`/v2/inventory_locations[/{id}]`). They form their own surface, `v2_inventory`: an account on the
`inventory_only` plan (the paid Inventory API add-on) reaches these routes and nothing else.
Stock rules live in `inventory_rules.py`.

Behaviour chosen where the spec is silent (documented so clients know what they test against):

* Levels: one row per SKU per location by default and with `group_by=location`; `group_by=warehouse`
  sums per SKU per warehouse and leaves `inventory_location_id` out. `available = on_hand - allocated`
  over every condition; `average_cost` is weighted by quantity on hand. `sku` takes one SKU, a comma
  list or repeats.
* Errors: a body naming an unknown location is 400 `invalid_identifier`; an unknown id in the path is
  404; a decrement/adjust/modify that cannot be satisfied is 400 and changes nothing. Deleting a
  warehouse or location with units on hand is 400 unless `remove_inventory=1`, which removes that stock
  (and, for a warehouse, its locations). Renaming, and deleting a location, bump `updated_at` (of the
  renamed record, of the location's warehouse).
* Paging: the saved spec names the page-size parameter `limit` and declares no `page`; the live API
  renamed it `page_size`. Both are accepted (page_size wins), with `page`; default 25, links keep the
  spelling the caller used.

Where our notes (`shared/api/shipstation-v2.md` §5.1, §4) and the spec disagree, the spec wins:

1. Notes: PUT inventory warehouse/location takes `{name}` (newer docs: also `barcode`). Spec: the PUT
   body has an optional `name` and no `barcode`. Sandbox: a PUT without `name` changes nothing (204).
2. Notes: POST /v2/inventory_locations and the location object have an optional `barcode` (newer
   docs). Spec: no `barcode` anywhere. Sandbox: ignores it in requests and never returns it.
3. Notes: inventory examples show `{"href": null}` for a missing prev/next link. Spec: `href` is a
   string. Sandbox: a missing prev/next link is `{}`.
4. Notes §5.0: the live spec adds `/v2/totes` to the inventory surface. The saved spec has no totes;
   the sandbox has none either.

The spec declares only 200/204 for these operations; the 400s and 404s above (described by the docs and
the notes) are allowed by the existing erratum `inventory-400-404`.
"""

from __future__ import annotations

from typing import Any

from . import inventory_rules as rules
from . import v2_errors, v2_paging
from .http import Request, Response
from .router import Router
from .state import Record, World

router = Router("v2_inventory")

DEFAULT_PAGE_SIZE = 25


def _page(req: Request, name: str, rows: list[Any]) -> dict[str, Any]:
    size_param = "limit" if req.has_q("limit") and not req.has_q("page_size") else "page_size"
    return v2_paging.page(req, name, rows, DEFAULT_PAGE_SIZE, size_param=size_param)


def _body(req: Request) -> dict[str, Any]:
    body = req.json(v2_errors.json_body_error)
    if not isinstance(body, dict):
        raise v2_errors.v2_error(400, "validation", "invalid_object", "The request body must be a JSON object.")
    return body


def _name(body: dict[str, Any], required: bool) -> str | None:
    name = body.get("name")
    if name is None:
        if required:
            raise v2_errors.field_required("'name' is required.")
        return None
    if not isinstance(name, str) or not name.strip():
        raise v2_errors.invalid_field("'name' must be a non-empty string.")
    return name.strip()


def _new_id(world: World, kind: str, prefix: str, taken: dict[str, Record]) -> str:
    while True:
        ident = f"{prefix}-{world.next_id(kind, 1001):04d}"
        if ident not in taken:
            return ident


def _remove_inventory(req: Request) -> bool:
    raw = req.q("remove_inventory")
    if raw in (None, "", "0"):
        return False
    if raw == "1":
        return True
    raise v2_errors.invalid_field(f"'remove_inventory' must be '0' or '1', not '{raw}'.")


# -- levels -----------------------------------------------------------------------------------------


@router.route("GET", "/v2/inventory")
def list_levels(req: Request, world: World) -> Any:
    group_by = req.q("group_by") or None
    if group_by not in (None, "warehouse", "location"):
        raise v2_errors.invalid_field(f"'group_by' must be 'warehouse' or 'location', not '{group_by}'.")
    skus = {s.strip().lower() for raw in req.q_all("sku") for s in raw.split(",") if s.strip()}
    warehouse_id = req.q("inventory_warehouse_id") or None
    location_id = req.q("inventory_location_id") or None
    lots = [lot for lot in world.stock
            if (not skus or lot.sku.lower() in skus)
            and (warehouse_id is None or lot.inventory_warehouse_id == warehouse_id)
            and (location_id is None or lot.inventory_location_id == location_id)]
    return _page(req, "inventory", rules.levels(lots, group_by))


@router.route("POST", "/v2/inventory")
def update_levels(req: Request, world: World) -> Any:
    adjustment = rules.parse_adjustment(world, req.json(v2_errors.json_body_error))
    rules.apply(world, adjustment)
    return Response(204)


# -- warehouses -------------------------------------------------------------------------------------


def _warehouse(world: World, req: Request) -> Record:
    ident = req.params["inventory_warehouse_id"]
    record = world.inv_warehouses.get(ident)
    if record is None:
        raise v2_errors.not_found("Inventory warehouse", ident)
    return record


@router.route("GET", "/v2/inventory_warehouses")
def list_warehouses(req: Request, world: World) -> Any:
    return _page(req, "inventory_warehouses", sorted(world.inv_warehouses.values(), key=_by_created))


@router.route("POST", "/v2/inventory_warehouses")
def create_warehouse(req: Request, world: World) -> Any:
    name = _name(_body(req), required=True)
    now = world.clock.now()
    ident = _new_id(world, "inv_warehouse", "iw", world.inv_warehouses)
    record = {"inventory_warehouse_id": ident, "name": name, "created_at": now, "updated_at": now}
    world.inv_warehouses[ident] = record
    return record


@router.route("GET", "/v2/inventory_warehouses/{inventory_warehouse_id}")
def get_warehouse(req: Request, world: World) -> Any:
    return _warehouse(world, req)


@router.route("PUT", "/v2/inventory_warehouses/{inventory_warehouse_id}")
def rename_warehouse(req: Request, world: World) -> Any:
    record = _warehouse(world, req)
    _rename(world, record, _name(_body(req), required=False))
    return Response(204)


@router.route("DELETE", "/v2/inventory_warehouses/{inventory_warehouse_id}")
def delete_warehouse(req: Request, world: World) -> Any:
    record = _warehouse(world, req)
    ident = record["inventory_warehouse_id"]
    _refuse_if_stocked(req, rules.holds_stock(world, warehouse_id=ident), f"inventory warehouse '{ident}'")
    world.stock = [lot for lot in world.stock if lot.inventory_warehouse_id != ident]
    for location_id in [k for k, v in world.inv_locations.items() if v["inventory_warehouse_id"] == ident]:
        del world.inv_locations[location_id]
    del world.inv_warehouses[ident]
    return Response(204)


# -- locations --------------------------------------------------------------------------------------


def _location(world: World, req: Request) -> Record:
    ident = req.params["inventory_location_id"]
    record = world.inv_locations.get(ident)
    if record is None:
        raise v2_errors.not_found("Inventory location", ident)
    return record


@router.route("GET", "/v2/inventory_locations")
def list_locations(req: Request, world: World) -> Any:
    return _page(req, "inventory_locations", sorted(world.inv_locations.values(), key=_by_created))


@router.route("POST", "/v2/inventory_locations")
def create_location(req: Request, world: World) -> Any:
    body = _body(req)
    name = _name(body, required=True)
    warehouse_id = body.get("inventory_warehouse_id")
    if warehouse_id is None:
        raise v2_errors.field_required("'inventory_warehouse_id' is required.")
    if not isinstance(warehouse_id, str) or warehouse_id not in world.inv_warehouses:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier",
                                 f"'inventory_warehouse_id': inventory warehouse '{warehouse_id}' was not found.")
    now = world.clock.now()
    ident = _new_id(world, "inv_location", "il", world.inv_locations)
    record = {"inventory_location_id": ident, "name": name, "inventory_warehouse_id": warehouse_id,
              "created_at": now, "updated_at": now}
    world.inv_locations[ident] = record
    return record


@router.route("GET", "/v2/inventory_locations/{inventory_location_id}")
def get_location(req: Request, world: World) -> Any:
    return _location(world, req)


@router.route("PUT", "/v2/inventory_locations/{inventory_location_id}")
def rename_location(req: Request, world: World) -> Any:
    record = _location(world, req)
    _rename(world, record, _name(_body(req), required=False))
    return Response(204)


@router.route("DELETE", "/v2/inventory_locations/{inventory_location_id}")
def delete_location(req: Request, world: World) -> Any:
    record = _location(world, req)
    ident = record["inventory_location_id"]
    _refuse_if_stocked(req, rules.holds_stock(world, location_id=ident), f"inventory location '{ident}'")
    world.stock = [lot for lot in world.stock if lot.inventory_location_id != ident]
    del world.inv_locations[ident]
    warehouse = world.inv_warehouses.get(record["inventory_warehouse_id"])
    if warehouse is not None:
        warehouse["updated_at"] = world.clock.now()
    return Response(204)


# -- shared -----------------------------------------------------------------------------------------


def _rename(world: World, record: Record, name: str | None) -> None:
    if name is not None and name != record["name"]:
        record["name"] = name
        record["updated_at"] = world.clock.now()


def _refuse_if_stocked(req: Request, units: int, what: str) -> None:
    remove = _remove_inventory(req)  # validated even when there is nothing to remove
    if units > 0 and not remove:
        raise rules.refuse(f"The {what} still holds {units} units on hand. Move or remove that stock first, "
                           "or delete with remove_inventory=1 to remove it.")


def _by_created(record: Record) -> tuple[Any, ...]:
    return record["created_at"], record.get("inventory_warehouse_id", ""), record.get("inventory_location_id", "")
