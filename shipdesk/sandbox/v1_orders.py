"""V1 /orders routes: list and filters, get, create/update, delete, holds, tags, users, mark-shipped, labels."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import v1_errors
from .http import HttpError, Request, Response
from .router import Router
from .state import Record, World
from .v1_labels import b64, buy, choose, is_international, reject_non_object, required_fields, test_label_flag
from .v1_order_rules import (
    dimensions,
    insurance,
    international,
    locked_error,
    upsert_order,
    weight,
    weight_ounces,
)
from .v1_paging import descending, envelope, paging, sort_field, sort_rows, time_range, within
from .v1_state import OPEN_STATUSES, ORDER_STATUSES, pacific_today, release_due_holds, set_hold, v1
from .v1_values import day, integer, invalid, obj, q_int, q_text, strict_bool, text

router = Router("v1")

ORDER_SORTS = {"OrderDate": "orderDate", "ModifyDate": "modifyDate", "CreateDate": "createDate"}
MAX_BATCH = 100  # createorders takes at most 100 orders per call (docs)


def ok(message: str) -> dict[str, Any]:
    return {"success": True, "message": message}


def _body(req: Request) -> dict[str, Any]:
    return reject_non_object(req.json(v1_errors.json_body_error))


def _order(world: World, order_id: Any, key: str = "orderId") -> Record:
    """The live order with this id; an unknown (or deleted) one is a 404, as for GET /orders/{id}."""
    number = integer(order_id, key)
    order = world.orders.get(number) if number is not None else None
    if order is None:
        raise v1_errors.not_found(f"Order {order_id} was not found.")
    return order


def _status_param(req: Request, required: bool = False) -> str | None:
    status = q_text(req, "orderStatus")
    if status is None:
        if required:
            raise invalid("orderStatus", "The orderStatus field is required.")
        return None
    if status.lower() not in ORDER_STATUSES:
        raise invalid("orderStatus", f"The value '{status}' is not valid for OrderStatus.")
    return status.lower()


def _contains(needle: str) -> Callable[[str | None], bool]:
    lowered = needle.lower()
    return lambda hay: hay is not None and lowered in hay.lower()


def _item_matches(order: Record, hit: Callable[[str | None], bool]) -> bool:
    for item in order["items"] or ():
        if hit(item["sku"]) or hit(item["name"]):
            return True
        for option in item["options"] or ():
            if hit(option["name"]) or hit(option["value"]):
                return True
    return False


def _filtered(req: Request, world: World) -> list[Record]:
    """Orders matching the query, in orderId order; the cheapest and most selective filters go first."""
    rows: list[Record] = list(world.orders.values())  # insertion order is orderId order
    status = _status_param(req)
    if status is not None:
        rows = [o for o in rows if o["orderStatus"] == status]
    store_id = q_int(req, "storeId")
    if store_id is not None:
        rows = [o for o in rows if o["advancedOptions"]["storeId"] == store_id]
    number = q_text(req, "orderNumber")
    if number is not None:
        prefix = number.lower()  # "starts with", per the docs
        rows = [o for o in rows if (o["orderNumber"] or "").lower().startswith(prefix)]
    for name, key in (("orderDate", "orderDate"), ("createDate", "createDate"), ("modifyDate", "modifyDate"),
                      ("paymentDate", "paymentDate")):
        start, end = time_range(req, name)
        rows = within(rows, key, start, end)
    customer = q_text(req, "customerName")
    if customer is not None:
        hit = _contains(customer)
        rows = [o for o in rows if hit((o["billTo"] or {}).get("name")) or hit((o["shipTo"] or {}).get("name"))]
    keyword = q_text(req, "itemKeyword")
    if keyword is not None:
        hit = _contains(keyword)
        rows = [o for o in rows if _item_matches(o, hit)]
    return rows


@router.route("GET", "/orders")
def list_orders(req: Request, world: World) -> Any:
    page, size = paging(req)
    release_due_holds(world)
    rows = _filtered(req, world)
    rows = sort_rows(rows, sort_field(req, ORDER_SORTS), descending(req))
    return envelope("orders", rows, page, size)


@router.route("GET", "/orders/listbytag")
def list_by_tag(req: Request, world: World) -> Any:
    status = _status_param(req, required=True)
    tag_id = q_int(req, "tagId")
    if tag_id is None:
        raise invalid("tagId", "The tagId field is required.")
    page, size = paging(req)
    release_due_holds(world)
    rows = [o for o in world.orders.values() if o["orderStatus"] == status and tag_id in (o["tagIds"] or ())]
    return envelope("orders", rows, page, size)


@router.route("GET", "/orders/{order_id}")
def get_order(req: Request, world: World) -> Any:
    release_due_holds(world)
    raw = req.params["order_id"]
    order = world.orders.get(int(raw)) if raw.isdigit() else None
    if order is None:
        raise v1_errors.not_found(f"Order {raw} was not found.")
    return dict(order)


@router.route("DELETE", "/orders/{order_id}")
def delete_order(req: Request, world: World) -> Any:
    raw = req.params["order_id"]
    order = world.orders.get(int(raw)) if raw.isdigit() else None
    if order is None:
        raise v1_errors.not_found(f"Order {raw} was not found.")
    # Soft delete: the order leaves every list and GET, but is kept aside (as ShipStation marks it inactive).
    del world.orders[order["orderId"]]
    if world.order_keys.get(order["orderKey"]) == order["orderId"]:
        del world.order_keys[order["orderKey"]]
    v1(world).deleted_orders[order["orderId"]] = order
    v1(world).holds.pop(order["orderId"], None)
    return ok("The requested order has been deleted.")


@router.route("POST", "/orders/createorder")
def create_order(req: Request, world: World) -> Any:
    body = req.json(v1_errors.json_body_error)
    release_due_holds(world)
    return dict(upsert_order(world, body, "apiOrder"))


@router.route("POST", "/orders/createorders")
def create_orders(req: Request, world: World) -> Any:
    body = req.json(v1_errors.json_body_error)
    if not isinstance(body, list):
        # What ASP.NET reports when an object arrives where the list of orders was expected (docs §6).
        raise invalid("apiOrders.orderNumber", "The orderNumber field is required.")
    if len(body) > MAX_BATCH:
        raise invalid("apiOrders", f"A maximum of {MAX_BATCH} orders can be created or updated per request.")
    release_due_holds(world)
    results = []
    for n, raw in enumerate(body):
        try:
            order = upsert_order(world, raw, f"apiOrders[{n}]")
        except HttpError as err:  # one bad order does not stop the others
            raw = raw if isinstance(raw, dict) else {}
            results.append({"orderId": None, "orderNumber": raw.get("orderNumber"), "orderKey": raw.get("orderKey"),
                            "success": False, "errorMessage": _error_text(err.response)})
            continue
        results.append({"orderId": order["orderId"], "orderNumber": order["orderNumber"],
                        "orderKey": order["orderKey"], "success": True, "errorMessage": None})
    return {"hasErrors": any(not r["success"] for r in results), "results": results}


def _error_text(response: Response) -> str:
    data = json.loads(response.body)
    if data.get("ExceptionMessage"):
        return str(data["ExceptionMessage"])
    if data.get("ModelState"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in data["ModelState"].items())
    return str(data.get("Message") or "The order could not be saved.")


@router.route("POST", "/orders/markasshipped")
def mark_as_shipped(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("orderId", "carrierCode"))
    release_due_holds(world)
    order = _order(world, body["orderId"], "request.orderId")
    if order["orderStatus"] not in OPEN_STATUSES:
        raise locked_error(order)
    ship_date = day(body.get("shipDate"), "request.shipDate") or pacific_today(world)
    notify_channel = strict_bool(body.get("notifySalesChannel"), "request.notifySalesChannel", False)
    strict_bool(body.get("notifyCustomer"), "request.notifyCustomer", False)
    now = world.clock.now()
    fulfillment_id = world.next_id("fulfillment", 7000001)
    # An "external shipment": recorded under /fulfillments, never under /shipments (docs).
    world.fulfillments[fulfillment_id] = {
        "fulfillmentId": fulfillment_id, "orderId": order["orderId"], "orderNumber": order["orderNumber"],
        "userId": order["userId"], "customerEmail": order["customerEmail"],
        "trackingNumber": text(body.get("trackingNumber"), "request.trackingNumber"), "createDate": now,
        "shipDate": ship_date, "voidDate": None, "deliveryDate": None,
        "carrierCode": text(body["carrierCode"], "request.carrierCode"), "sellerFillProviderId": None,
        "sellerFillProviderName": None, "fulfillmentServiceCode": None, "fulfillmentProviderCode": None,
        "fulfillmentFee": 0.0, "voidRequested": False, "voided": False, "marketplaceNotified": bool(notify_channel),
        "notifyErrorMessage": None, "shipTo": order["shipTo"],
    }
    order.update(orderStatus="shipped", shipDate=ship_date, holdUntilDate=None, modifyDate=now)
    set_hold(world, order, None)
    return {"orderId": order["orderId"], "orderNumber": order["orderNumber"]}


@router.route("POST", "/orders/holduntil")
def hold_until(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("orderId", "holdUntilDate"))
    release_due_holds(world)
    order = _order(world, body["orderId"], "request.orderId")
    until = day(body["holdUntilDate"], "request.holdUntilDate")
    if order["orderStatus"] not in OPEN_STATUSES:
        raise locked_error(order)
    order.update(orderStatus="on_hold", holdUntilDate=until, modifyDate=world.clock.now())
    set_hold(world, order, until)
    return ok("Order held successfully.")


@router.route("POST", "/orders/restorefromhold")
def restore_from_hold(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("orderId",))
    release_due_holds(world)
    order = _order(world, body["orderId"], "request.orderId")
    if order["orderStatus"] not in ("on_hold", "awaiting_shipment"):  # already released is fine
        raise v1_errors.server_error(
            f"Order {order['orderNumber']} is {order['orderStatus']}, not on hold, so it cannot be restored.")
    if order["orderStatus"] == "on_hold":
        order.update(orderStatus="awaiting_shipment", holdUntilDate=None, modifyDate=world.clock.now())
        set_hold(world, order, None)
    return ok("The requested order has been restored")


def _tag_call(req: Request, world: World) -> tuple[Record, int]:
    body = _body(req)
    required_fields(body, ("orderId", "tagId"))
    order = _order(world, body["orderId"], "request.orderId")
    tag_id = integer(body["tagId"], "request.tagId")
    if tag_id not in world.tags:
        raise v1_errors.server_error(f"Tag {body['tagId']} was not found on this account.")
    return order, tag_id


@router.route("POST", "/orders/addtag")
def add_tag(req: Request, world: World) -> Any:
    order, tag_id = _tag_call(req, world)
    tags = list(order["tagIds"] or [])
    if tag_id not in tags:
        order["tagIds"] = [*tags, tag_id]  # replaced, not appended: a list being sent must not change under it
        order["modifyDate"] = world.clock.now()
    return ok("Tag added successfully.")


@router.route("POST", "/orders/removetag")
def remove_tag(req: Request, world: World) -> Any:
    order, tag_id = _tag_call(req, world)
    tags = [t for t in order["tagIds"] or [] if t != tag_id]
    if len(tags) != len(order["tagIds"] or []):
        order["tagIds"] = tags or None
        order["modifyDate"] = world.clock.now()
    return ok("Tag removed successfully.")


def _all_orders(world: World, body: dict[str, Any]) -> list[Record]:
    """Every order named by orderIds, or an error and none: assignment is all-or-nothing (docs)."""
    ids = body.get("orderIds")
    if not isinstance(ids, list) or not ids:
        raise invalid("request.orderIds", "The orderIds field is required.")
    numbers = [integer(i, f"request.orderIds[{n}]") for n, i in enumerate(ids)]
    missing = [str(i) for i in numbers if i not in world.orders]
    if missing:
        raise v1_errors.not_found(f"Orders not found: {', '.join(missing)}. No orders were changed.")
    return [world.orders[i] for i in numbers if i is not None]


@router.route("POST", "/orders/assignuser")
def assign_user(req: Request, world: World) -> Any:
    body = _body(req)
    required_fields(body, ("orderIds", "userId"))
    orders = _all_orders(world, body)
    user_id = text(body["userId"], "request.userId") or ""
    if not any(u["userId"].lower() == user_id.lower() for u in world.users):
        raise v1_errors.server_error(f"User {user_id} was not found on this account. No orders were changed.")
    user_id = next(u["userId"] for u in world.users if u["userId"].lower() == user_id.lower())
    now = world.clock.now()
    for order in orders:
        order.update(userId=user_id, modifyDate=now)
    return ok("User assigned successfully.")


@router.route("POST", "/orders/unassignuser")
def unassign_user(req: Request, world: World) -> Any:
    orders = _all_orders(world, _body(req))
    now = world.clock.now()
    for order in orders:
        order.update(userId=None, modifyDate=now)
    return ok("User unassigned successfully.")


@router.route("POST", "/orders/createlabelfororder")
def create_label_for_order(req: Request, world: World) -> Any:
    body = _body(req)
    test_label = test_label_flag(body)
    required_fields(body, ("orderId", "carrierCode", "serviceCode"))
    release_due_holds(world)
    number = integer(body["orderId"], "request.orderId")
    order = world.orders.get(number) if number is not None else None
    if order is None:
        # V1's answer for an unknown order is the bare .NET null reference (laravel-shipstation #15).
        raise v1_errors.server_error("Object reference not set to an instance of an object.")
    if not any(s["marketplaceId"] == 0 and s["active"] for s in world.stores.values()):
        raise v1_errors.server_error("Object reference not set to an instance of an object.")
    status = order["orderStatus"]
    if status not in ("awaiting_shipment", "on_hold"):
        raise v1_errors.server_error(
            f"Unable to create a label for order {order['orderNumber']}: the order is {status}. Labels can only be "
            "created for orders that are awaiting shipment or on hold.")
    ship_to = dict(order["shipTo"] or {})  # the shipment keeps its own copy
    advanced = obj(body.get("advancedOptions"), "request.advancedOptions") or {}
    warehouse_id = advanced.get("warehouseId") or order["advancedOptions"]["warehouseId"]
    warehouse = world.warehouses.get(integer(warehouse_id, "request.advancedOptions.warehouseId") or 0) or next(
        (w for w in world.warehouses.values() if w["isDefault"]), None)
    if warehouse is None:
        raise v1_errors.server_error("Object reference not set to an instance of an object.")
    ship_from = warehouse["originAddress"]
    intl = international(world, body["internationalOptions"], "request.internationalOptions") \
        if body.get("internationalOptions") else order["internationalOptions"]
    choice = choose(body["carrierCode"], body["serviceCode"], body.get("packageCode") or order["packageCode"],
                    is_international(ship_to, ship_from))
    label_weight = weight(body.get("weight"), "request.weight") or order["weight"]
    options = insurance(body["insuranceOptions"], "request.insuranceOptions") \
        if body.get("insuranceOptions") else order["insuranceOptions"]
    confirmation = text(body.get("confirmation"), "request.confirmation") or order["confirmation"] or "none"
    ship_date = day(body.get("shipDate"), "request.shipDate") or pacific_today(world)
    purchase = buy(
        world, choice, ounces=weight_ounces(label_weight), confirmation=confirmation, ship_from=ship_from,
        ship_to=ship_to, ship_date=ship_date, test_label=test_label, insurance_options=options, intl=intl,
        order=order, extra={
            "orderId": order["orderId"], "orderKey": order["orderKey"], "userId": order["userId"],
            "customerEmail": order["customerEmail"], "orderNumber": order["orderNumber"],
            "warehouseId": warehouse["warehouseId"], "weight": label_weight,
            "dimensions": dimensions(body.get("dimensions"), "request.dimensions") or order["dimensions"],
            "advancedOptions": {k: order["advancedOptions"][k] for k in (
                "billToParty", "billToAccount", "billToPostalCode", "billToCountryCode", "storeId")},
        })
    if purchase.stored:
        world.counters.labels_by_order[order["orderId"]] += 1
        order.update(orderStatus="shipped", shipDate=ship_date, holdUntilDate=None, modifyDate=world.clock.now(),
                     carrierCode=choice.carrier.code, serviceCode=choice.service.code,
                     packageCode=choice.package.code, confirmation=confirmation)
        set_hold(world, order, None)
    shipment = purchase.shipment
    return {"shipmentId": shipment["shipmentId"], "shipmentCost": shipment["shipmentCost"],
            "insuranceCost": shipment["insuranceCost"], "trackingNumber": shipment["trackingNumber"],
            "labelData": b64(purchase.label), "formData": b64(purchase.form)}
