"""Turning a createorder body into a stored order: required fields, strict types, and the upsert rules.

Shapes follow seed.py exactly (the canonical V1 wire records). Rules from the V1 docs: upsert by orderKey,
no partial updates (the whole resource is replaced), shipped/cancelled orders are locked, storeId is
create-only and defaults to the first active Manual Store, orderTotal is computed.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from . import v1_errors
from .http import HttpError
from .state import Record, World
from .v1_state import OPEN_STATUSES, ORDER_STATUSES, new_order_id, new_order_item_id, set_hold, v1
from .v1_values import (
    amount,
    day,
    decimal,
    integer,
    invalid,
    obj,
    require,
    strict_bool,
    text,
    when,
)

ADDRESS_FIELDS = ("name", "company", "street1", "street2", "street3", "city", "state", "postalCode", "country",
                  "phone")
WEIGHT_UNITS = {"pounds": 0, "ounces": 1, "grams": 2}  # the numeric WeightUnits V1 echoes back
DIMENSION_UNITS = ("inches", "centimeters")
UNVERIFIED = "Address not yet validated"
MAX_ORDER_NUMBER = 50
ZERO = Decimal("0.00")


def locked_error(order: Record) -> HttpError:
    return v1_errors.server_error(
        f"Order {order['orderNumber']} (orderId {order['orderId']}) is {order['orderStatus']} and can no longer "
        "be changed. Only orders in awaiting_payment, awaiting_shipment, pending_fulfillment or on_hold can be "
        "updated.")


# ---- building blocks ---------------------------------------------------------------------------


def address(value: Any, key: str, verified: str | None = UNVERIFIED) -> Record | None:
    data = obj(value, key)
    if data is None:
        return None
    out: Record = {name: text(data.get(name), f"{key}.{name}") for name in ADDRESS_FIELDS}
    if out["country"]:
        out["country"] = out["country"].strip().upper()
    out["residential"] = strict_bool(data.get("residential"), f"{key}.residential")
    out["addressVerified"] = verified
    # Keep the wire order of seed.py: residential and addressVerified come last.
    return {**{n: out[n] for n in ADDRESS_FIELDS}, "residential": out["residential"],
            "addressVerified": out["addressVerified"]}


def weight(value: Any, key: str) -> Record | None:
    data = obj(value, key)
    if data is None:
        return None
    units = (text(data.get("units"), f"{key}.units") or "ounces").strip().lower()
    if units not in WEIGHT_UNITS:
        raise invalid(f"{key}.units", f"The value '{units}' is not valid for WeightUnits.")
    number = decimal(data.get("value"), f"{key}.value") or Decimal(0)
    if number < 0:
        raise invalid(f"{key}.value", "The weight cannot be negative.")
    value_out: int | float = int(number) if number == number.to_integral_value() else float(number)
    return {"value": value_out, "units": units, "WeightUnits": WEIGHT_UNITS[units]}


def weight_ounces(w: Record | None) -> float:
    if not w:
        return 0.0
    factor = {"pounds": 16.0, "ounces": 1.0, "grams": 0.03527396}[w["units"]]
    return float(w["value"] or 0) * factor


def dimensions(value: Any, key: str) -> Record | None:
    data = obj(value, key)
    if data is None:
        return None
    units = (text(data.get("units"), f"{key}.units") or "inches").strip().lower()
    if units not in DIMENSION_UNITS:
        raise invalid(f"{key}.units", f"The value '{units}' is not valid for DimensionUnits.")
    out: Record = {"units": units}
    for side in ("length", "width", "height"):
        number = decimal(data.get(side), f"{key}.{side}")
        out[side] = float(number) if number is not None else 0.0
    return out


def insurance(value: Any, key: str) -> Record:
    data = obj(value, key) or {}
    insured = decimal(data.get("insuredValue"), f"{key}.insuredValue") or Decimal(0)
    return {"provider": text(data.get("provider"), f"{key}.provider"),
            "insureShipment": strict_bool(data.get("insureShipment"), f"{key}.insureShipment", False),
            "insuredValue": float(insured)}


def international(world: World, value: Any, key: str) -> Record:
    data = obj(value, key) or {}
    items = data.get("customsItems")
    if items is not None and not isinstance(items, list):
        raise invalid(f"{key}.customsItems", "Cannot deserialize the current JSON object into a list.")
    customs = None
    if items:
        customs = []
        for n, raw in enumerate(items):
            ik = f"{key}.customsItems[{n}]"
            line = obj(raw, ik) or {}
            customs.append({
                "customsItemId": integer(line.get("customsItemId"), f"{ik}.customsItemId")
                or world.next_id("v1_customs_item", 800001),
                "description": text(line.get("description"), f"{ik}.description"),
                "quantity": integer(line.get("quantity"), f"{ik}.quantity") or 0,
                "value": amount(line.get("value"), f"{ik}.value") or ZERO,
                "harmonizedTariffCode": text(line.get("harmonizedTariffCode"), f"{ik}.harmonizedTariffCode"),
                "countryOfOrigin": text(line.get("countryOfOrigin"), f"{ik}.countryOfOrigin"),
            })
    return {"contents": text(data.get("contents"), f"{key}.contents"), "customsItems": customs,
            "nonDelivery": text(data.get("nonDelivery"), f"{key}.nonDelivery")}


def _options(value: Any, key: str) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(key, "Cannot deserialize the current JSON object into a list.")
    return [{"name": text((obj(o, f"{key}[{n}]") or {}).get("name"), f"{key}[{n}].name"),
             "value": text((obj(o, f"{key}[{n}]") or {}).get("value"), f"{key}[{n}].value")}
            for n, o in enumerate(value)]


def _items(world: World, value: Any, key: str, old: list[Record], now: Any) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(key, "Cannot deserialize the current JSON object into a list.")
    by_id = {i["orderItemId"]: i for i in old}
    by_line = {i["lineItemKey"]: i for i in old if i["lineItemKey"]}
    products = {p["sku"]: p for p in world.products.values()}
    items = []
    for n, raw in enumerate(value):
        ik = f"{key}[{n}]"
        data = obj(raw, ik) or {}
        name = text(data.get("name"), f"{ik}.name")
        if name is None:
            raise invalid(f"{ik}.name", "The name field is required.")
        sku = text(data.get("sku"), f"{ik}.sku")
        line_key = text(data.get("lineItemKey"), f"{ik}.lineItemKey")
        # An update keeps the ids of lines it sends back (by orderItemId, else by lineItemKey).
        prior = by_id.get(integer(data.get("orderItemId"), f"{ik}.orderItemId")) or by_line.get(line_key)
        product = products.get(sku or "")
        item_weight = weight(data.get("weight"), f"{ik}.weight")
        if item_weight is None and product is not None and product["weightOz"]:
            item_weight = {"value": product["weightOz"], "units": "ounces", "WeightUnits": 1}
        items.append({
            "orderItemId": prior["orderItemId"] if prior else new_order_item_id(world),
            "lineItemKey": line_key, "sku": sku, "name": name,
            "imageUrl": text(data.get("imageUrl"), f"{ik}.imageUrl"), "weight": item_weight,
            "quantity": integer(data.get("quantity"), f"{ik}.quantity") or 0,
            "unitPrice": amount(data.get("unitPrice"), f"{ik}.unitPrice") or ZERO,
            "taxAmount": amount(data.get("taxAmount"), f"{ik}.taxAmount"),
            "shippingAmount": amount(data.get("shippingAmount"), f"{ik}.shippingAmount"),
            "warehouseLocation": text(data.get("warehouseLocation"), f"{ik}.warehouseLocation")
            or (product["warehouseLocation"] if product else None),
            "options": _options(data.get("options"), f"{ik}.options"),
            "productId": integer(data.get("productId"), f"{ik}.productId")
            or (product["productId"] if product else None),
            "fulfillmentSku": text(data.get("fulfillmentSku"), f"{ik}.fulfillmentSku"),
            "adjustment": strict_bool(data.get("adjustment"), f"{ik}.adjustment", False),
            "upc": text(data.get("upc"), f"{ik}.upc") or (product["upc"] if product else None),
            "createDate": prior["createDate"] if prior else now, "modifyDate": now,
        })
    return items


def _default_store(world: World) -> int:
    for store in world.stores.values():
        if store["marketplaceId"] == 0 and store["active"]:
            return store["storeId"]
    # What V1 answers when the account has no active Manual Store (docs, create-label-for-order page).
    raise v1_errors.server_error("Object reference not set to an instance of an object.")


def _advanced(world: World, value: Any, key: str, existing: Record | None) -> Record:
    data = obj(value, key) or {}
    if existing is not None:
        store_id = existing["advancedOptions"]["storeId"]  # create-only: updates cannot move an order
    else:
        store_id = integer(data.get("storeId"), f"{key}.storeId")
        if store_id is None:
            store_id = _default_store(world)
        elif store_id not in world.stores:
            raise v1_errors.server_error(f"Store {store_id} was not found on this account.")
    warehouse_id = integer(data.get("warehouseId"), f"{key}.warehouseId")
    if warehouse_id is None:
        warehouse_id = next((w["warehouseId"] for w in world.warehouses.values() if w["isDefault"]), None)
    elif warehouse_id not in world.warehouses:
        raise v1_errors.server_error(f"Warehouse {warehouse_id} was not found on this account.")
    flags = {f: strict_bool(data.get(f), f"{key}.{f}", False)
             for f in ("nonMachinable", "saturdayDelivery", "containsAlcohol")}
    kept = existing["advancedOptions"] if existing else {"mergedOrSplit": False, "mergedIds": [], "parentId": None}
    texts = {f: text(data.get(f), f"{key}.{f}") for f in ("customField1", "customField2", "customField3", "source",
                                                            "billToParty", "billToAccount", "billToPostalCode",
                                                            "billToCountryCode")}
    return {"warehouseId": warehouse_id, **flags, "mergedOrSplit": kept["mergedOrSplit"],
            "mergedIds": list(kept["mergedIds"]), "parentId": kept["parentId"], "storeId": store_id,
            "customField1": texts["customField1"], "customField2": texts["customField2"],
            "customField3": texts["customField3"], "source": texts["source"],
            "billToParty": texts["billToParty"], "billToAccount": texts["billToAccount"],
            "billToPostalCode": texts["billToPostalCode"], "billToCountryCode": texts["billToCountryCode"],
            "billToMyOtherAccount": integer(data.get("billToMyOtherAccount"), f"{key}.billToMyOtherAccount")}


def _tag_ids(world: World, value: Any, key: str) -> list[int] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise invalid(key, "Cannot deserialize the current JSON object into a list.")
    ids = [integer(v, f"{key}[{n}]") for n, v in enumerate(value)]
    for tag_id in ids:
        if tag_id not in world.tags:
            raise v1_errors.server_error(f"Tag {tag_id} was not found on this account.")
    return [t for t in dict.fromkeys(ids) if t is not None] or None


# ---- the upsert ---------------------------------------------------------------------------------


def find_existing(world: World, body: dict[str, Any], prefix: str) -> Record | None:
    """The order a createorder body updates: by orderKey, else by orderId when no key is sent."""
    key = text(body.get("orderKey"), f"{prefix}.orderKey")
    if key:
        order_id = world.order_keys.get(key)
        return world.orders.get(order_id) if order_id is not None else None
    order_id = integer(body.get("orderId"), f"{prefix}.orderId")
    return world.orders.get(order_id) if order_id is not None else None


def upsert_order(world: World, body: Any, prefix: str) -> Record:
    """Create or replace one order from a createorder body; raises the V1 error on any problem."""
    if not isinstance(body, dict):
        raise invalid(prefix, "Cannot deserialize the current JSON array into type 'Order' "
                              "because the type requires a JSON object.")
    for name in ("orderNumber", "orderDate", "orderStatus", "billTo", "shipTo"):
        require(body, name, prefix)
    number = text(body["orderNumber"], f"{prefix}.orderNumber") or ""
    if len(number) > MAX_ORDER_NUMBER:
        raise invalid(f"{prefix}.orderNumber",
                      f"The field orderNumber must be a string with a maximum length of {MAX_ORDER_NUMBER}.")
    status = (text(body["orderStatus"], f"{prefix}.orderStatus") or "").strip().lower()
    if status not in ORDER_STATUSES:
        raise invalid(f"{prefix}.orderStatus", f"The value '{body['orderStatus']}' is not valid for OrderStatus.")
    existing = find_existing(world, body, prefix)
    if existing is not None and existing["orderStatus"] not in OPEN_STATUSES:
        raise locked_error(existing)
    now = world.clock.now()
    items = _items(world, body.get("items"), f"{prefix}.items", existing["items"] if existing else [], now)
    tax = amount(body.get("taxAmount"), f"{prefix}.taxAmount") or ZERO
    shipping = amount(body.get("shippingAmount"), f"{prefix}.shippingAmount") or ZERO
    total = sum((i["unitPrice"] * i["quantity"] for i in items), ZERO) + tax + shipping
    order_weight = weight(body.get("weight"), f"{prefix}.weight")
    if order_weight is None or not order_weight["value"]:
        ounces = sum(weight_ounces(i["weight"]) * i["quantity"] for i in items)
        order_weight = {"value": round(ounces, 2) if ounces % 1 else int(ounces), "units": "ounces", "WeightUnits": 1}
    hold_until = day(body.get("holdUntilDate"), f"{prefix}.holdUntilDate") if status == "on_hold" else None
    username = text(body.get("customerUsername"), f"{prefix}.customerUsername")
    if existing is not None:
        order_id, order_key, created = existing["orderId"], existing["orderKey"], existing["createDate"]
        customer_id = existing["customerId"]
    else:
        order_id, created = new_order_id(world), now
        order_key = text(body.get("orderKey"), f"{prefix}.orderKey") or str(
            uuid.UUID(int=v1(world).rng.getrandbits(128), version=4))
        # V1 makes a customer profile only when customerUsername is sent (docs).
        customer_id = world.next_id("v1_customer", 500001) if username else None
    order: Record = {
        "orderId": order_id, "orderNumber": number, "orderKey": order_key,
        "orderDate": when(body["orderDate"], f"{prefix}.orderDate"), "createDate": created, "modifyDate": now,
        "paymentDate": when(body.get("paymentDate"), f"{prefix}.paymentDate"),
        "shipByDate": when(body.get("shipByDate"), f"{prefix}.shipByDate"), "orderStatus": status,
        "customerId": customer_id, "customerUsername": username,
        "customerEmail": text(body.get("customerEmail"), f"{prefix}.customerEmail"),
        "billTo": address(body["billTo"], f"{prefix}.billTo", verified=None),
        "shipTo": address(body["shipTo"], f"{prefix}.shipTo"),
        "items": items, "orderTotal": total,
        "amountPaid": amount(body.get("amountPaid"), f"{prefix}.amountPaid") or ZERO,
        "taxAmount": tax, "shippingAmount": shipping,
        "customerNotes": text(body.get("customerNotes"), f"{prefix}.customerNotes"),
        "internalNotes": text(body.get("internalNotes"), f"{prefix}.internalNotes"),
        "gift": strict_bool(body.get("gift"), f"{prefix}.gift", False),
        "giftMessage": text(body.get("giftMessage"), f"{prefix}.giftMessage"),
        "paymentMethod": text(body.get("paymentMethod"), f"{prefix}.paymentMethod"),
        "requestedShippingService": text(body.get("requestedShippingService"), f"{prefix}.requestedShippingService"),
        "carrierCode": text(body.get("carrierCode"), f"{prefix}.carrierCode"),
        "serviceCode": text(body.get("serviceCode"), f"{prefix}.serviceCode"),
        "packageCode": text(body.get("packageCode"), f"{prefix}.packageCode"),
        "confirmation": text(body.get("confirmation"), f"{prefix}.confirmation"),
        "shipDate": day(body.get("shipDate"), f"{prefix}.shipDate"), "holdUntilDate": hold_until,
        "weight": order_weight, "dimensions": dimensions(body.get("dimensions"), f"{prefix}.dimensions"),
        "insuranceOptions": insurance(body.get("insuranceOptions"), f"{prefix}.insuranceOptions"),
        "internationalOptions": international(world, body.get("internationalOptions"),
                                              f"{prefix}.internationalOptions"),
        "advancedOptions": _advanced(world, body.get("advancedOptions"), f"{prefix}.advancedOptions", existing),
        "tagIds": _tag_ids(world, body.get("tagIds"), f"{prefix}.tagIds"),
        "userId": existing["userId"] if existing else None,  # read-only: set by assignuser
        "externallyFulfilled": existing["externallyFulfilled"] if existing else False,
        "externallyFulfilledBy": existing["externallyFulfilledBy"] if existing else None,
        "externallyFulfilledById": existing["externallyFulfilledById"] if existing else None,
        "externallyFulfilledByName": existing["externallyFulfilledByName"] if existing else None,
        "labelMessages": None,
    }
    world.orders[order_id] = order
    world.order_keys[order_key] = order_id
    set_hold(world, order, hold_until)
    return order
