"""Scan to ship with no one to answer a question: what it refuses (nothing bought, a sticky error in words) and
which rate it picks when the station promises delivery within N days. Real keys at scanner speed, a real
window, the sandbox over loopback HTTP."""

from __future__ import annotations

from urllib.parse import urlsplit

from scan_keys import scan, settle
from scan_world import WAIT, awaiting, purchases, ship_window

from shipdesk.core.rate_catalog import load_catalog
from shipdesk.core.rating import rate_shipment, shipment_from_order
from shipdesk.core.scan_commands import Command, command_code
from shipdesk.printing.station import Station
from shipdesk.sandbox.faults import FaultRule

NON_ROMAN = ("山田", "佐藤", "王", "李", "Иван", "Олена")


def shipped(qtbot, window, number: str) -> str:
    with qtbot.waitSignal(window.scanning.ship.finished, timeout=WAIT) as done:
        scan(number, window.scan_clock)
    return str(done.args[0])


def non_roman_order(window) -> tuple[int, str]:
    """The seeded order going to a non-Roman address (Russia), made payable so it can ship."""
    with window.sandbox.world.lock:
        order = next(o for o in window.sandbox.world.orders.values()
                     if o["shipTo"]["name"].startswith(NON_ROMAN) and o["orderStatus"] == "awaiting_payment")
        order["orderStatus"], order["paymentDate"] = "awaiting_shipment", order["orderDate"]
        return int(order["orderId"]), str(order["orderNumber"])


def assert_sticky(qtbot, window, number: str) -> None:
    """The error waits for the packer: time passes, scanning the order again is refused, OK clears it."""
    feedback = window.scanning.feedback
    settle(window.scan_clock, qtbot, ms=5_000)
    qtbot.wait(1_000)
    assert feedback.error_pending and window.banners.banner("scan-error") is not None
    scan(number, window.scan_clock)
    settle(window.scan_clock, qtbot)
    assert "acknowledge the error first" in feedback.error_text and not window.scanning.ship.busy
    scan(command_code(Command.ACK), window.scan_clock)
    settle(window.scan_clock, qtbot)
    assert not feedback.error_pending


def test_a_non_roman_ship_to_on_a_v1_rate_buys_nothing(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanr")
    window.ctx.set_station(Station(label=None, auto_print=False))  # PDF: V1 rates are printable
    # V2 rating is down, so the only rates are V1's, which can't print these letters.
    window.sandbox.world.faults.add(FaultRule("503", method="POST", path="/v2/rates", times=None))
    order_id, number = non_roman_order(window)
    assert shipped(qtbot, window, number) == "stopped"
    text = window.scanning.feedback.error_text
    assert number in text and "not shipped" in text and "Roman letters" in text, text
    assert purchases(window) == 0 and not window.ctx.printing.journal.all()
    assert_sticky(qtbot, window, number)


def test_a_non_roman_ship_to_ships_through_v2_when_it_can(qtbot, make_window):
    """Even where a V1 rate is as cheap, a scan buys the V2 label: V2 prints these letters, V1 would not."""
    window = ship_window(qtbot, make_window, name="scanr")
    window.ctx.set_station(Station(label=None, auto_print=False))  # PDF: V1 rates would be printable
    _, number = non_roman_order(window)
    assert shipped(qtbot, window, number) in ("bought", "printed"), window.scanning.feedback.error_text
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    assert entry.api == "v2" and purchases(window) == 1


def test_a_cyrillic_ship_to_set_in_shipstation_is_refused_on_v1_too(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanr")
    window.ctx.set_station(Station(label=None, auto_print=False))
    window.sandbox.world.faults.add(FaultRule("503", method="POST", path="/v2/rates", times=None))
    order_id, number, _ = awaiting(window)
    with window.sandbox.world.lock:  # a US order whose customer wrote the name in Cyrillic
        window.sandbox.world.orders[order_id]["shipTo"] = {**window.sandbox.world.orders[order_id]["shipTo"],
                                                          "name": "Наталья Смирнова"}
    assert shipped(qtbot, window, number) == "stopped"
    assert "Roman letters" in window.scanning.feedback.error_text
    assert purchases(window) == 0


def test_an_incomplete_customs_declaration_buys_nothing(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanr")
    order_id, number, _ = awaiting(window, where=lambda o: o["shipTo"]["country"] != "US"
                                   and not o["shipTo"]["name"].startswith(NON_ROMAN))
    with window.sandbox.world.lock:  # the store sent a customs line without the country of origin
        items = window.sandbox.world.orders[order_id]["internationalOptions"]["customsItems"]
        items[0] = {**items[0], "countryOfOrigin": None}
    assert shipped(qtbot, window, number) == "stopped"
    text = window.scanning.feedback.error_text
    assert number in text and "customs declaration is not complete" in text and "country where it was made" in text
    assert ".)." not in text  # one sentence, not a pile of full stops
    assert purchases(window) == 0 and not window.ctx.printing.journal.all()
    assert_sticky(qtbot, window, number)


def test_deliver_within_n_days_buys_the_cheapest_rate_that_meets_it(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanr")
    session = window.session
    order_id, number, _ = awaiting(window, skip=6)
    # The rates the sandbox gives for this order, asked the way scan to ship asks (the ZPL station buys V2).
    catalog = load_catalog(session)
    options = [o for o in rate_shipment(session, catalog, shipment_from_order(session.v1.get_order(order_id),
                                                                            catalog)).options
               if o.source == "V2" and o.rate_id]
    cheapest = min(options, key=lambda o: o.total)
    assert cheapest.delivery_days is not None and cheapest.delivery_days > 1
    within = cheapest.delivery_days - 1
    fast = [o for o in options if o.delivery_days is not None and o.delivery_days <= within]
    assert fast, "the sandbox offers nothing faster than its cheapest rate"
    best = min(o.total for o in fast)
    expected = {(o.carrier_code, o.service_code) for o in fast if o.total == best}
    assert best > cheapest.total  # the promise costs more: picking the overall cheapest would be wrong

    session.settings.ship_within_days = within
    before = len(zpl_sink.jobs)
    assert shipped(qtbot, window, number) == "printed", window.scanning.feedback.error_text
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    assert (entry.carrier, entry.service) in expected, (entry.carrier, entry.service, expected)
    assert entry.shown_cost is not None and float(entry.shown_cost) == float(best)
    qtbot.waitUntil(lambda: entry.label_bytes in zpl_sink.jobs[before:], timeout=WAIT)
    assert purchases(window) == 1



def test_the_carrier_list_is_read_once_and_a_failed_read_is_not_kept(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanr")
    feedback = window.scanning.feedback
    carrier_reads: list[str] = []  # V1's carrier list: what the catalog is read from (V2 rating reads its own)
    window.session.call_log.subscribe(
        lambda r: carrier_reads.append(r.url) if r.method == "GET" and urlsplit(r.url).path == "/carriers" else None)
    first, second, third = (awaiting(window, skip=n)[1] for n in (8, 9, 10))
    faults = window.sandbox.world.faults
    for path in ("/carriers", "/v2/carriers"):  # ShipStation can't list the carriers for a while
        faults.add(FaultRule("503", method="GET", path=path, times=None))
    assert shipped(qtbot, window, first) == "stopped" and purchases(window) == 0
    assert "carriers" in feedback.error_text  # the cause, not just "no rate"
    faults.clear()
    scan(command_code(Command.ACK), window.scan_clock)
    settle(window.scan_clock, qtbot)
    reads = len(carrier_reads)
    assert shipped(qtbot, window, second) == "printed", feedback.error_text
    assert len(carrier_reads) == reads + 1  # read again: the failed list was not kept
    settle(window.scan_clock, qtbot)
    assert shipped(qtbot, window, third) == "printed", feedback.error_text
    assert len(carrier_reads) == reads + 1  # the good list was kept for the next scan
    assert purchases(window) == 2
