"""Scan to open, end to end: keys at scanner speed into a real window on a sandbox over loopback HTTP.

A scanned order number or scan-to-view code selects the order in the Orders tab from what is loaded, then
refreshes it from ShipStation; an order the table doesn't have comes from ShipStation; an unknown one is a
scan error that stays (and blocks further scans) until acknowledged; mode barcodes switch the mode shown
in the status bar; `--scan-mode` picks the start-up mode."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from scan_keys import scan, scanning_window, settle

from shipdesk.api.v1.models import Address, NewOrder, OrderItem
from shipdesk.app import build_parser
from shipdesk.core.keyboard_layouts import LAYOUTS, US, mangle
from shipdesk.core.scan_commands import Command, ScanMode, command_code
from shipdesk.printing.documents import scan_to_view_code
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.orders_model import ALL

WAIT = 30_000


def ready_window(qtbot, make_window, **overrides):
    window = scanning_window(qtbot, make_window, "scano", **overrides)
    return window, window.scan_clock


def world_orders(window) -> dict[int, dict]:
    with window.sandbox.world.lock:
        return {k: dict(v) for k, v in window.sandbox.world.orders.items()}


def shown_id(window) -> int | None:
    order = window.orders.shown_order
    return order.order_id if order is not None else None


def test_an_order_number_scan_selects_the_order_and_refreshes_it_from_shipstation(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    window.tabs.setCurrentWidget(window.inventory)
    row = window.orders.model.visible_rows()[5]
    order_id, number = row[0], row[1]
    fetched: list[str] = []
    window.session.call_log.subscribe(lambda record: fetched.append(record.url))
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT) as opened:
        scan(number, clock)
    assert opened.args == [order_id]
    assert window.tabs.currentWidget() is window.orders
    table = window.orders.table
    assert window.orders.model.order_id_at(table.currentIndex().row()) == order_id
    qtbot.waitUntil(lambda: shown_id(window) == order_id, timeout=WAIT)
    qtbot.waitUntil(lambda: any(f"/orders/{order_id}" in f for f in fetched), timeout=WAIT)  # refreshed behind
    assert window.scanning.indicator.flashing is True  # the good-scan flash
    assert not window.scanning.feedback.error_pending


def test_a_mangled_scan_to_view_code_opens_a_shipped_order_hidden_by_the_filter(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    shipped = next(k for k, o in sorted(world_orders(window).items()) if o["orderStatus"] == "shipped")
    assert window.orders.model.row_of(shipped) is None  # the default filter shows awaiting orders only
    code = mangle(scan_to_view_code(shipped), US, LAYOUTS["fr"])  # a US scanner on an AZERTY computer
    assert code != scan_to_view_code(shipped)
    window.orders.search.setFocus()
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT):
        scan(code, clock)
    assert window.orders.status_combo.currentData() == ALL
    qtbot.waitUntil(lambda: shown_id(window) == shipped, timeout=WAIT)
    assert window.orders.search.text() == ""
    warning = window.banners.banner("scan-layout")  # read anyway, and told how to fix it
    assert warning is not None and "the scanner types US, this computer uses French (AZERTY)" in warning.text
    assert "Scanner self-test" in warning.text


def test_an_order_created_after_the_sync_is_fetched_from_shipstation(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    address = Address(name="Ana Scan", street1="1 Main St", city="Austin", state="TX", postal_code="78701",
                      country="US")
    created = window.session.v1.create_order(NewOrder(
        order_number="SCAN-77001", order_key="scan-77001", order_date=datetime(2026, 3, 2, 9, 0),
        order_status="awaiting_shipment", bill_to=address, ship_to=address,
        items=[OrderItem(line_item_key="l1", sku="SOAP-01", name="Soap", quantity=1)]))
    assert not window.orders.model.has_order(created.order_id)
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT) as opened:
        scan("SCAN-77001", clock)
    assert opened.args == [created.order_id]
    qtbot.waitUntil(lambda: shown_id(window) == created.order_id, timeout=WAIT)
    assert window.orders.cache.ids_for_number("scan-77001") == [created.order_id]  # kept in the cache too


def test_an_unknown_order_is_a_scan_error_that_stays_and_blocks_scans_until_acknowledged(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    feedback = window.scanning.feedback
    scan("NW-999999", clock)
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    banner = window.banners.banner("scan-error")
    assert banner is not None and "NW-999999" in banner.text and "no such order" in banner.text
    settle(clock, qtbot, ms=5_000)
    assert window.banners.banner("scan-error") is not None  # no timeout takes it away
    _order_id, number = window.orders.model.visible_rows()[2][:2]
    scan(number, clock)
    settle(clock, qtbot)
    assert "ignored" in window.banners.banner("scan-error").text
    assert shown_id(window) != _order_id
    scan(command_code(Command.ACK), clock)  # the OK barcode acknowledges
    settle(clock, qtbot)
    assert window.banners.banner("scan-error") is None and not feedback.error_pending
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT):
        scan(number, clock)


def test_escape_and_the_banner_button_acknowledge_too(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    feedback = window.scanning.feedback
    search = window.orders.search

    def focus_search() -> None:  # offscreen, start-up windows of other parts can take the activation
        window.activateWindow()
        search.setFocus()
        qtbot.waitUntil(search.hasFocus, timeout=WAIT)

    focus_search()
    scan("^#^7fffffff^", clock, widget=search)
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not feedback.error_pending, timeout=WAIT)
    focus_search()
    scan("NW-888888", clock, widget=search)
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    button = window.banners.banner("scan-error").button
    button.setFocus()  # a click focuses the button, which goes away with the banner
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not feedback.error_pending and window.banners.banner("scan-error") is None,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.focusWidget() is search, timeout=WAIT)  # back where the packer was


def test_mode_barcodes_switch_the_mode_on_screen_and_next_goes_down_the_list(qtbot, make_window):
    window, clock = ready_window(qtbot, make_window)
    indicator = window.scanning.indicator
    assert "Open" in indicator.text()
    scan(command_code(Command.MODE_SHIP), clock)
    settle(clock, qtbot)
    assert window.scanning.router.mode is ScanMode.SHIP and "Ship" in indicator.text()
    indicator.mode_actions[ScanMode.OPEN].trigger()  # the indicator's menu
    assert window.scanning.router.mode is ScanMode.OPEN and "Open" in indicator.text()
    window.orders.select_row(0)
    first = window.orders.model.order_id_at(0)
    second = window.orders.model.order_id_at(1)
    qtbot.waitUntil(lambda: shown_id(window) == first, timeout=WAIT)
    scan(command_code(Command.NEXT).lower(), clock)  # Caps Lock on: still the command
    qtbot.waitUntil(lambda: shown_id(window) == second, timeout=WAIT)


def test_scan_mode_from_the_command_line_is_the_start_up_mode(qtbot, make_window):
    assert build_parser().parse_args(["--scan-mode", "verify"]).scan_mode == "verify"
    window, _clock = ready_window(qtbot, make_window)
    other = MainWindow(window.session, window.ctx.runner, scan_mode="verify")
    qtbot.addWidget(other)
    assert other.scanning.router.mode is ScanMode.VERIFY and "Verify" in other.scanning.indicator.text()
    window.session.settings.scan_mode = "ship"
    third = MainWindow(window.session, window.ctx.runner)
    qtbot.addWidget(third)
    assert third.scanning.router.mode is ScanMode.SHIP
