"""The order cache and the V1 sync, without Qt, against the sandbox over loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from shipdesk.api.calllog import CallLog
from shipdesk.api.credentials import V1Credentials
from shipdesk.api.governor import RateGovernor
from shipdesk.api.v1.client import V1Client
from shipdesk.core import order_cache as oc
from shipdesk.core.db import Database
from shipdesk.core.order_cache import OrderCache, cache_row
from shipdesk.core.sync import OrderSync


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    database = Database(tmp_path / "cache.sqlite3")
    yield database
    database.close()


def client_for(sandbox) -> V1Client:
    cfg = sandbox.config
    return V1Client(V1Credentials(cfg.v1_key, cfg.v1_secret), base_url=sandbox.url, call_log=CallLog(),
                    governor=RateGovernor("cache-test"))  # own budget: sandboxes don't share a window


@pytest.fixture
def client(sandbox) -> Iterator[V1Client]:
    client = client_for(sandbox)
    yield client
    client.close()


def records(sandbox) -> dict[int, dict]:
    with sandbox.world.lock:
        return {k: dict(v) for k, v in sandbox.world.orders.items()}


def test_cached_rows_and_details_match_what_v1_sent(client, db, sandbox):
    orders = client.list_orders(page_size=60).orders
    cache = OrderCache(db)
    rows = cache.upsert(orders)
    assert len(rows) == 60 and cache.count() == 60
    by_id = {r[oc.ORDER_ID]: r for r in cache.load_rows()}
    for order in orders:
        row = by_id[order.order_id]
        assert row[oc.NUMBER] == order.order_number and row[oc.STATUS] == order.order_status
        assert row[oc.ORDER_DATE] == pytest.approx(order.order_date.timestamp())
        assert row[oc.CUSTOMER] == order.ship_to.name and row[oc.COUNTRY] == order.ship_to.country
        assert row[oc.ITEMS] == sum(i.quantity for i in order.items)
        assert row[oc.SKUS].split() == list(dict.fromkeys(i.sku for i in order.items))
        assert row[oc.WEIGHT_OZ] == pytest.approx(float(order.weight.value))  # seeded in ounces
        assert row[oc.SERVICE] == order.requested_shipping_service
        assert row[oc.STORE_ID] == order.advanced_options.store_id
        assert row[oc.TAG_IDS].split() == [str(t) for t in order.tag_ids or ()]
    # The details come back whole from the cache alone (a new connection, as after a restart).
    reopened = Database(db.path)
    try:
        again = OrderCache(reopened).get_order(orders[7].order_id)
    finally:
        reopened.close()
    assert again is not None and again.wire() == orders[7].wire()
    assert OrderCache(db).get_order(1) is None


def test_a_stale_copy_never_overwrites_a_newer_one(client, db):
    order = client.list_orders(page_size=1).orders[0]
    cache = OrderCache(db)
    cache.upsert([order])
    stale = order.model_copy(update={"order_status": "cancelled",
                                     "modify_date": order.modify_date - timedelta(1)})
    [row] = cache.upsert([stale])
    assert row[oc.STATUS] == order.order_status
    assert cache.get_order(order.order_id).order_status == order.order_status
    newer = order.model_copy(update={"order_status": "on_hold",
                                     "modify_date": order.modify_date + timedelta(1)})
    assert cache.upsert([newer])[0][oc.STATUS] == "on_hold"
    assert cache.get_order(order.order_id).order_status == "on_hold"


def test_the_first_sync_walks_every_page_with_progress(client, db, sandbox):
    sync = OrderSync(client, OrderCache(db), page_size=50)
    seen: list[tuple[int, int, int]] = []
    result = sync.run(on_page=lambda page, pages, rows: seen.append((page, pages, len(rows))))
    assert result.full and result.pages == 3 and result.fetched == 120
    assert seen == [(1, 3, 50), (2, 3, 50), (3, 3, 20)]
    assert sync.cache.count() == 120
    assert {r[oc.ORDER_ID] for r in sync.cache.load_rows()} == set(records(sandbox))
    newest = max(r["modifyDate"] for r in records(sandbox).values())
    assert result.cursor == newest  # the largest modifyDate seen (120 seeded orders are all in the past)
    assert sync.cursor() == result.cursor
    urls = [c.url for c in client.call_log.last()]
    assert all("modifyDateStart" not in u and "sortBy=ModifyDate" in u for u in urls)


def test_later_syncs_ask_only_for_modified_orders(client, db, sandbox):
    sync = OrderSync(client, OrderCache(db))
    sync.run()
    order_id = next(k for k, r in records(sandbox).items() if not r["tagIds"])
    client.add_tag(order_id, 303)
    before = len(client.call_log.last())
    result = sync.run()
    calls = client.call_log.last()[before:]
    assert not result.full and result.fetched < 10
    assert order_id in {r[oc.ORDER_ID] for r in result.rows}
    assert len(calls) == 1 and "modifyDateStart=" in calls[0].url
    assert sync.cache.get_order(order_id).tag_ids == [303]
    assert sync.cursor() >= records(sandbox)[order_id]["modifyDate"] - timedelta(seconds=1)


def test_the_cursor_never_runs_ahead_of_now(client, db, sandbox):
    """The seed stamps some modifyDates in the future; a cursor there would miss today's changes."""
    now = datetime.now(UTC) - timedelta(days=3)
    sync = OrderSync(client, OrderCache(db), now=lambda: now)
    assert sync.run().cursor == now
    order_id = next(k for k, r in records(sandbox).items() if r["orderStatus"] == "awaiting_shipment")
    client.hold_until(order_id, (datetime.now(UTC) + timedelta(days=2)).date())
    assert order_id in {r[oc.ORDER_ID] for r in sync.run().rows}


def test_a_cancelled_sync_keeps_its_pages_but_not_a_cursor(client, db):
    sync = OrderSync(client, OrderCache(db), page_size=50)
    pages: list[int] = []

    def check() -> None:
        if len(pages) == 1:
            raise KeyboardInterrupt  # anything the caller raises stops the walk

    with pytest.raises(KeyboardInterrupt):
        sync.run(on_page=lambda page, _pages, _rows: pages.append(page), check=check)
    assert pages == [1] and sync.cache.count() == 50 and sync.cursor() is None
    assert sync.run().full  # the next run starts over


def test_names_of_stores_tags_and_users_are_cached(client, db, sandbox):
    sync = OrderSync(client, OrderCache(db))
    result = sync.run(lookups=True)
    assert result.lookups is not None and result.lookups.stores[11002] == "Northwind Shopify"
    assert result.lookups.tags[301] == ("Rush", "#E53935")
    assert set(result.lookups.users.values()) == {"Sam Packer", "Alex Shipper", "Jo Manager"}
    assert OrderSync(client, OrderCache(db)).lookups() == result.lookups  # read back without a call


def test_refresh_order_after_an_action(client, db, sandbox):
    sync = OrderSync(client, OrderCache(db))
    sync.run()
    order_id = next(k for k, r in records(sandbox).items() if r["orderStatus"] == "awaiting_shipment")
    client.hold_until(order_id, (datetime.now(UTC) + timedelta(days=5)).date())
    order, row = sync.refresh_order(order_id)
    assert order.order_status == "on_hold" and row is not None and row[oc.STATUS] == "on_hold"
    assert sync.cache.get_order(order_id).hold_until_date == order.hold_until_date


def test_a_hundred_thousand_orders_upsert_and_load(client, db):
    orders = client.list_orders(page_size=100).orders
    templates = [cache_row(o) for o in orders]
    started = time.perf_counter()
    rows = []
    for n in range(100_000):
        t = templates[n % len(templates)]
        order_id = 1_000_000 + n
        text = str(t[-1]).replace(f'"orderId":{t[0]},', f'"orderId":{order_id},', 1)
        rows.append((order_id, f"BULK-{n}", *t[2:-1], text))
    cache = OrderCache(db)
    cache.upsert_rows(rows)
    loaded = cache.load_rows()
    elapsed = time.perf_counter() - started
    assert len(loaded) == 100_000 and len(loaded[0]) == len(oc.TABLE_COLUMNS)
    assert cache.get_order(1_054_321).order_id == 1_054_321
    cache.upsert_rows(rows[:50_000])  # a second pass updates in place
    assert cache.count() == 100_000
    print(f"100k upsert + load: {elapsed:.1f} s")


def test_no_collection_walks_a_page_being_cached_and_collections_come_back_after_it(client, db):
    """Bench P6: a full collection over a page's ~100,000 young objects held the GIL for 40-60 ms while the
    window waited. Collections are held off from the page's request to its cache rows, then back on."""
    import gc

    cache = OrderCache(db)
    during: list[bool] = []
    after: list[bool] = []
    real_upsert = cache.upsert

    def upsert(orders):
        during.append(gc.isenabled())
        return real_upsert(orders)

    cache.upsert = upsert  # type: ignore[method-assign]
    sync = OrderSync(client, cache, page_size=50)
    sync.run(on_page=lambda *_: after.append(gc.isenabled()))
    assert during == [False, False, False] and after == [True, True, True] and gc.isenabled()

    def failing(_orders):
        raise OSError("disk full")

    cache.upsert = failing  # type: ignore[method-assign]
    with pytest.raises(OSError):
        OrderSync(client, cache, page_size=50).run()
    assert gc.isenabled()  # a failed page does not leave them off
