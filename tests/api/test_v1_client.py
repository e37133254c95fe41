"""V1Client orders against the running sandbox: pages, filters, delta queries, create/update and order actions.

Every answer is parsed into the models and compared with the sandbox's own records (UTC datetimes, Decimals).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from api.v1_support import open_order_id, ship_to

from shipdesk.api.errors import NotFound
from shipdesk.api.v1.models import Address, NewOrder, Order, OrderItem, Weight


def record(sandbox, order_id):
    with sandbox.world.lock:
        return dict(sandbox.world.orders[order_id])


def test_a_page_of_orders_matches_the_sandbox_records(sandbox, v1c):
    page = v1c.list_orders(page_size=10)
    assert (page.total, page.page, page.pages) == (120, 1, 12)
    assert [o.order_id for o in page.items] == list(sandbox.world.orders)[:10]  # default: orderId order
    for order in page.orders:
        rec = record(sandbox, order.order_id)
        # Pacific strings become aware datetimes that are the same instants the sandbox stored in UTC.
        assert order.order_date is not None and order.order_date.tzinfo is not None
        assert order.order_date == rec["orderDate"]
        assert order.modify_date == rec["modifyDate"] and order.create_date == rec["createDate"]
        assert order.order_total == rec["orderTotal"] and isinstance(order.order_total, Decimal)
        assert order.order_status == rec["orderStatus"] and order.order_key == rec["orderKey"]
        assert [i.sku for i in order.items or []] == [i["sku"] for i in rec["items"]]
        assert order.weight is not None and order.weight.value == Decimal(str(rec["weight"]["value"]))
        assert order.ship_to is not None and order.ship_to.postal_code == rec["shipTo"]["postalCode"]
        assert order.advanced_options is not None
        assert order.advanced_options.store_id == rec["advancedOptions"]["storeId"]


def test_filters_and_sorting_reach_the_sandbox(sandbox, v1c):
    world = list(sandbox.world.orders.values())
    on_hold = v1c.list_orders(order_status="on_hold", page_size=500)
    assert {o.order_id for o in on_hold.orders} == {r["orderId"] for r in world if r["orderStatus"] == "on_hold"}
    assert all(isinstance(o.hold_until_date, date) for o in on_hold.orders)

    dates = sorted(r["orderDate"] for r in world)
    start = dates[30].replace(microsecond=0)  # V1 takes whole seconds
    end = dates[60].replace(microsecond=0).astimezone(UTC)
    ranged = v1c.list_orders(order_date_start=start, order_date_end=end, sort_by="OrderDate", sort_dir="DESC",
                             page_size=500)
    expected = [r for r in world if start <= r["orderDate"] <= end]
    assert ranged.total == len(expected) > 0
    got = [o.order_date for o in ranged.orders]
    assert got == sorted(got, reverse=True)

    by_store = v1c.list_orders(store_id=11002, page_size=500)
    assert by_store.total == sum(1 for r in world if r["advancedOptions"]["storeId"] == 11002)
    prefixed = v1c.list_orders(order_number="NW-10010", page_size=500)  # "starts with"
    assert [o.order_number for o in prefixed.orders] == [f"NW-1001{n:02d}" for n in range(10)]
    with pytest.raises(TypeError):
        v1c.list_orders(status="shipped")  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        v1c.list_orders(order_date_start=datetime(2024, 1, 1))  # naive: which time zone?


def test_iter_orders_walks_every_page_once(sandbox, v1c):
    ids = [o.order_id for o in v1c.iter_orders(page_size=50)]
    assert len(ids) == len(set(ids)) == 120
    assert set(ids) == set(sandbox.world.orders)
    calls = [r for r in v1c.call_log.last() if r.action == "List orders"]
    assert len(calls) == math.ceil(120 / 50)
    assert [httpx.URL(r.url).params["page"] for r in calls] == ["1", "2", "3"]


def test_iter_orders_uses_big_pages_by_default(v1c):
    assert sum(1 for _ in v1c.iter_orders(order_status="awaiting_shipment")) > 0
    (call,) = v1c.call_log.last()
    assert "pageSize=500" in call.url and "orderStatus=awaiting_shipment" in call.url


def test_get_order_round_trips_dates_and_date_only_fields(sandbox, v1c):
    held = open_order_id(sandbox, "on_hold")
    order = v1c.get_order(held)
    rec = record(sandbox, held)
    assert order.order_date == rec["orderDate"] and order.ship_by_date == rec["shipByDate"]
    assert order.hold_until_date == rec["holdUntilDate"] and order.is_open
    shipped = v1c.get_order(open_order_id(sandbox, "shipped"))
    assert shipped.ship_date == record(sandbox, shipped.order_id)["shipDate"] and not shipped.is_open


def test_delta_query_returns_exactly_the_orders_modified_since(sandbox, v1c):
    world = list(sandbox.world.orders.values())
    cutoff = sorted(r["modifyDate"] for r in world)[100]  # has microseconds: V1 itself only takes seconds
    delta = v1c.orders_modified_since(cutoff)
    assert {o.order_id for o in delta} == {r["orderId"] for r in world if r["modifyDate"] >= cutoff}
    call = v1c.call_log.last(1)[0]
    assert "modifyDateStart=" in call.url

    later = max(r["modifyDate"] for r in world) + timedelta(seconds=1)
    assert v1c.orders_modified_since(later) == []
    changed = v1c.get_order(open_order_id(sandbox))
    changed.internal_notes = "Repacked: box was damaged."
    saved = v1c.create_order(changed)
    assert saved.order_id == changed.order_id and saved.internal_notes == "Repacked: box was damaged."
    (seen,) = v1c.orders_modified_since(later)
    assert seen.order_id == changed.order_id
    assert seen.modify_date == record(sandbox, changed.order_id)["modifyDate"] > later
    assert seen.modify_date is not None and changed.modify_date is not None and seen.modify_date > changed.modify_date


SUMMER = datetime(2024, 7, 4, 18, 0, 5, tzinfo=UTC)  # 11:00:05 PDT
WINTER = datetime(2024, 12, 24, 18, 0, 5, tzinfo=UTC)  # 10:00:05 PST


def new_order(number: str, when: datetime = SUMMER) -> NewOrder:
    return NewOrder(order_number=number, order_key=f"key-{number}", order_date=when,
                    order_status="awaiting_shipment", bill_to=Address(name="Dana Receiver"), ship_to=ship_to(),
                    items=[OrderItem(line_item_key="l1", sku="TOTE-01", name="Canvas Tote Bag", quantity=2,
                                     unit_price=Decimal("18.00"))],
                    amount_paid=Decimal("36.00"), weight=Weight(value=Decimal("18"), units="ounces"))


def test_create_then_update_an_order_by_its_key(sandbox, v1c):
    created = v1c.create_order(new_order("T-1"))
    rec = record(sandbox, created.order_id)
    assert created.order_key == "key-T-1" and created.order_total == Decimal("36.00") == rec["orderTotal"]
    assert created.order_date == SUMMER == rec["orderDate"]  # sent as Pacific wall time, read back the same
    assert created.items and created.items[0].order_item_id is not None

    again = new_order("T-1", WINTER)
    again.ship_to.name = "Dana R. Receiver"  # type: ignore[union-attr]
    updated = v1c.create_order(again)
    assert updated.order_id == created.order_id and updated.order_date == WINTER
    assert record(sandbox, created.order_id)["shipTo"]["name"] == "Dana R. Receiver"


def test_create_orders_reports_each_line(sandbox, v1c):
    locked = v1c.get_order(open_order_id(sandbox, "shipped"))
    result = v1c.create_orders([new_order("B-1"), locked, new_order("B-2")])
    assert result.has_errors and [r.success for r in result.results] == [True, False, True]
    (failed,) = result.failed
    assert failed.order_key == locked.order_key and "can no longer be changed" in (failed.error_message or "")
    ok_ids = [r.order_id for r in result.results if r.success]
    assert all(i in sandbox.world.orders for i in ok_ids)


def test_delete_order_then_it_is_not_found(sandbox, v1c):
    order_id = open_order_id(sandbox)
    assert v1c.delete_order(order_id).success is True
    assert order_id not in sandbox.world.orders
    with pytest.raises(NotFound):
        v1c.get_order(order_id)


def test_hold_and_restore(sandbox, v1c):
    order_id = open_order_id(sandbox)
    until = date.today() + timedelta(days=5)
    assert v1c.hold_until(order_id, until).message == "Order held successfully."
    held = v1c.get_order(order_id)
    assert (held.order_status, held.hold_until_date) == ("on_hold", until)
    assert v1c.restore_from_hold(order_id).success is True
    assert record(sandbox, order_id)["orderStatus"] == "awaiting_shipment"


def test_tags_and_listing_by_tag(sandbox, v1c):
    order_id = open_order_id(sandbox)
    tags = v1c.list_tags()
    assert {t.tag_id: t.color for t in tags} == {t["tagId"]: t["color"] for t in sandbox.world.tags.values()}
    rush = next(t for t in tags if t.name == "Rush")
    assert v1c.add_tag(order_id, rush.tag_id).success is True
    assert rush.tag_id in (v1c.get_order(order_id).tag_ids or [])
    page = v1c.list_orders_by_tag(rush.tag_id, "awaiting_shipment", page_size=500)
    expected = {r["orderId"] for r in sandbox.world.orders.values()
                if r["orderStatus"] == "awaiting_shipment" and rush.tag_id in (r["tagIds"] or [])}
    assert {o.order_id for o in page.orders} == expected and order_id in expected
    assert {o.order_id for o in v1c.iter_orders_by_tag(rush.tag_id, "awaiting_shipment", page_size=2)} == expected
    assert v1c.remove_tag(order_id, rush.tag_id).success is True
    assert rush.tag_id not in (record(sandbox, order_id)["tagIds"] or [])


def test_assign_and_unassign_user(sandbox, v1c):
    users = v1c.list_users()
    assert [u.user_id for u in users] == [u["userId"] for u in sandbox.world.users]
    ids = [o.order_id for o in v1c.list_orders(order_status="awaiting_shipment", page_size=2).orders]
    assert v1c.assign_user(ids, users[1].user_id).success is True
    assert {record(sandbox, i)["userId"] for i in ids} == {users[1].user_id}
    assert v1c.unassign_user(ids).success is True
    assert {record(sandbox, i)["userId"] for i in ids} == {None}


def test_mark_as_shipped_shows_up_as_a_fulfillment(sandbox, v1c):
    order_id = open_order_id(sandbox)
    done = v1c.mark_as_shipped(order_id, "ups", ship_date=date(2024, 6, 3), tracking_number="1ZTEST0001")
    assert done.order_id == order_id and done.order_number == record(sandbox, order_id)["orderNumber"]
    assert record(sandbox, order_id)["orderStatus"] == "shipped"
    page = v1c.list_fulfillments(order_id=order_id)
    (f,) = page.fulfillments
    assert (f.tracking_number, f.carrier_code, f.ship_date) == ("1ZTEST0001", "ups", date(2024, 6, 3))
    assert f.create_date == sandbox.world.fulfillments[f.fulfillment_id]["createDate"]
    assert [x.fulfillment_id for x in v1c.iter_fulfillments(tracking_number="1ZTEST0001")] == [f.fulfillment_id]
    assert v1c.list_shipments(order_id=order_id).total == 0  # external shipments are not label shipments


def test_unknown_fields_are_kept_and_sent_back(sandbox, v1c):
    order = v1c.get_order(open_order_id(sandbox))
    assert order.model_extra == {}  # every field the sandbox sends is modelled...
    grown = Order.model_validate({**order.wire(), "newThing": {"a": 1}})
    assert grown.model_extra == {"newThing": {"a": 1}}  # ...and one the API adds later survives a round trip
    assert grown.wire()["newThing"] == {"a": 1}
