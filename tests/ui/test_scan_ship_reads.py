"""Scan to ship asks ShipStation for the scanned order once (bench P3): the job that rates and buys reads it, and
the Orders tab shows that same read. Real keys at scanner speed, a real window, the sandbox over loopback HTTP
counting what reaches it, the label printed through the private CUPS queue into the ZPL sink."""

from __future__ import annotations

from urllib.parse import urlsplit

from scan_keys import scan, settle
from scan_world import WAIT, awaiting_us, purchases, ship_window

from shipdesk.api.calllog import CallRecord


def test_a_scan_reads_the_order_once_and_the_orders_tab_shows_that_read(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanread")
    ship, world = window.scanning.ship, window.sandbox.world
    calls: list[CallRecord] = []
    window.session.call_log.subscribe(calls.append)
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as warm:  # the first scan also reads the carrier lists
        scan(awaiting_us(window, skip=11)[1], window.scan_clock)
    assert warm.args == ["printed"], window.scanning.feedback.error_text
    settle(window.scan_clock, qtbot)
    order_id, number, record = awaiting_us(window, skip=12)
    assert window.orders.model.has_order(order_id)  # on screen: scan to open would refresh it behind
    with world.lock:  # changed in ShipStation since the last sync: only a fresh read shows it
        world.orders[order_id]["shipTo"] = {**record["shipTo"], "name": "Rosa Freshread"}
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=WAIT)
    calls.clear()
    sent = len(zpl_sink.jobs)  # the sink serves the whole session
    with world.lock:
        v1_before = world.counters.requests["v1"]
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as done:
        scan(number, window.scan_clock)
    assert done.args == ["printed"], window.scanning.feedback.error_text
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: window.orders.shown_order is not None
                    and window.orders.shown_order.ship_to.name == "Rosa Freshread", timeout=WAIT)
    assert window.orders.model.row_of(order_id) is not None  # still the selected order in the table
    with world.lock:
        v1_seen = world.counters.requests["v1"] - v1_before
    v1_rates = [c for c in calls if c.api == "v1" and urlsplit(c.url).path == "/shipments/getrates"]
    order_reads = [c for c in calls if urlsplit(c.url).path == f"/orders/{order_id}"]
    assert len(order_reads) == 1
    assert v1_rates and v1_seen == len(v1_rates) + 1  # what reached ShipStation: the rates and one order read
    [entry] = [e for e in window.ctx.printing.journal.all() if e.order_id == str(order_id)]
    assert entry.print_status == "printed" and purchases(window) == 2
    qtbot.waitUntil(lambda: entry.label_bytes in zpl_sink.jobs[sent:], timeout=WAIT)
