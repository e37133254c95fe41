"""V1 /shipments routes (list, getrates, createlabel, voidlabel) and /fulfillments (mark-as-shipped records)."""

from __future__ import annotations

from typing import Any

from . import v1_errors
from .catalog import carrier_by_code
from .http import Request
from .pricing import zone
from .router import Router
from .state import Record, World
from .v1_labels import (
    b64,
    buy,
    choose,
    is_international,
    rate_rows,
    reject_non_object,
    required_fields,
    test_label_flag,
    void,
)
from .v1_order_rules import address, dimensions, insurance, international, weight, weight_ounces
from .v1_paging import descending, envelope, paging, sort_field, sort_rows, time_range, within, within_dates
from .v1_state import pacific_today, v1
from .v1_values import day, integer, q_bool, q_int, q_text, text

router = Router("v1")

SHIPMENT_SORTS = {"ShipDate": "shipDate", "CreateDate": "createDate"}
SHIPMENT_ITEM_FIELDS = ("orderItemId", "lineItemKey", "sku", "name", "imageUrl", "weight", "quantity", "unitPrice",
                        "warehouseLocation", "options", "productId", "fulfillmentSku")


def _body(req: Request) -> dict[str, Any]:
    return reject_non_object(req.json(v1_errors.json_body_error))


def _equal(rows: list[Record], req: Request, param: str, key: str, upper: bool = False) -> list[Record]:
    value = q_text(req, param)
    if value is None:
        return rows
    wanted = value.upper() if upper else value.lower()
    return [r for r in rows if r[key] is not None and (r[key].upper() if upper else r[key].lower()) == wanted]


def _by_name(rows: list[Record], req: Request, param: str) -> list[Record]:
    name = q_text(req, param)
    if name is None:
        return rows
    lowered = name.lower()
    return [r for r in rows if lowered in (((r["shipTo"] or {}).get("name")) or "").lower()]


def _sorted(req: Request, rows: list[Record]) -> list[Record]:
    # Without sortBy both lists run in ascending createDate (docs), which is not quite id order for seeded rows.
    key = sort_field(req, SHIPMENT_SORTS) or "createDate"
    return sort_rows(rows, key, descending(req))


# ---- shipments ----------------------------------------------------------------------------------


def _shipment_items(world: World, shipment: Record) -> list[Record]:
    order_id = shipment["orderId"]
    if order_id is None:
        return []
    order = world.orders.get(order_id) or v1(world).deleted_orders.get(order_id)
    if order is None:
        return []
    return [{k: item[k] for k in SHIPMENT_ITEM_FIELDS} for item in order["items"] or () if not item["adjustment"]]


@router.route("GET", "/shipments")
def list_shipments(req: Request, world: World) -> Any:
    page, size = paging(req)
    rows: list[Record] = list(world.shipments.values())
    order_id = q_int(req, "orderId")
    if order_id is not None:
        rows = [s for s in rows if s["orderId"] == order_id]
    store_id = q_int(req, "storeId")
    if store_id is not None:
        rows = [s for s in rows if (s["advancedOptions"] or {}).get("storeId") == store_id]
    batch = q_text(req, "batchId")  # undocumented, but SHIP_NOTIFY webhook URLs carry it
    if batch is not None:
        rows = [s for s in rows if str(s["batchNumber"]) == batch]
    for param, key in (("orderNumber", "orderNumber"), ("carrierCode", "carrierCode"),
                       ("serviceCode", "serviceCode"), ("trackingNumber", "trackingNumber")):
        rows = _equal(rows, req, param, key)
    country = q_text(req, "recipientCountryCode")
    if country is not None:
        rows = [s for s in rows if ((s["shipTo"] or {}).get("country") or "").upper() == country.upper()]
    rows = _by_name(rows, req, "recipientName")
    rows = within(rows, "createDate", *time_range(req, "createDate"))
    rows = within_dates(rows, "shipDate", *time_range(req, "shipDate"))
    rows = within(rows, "voidDate", *time_range(req, "voidDate"))
    include_items = bool(q_bool(req, "includeShipmentItems"))

    def shape(s: Record) -> Record:
        out = dict(s)
        out["labelData"] = out["formData"] = None  # lists never carry the files
        out["shipmentItems"] = _shipment_items(world, s) if include_items else None
        return out

    return envelope("shipments", _sorted(req, rows), page, size, shape)


@router.route("POST", "/shipments/getrates")
def get_rates(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("carrierCode", "fromPostalCode", "toCountry", "toPostalCode", "weight"))
    carrier = carrier_by_code(text(body["carrierCode"], "request.carrierCode") or "")
    if carrier is None:
        raise v1_errors.server_error("Invalid carrierCode")
    to_country = (text(body["toCountry"], "request.toCountry") or "").strip().upper()
    if carrier.code == "ups" and not (text(body.get("toState"), "request.toState") or "").strip():
        raise v1_errors.server_error("The toState field is required for UPS rates.")
    ounces = weight_ounces(weight(body["weight"], "request.weight"))
    if ounces <= 0:
        raise v1_errors.server_error("The shipment weight must be greater than zero.")
    dimensions(body.get("dimensions"), "request.dimensions")
    warehouse = world.warehouses.get(integer(body.get("fromWarehouseId"), "request.fromWarehouseId") or 0)
    from_country = ((warehouse or {}).get("originAddress") or {}).get("country") or "US"
    zone_no = zone(text(body["fromPostalCode"], "request.fromPostalCode") or "",
                   text(body["toPostalCode"], "request.toPostalCode") or "", to_country)
    return rate_rows(carrier, text(body.get("serviceCode"), "request.serviceCode"),
                     text(body.get("packageCode"), "request.packageCode"), to_country != from_country.upper(),
                     ounces, zone_no, text(body.get("confirmation"), "request.confirmation"))


@router.route("POST", "/shipments/createlabel")
def create_label(req: Request, world: World) -> Any:
    body = _body(req)
    test_label = test_label_flag(body)
    required_fields(body, ("carrierCode", "serviceCode", "packageCode", "shipDate", "weight", "shipFrom", "shipTo"))
    if not any(s["marketplaceId"] == 0 and s["active"] for s in world.stores.values()):
        raise v1_errors.server_error("Object reference not set to an instance of an object.")
    ship_from = address(body["shipFrom"], "request.shipFrom") or {}
    ship_to = address(body["shipTo"], "request.shipTo") or {}
    choice = choose(body["carrierCode"], body["serviceCode"], body["packageCode"],
                    is_international(ship_to, ship_from))
    label_weight = weight(body["weight"], "request.weight")
    options = insurance(body.get("insuranceOptions"), "request.insuranceOptions")
    advanced = body.get("advancedOptions") if isinstance(body.get("advancedOptions"), dict) else {}
    warehouse_id = integer(advanced.get("warehouseId"), "request.advancedOptions.warehouseId")
    store_id = integer(advanced.get("storeId"), "request.advancedOptions.storeId")
    confirmation = text(body.get("confirmation"), "request.confirmation") or "none"
    ship_date = day(body["shipDate"], "request.shipDate") or pacific_today(world)
    purchase = buy(
        world, choice, ounces=weight_ounces(label_weight), confirmation=confirmation, ship_from=ship_from,
        ship_to=ship_to, ship_date=ship_date, test_label=test_label, insurance_options=options,
        intl=international(world, body.get("internationalOptions"), "request.internationalOptions"), order=None,
        extra={"warehouseId": warehouse_id, "weight": label_weight,
               "dimensions": dimensions(body.get("dimensions"), "request.dimensions"),
               "advancedOptions": {"billToParty": advanced.get("billToParty"),
                                   "billToAccount": advanced.get("billToAccount"),
                                   "billToPostalCode": advanced.get("billToPostalCode"),
                                   "billToCountryCode": advanced.get("billToCountryCode"), "storeId": store_id}})
    if not test_label:
        world.counters.labels_v1_shipments += 1
    return {**purchase.shipment, "labelData": b64(purchase.label), "formData": b64(purchase.form)}


@router.route("POST", "/shipments/voidlabel")
def void_label(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("shipmentId",))
    shipment_id = integer(body["shipmentId"], "request.shipmentId")
    shipment = world.shipments.get(shipment_id) if shipment_id is not None else None
    if shipment is None:
        raise v1_errors.server_error(f"Shipment {body['shipmentId']} was not found.")
    if shipment["voided"]:
        return {"approved": False, "message": "This label has already been voided."}
    void(world, shipment)
    return {"approved": True, "message": "Label voided successfully"}


# ---- fulfillments -------------------------------------------------------------------------------


@router.route("GET", "/fulfillments")
def list_fulfillments(req: Request, world: World) -> Any:
    page, size = paging(req)
    rows: list[Record] = list(world.fulfillments.values())
    for param, key in (("fulfillmentId", "fulfillmentId"), ("orderId", "orderId")):
        wanted = q_int(req, param)
        if wanted is not None:
            rows = [f for f in rows if f[key] == wanted]
    rows = _equal(rows, req, "orderNumber", "orderNumber")
    rows = _equal(rows, req, "trackingNumber", "trackingNumber")
    rows = _by_name(rows, req, "recipientName")
    rows = within(rows, "createDate", *time_range(req, "createDate"))
    rows = within_dates(rows, "shipDate", *time_range(req, "shipDate"))
    return envelope("fulfillments", _sorted(req, rows), page, size)
