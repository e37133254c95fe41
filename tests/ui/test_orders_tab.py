"""The Orders tab in a real window against the sandbox over loopback: load, filters, sort, actions, delta
sync, offline, keyboard, and that no ShipStation call ever runs on the GUI thread."""

from __future__ import annotations

import itertools
import socket
import threading
from datetime import datetime
from pathlib import Path

import httpx
from PySide6.QtCore import QDate, QLocale, QPoint, Qt

from shipdesk.core import order_cache as oc
from shipdesk.ui.orders_model import (
    COL_CUSTOMER,
    COL_DATE,
    COL_NUMBER,
    COL_TAGS,
    COL_WEIGHT,
    OrdersModel,
    status_label,
)
from shipdesk.ui.orders_tab import OrdersTab

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
_window_no = itertools.count()
WAIT = 30_000


def own_keys(**overrides: object) -> dict[str, object]:
    """Keys unique to one window: clients of one key share a process-wide rate governor, which would
    otherwise carry one test's used-up V1 window into the next test's fresh sandbox."""
    n = next(_window_no)
    return {"v1_key": f"orders-v1-{n}", "v1_secret": f"orders-secret-{n}", "v2_key": f"orders-v2-{n}",
            **overrides}


def open_window(qtbot, make_window, **overrides):
    """A started window whose first sync is done, its tab, and 'was this call on the GUI thread' per call."""
    window = make_window(start=False, **own_keys(**overrides))
    on_gui: list[bool] = []
    window.session.call_log.subscribe(
        lambda _record: on_gui.append(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(window.ctx.orders_shown, timeout=WAIT):
        window.start()
    return window, window.orders, on_gui


def world_orders(sandbox) -> dict[int, dict]:
    with sandbox.world.lock:
        return {k: dict(v) for k, v in sandbox.world.orders.items()}


def visible(tab: OrdersTab) -> list[tuple]:
    return tab.model.visible_rows()


def select(qtbot, tab: OrdersTab, order_id: int) -> None:
    assert tab.select_order(order_id)
    qtbot.waitUntil(lambda: tab.shown_order is not None and tab.shown_order.order_id == order_id,
                    timeout=WAIT)


def set_combo(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_first_start_walks_every_page_and_shows_the_awaiting_orders(qtbot, make_window):
    window = make_window(start=False, **own_keys(orders=1200))
    tab: OrdersTab = window.orders
    pages: list[str] = []
    tab.feed.progress.valueChanged.connect(lambda _v: pages.append(tab.feed.progress.format()))
    on_gui: list[bool] = []
    window.session.call_log.subscribe(
        lambda _r: on_gui.append(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(window.ctx.orders_shown, timeout=WAIT) as shown:
        window.start()
    awaiting = [k for k, o in world_orders(window.sandbox).items() if o["orderStatus"] == "awaiting_shipment"]
    assert shown.args == [len(awaiting)]
    assert tab.model.rowCount() == len(awaiting) and tab.model.total == 1200
    assert sorted(r[oc.ORDER_ID] for r in visible(tab)) == sorted(awaiting)
    assert [p for p in pages if "page" in p] == [f"Syncing orders: page {n} of 3" for n in (1, 2, 3)]
    assert tab.feed.progress.isHidden()
    locale = QLocale()
    assert tab.count_label.text() == f"{locale.toString(len(awaiting))} of {locale.toString(1200)} orders"
    assert tab.last_sync is not None and tab.last_sync.full and tab.last_sync.pages == 3
    # Dates are local time, oldest first; tags show names.
    dates = [r[oc.ORDER_DATE] for r in visible(tab)]
    assert dates == sorted(dates)
    first = tab.model.index(0, COL_DATE).data()
    assert first and str(datetime.fromtimestamp(dates[0]).day) in first
    tagged = next(n for n, r in enumerate(visible(tab)) if r[oc.TAG_IDS])
    assert tab.model.index(tagged, COL_TAGS).data() in {"Rush", "Gift", "Fragile", "VIP", "Wholesale"}
    # A packer's view for the README: an order with notes, several items and a tag, selected.
    world = world_orders(window.sandbox)
    pick = max(awaiting, key=lambda k: (bool(world[k]["internalNotes"]), bool(world[k]["tagIds"]),
                                        min(len(world[k]["items"]), 3), -k))
    with qtbot.waitSignal(window.ctx.order_selected, timeout=WAIT) as selected:
        tab.select_order(pick)
    assert selected.args[0].order_id == pick
    text = tab.details.plain_text()
    assert world[pick]["orderNumber"] in text and world[pick]["shipTo"]["name"] in text
    assert all(i["sku"] in text for i in world[pick]["items"])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "orders.png"))
    assert on_gui and not any(on_gui), "a ShipStation call ran on the GUI thread"


def test_filters_by_status_store_text_and_date(qtbot, make_window):
    window, tab, on_gui = open_window(qtbot, make_window)
    world = world_orders(window.sandbox)

    def ids() -> set[int]:
        return {r[oc.ORDER_ID] for r in visible(tab)}

    set_combo(tab.status_combo, "all")
    assert ids() == set(world)
    set_combo(tab.status_combo, "on_hold")
    assert ids() == {k for k, o in world.items() if o["orderStatus"] == "on_hold"}
    assert {tab.model.index(n, 7).data() for n in range(tab.model.rowCount())} == {status_label("on_hold")}
    set_combo(tab.status_combo, "awaiting_shipment")
    qtbot.waitUntil(lambda: tab.store_combo.count() == 5, timeout=WAIT)  # "All stores" + the four stores
    set_combo(tab.store_combo, 11003)
    assert tab.store_combo.currentText() == "Northwind on Etsy"
    assert ids() == {k for k, o in world.items()
                     if o["orderStatus"] == "awaiting_shipment" and o["advancedOptions"]["storeId"] == 11003}
    set_combo(tab.store_combo, None)
    set_combo(tab.status_combo, "all")

    # Free text: order number, customer or SKU, any case; several words must all match.
    some = next(iter(world.values()))
    customer = some["shipTo"]["name"]
    qtbot.keyClicks(tab.search, customer.upper())
    expected = {k for k, o in world.items() if customer.casefold() in o["shipTo"]["name"].casefold()}
    qtbot.waitUntil(lambda: ids() == expected, timeout=WAIT)
    tab.search.setText("soap-01")
    soap = {k for k, o in world.items() if any(i["sku"] == "SOAP-01" for i in o["items"])}
    qtbot.waitUntil(lambda: ids() == soap, timeout=WAIT)
    tab.search.setText(f"{some['orderNumber'].lower()} {some['items'][0]['sku'].lower()}")
    qtbot.waitUntil(lambda: ids() == {some["orderId"]}, timeout=WAIT)
    tab.search.clear()
    qtbot.waitUntil(lambda: len(ids()) == len(world), timeout=WAIT)

    # Order date range, in local days, both ends included.
    days = sorted({o["orderDate"].astimezone().date() for o in world.values()})
    start, end = days[len(days) // 3], days[len(days) // 2]
    tab.date_from.setDate(QDate(start.year, start.month, start.day))
    tab.date_to.setDate(QDate(end.year, end.month, end.day))
    assert len(ids()) == len(world)  # not applied until switched on
    tab.date_check.setChecked(True)
    assert ids() == {k for k, o in world.items() if start <= o["orderDate"].astimezone().date() <= end}
    tab.date_check.setChecked(False)
    assert len(ids()) == len(world)

    # Keyboard: Ctrl+F goes to the search box, Ctrl+Down walks the orders and shows each one.
    window.activateWindow()
    window.search_action.trigger()
    assert tab.search.hasFocus() or window.focusWidget() is tab.search
    with qtbot.waitSignal(window.ctx.order_selected, timeout=WAIT) as first:
        window.next_action.trigger()
    assert first.args[0].order_id == tab.model.order_id_at(0)
    with qtbot.waitSignal(window.ctx.order_selected, timeout=WAIT) as second:
        window.next_action.trigger()
    assert second.args[0].order_id == tab.model.order_id_at(1)
    assert tab.table.currentIndex().row() == 1
    assert not any(on_gui)


def test_sorting_happens_in_the_model_and_keeps_the_selection(qtbot, make_window):
    window, tab, _ = open_window(qtbot, make_window)
    set_combo(tab.status_combo, "all")
    chosen = tab.model.order_id_at(17)
    select(qtbot, tab, chosen)

    tab.table.sortByColumn(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = [int(r[oc.NUMBER].removeprefix("NW-")) for r in visible(tab)]
    assert numbers == sorted(numbers, reverse=True)
    tab.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    names = [r[oc.CUSTOMER].casefold() for r in visible(tab)]
    assert names == sorted(names)
    tab.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert [r[oc.CUSTOMER].casefold() for r in visible(tab)] == sorted(names, reverse=True)
    assert tab.model.order_id_at(tab.table.currentIndex().row()) == chosen  # selection followed the order

    # A click on the header sorts too (weight is numeric: 20 oz after 9 oz).
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_WEIGHT) + header.sectionSize(COL_WEIGHT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    weights = [r[oc.WEIGHT_OZ] for r in visible(tab)]
    assert header.sortIndicatorSection() == COL_WEIGHT
    assert weights in (sorted(weights), sorted(weights, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [r[oc.WEIGHT_OZ] for r in visible(tab)] == list(reversed(weights))
    assert tab.model.order_id_at(tab.table.currentIndex().row()) == chosen
    assert tab.shown_order.order_id == chosen


def test_order_numbers_sort_naturally(qtbot):
    model = OrdersModel()
    row = (None, 1.0e9, "C", "US", 1, 8.0, "USPS", "awaiting_shipment", "", 11001, "SKU")
    numbers = ["NW-100", "999", "NW-99", "1001", "nw-98"]
    model.load([(n, number, *row[1:]) for n, number in enumerate(numbers)])
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert [r[oc.NUMBER] for r in model.visible_rows()] == ["999", "1001", "nw-98", "NW-99", "NW-100"]


def test_every_action_changes_the_order_in_shipstation_and_on_screen(qtbot, make_window):
    window, tab, on_gui = open_window(qtbot, make_window)
    box = window.sandbox
    actions = tab.actions
    set_combo(tab.status_combo, "all")
    order_id = next(k for k, o in world_orders(box).items() if o["orderStatus"] == "awaiting_shipment"
                    and not o["tagIds"])
    select(qtbot, tab, order_id)
    number = tab.shown_order.order_number

    def row() -> tuple:
        return visible(tab)[tab.model.row_of(order_id)]

    def sandbox_order() -> dict:
        return world_orders(box)[order_id]

    def run(button, fill, done) -> None:
        assert button.isEnabled()
        button.click()
        qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=WAIT)
        fill(actions.dialog)
        actions.dialog.accept()
        qtbot.waitUntil(done, timeout=WAIT)

    until = QDate.currentDate().addDays(3)
    run(actions.hold_button, lambda d: d.date_edit.setDate(until),
        lambda: tab.shown_order.order_status == "on_hold")
    held = sandbox_order()
    assert held["orderStatus"] == "on_hold" and held["holdUntilDate"] == until.toPython()
    assert row()[oc.STATUS] == "on_hold" and "On hold" in tab.details.plain_text()

    assert actions.restore_button.isEnabled()
    actions.restore_button.click()
    qtbot.waitUntil(lambda: tab.shown_order.order_status == "awaiting_shipment", timeout=WAIT)
    assert sandbox_order()["orderStatus"] == "awaiting_shipment" and row()[oc.STATUS] == "awaiting_shipment"

    assert not actions.remove_tag_button.isEnabled()  # no tags yet
    # A refusal is a sticky banner in the packer's words, and the order stays as it was.
    fault = {"kind": "503", "method": "POST", "path": "/orders/addtag"}
    httpx.post(box.url + "/__sandbox/faults", json=fault, timeout=10).raise_for_status()

    def refused() -> bool:  # (other tabs share the "error" banner: wait for this one's words)
        banner = window.banners.banner("error")
        return banner is not None and banner.text.startswith("Adding the tag: ")

    run(actions.add_tag_button, lambda d: set_combo(d.combo, 303), refused)
    qtbot.waitUntil(actions.add_tag_button.isEnabled, timeout=WAIT)
    assert not sandbox_order()["tagIds"] and not tab.shown_order.tag_ids
    window.banners.banner("error").button.click()
    run(actions.add_tag_button, lambda d: set_combo(d.combo, 303), lambda: tab.shown_order.tag_ids == [303])
    assert sandbox_order()["tagIds"] == [303]
    assert tab.model.index(tab.model.row_of(order_id), COL_TAGS).data() == "Fragile"
    assert "Fragile" in tab.details.plain_text()
    run(actions.remove_tag_button, lambda d: set_combo(d.combo, 303), lambda: not tab.shown_order.tag_ids)
    assert not sandbox_order()["tagIds"] and row()[oc.TAG_IDS] == ""

    alex = next(u["userId"] for u in box.world.users if u["name"] == "Alex Shipper")
    run(actions.assign_button, lambda d: set_combo(d.combo, alex), lambda: tab.shown_order.user_id == alex)
    assert sandbox_order()["userId"] == alex and "Alex Shipper" in tab.details.plain_text()
    qtbot.waitUntil(lambda: window.session.settings.shipstation_user_id == alex, timeout=WAIT)
    assert '"shipstation_user_id": "' + alex in window.session.paths.settings.read_text()

    def ship(dialog) -> None:
        set_combo(dialog.carrier, "ups")
        dialog.tracking.setText("1Z999AA10123456784")
        dialog.notify.setChecked(True)

    run(actions.ship_button, ship, lambda: tab.shown_order.order_status == "shipped")
    assert sandbox_order()["orderStatus"] == "shipped" and row()[oc.STATUS] == "shipped"
    with box.world.lock:
        fulfillment = next(f for f in box.world.fulfillments.values() if f["orderId"] == order_id)
    assert (fulfillment["carrierCode"], fulfillment["trackingNumber"]) == ("ups", "1Z999AA10123456784")
    assert "Shipped" in tab.details.plain_text() and number in tab.details.plain_text()
    assert not actions.hold_button.isEnabled() and not actions.ship_button.isEnabled()  # shipped is locked
    assert not any(on_gui)


def test_a_second_sync_fetches_only_modified_orders(qtbot, make_window):
    window, tab, on_gui = open_window(qtbot, make_window)
    box, log = window.sandbox, window.session.call_log
    set_combo(tab.status_combo, "all")
    order_id = next(k for k, o in world_orders(box).items() if not o["tagIds"])
    select(qtbot, tab, order_id)
    # Someone else changes the order in ShipStation.
    with httpx.Client(base_url=box.url, auth=(box.config.v1_key, box.config.v1_secret)) as other:
        other.post("/orders/addtag", json={"orderId": order_id, "tagId": 304}).raise_for_status()
    before = len(log.last())
    with qtbot.waitSignal(tab.sync_finished, timeout=WAIT):
        assert tab.refresh()
    order_calls = [r.url for r in log.last()[before:] if "/orders?" in r.url]
    assert order_calls and all("modifyDateStart=" in url for url in order_calls)
    assert not tab.last_sync.full and tab.last_sync.fetched < 10
    qtbot.waitUntil(lambda: tab.model.index(tab.model.row_of(order_id), COL_TAGS).data() == "VIP",
                    timeout=WAIT)
    # The refresh kept the selection and brought the details up to date.
    assert tab.model.order_id_at(tab.table.currentIndex().row()) == order_id
    qtbot.waitUntil(lambda: tab.shown_order.tag_ids == [304] and "VIP" in tab.details.plain_text(),
                    timeout=WAIT)
    assert not any(on_gui)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_offline_keeps_the_cache_browsable_and_recovers_by_itself(qtbot, make_window, make_sandbox):
    box = make_sandbox(port=_free_port(), **own_keys())
    window, tab, on_gui = open_window(qtbot, make_window, sandbox=box)
    rows = tab.model.rowCount()
    assert rows > 0 and "offline" not in window.banners.keys()
    box.stop()
    tab.feed.retry_ms = 300  # the periodic retry, shortened for the test
    with qtbot.waitSignal(tab.sync_finished, timeout=WAIT):
        assert tab.refresh()
    assert "offline" in window.banners.keys()
    assert "cannot be reached" in window.banners.banner("offline").text
    assert tab.model.rowCount() == rows
    with qtbot.waitSignal(window.ctx.order_selected, timeout=WAIT):
        tab.select_next()  # details come from the cache
    assert tab.shown_order.order_number in tab.details.plain_text()

    # A fresh start while offline shows the cached orders at once.
    second = OrdersTab(window.ctx)
    qtbot.addWidget(second)
    with qtbot.waitSignal(window.ctx.orders_shown, timeout=WAIT) as shown:
        second.start()
    assert shown.args == [rows] and second.model.rowCount() == rows
    qtbot.waitSignal(second.sync_finished, timeout=WAIT).wait()

    box.start()  # ShipStation is back on the same address: the timer's next try clears the banner
    qtbot.waitUntil(lambda: "offline" not in window.banners.keys(), timeout=WAIT)
    assert isinstance(tab.last_sync.cursor, datetime)
    assert not any(on_gui)


def test_an_account_without_v1_gets_no_nagging_banner(qtbot, make_window):
    window = make_window(start=False, **own_keys(plan="inventory_only"))
    tab: OrdersTab = window.orders
    with qtbot.waitSignal(window.ctx.orders_shown, timeout=WAIT) as shown, \
            qtbot.waitSignal(tab.sync_finished, timeout=WAIT) as finished:
        window.start()
    assert shown.args == [0] and type(finished.args[0]).__name__ == "PlanError"
    assert "error" not in window.banners.keys() and not tab.feed.timer.isActive()
