"""Scan to ship, scan to verify and inventory scans, end to end: keys at scanner speed into a real window on a
sandbox over loopback HTTP, labels printed through the private CUPS queue ZebraRaw into the ZPL sink."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog
from scan_keys import scan, scanning_window, settle
from scan_world import WAIT, awaiting_us, purchases, ship_window, stock

from shipdesk.core.pack_verify import OVERRIDE, PackChecks
from shipdesk.core.scan_commands import Command, ScanMode, command_code
from shipdesk.printing.station import Station

# -- scan to ship ---------------------------------------------------------------------------------


def test_scan_to_ship_buys_one_label_prints_it_and_a_second_scan_buys_nothing(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window)
    clock, ship = window.scan_clock, window.scanning.ship
    _order_id, number, _ = awaiting_us(window)
    before = len(zpl_sink.jobs)  # the sink serves the whole session, and seeded sandboxes sell equal labels
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as done:
        scan(number, clock)
    assert done.args == ["printed"], window.scanning.feedback.error_text
    assert purchases(window) == 1
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    assert entry.order_number == number and entry.label_format == "zpl"
    qtbot.waitUntil(lambda: entry.label_bytes in zpl_sink.jobs[before:], timeout=WAIT)  # out of the printer queue
    settle(clock, qtbot)
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as again:
        scan(number, clock)
    assert again.args == ["stopped"]
    assert purchases(window) == 1  # never twice
    text = window.banners.banner("scan-error").text
    assert number in text and "already has a label" in text


def test_cancel_during_the_print_delay_keeps_the_bought_label_unprinted(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, delay_ms=3_000)
    clock, ship = window.scan_clock, window.scanning.ship
    _order_id, number, _ = awaiting_us(window, skip=1)
    with qtbot.waitSignal(ship.bought, timeout=WAIT) as bought:
        scan(number, clock)
    entry = bought.args[0]
    before = len(zpl_sink.jobs)
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as done:
        scan(command_code(Command.CANCEL), clock)
    assert done.args == ["held"]
    qtbot.wait(3_500)  # past the delay: still nothing printed
    assert len(zpl_sink.jobs) == before and not window.ctx.printing.queue.for_journal(entry.id)
    kept = window.ctx.printing.journal.get(entry.id)
    assert kept.has_label and kept.print_status == "pending" and not kept.print_on_purchase  # no crash reprint
    assert purchases(window) == 1


def test_a_second_order_scanned_while_one_ships_is_refused(qtbot, make_window):
    window = ship_window(qtbot, make_window, delay_ms=3_000)
    clock, ship = window.scan_clock, window.scanning.ship
    first, second = awaiting_us(window, 2)[1], awaiting_us(window, 3)[1]
    with qtbot.waitSignal(ship.bought, timeout=WAIT):
        scan(first, clock)
    scan(second, clock)
    settle(clock, qtbot)
    text = window.banners.banner("scan-error").text
    assert second in text and "still being shipped" in text
    scan(command_code(Command.ACK), clock)
    scan(command_code(Command.CANCEL), clock)
    qtbot.waitUntil(lambda: not ship.busy, timeout=WAIT)
    assert purchases(window) == 1


@pytest.fixture
def junk_window(qtbot, make_window):
    window = ship_window(qtbot, make_window)
    with qtbot.waitSignal(window.inventory.loaded, timeout=WAIT):
        window.inventory.refresh()
    return window


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(junk=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=4, max_size=18))
def test_random_scans_in_ship_or_inventory_mode_never_buy_or_adjust(qtbot, junk_window, junk):
    window = junk_window
    clock, feedback = window.scan_clock, window.scanning.feedback
    before, levels = purchases(window), stock(window)
    for tab in (window.orders, window.inventory):
        window.tabs.setCurrentWidget(tab)
        scan(junk, clock)
        settle(clock, qtbot, ms=300)
        qtbot.waitUntil(lambda: not window.scanning.ship.busy, timeout=3 * WAIT)  # V1 rate limit pauses
        feedback.acknowledge()
    assert purchases(window) == before and stock(window) == levels


# -- scan to verify -------------------------------------------------------------------------------


def verify_window(qtbot, make_window):
    window = scanning_window(qtbot, make_window, "scanv")
    window.session.settings.require_pack_check = True
    window.scanning.router.set_mode(ScanMode.VERIFY)
    return window


def start_verify(qtbot, window, skip: int = 0):
    order_id, number, record = awaiting_us(window, skip)
    with qtbot.waitSignal(window.scanning.verify.started, timeout=WAIT):
        scan(number, window.scan_clock)
    return order_id, number, record


def test_verify_counts_items_a_wrong_item_is_sticky_and_a_complete_pack_unlocks_buying(qtbot, make_window):
    window = verify_window(qtbot, make_window)
    clock, verify, feedback = window.scan_clock, window.scanning.verify, window.scanning.feedback
    order_id, number, record = start_verify(qtbot, window)
    checks = PackChecks(window.session.db)
    window.ctx.set_station(Station(label=None, auto_print=False))
    window.scanning.router.set_mode(ScanMode.SHIP)  # not verified: scan to ship refuses, nothing is bought
    with qtbot.waitSignal(window.scanning.ship.finished, timeout=WAIT):
        window.scanning.ship.ship_order(order_id, number)
    assert "verified" in feedback.error_text and purchases(window) == 0
    feedback.acknowledge()
    window.scanning.router.set_mode(ScanMode.VERIFY)
    scan("NOT-AN-ITEM-XYZ", clock)
    settle(clock, qtbot)
    assert feedback.error_pending and "not in order" in feedback.error_text
    settle(clock, qtbot, ms=3_000)
    assert feedback.error_pending  # sticky
    scan(command_code(Command.ACK), clock, widget=window)
    for item in record["items"]:
        for _ in range(int(item["quantity"])):
            scan(item["sku"], clock, widget=window)
            settle(clock, qtbot, ms=60)
    qtbot.waitUntil(lambda: checks.cleared(order_id), timeout=WAIT)
    assert not feedback.error_pending
    panel = verify.panel.table
    assert all(panel.item(r, 1).text() == panel.item(r, 2).text() for r in range(panel.rowCount()))
    scan(record["items"][0]["sku"], clock, widget=window)  # one more than the order has
    settle(clock, qtbot)
    assert "all already scanned" in feedback.error_text
    feedback.acknowledge()
    with qtbot.waitSignal(window.scanning.ship.finished, timeout=WAIT) as done:
        window.scanning.ship.ship_order(order_id, number)
    assert done.args == ["bought"], feedback.error_text
    assert purchases(window) == 1


def test_manager_override_is_recorded_with_who_and_when(qtbot, make_window):
    window = verify_window(qtbot, make_window)
    verify = window.scanning.verify
    order_id, _number, _ = start_verify(qtbot, window, skip=1)
    dialog = verify.ask_override()
    assert dialog is not None
    dialog.setTextValue("Maria Lopez")
    with qtbot.waitSignal(verify.recorded, timeout=WAIT) as recorded:
        dialog.done(QDialog.DialogCode.Accepted)
    check = recorded.args[0]
    assert check.result == OVERRIDE and check.override_by == "Maria Lopez" and check.at
    latest = PackChecks(window.session.db).latest(order_id)
    assert latest is not None and latest.override_by == "Maria Lopez" and latest.at == check.at


# -- inventory ------------------------------------------------------------------------------------


def test_inventory_scans_add_and_remove_one_through_the_v2_api(qtbot, make_window):
    window = scanning_window(qtbot, make_window, "scani")
    tab, clock = window.inventory, window.scan_clock
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.refresh()
    levels = stock(window)
    sku, location = next(k for k, units in sorted(levels.items()) if units > 2)
    tab.search.setText(sku)
    assert tab.select_level(sku, location)  # the SKU is in several locations: the selected row is changed
    bar = window.scanning.inventory.bar
    bar.reason.setText("received")
    with qtbot.waitSignal(window.scanning.inventory.changed, timeout=WAIT):
        scan(sku, clock)
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == levels[(sku, location)] + 1, timeout=WAIT)
    bar.mode.setCurrentIndex(bar.mode.findData("decrement"))
    qtbot.waitUntil(lambda: tab.load_job is None, timeout=WAIT)
    assert tab.select_level(sku, location)
    with qtbot.waitSignal(window.scanning.inventory.changed, timeout=WAIT):
        scan(sku, clock)
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == levels[(sku, location)], timeout=WAIT)
    assert "−1" in bar.result.text()
    before = stock(window)
    scan("ZZ-NO-SUCH-SKU-9", clock)
    settle(clock, qtbot)
    assert "no such SKU" in window.scanning.feedback.error_text and stock(window) == before
