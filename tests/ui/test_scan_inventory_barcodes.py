"""Inventory scans beyond +1/−1: "set quantity" by scan, and product barcodes (UPC/EAN) that are not stock SKUs,
looked up in ShipStation V1's products. Real keys at scanner speed into the Inventory tab of a real window, the
sandbox over loopback HTTP; the sandbox's stock is what must change (or not)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog
from scan_keys import scan, scanning_window, settle
from scan_world import WAIT, stock

from shipdesk.core.check_digits import gs1_check_digit


def inventory_window(qtbot, make_window):
    window = scanning_window(qtbot, make_window, "scanb")
    tab = window.inventory
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.refresh()
    return window


def products(window) -> list[dict]:
    with window.sandbox.world.lock:
        return [dict(p) for p in sorted(window.sandbox.world.products.values(), key=lambda p: p["productId"])]


def stocked(window, skip: int = 0) -> tuple[dict, str]:
    """A product with a UPC and stock, and one of its locations."""
    levels = stock(window)
    found = [(p, loc) for p in products(window) if p["upc"] for (sku, loc) in sorted(levels) if sku == p["sku"]]
    return found[skip * 2]


def product_calls(window) -> list[str]:
    calls: list[str] = []
    window.session.call_log.subscribe(lambda r: calls.append(r.url) if "/products" in r.url else None)
    return calls


def select(qtbot, window, sku: str, location: str) -> None:
    tab = window.inventory
    qtbot.waitUntil(lambda: tab.load_job is None, timeout=WAIT)
    tab.search.setText(sku)
    assert tab.select_level(sku, location)


def scan_into(window, code: str) -> None:
    """A scan into the window: the offscreen platform leaves no window active after a dialog or a banner
    goes away (a window manager would activate the main window again), so the keys go to it by name."""
    scan(code, window.scan_clock, widget=window)


def test_set_quantity_by_scan_sets_the_sandbox_level_to_the_number(qtbot, make_window):
    window = inventory_window(qtbot, make_window)
    scanner = window.scanning.inventory
    levels = stock(window)
    sku, location = next(k for k, units in sorted(levels.items()) if units not in (0, 37))
    select(qtbot, window, sku, location)
    scanner.bar.mode.setCurrentIndex(scanner.bar.mode.findData("set"))
    scanner.bar.reason.setText("cycle count")

    scan_into(window, sku)
    qtbot.waitUntil(lambda: scanner.quantity_dialog is not None and scanner.quantity_dialog.isVisible(),
                    timeout=WAIT)
    dialog = scanner.quantity_dialog
    assert dialog.intValue() == levels[(sku, location)]  # starts at what is on hand
    dialog.setIntValue(37)
    with qtbot.waitSignal(scanner.changed, timeout=WAIT) as changed:
        dialog.done(QDialog.DialogCode.Accepted)
    assert changed.args[0].reason == "cycle count"
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == 37, timeout=WAIT)
    assert "set to 37" in scanner.bar.result.text()
    assert {k: v for k, v in stock(window).items() if k != (sku, location)} == \
        {k: v for k, v in levels.items() if k != (sku, location)}  # nothing else moved

    select(qtbot, window, sku, location)  # asked again, then cancelled: nothing changes
    scan_into(window, sku)
    qtbot.waitUntil(lambda: scanner.quantity_dialog is not None, timeout=WAIT)
    scanner.quantity_dialog.setIntValue(5)
    scanner.quantity_dialog.done(QDialog.DialogCode.Rejected)
    settle(window.scan_clock, qtbot, ms=500)
    assert stock(window)[(sku, location)] == 37 and not window.scanning.feedback.error_pending


def test_a_product_barcode_changes_the_sku_of_its_product(qtbot, make_window):
    window = inventory_window(qtbot, make_window)
    scanner = window.scanning.inventory
    product, location = stocked(window)
    sku, upc = product["sku"], product["upc"]
    assert sku != upc and len(upc) == 12
    calls = product_calls(window)
    before = stock(window)
    select(qtbot, window, sku, location)
    with qtbot.waitSignal(scanner.changed, timeout=WAIT) as changed:
        scan_into(window, upc)
    assert changed.args[0].sku == sku and not window.scanning.feedback.error_pending
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == before[(sku, location)] + 1, timeout=WAIT)
    assert len(calls) >= 1  # the products were read from ShipStation

    read = len(calls)
    select(qtbot, window, sku, location)  # the same UPC as a scanner set to EAN-13 sends it: no new read
    with qtbot.waitSignal(scanner.changed, timeout=WAIT):
        scan_into(window, "0" + upc)
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == before[(sku, location)] + 2, timeout=WAIT)
    assert len(calls) == read
    assert {k: v for k, v in stock(window).items() if k != (sku, location)} == \
        {k: v for k, v in before.items() if k != (sku, location)}


def test_an_unknown_barcode_changes_nothing_and_a_new_product_is_found_after_a_refresh(qtbot, make_window):
    window = inventory_window(qtbot, make_window)
    scanner, feedback = window.scanning.inventory, window.scanning.feedback
    product, location = stocked(window, skip=1)
    sku = product["sku"]
    body = "04" + str(product["productId"]).rjust(9, "0")
    new_upc = body + str(gs1_check_digit(body))  # a barcode no product has yet
    assert new_upc not in {p["upc"] for p in products(window)}
    before = stock(window)
    select(qtbot, window, sku, location)
    scan_into(window, new_upc)
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    assert "no product in ShipStation has this barcode" in feedback.error_text and stock(window) == before
    feedback.acknowledge()

    with window.sandbox.world.lock:  # the product gets its barcode in ShipStation
        window.sandbox.world.products[product["productId"]]["upc"] = new_upc
    calls = product_calls(window)
    scan_into(window, new_upc)  # read less than a minute ago: a miss doesn't read every product again
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    assert calls == [] and stock(window) == before
    feedback.acknowledge()

    scanner.upcs = replace(scanner.upcs, loaded_at=scanner.upcs.loaded_at - 61)  # a minute later
    select(qtbot, window, sku, location)
    with qtbot.waitSignal(scanner.changed, timeout=WAIT):
        scan_into(window, new_upc)
    assert calls
    qtbot.waitUntil(lambda: stock(window)[(sku, location)] == before[(sku, location)] + 1, timeout=WAIT)


def test_a_barcode_two_stocked_products_share_changes_nothing(qtbot, make_window):
    window = inventory_window(qtbot, make_window)
    feedback = window.scanning.feedback
    (first, location), (second, _) = stocked(window, skip=2), stocked(window, skip=3)
    with window.sandbox.world.lock:
        window.sandbox.world.products[second["productId"]]["upc"] = first["upc"]
    before = stock(window)
    select(qtbot, window, first["sku"], location)
    scan_into(window, first["upc"])
    qtbot.waitUntil(lambda: feedback.error_pending, timeout=WAIT)
    text = feedback.error_text
    assert "several products" in text and first["sku"] in text and second["sku"] in text
    settle(window.scan_clock, qtbot, ms=500)
    assert stock(window) == before
