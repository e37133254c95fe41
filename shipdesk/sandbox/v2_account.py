"""V2 account-level reads: carriers, ship-from warehouses, tags, users, products and custom package types.

Shapes come from `v2_account_shapes.py`. Behaviour chosen where the spec is silent:

* `GET /v2/carriers` answers `{carriers, request_id, errors: []}` (the spec's 200 body is the carrier
  list merged with the error envelope, both of whose fields it requires).
* Ship-from warehouse `N` of V1 is `se-N` in V2; any other id is 404.
* `POST /v2/tags/{tag_name}` for a tag that exists (case-insensitively) is 400 `identifier_conflict`.
* Users: `status` filters case-insensitively (the spec's filter enum is lower case, its example
  response says "Active"); `page_size` 1-100, default 25.
* Products: `sku` matches a whole SKU, `name` a part of the name (both case-insensitive), `active` is
  `true`/`false`; `page_size` 1-100, default 100.
* Custom package types: `package_code` must be unique among them (400 `identifier_conflict`); PUT
  replaces the whole package type (the spec's update body requires `name` and `package_code`).

Where our notes (`shared/api/shipstation-v2.md`) and the spec disagree, the spec wins:

1. Notes §7: an address needs `name` OR `company_name`. Spec: `address` requires `name` and `phone`
   (plus line 1, city, state, postal code, country, residential indicator). Warehouse addresses always
   carry `name` (the company when the V1 address has no name), and `phone` whenever V1 has one.
2. Notes §5.11: user `status` values are the filter's (`active`, `inactive`, ...). Spec: the response
   example says "Active". The sandbox answers "Active" and filters case-insensitively.
3. Notes §3: the GET/DELETE package-type 404 (and DELETE 400) bodies are "most likely the envelope";
   the spec declares them empty. The sandbox sends the envelope (existing erratum
   `error-bodies-declared-empty`).

Spec defects (not disagreements) met by these responses, each patched by an erratum in
`tests/contract/errata.py`: service `carrier_code` typed as an se_id (`service-carrier-code-is-not-se-id`),
closed allOf objects on carriers/warehouses/addresses/tags/package types (`account-reads-closed-allof`),
and the OpenAPI-3.0 `nullable` marks of the products list (`products-nullable-fields`).
"""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import unquote

from . import v2_errors, v2_paging
from .catalog import CARRIERS, Carrier, carrier_by_v2_id
from .http import Request, Response
from .router import Router
from .state import Record, World
from .v2_account_shapes import (
    carrier_json,
    carrier_options,
    carrier_package_json,
    product_json,
    service_json,
    user_json,
    warehouse_json,
    warehouse_v1_id,
)

router = Router("v2")

PACKAGE_CODE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
USER_STATUSES = ("active", "inactive", "locked_out", "email_lock")
DIMENSION_UNITS = ("inch", "centimeter")


def _request_id() -> str:
    return str(uuid.uuid4())


# -- carriers ---------------------------------------------------------------------------------------


def _carrier(req: Request) -> Carrier:
    carrier = carrier_by_v2_id(req.params["carrier_id"])
    if carrier is None:
        raise v2_errors.not_found("Carrier", req.params["carrier_id"])
    return carrier


@router.route("GET", "/v2/carriers")
def list_carriers(req: Request, world: World) -> Any:
    return {"carriers": [carrier_json(world, c, i == 0) for i, c in enumerate(CARRIERS)],
            "request_id": _request_id(), "errors": []}


@router.route("GET", "/v2/carriers/{carrier_id}")
def get_carrier(req: Request, world: World) -> Any:
    carrier = _carrier(req)
    return carrier_json(world, carrier, carrier is CARRIERS[0])


@router.route("GET", "/v2/carriers/{carrier_id}/services")
def list_carrier_services(req: Request, world: World) -> Any:
    carrier = _carrier(req)
    return {"services": [service_json(carrier, s) for s in carrier.services]}


@router.route("GET", "/v2/carriers/{carrier_id}/packages")
def list_carrier_packages(req: Request, world: World) -> Any:
    return {"packages": [carrier_package_json(p) for p in _carrier(req).packages]}


@router.route("GET", "/v2/carriers/{carrier_id}/options")
def list_carrier_options(req: Request, world: World) -> Any:
    return {"options": carrier_options(_carrier(req))}


# -- ship-from warehouses ---------------------------------------------------------------------------


@router.route("GET", "/v2/warehouses")
def list_warehouses(req: Request, world: World) -> Any:
    return {"warehouses": [warehouse_json(w) for _, w in sorted(world.warehouses.items())]}


@router.route("GET", "/v2/warehouses/{warehouse_id}")
def get_warehouse(req: Request, world: World) -> Any:
    number = warehouse_v1_id(req.params["warehouse_id"])
    record = world.warehouses.get(number) if number is not None else None
    if record is None:
        raise v2_errors.not_found("Warehouse", req.params["warehouse_id"])
    return warehouse_json(record)


# -- tags -------------------------------------------------------------------------------------------


@router.route("GET", "/v2/tags")
def list_tags(req: Request, world: World) -> Any:
    return {"tags": [{"name": name} for name in sorted(world.v2_tag_names, key=str.lower)]}


@router.route("POST", "/v2/tags/{tag_name}")
def create_tag(req: Request, world: World) -> Any:
    name = unquote(req.params["tag_name"]).strip()
    if not name:
        raise v2_errors.field_required("The tag name must not be empty.")
    if any(existing.lower() == name.lower() for existing in world.v2_tag_names):
        raise v2_errors.v2_error(400, "business_rules", "identifier_conflict", f"The tag '{name}' already exists.")
    world.v2_tag_names.add(name)
    return {"name": name}


# -- users and products -----------------------------------------------------------------------------


@router.route("GET", "/v2/users")
def list_users(req: Request, world: World) -> Any:
    status = (req.q("status") or "").lower() or None
    if status is not None and status not in USER_STATUSES:
        raise v2_errors.invalid_field(f"'status' must be one of {', '.join(USER_STATUSES)}, not '{req.q('status')}'.")
    users = [user_json(u) for u in world.users]
    if status is not None:
        users = [u for u in users if str(u["status"]).lower() == status]
    return v2_paging.page(req, "users", users, 25, max_size=100)


@router.route("GET", "/v2/products")
def list_products(req: Request, world: World) -> Any:
    sku = (req.q("sku") or "").strip().lower()
    name = (req.q("name") or "").strip().lower()
    active_raw = (req.q("active") or "").strip().lower()
    if active_raw not in ("", "true", "false"):
        raise v2_errors.invalid_field(f"'active' must be true or false, not '{req.q('active')}'.")
    rows = [p for _, p in sorted(world.products.items())
            if (not sku or str(p["sku"]).lower() == sku) and (not name or name in str(p["name"]).lower())
            and (not active_raw or bool(p.get("active")) == (active_raw == "true"))]
    result = v2_paging.page(req, "products", rows, 100, max_size=100)
    result["products"] = [product_json(p) for p in result["products"]]
    return result


# -- custom package types ---------------------------------------------------------------------------


def _package_type(world: World, req: Request) -> Record:
    record = world.package_types.get(req.params["package_id"])
    if record is None:
        raise v2_errors.not_found("Package", req.params["package_id"])
    return record


def _text(body: dict[str, Any], name: str, maximum: int, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise v2_errors.field_required(f"'{name}' is required.")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise v2_errors.invalid_field(f"'{name}' must be a non-empty string.")
    if len(value) > maximum:
        raise v2_errors.v2_error(400, "validation", "invalid_string_length",
                                 f"'{name}' must be at most {maximum} characters.")
    return value


def _dimensions(value: Any) -> Record | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise v2_errors.invalid_field("'dimensions' must be an object with unit, length, width and height.")
    unit = value.get("unit", "inch")
    if unit not in DIMENSION_UNITS:
        raise v2_errors.invalid_field(f"'dimensions.unit' must be inch or centimeter, not {unit!r}.")
    dims: Record = {"unit": unit}
    for side in ("length", "width", "height"):
        number = value.get(side, 0)
        if isinstance(number, bool) or not isinstance(number, int | float) or number < 0:
            raise v2_errors.invalid_field(f"'dimensions.{side}' must be a number of zero or more.")
        dims[side] = number
    return dims


def _package_body(world: World, req: Request, package_id: str) -> Record:
    body = req.json(v2_errors.json_body_error)
    if not isinstance(body, dict):
        raise v2_errors.v2_error(400, "validation", "invalid_object", "The request body must be a JSON object.")
    code = _text(body, "package_code", 50, required=True)
    assert code is not None
    if not PACKAGE_CODE.match(code):
        raise v2_errors.invalid_field(
            f"'package_code' must be lower-case letters and digits in words joined by '_', not '{code}'.")
    if any(p["package_code"] == code and p["package_id"] != package_id for p in world.package_types.values()):
        raise v2_errors.v2_error(400, "business_rules", "identifier_conflict",
                                 f"A custom package with package_code '{code}' already exists.")
    record: Record = {"package_id": package_id, "package_code": code,
                      "name": _text(body, "name", 50, required=True)}
    dims = _dimensions(body.get("dimensions"))
    if dims is not None:
        record["dimensions"] = dims
    description = _text(body, "description", 500, required=False)
    if description is not None:
        record["description"] = description
    return record


@router.route("GET", "/v2/packages")
def list_package_types(req: Request, world: World) -> Any:
    return {"packages": list(world.package_types.values())}


@router.route("POST", "/v2/packages")
def create_package_type(req: Request, world: World) -> Any:
    package_id = world.se_id("package_type", 400001)
    record = _package_body(world, req, package_id)
    world.package_types[package_id] = record
    return record


@router.route("GET", "/v2/packages/{package_id}")
def get_package_type(req: Request, world: World) -> Any:
    return _package_type(world, req)


@router.route("PUT", "/v2/packages/{package_id}")
def update_package_type(req: Request, world: World) -> Any:
    current = _package_type(world, req)
    world.package_types[current["package_id"]] = _package_body(world, req, current["package_id"])
    return Response(204)


@router.route("DELETE", "/v2/packages/{package_id}")
def delete_package_type(req: Request, world: World) -> Any:
    del world.package_types[_package_type(world, req)["package_id"]]
    return Response(204)
