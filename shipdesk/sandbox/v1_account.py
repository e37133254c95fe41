"""V1 account-level routes: carriers, warehouses (ship-from locations), stores, products, users and tags."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import v1_errors
from .catalog import CARRIERS, Carrier, carrier_by_code
from .http import Request
from .router import Router
from .state import Record, World
from .v1_labels import reject_non_object, required_fields
from .v1_order_rules import address
from .v1_paging import descending, envelope, paging, sort_field, sort_rows, within
from .v1_state import v1
from .v1_values import (
    amount,
    decimal,
    integer,
    invalid,
    obj,
    q_bool,
    q_int,
    q_text,
    q_when,
    strict_bool,
    text,
)

router = Router("v1")


def ok(message: str) -> dict[str, Any]:
    return {"success": True, "message": message}


def _body(req: Request) -> dict[str, Any]:
    return reject_non_object(req.json(v1_errors.json_body_error))


def _path_id(req: Request, name: str, what: str, records: dict[int, Record]) -> Record:
    raw = req.params[name]
    record = records.get(int(raw)) if raw.isdigit() else None
    if record is None:
        raise v1_errors.not_found(f"{what} {raw} was not found.")
    return record


# ---- carriers -----------------------------------------------------------------------------------


def _carrier_json(world: World, carrier: Carrier) -> Record:
    return {"name": carrier.name, "code": carrier.code, "accountNumber": carrier.account_number,
            "requiresFundedAccount": carrier.requires_funded_account,
            "balance": world.carrier_balances.get(carrier.code), "nickname": None,
            "shippingProviderId": carrier.v1_provider_id, "primary": True}


def _carrier_param(req: Request) -> Carrier:
    code = q_text(req, "carrierCode")
    if code is None:
        raise invalid("carrierCode", "The carrierCode field is required.")
    carrier = carrier_by_code(code.lower())
    if carrier is None:
        raise v1_errors.not_found(f"Carrier {code} is not connected to this account.")
    return carrier


@router.route("GET", "/carriers")
def list_carriers(req: Request, world: World) -> Any:
    return [_carrier_json(world, c) for c in CARRIERS]


@router.route("GET", "/carriers/getcarrier")
def get_carrier(req: Request, world: World) -> Any:
    return _carrier_json(world, _carrier_param(req))


@router.route("GET", "/carriers/listservices")
def list_services(req: Request, world: World) -> Any:
    carrier = _carrier_param(req)
    # Ground Saver is listed here even though getrates never prices it: that is the V1 gap ShipDesk works around.
    return [{"carrierCode": carrier.code, "code": s.code, "name": s.name, "domestic": s.domestic,
             "international": s.international} for s in carrier.services]


@router.route("GET", "/carriers/listpackages")
def list_packages(req: Request, world: World) -> Any:
    carrier = _carrier_param(req)
    return [{"carrierCode": carrier.code, "code": p.code, "name": p.name, "domestic": p.domestic,
             "international": p.international} for p in carrier.packages]


# ---- warehouses ---------------------------------------------------------------------------------


@router.route("GET", "/warehouses")
def list_warehouses(req: Request, world: World) -> Any:
    return [dict(w) for w in world.warehouses.values()]


@router.route("GET", "/warehouses/{warehouse_id}")
def get_warehouse(req: Request, world: World) -> Any:
    return dict(_path_id(req, "warehouse_id", "Warehouse", world.warehouses))


def _make_default(world: World, warehouse_id: int) -> None:
    for w in world.warehouses.values():
        w["isDefault"] = w["warehouseId"] == warehouse_id


def _warehouse_fields(body: dict[str, Any]) -> Record:
    required_fields(body, ("originAddress",))
    origin = address(body["originAddress"], "request.originAddress")
    returns = address(body.get("returnAddress"), "request.returnAddress") or dict(origin or {})
    return {"warehouseName": text(body.get("warehouseName"), "request.warehouseName"), "originAddress": origin,
            "returnAddress": returns}


@router.route("POST", "/warehouses/createwarehouse")
def create_warehouse(req: Request, world: World) -> Any:
    body = _body(req)
    fields = _warehouse_fields(body)
    is_default = strict_bool(body.get("isDefault"), "request.isDefault", False)
    every = [*world.warehouses, *v1(world).deleted_warehouses]
    warehouse_id = world.next_id("v1_warehouse", max(every, default=500) + 1)
    world.warehouses[warehouse_id] = {
        "warehouseId": warehouse_id, **fields, "createDate": world.clock.now(), "isDefault": False,
        "sellerIntegrationId": "", "extInventoryIdentity": "", "registerFedexMeter": "",
    }
    if is_default or len(world.warehouses) == 1:
        _make_default(world, warehouse_id)
    return dict(world.warehouses[warehouse_id])


@router.route("PUT", "/warehouses/{warehouse_id}")
def update_warehouse(req: Request, world: World) -> Any:
    warehouse = _path_id(req, "warehouse_id", "Warehouse", world.warehouses)
    body = _body(req)
    fields = _warehouse_fields(body)
    warehouse.update(fields)  # whole resource; a missing returnAddress becomes the origin (docs)
    # The account always keeps a default: isDefault true moves it here, false can't leave the account without one.
    if strict_bool(body.get("isDefault"), "request.isDefault", False):
        _make_default(world, warehouse["warehouseId"])
    return dict(warehouse)


@router.route("DELETE", "/warehouses/{warehouse_id}")
def delete_warehouse(req: Request, world: World) -> Any:
    warehouse = _path_id(req, "warehouse_id", "Warehouse", world.warehouses)
    if warehouse["isDefault"]:
        raise v1_errors.server_error("The default Ship From Location cannot be deleted. Make another location the "
                                     "default first.")
    # Soft delete: gone from the lists and from label buying, but kept aside as ShipStation keeps it inactive.
    del world.warehouses[warehouse["warehouseId"]]
    v1(world).deleted_warehouses[warehouse["warehouseId"]] = warehouse
    return ok("The requested warehouse has been deleted.")


# ---- stores -------------------------------------------------------------------------------------

# Marketplaces the sandbox knows: the ones its stores use plus a few common ones.
MARKETPLACES = (("ShipStation", 0, False, False, False, False), ("Amazon", 2, True, True, False, True),
                ("eBay", 3, True, True, False, True), ("Shopify", 7, True, True, True, True),
                ("Etsy", 36, True, True, False, True),
                ("BigCommerce", 40, True, True, True, True))


@router.route("GET", "/stores")
def list_stores(req: Request, world: World) -> Any:
    show_inactive = bool(q_bool(req, "showInactive"))
    marketplace = q_int(req, "marketplaceId")
    return [{**s, "statusMappings": None} for s in world.stores.values()
            if (show_inactive or s["active"]) and (marketplace is None or s["marketplaceId"] == marketplace)]


@router.route("GET", "/stores/marketplaces")
def list_marketplaces(req: Request, world: World) -> Any:
    return [{"name": name, "marketplaceId": mid, "canRefresh": refresh, "supportsCustomMappings": mappings,
             "supportsCustomStatuses": statuses, "canConfirmShipments": confirms}
            for name, mid, refresh, mappings, statuses, confirms in MARKETPLACES]


@router.route("GET", "/stores/{store_id}")
def get_store(req: Request, world: World) -> Any:
    return dict(_path_id(req, "store_id", "Store", world.stores))


# ---- products -----------------------------------------------------------------------------------

PRODUCT_SORTS = {"SKU": "sku", "ModifyDate": "modifyDate", "CreateDate": "createDate"}


@router.route("GET", "/products")
def list_products(req: Request, world: World) -> Any:
    page, size = paging(req)
    rows: list[Record] = list(world.products.values())
    if not q_bool(req, "showInactive"):
        rows = [p for p in rows if p["active"]]
    sku = q_text(req, "sku")
    if sku is not None:
        rows = [p for p in rows if (p["sku"] or "").lower().startswith(sku.lower())]
    name = q_text(req, "name")
    if name is not None:
        rows = [p for p in rows if name.lower() in (p["name"] or "").lower()]
    category = q_int(req, "productCategoryId")
    if category is not None:
        rows = [p for p in rows if (p["productCategory"] or {}).get("categoryId") == category]
    product_type = q_int(req, "productTypeId")
    if product_type is not None:
        rows = [p for p in rows if (p["productType"] or {}).get("productTypeId") == product_type]
    tag = q_int(req, "tagId")
    if tag is not None:
        rows = [p for p in rows if any(t.get("tagId") == tag for t in p["tags"] or ())]
    rows = within(rows, "createDate", q_when(req, "startDate"), q_when(req, "endDate"))  # created-date range
    rows = sort_rows(rows, sort_field(req, PRODUCT_SORTS), descending(req))
    return envelope("products", rows, page, size)


@router.route("GET", "/products/{product_id}")
def get_product(req: Request, world: World) -> Any:
    return dict(_path_id(req, "product_id", "Product", world.products))


def _number(value: Any, key: str) -> int | float | None:
    number = decimal(value, key)
    if number is None:
        return None
    return int(number) if number == number.to_integral_value() else float(number)


@router.route("PUT", "/products/{product_id}")
def update_product(req: Request, world: World) -> Any:
    product = _path_id(req, "product_id", "Product", world.products)
    body = _body(req)
    required_fields(body, ("sku", "name"))
    texts = ("sku", "name", "internalNotes", "fulfillmentSku", "warehouseLocation", "defaultCarrierCode",
             "defaultServiceCode", "defaultPackageCode", "defaultIntlCarrierCode", "defaultIntlServiceCode",
             "defaultIntlPackageCode", "defaultConfirmation", "defaultIntlConfirmation", "customsDescription",
             "customsTariffNo", "customsCountryCode", "upc", "thumbnailURL")
    tags = body.get("tags")
    if tags is not None and not isinstance(tags, list):
        raise invalid("request.tags", "Cannot deserialize the current JSON object into a list.")
    # No partial updates: everything but the ids and dates comes from the body (docs).
    product.update({
        **{f: text(body.get(f), f"request.{f}") for f in texts},
        "price": amount(body.get("price"), "request.price") or Decimal("0.00"),
        "defaultCost": amount(body.get("defaultCost"), "request.defaultCost"),
        **{f: _number(body.get(f), f"request.{f}") for f in ("length", "width", "height", "weightOz")},
        "customsValue": amount(body.get("customsValue"), "request.customsValue"),
        "active": strict_bool(body.get("active"), "request.active", True),
        "noCustoms": strict_bool(body.get("noCustoms"), "request.noCustoms"),
        "productCategory": obj(body.get("productCategory"), "request.productCategory"),
        "productType": body.get("productType"), "tags": tags, "aliases": body.get("aliases"),
        "modifyDate": world.clock.now(),
    })
    integer(body.get("productId"), "request.productId")  # type-checked only: the path names the product
    return ok("The requested product has been updated")


# ---- users and tags -----------------------------------------------------------------------------


@router.route("GET", "/users")
def list_users(req: Request, world: World) -> Any:
    q_bool(req, "showInactive")  # every sandbox user is active
    return [dict(u) for u in world.users]


@router.route("GET", "/accounts/listtags")
def list_tags(req: Request, world: World) -> Any:
    return [dict(t) for t in world.tags.values()]
