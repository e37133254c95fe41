"""V1 /orders over real loopback HTTP: lists, filters in Pacific time, upserts, holds, tags, users, labels."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pypdf
import pytest

from shipdesk.sandbox import Sandbox

LA = ZoneInfo("America/Los_Angeles")
V1_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$")


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    # These tests make far more than 40 V1 calls a minute; the rate limit is tested on its own elsewhere.
    return make_sandbox(v1_limit=100_000)


def order_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "orderNumber": "T-1001", "orderKey": "test-key-1001", "orderDate": "2024-05-01 10:00:00",
        "orderStatus": "awaiting_shipment", "billTo": {"name": "Jane Doe"},
        "shipTo": {"name": "Jane Doe", "street1": "1 Main St", "city": "Austin", "state": "TX",
                   "postalCode": "78701", "country": "US", "residential": True},
        "items": [{"lineItemKey": "a1", "sku": "MUG-01", "name": "Stoneware Mug", "quantity": 2, "unitPrice": 9.99,
                   "options": [{"name": "Engraving", "value": "Happy Trails"}]}],
        "amountPaid": 26.93, "taxAmount": 1.65, "shippingAmount": 5.30, "internalNotes": "fragile",
        "weight": {"value": 28, "units": "ounces"},
    }
    body.update(overrides)
    return body


def create(v1: httpx.Client, **overrides: Any) -> dict[str, Any]:
    r = v1.post("/orders/createorder", json=order_body(**overrides))
    assert r.status_code == 200, r.text
    return r.json()


def all_orders(v1: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    r = v1.get("/orders", params={"pageSize": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()["orders"]


def pacific_now(admin: httpx.Client) -> datetime:
    now = datetime.fromisoformat(admin.get("/state").json()["now"].replace("Z", "+00:00"))
    return now.astimezone(LA)


def label_request(order_id: int, **overrides: Any) -> dict[str, Any]:
    body = {"orderId": order_id, "carrierCode": "stamps_com", "serviceCode": "usps_priority_mail",
            "packageCode": "package", "confirmation": "none", "shipDate": None, "testLabel": False}
    body.update(overrides)
    return body


# ---- listing ------------------------------------------------------------------------------------


def test_envelope_and_page_math(v1: httpx.Client) -> None:
    first = v1.get("/orders", params={"pageSize": 50}).json()
    assert (first["total"], first["page"], first["pages"], len(first["orders"])) == (120, 1, 3, 50)
    last = v1.get("/orders", params={"pageSize": 50, "page": 3}).json()
    assert (last["page"], len(last["orders"])) == (3, 20)
    beyond = v1.get("/orders", params={"pageSize": 50, "page": 4}).json()
    assert beyond["orders"] == [] and beyond["total"] == 120
    middle = v1.get("/orders", params={"pageSize": 50, "page": 2}).json()["orders"]
    ids = [o["orderId"] for o in first["orders"] + middle + last["orders"]]
    assert ids == sorted(ids) and len(set(ids)) == 120  # default order: ascending orderId, no overlap


def test_default_page_size_is_100(v1: httpx.Client) -> None:
    body = v1.get("/orders").json()
    assert len(body["orders"]) == 100 and body["pages"] == 2


def test_page_size_over_500_is_a_400(v1: httpx.Client) -> None:
    r = v1.get("/orders", params={"pageSize": 501})
    assert r.status_code == 400
    assert r.json()["Message"] == "The request is invalid." and "pageSize" in r.json()["ModelState"]
    assert v1.get("/orders", params={"pageSize": 500}).status_code == 200
    assert v1.get("/orders", params={"page": 0}).status_code == 400


def test_status_and_store_filters(v1: httpx.Client) -> None:
    everything = all_orders(v1)
    for status in ("awaiting_shipment", "shipped", "on_hold", "cancelled"):
        got = all_orders(v1, orderStatus=status)
        assert got and all(o["orderStatus"] == status for o in got)
        assert len(got) == sum(o["orderStatus"] == status for o in everything)
    etsy = all_orders(v1, storeId=11003)
    assert etsy and all(o["advancedOptions"]["storeId"] == 11003 for o in etsy)
    assert v1.get("/orders", params={"orderStatus": "lost"}).status_code == 400


def test_order_number_is_a_starts_with_match(v1: httpx.Client) -> None:
    got = all_orders(v1, orderNumber="NW-10001")
    assert sorted(o["orderNumber"] for o in got) == [f"NW-1000{n}" for n in range(10, 20)]


def test_customer_name_and_item_keyword(v1: httpx.Client) -> None:
    target = all_orders(v1)[5]
    first_name = target["shipTo"]["name"].split()[0]
    got = all_orders(v1, customerName=first_name.lower())
    assert target["orderId"] in {o["orderId"] for o in got}
    assert all(first_name.lower() in o["shipTo"]["name"].lower() for o in got)

    mine = create(v1)
    by_option = all_orders(v1, itemKeyword="happy trails")
    assert [o["orderId"] for o in by_option] == [mine["orderId"]]
    by_sku = all_orders(v1, itemKeyword="mug-01")
    assert mine["orderId"] in {o["orderId"] for o in by_sku}
    assert all(any("MUG-01" == i["sku"] for i in o["items"]) for o in by_sku)
    by_name = all_orders(v1, itemKeyword="Soy Candle")
    assert by_name and all(any("Soy Candle" in i["name"] for i in o["items"]) for o in by_name)


def test_order_date_filters_read_pacific_time(v1: httpx.Client) -> None:
    # 23:30 Pacific on 4 July is 06:30 UTC on 5 July: a UTC reading of the filter would get both wrong.
    mine = create(v1, orderDate="2024-07-04 23:30:00")
    assert mine["orderDate"] == "2024-07-04T23:30:00.0000000"
    inside = all_orders(v1, orderDateStart="2024-07-04 23:00:00", orderDateEnd="2024-07-04 23:59:59")
    assert [o["orderId"] for o in inside] == [mine["orderId"]]
    assert all_orders(v1, orderDateStart="2024-07-05 00:00:00", orderDateEnd="2024-07-05 12:00:00") == []
    assert all_orders(v1, orderDateStart="2024-07-04 23:30:01", orderDateEnd="2024-07-06") == []
    assert v1.get("/orders", params={"orderDateStart": "yesterday"}).status_code == 400


def test_timestamps_are_pacific_with_seven_digits(v1: httpx.Client, sandbox: Sandbox) -> None:
    order = v1.get("/orders/100003").json()
    record = sandbox.world.orders[100003]
    for key in ("orderDate", "createDate", "modifyDate", "paymentDate", "shipByDate"):
        if record[key] is None:
            continue
        assert V1_TIME.match(order[key]), order[key]
        local = record[key].astimezone(LA)
        assert order[key] == local.strftime("%Y-%m-%dT%H:%M:%S.") + f"{local.microsecond:06d}0"


def test_create_modify_and_payment_date_filters(v1: httpx.Client, admin: httpx.Client) -> None:
    before = (pacific_now(admin) - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S")
    mine = create(v1)
    assert [o["orderId"] for o in all_orders(v1, createDateStart=before)] == [mine["orderId"]]
    assert [o["orderId"] for o in all_orders(v1, modifyDateStart=before)] == [mine["orderId"]]
    assert mine["orderId"] not in {o["orderId"] for o in all_orders(v1, createDateEnd=before)}
    paid = all_orders(v1, paymentDateStart="2000-01-01")
    assert paid and all(o["paymentDate"] is not None for o in paid)
    assert not any(o["orderStatus"] == "awaiting_payment" for o in paid)


def test_sorting(v1: httpx.Client) -> None:
    for sort_by, key in (("OrderDate", "orderDate"), ("ModifyDate", "modifyDate"), ("CreateDate", "createDate")):
        up = [o[key] for o in all_orders(v1, sortBy=sort_by, sortDir="ASC")]
        down = [o[key] for o in all_orders(v1, sortBy=sort_by, sortDir="DESC")]
        assert up == sorted(up) and down == sorted(down, reverse=True) and len(up) == 120
    ids = [o["orderId"] for o in all_orders(v1, sortDir="DESC")]
    assert ids == sorted(ids, reverse=True)


def test_get_one_and_404(v1: httpx.Client) -> None:
    assert v1.get("/orders/100007").json()["orderNumber"] == "NW-100007"
    r = v1.get("/orders/99")
    assert r.status_code == 404 and "Message" in r.json()


# ---- create / update ----------------------------------------------------------------------------


def test_createorder_generates_ids_and_totals(v1: httpx.Client) -> None:
    body = order_body()
    del body["orderKey"]
    r = v1.post("/orders/createorder", json=body)
    assert r.status_code == 200, r.text
    order = r.json()
    assert order["orderId"] > 100120 and order["orderKey"]
    assert order["items"][0]["orderItemId"] > 0 and order["items"][0]["productId"] is not None
    assert Decimal(str(order["orderTotal"])) == Decimal("2") * Decimal("9.99") + Decimal("1.65") + Decimal("5.30")
    assert order["advancedOptions"]["storeId"] == 11001  # the first Manual Store
    assert order["createDate"] == order["modifyDate"]
    assert order["shipTo"]["addressVerified"] == "Address not yet validated"
    assert v1.get(f"/orders/{order['orderId']}").json() == order


@pytest.mark.parametrize("missing", ["orderNumber", "orderDate", "orderStatus", "billTo", "shipTo"])
def test_createorder_required_fields(v1: httpx.Client, missing: str) -> None:
    body = order_body()
    del body[missing]
    r = v1.post("/orders/createorder", json=body)
    assert r.status_code == 400
    assert list(r.json()["ModelState"]) == [f"apiOrder.{missing}"]


def test_createorder_refuses_an_array_and_bad_types(v1: httpx.Client) -> None:
    r = v1.post("/orders/createorder", json=[order_body()])
    assert r.status_code == 400 and "apiOrder" in r.json()["ModelState"]
    r = v1.post("/orders/createorder", json=order_body(gift=1))
    assert r.status_code == 400 and "apiOrder.gift" in r.json()["ModelState"]
    r = v1.post("/orders/createorder", json=order_body(orderNumber="X" * 51))
    assert r.status_code == 400 and "apiOrder.orderNumber" in r.json()["ModelState"]


def test_same_order_key_updates_the_whole_order(v1: httpx.Client, admin: httpx.Client) -> None:
    first = create(v1)
    admin.post("/clock", json={"advance_seconds": 90})
    body = order_body(orderNumber="T-1001-B", advancedOptions={"storeId": 11002})
    del body["internalNotes"]  # no partial updates: leaving a field out clears it
    second = v1.post("/orders/createorder", json=body).json()
    assert second["orderId"] == first["orderId"] and second["orderKey"] == first["orderKey"]
    assert second["orderNumber"] == "T-1001-B" and second["internalNotes"] is None
    assert second["advancedOptions"]["storeId"] == 11001  # storeId is create-only
    assert second["items"][0]["orderItemId"] == first["items"][0]["orderItemId"]  # same lineItemKey, same line
    assert second["modifyDate"] > first["modifyDate"] and second["createDate"] == first["createDate"]
    assert len(all_orders(v1, orderNumber="T-1001")) == 1


def test_unknown_key_creates_with_that_key(v1: httpx.Client) -> None:
    order = create(v1, orderKey="brand-new-key", advancedOptions={"storeId": 11002})
    assert order["orderKey"] == "brand-new-key" and order["advancedOptions"]["storeId"] == 11002


def test_shipped_and_cancelled_orders_are_locked(v1: httpx.Client) -> None:
    for status in ("shipped", "cancelled"):
        locked = all_orders(v1, orderStatus=status)[0]
        r = v1.post("/orders/createorder", json=order_body(orderKey=locked["orderKey"], orderNumber="CHANGED"))
        assert r.status_code == 500
        assert "ExceptionMessage" in r.json() and status in r.json()["ExceptionMessage"]
        assert v1.get(f"/orders/{locked['orderId']}").json()["orderNumber"] == locked["orderNumber"]


def test_createorders_reports_each_order(v1: httpx.Client) -> None:
    shipped = all_orders(v1, orderStatus="shipped")[0]
    batch = [order_body(orderKey="batch-1", orderNumber="B-1"),
             order_body(orderKey=shipped["orderKey"], orderNumber="B-2"),
             order_body(orderKey="batch-3", orderNumber="B-3")]
    r = v1.post("/orders/createorders", json=batch)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["hasErrors"] is True
    assert [x["success"] for x in body["results"]] == [True, False, True]
    assert body["results"][1]["errorMessage"] and body["results"][0]["errorMessage"] is None
    assert body["results"][0]["orderKey"] == "batch-1" and body["results"][2]["orderId"]
    assert len(all_orders(v1, orderNumber="B-")) == 2

    clean = v1.post("/orders/createorders", json=[order_body(orderKey="batch-4")]).json()
    assert clean["hasErrors"] is False


def test_createorders_shape_errors(v1: httpx.Client) -> None:
    r = v1.post("/orders/createorders", json=order_body())
    assert r.status_code == 400 and "apiOrders.orderNumber" in r.json()["ModelState"]
    r = v1.post("/orders/createorders", json=[order_body(orderKey=f"k{n}") for n in range(101)])
    assert r.status_code == 400


def test_delete_is_soft_and_hides_the_order(v1: httpx.Client) -> None:
    r = v1.delete("/orders/100005")
    assert r.status_code == 200 and r.json()["success"] is True
    assert v1.get("/orders/100005").status_code == 404
    assert 100005 not in {o["orderId"] for o in all_orders(v1)}
    assert v1.get("/orders").json()["total"] == 119
    assert v1.delete("/orders/100005").status_code == 404


# ---- status transitions -------------------------------------------------------------------------


def test_hold_and_restore(v1: httpx.Client) -> None:
    order_id = all_orders(v1, orderStatus="awaiting_shipment")[0]["orderId"]
    r = v1.post("/orders/holduntil", json={"orderId": order_id, "holdUntilDate": "2099-12-01"})
    assert r.json() == {"success": True, "message": "Order held successfully."}
    held = v1.get(f"/orders/{order_id}").json()
    assert held["orderStatus"] == "on_hold" and held["holdUntilDate"] == "2099-12-01"
    assert v1.post("/orders/restorefromhold", json={"orderId": order_id}).json()["success"] is True
    back = v1.get(f"/orders/{order_id}").json()
    assert back["orderStatus"] == "awaiting_shipment" and back["holdUntilDate"] is None


def test_hold_expires_when_the_clock_passes_it(v1: httpx.Client, admin: httpx.Client) -> None:
    order_id = all_orders(v1, orderStatus="awaiting_shipment")[1]["orderId"]
    until = (pacific_now(admin) + timedelta(days=2)).date().isoformat()
    v1.post("/orders/holduntil", json={"orderId": order_id, "holdUntilDate": until})
    admin.post("/clock", json={"advance_days": 1})
    assert v1.get(f"/orders/{order_id}").json()["orderStatus"] == "on_hold"
    admin.post("/clock", json={"advance_days": 1.5})
    released = v1.get(f"/orders/{order_id}").json()
    assert released["orderStatus"] == "awaiting_shipment" and released["holdUntilDate"] is None
    assert order_id in {o["orderId"] for o in all_orders(v1, orderStatus="awaiting_shipment")}


def test_seeded_holds_release_in_lists_too(v1: httpx.Client, admin: httpx.Client) -> None:
    assert all_orders(v1, orderStatus="on_hold")
    admin.post("/clock", json={"advance_days": 11})  # seeded holds end within ten days
    assert all_orders(v1, orderStatus="on_hold") == []


def test_hold_refused_for_shipped_order(v1: httpx.Client) -> None:
    shipped = all_orders(v1, orderStatus="shipped")[0]
    r = v1.post("/orders/holduntil", json={"orderId": shipped["orderId"], "holdUntilDate": "2099-01-01"})
    assert r.status_code == 500 and "ExceptionMessage" in r.json()


def test_mark_as_shipped_is_a_fulfillment_not_a_shipment(v1: httpx.Client) -> None:
    order = all_orders(v1, orderStatus="awaiting_shipment")[0]
    r = v1.post("/orders/markasshipped", json={"orderId": order["orderId"], "carrierCode": "ups",
                                               "shipDate": "2024-06-01", "trackingNumber": "1ZEXTERNAL",
                                               "notifyCustomer": False, "notifySalesChannel": True})
    assert r.json() == {"orderId": order["orderId"], "orderNumber": order["orderNumber"]}
    after = v1.get(f"/orders/{order['orderId']}").json()
    assert after["orderStatus"] == "shipped" and after["shipDate"] == "2024-06-01"
    fulfillments = v1.get("/fulfillments", params={"orderId": order["orderId"]}).json()
    assert fulfillments["total"] == 1 and fulfillments["fulfillments"][0]["trackingNumber"] == "1ZEXTERNAL"
    assert v1.get("/shipments", params={"orderId": order["orderId"]}).json()["total"] == 0
    again = v1.post("/orders/markasshipped", json={"orderId": order["orderId"], "carrierCode": "ups"})
    assert again.status_code == 500


# ---- tags and users -----------------------------------------------------------------------------


def test_tags_and_list_by_tag(v1: httpx.Client) -> None:
    order = all_orders(v1, orderStatus="awaiting_shipment")[2]
    r = v1.post("/orders/addtag", json={"orderId": order["orderId"], "tagId": 303})
    assert r.json() == {"success": True, "message": "Tag added successfully."}
    assert 303 in v1.get(f"/orders/{order['orderId']}").json()["tagIds"]
    tagged = v1.get("/orders/listbytag", params={"orderStatus": "awaiting_shipment", "tagId": 303}).json()
    assert order["orderId"] in {o["orderId"] for o in tagged["orders"]}
    assert all(303 in o["tagIds"] and o["orderStatus"] == "awaiting_shipment" for o in tagged["orders"])
    assert tagged["total"] == len(tagged["orders"]) and tagged["page"] == 1

    assert v1.post("/orders/removetag", json={"orderId": order["orderId"], "tagId": 303}).json()["success"]
    assert 303 not in (v1.get(f"/orders/{order['orderId']}").json()["tagIds"] or [])
    assert v1.post("/orders/addtag", json={"orderId": order["orderId"], "tagId": 999}).status_code == 500
    assert v1.post("/orders/addtag", json={"orderId": 42, "tagId": 303}).status_code == 404


def test_list_by_tag_needs_status_and_tag(v1: httpx.Client) -> None:
    assert v1.get("/orders/listbytag", params={"tagId": 301}).status_code == 400
    assert v1.get("/orders/listbytag", params={"orderStatus": "shipped"}).status_code == 400


def test_assign_user_is_all_or_nothing(v1: httpx.Client) -> None:
    users = v1.get("/users").json()
    ids = [o["orderId"] for o in all_orders(v1, orderStatus="awaiting_shipment")[3:5]]
    user_id = users[1]["userId"]
    r = v1.post("/orders/assignuser", json={"orderIds": [ids[0], 424242], "userId": user_id})
    assert r.status_code == 404 and "424242" in r.json()["Message"]
    assert v1.get(f"/orders/{ids[0]}").json()["userId"] != user_id  # nothing changed

    r = v1.post("/orders/assignuser", json={"orderIds": ids, "userId": user_id})
    assert r.json() == {"success": True, "message": "User assigned successfully."}
    assert all(v1.get(f"/orders/{i}").json()["userId"] == user_id for i in ids)

    assert v1.post("/orders/unassignuser", json={"orderIds": [*ids, 424242]}).status_code == 404
    assert all(v1.get(f"/orders/{i}").json()["userId"] == user_id for i in ids)
    assert v1.post("/orders/unassignuser", json={"orderIds": ids}).json()["success"] is True
    assert all(v1.get(f"/orders/{i}").json()["userId"] is None for i in ids)


# ---- labels for orders --------------------------------------------------------------------------


def test_create_label_for_order(v1: httpx.Client, admin: httpx.Client) -> None:
    order = create(v1)
    r = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"], shipDate="2024-05-02"))
    assert r.status_code == 200, r.text
    label = r.json()
    assert set(label) == {"shipmentId", "shipmentCost", "insuranceCost", "trackingNumber", "labelData", "formData"}
    assert label["labelData"].startswith("JVBERi0") and label["formData"] is None
    assert label["shipmentCost"] > 0 and re.fullmatch(r"9400\d{18}", label["trackingNumber"])
    after = v1.get(f"/orders/{order['orderId']}").json()
    assert after["orderStatus"] == "shipped" and after["shipDate"] == "2024-05-02"
    assert admin.get("/counters").json()["labels_by_order"][str(order["orderId"])] == 1
    stored = v1.get("/shipments", params={"orderId": order["orderId"]}).json()["shipments"]
    assert [s["shipmentId"] for s in stored] == [label["shipmentId"]] and stored[0]["labelData"] is None

    again = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"]))
    assert again.status_code == 500 and "ExceptionMessage" in again.json()
    assert admin.get("/counters").json()["labels_by_order"][str(order["orderId"])] == 1


def test_label_prints_question_marks_for_non_roman_script(v1: httpx.Client) -> None:
    order = create(v1, shipTo={"name": "山田 太郎", "street1": "千代田区丸の内1-9-1", "city": "東京都",
                               "postalCode": "100-0005", "country": "JP"},
                   internationalOptions={"contents": "merchandise", "nonDelivery": "return_to_sender"})
    r = v1.post("/orders/createlabelfororder",
                json=label_request(order["orderId"], serviceCode="usps_first_class_mail_international"))
    assert r.status_code == 200, r.text
    text = pypdf.PdfReader(io.BytesIO(base64.b64decode(r.json()["labelData"]))).pages[0].extract_text()
    assert "?? ??" in text and "100-0005" in text
    assert "山田" not in text and "東京" not in text
    assert r.json()["formData"].startswith("JVBERi0")  # international: a customs form comes too


def test_test_label_costs_nothing_and_ships_nothing(v1: httpx.Client, admin: httpx.Client) -> None:
    order = create(v1)
    r = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"], testLabel=True))
    assert r.status_code == 200 and r.json()["shipmentCost"] == 0 and r.json()["labelData"].startswith("JVBERi0")
    assert v1.get(f"/orders/{order['orderId']}").json()["orderStatus"] == "awaiting_shipment"
    assert str(order["orderId"]) not in admin.get("/counters").json()["labels_by_order"]


@pytest.mark.parametrize("flag", [0, 1, "true"])
def test_test_label_must_be_a_json_boolean(v1: httpx.Client, flag: object) -> None:
    order = create(v1)
    r = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"], testLabel=flag))
    assert r.status_code == 400 and "request.testLabel" in r.json()["ModelState"]
    assert v1.get(f"/orders/{order['orderId']}").json()["orderStatus"] == "awaiting_shipment"


@pytest.mark.parametrize(("field", "value", "message"), [("packageCode", "crate", "Invalid packageCode"),
                                                         ("serviceCode", "usps_teleport", "Invalid serviceCode"),
                                                         ("carrierCode", "pony_express", "Invalid carrierCode")])
def test_bad_codes_are_500s(v1: httpx.Client, field: str, value: str, message: str) -> None:
    order = create(v1)
    r = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"], **{field: value}))
    assert r.status_code == 500 and r.json()["ExceptionMessage"] == message


@pytest.mark.parametrize("status", ["cancelled", "awaiting_payment", "shipped"])
def test_labels_refused_for_orders_not_ready(v1: httpx.Client, status: str) -> None:
    order = all_orders(v1, orderStatus=status)[0]
    r = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"]))
    assert r.status_code == 500 and status in r.json()["ExceptionMessage"]


def test_unknown_order_gets_the_null_reference_500(v1: httpx.Client) -> None:
    r = v1.post("/orders/createlabelfororder", json=label_request(1))
    assert r.status_code == 500
    assert r.json()["ExceptionMessage"] == "Object reference not set to an instance of an object."


def test_funded_carrier_balance_pays_and_runs_out(v1: httpx.Client, sandbox: Sandbox) -> None:
    order = create(v1)
    before = v1.get("/carriers/getcarrier", params={"carrierCode": "stamps_com"}).json()["balance"]
    label = v1.post("/orders/createlabelfororder", json=label_request(order["orderId"])).json()
    after = v1.get("/carriers/getcarrier", params={"carrierCode": "stamps_com"}).json()["balance"]
    assert Decimal(str(before)) - Decimal(str(label["shipmentCost"])) == Decimal(str(after))

    with sandbox.world.lock:  # set the scene: an almost empty postage account
        sandbox.world.carrier_balances["stamps_com"] = Decimal("1.00")
    poor = create(v1, orderKey="poor-order")
    r = v1.post("/orders/createlabelfororder", json=label_request(poor["orderId"]))
    assert r.status_code == 500 and "Insufficient funds" in r.json()["ExceptionMessage"]
    assert v1.get(f"/orders/{poor['orderId']}").json()["orderStatus"] == "awaiting_shipment"
    # UPS is billed to its own account, so the empty Stamps.com balance does not matter there.
    ups = v1.post("/orders/createlabelfororder", json=label_request(
        poor["orderId"], carrierCode="ups", serviceCode="ups_ground"))
    assert ups.status_code == 200 and ups.json()["trackingNumber"].startswith("1Z")


def test_routes_are_case_insensitive(v1: httpx.Client) -> None:
    r = v1.post("/Orders/CreateOrder", json=order_body(orderKey="case-key"))
    assert r.status_code == 200 and r.json()["orderKey"] == "case-key"


@pytest.mark.slow
def test_a_page_of_500_from_100000_orders(make_sandbox: Callable[..., Sandbox]) -> None:
    box = make_sandbox(orders=100_000, v1_limit=100_000)
    cfg = box.config
    with httpx.Client(base_url=box.url, auth=(cfg.v1_key, cfg.v1_secret), timeout=30) as client:
        client.get("/orders", params={"pageSize": 1})  # first touch builds the V1 bookkeeping
        started = datetime.now(UTC)
        r = client.get("/orders", params={"pageSize": 500, "page": 37})
        elapsed = (datetime.now(UTC) - started).total_seconds()
    body = r.json()
    assert len(body["orders"]) == 500 and body["total"] == 100_000 and body["pages"] == 200
    assert body["orders"][0]["orderId"] == 100_001 + 36 * 500
    assert elapsed < 1.0, elapsed
