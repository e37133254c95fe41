"""The command barcodes end to end: each scanned as the command sheet encodes it (`scan_commands.command_code`),
at scanner speed into a real window on a sandbox over loopback HTTP, labels printed through the private CUPS
queue ZebraRaw into the ZPL sink (which serves the whole session: only jobs sent after a test starts count)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from scan_keys import scan, settle
from scan_world import WAIT, awaiting_us, purchases, ship_window

from shipdesk.core.scan_commands import Command, ScanMode, command_code


def command(window, which: Command) -> None:
    scan(command_code(which), window.scan_clock)


def open_by_scan(qtbot, window, order_id: int, number: str) -> None:
    """Scan to open, then wait until the order's details (fresh from ShipStation) are on screen."""
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT):
        scan(number, window.scan_clock)
    qtbot.waitUntil(lambda: window.orders.shown_order is not None
                    and window.orders.shown_order.order_id == order_id, timeout=WAIT)
    settle(window.scan_clock, qtbot)


def ship_by_command(qtbot, window, order_id: int):
    """Scan SHIP for the open order: one label bought and printed for it (the journal entry)."""
    with qtbot.waitSignal(window.scanning.ship.finished, timeout=WAIT) as done:
        command(window, Command.SHIP)
    assert done.args == ["printed"], window.scanning.feedback.error_text
    assert purchases(window) == 1
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    assert entry.order_id == str(order_id)
    return entry


def label_calls(window) -> list[str]:
    """Every call this session makes from now on that buys a label (V1 or V2)."""
    calls: list[str] = []
    window.session.call_log.subscribe(
        lambda r: calls.append(f"{r.method} {r.url}") if r.method == "POST" and "label" in r.url.lower() else None)
    return calls


def test_ship_command_ships_the_open_order_and_reprint_prints_the_local_copy(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanc", mode=ScanMode.OPEN)
    feedback = window.scanning.feedback
    order_id, number, _ = awaiting_us(window)
    open_by_scan(qtbot, window, order_id, number)
    assert purchases(window) == 0  # opening buys nothing
    before = len(zpl_sink.jobs)
    entry = ship_by_command(qtbot, window, order_id)
    qtbot.waitUntil(lambda: zpl_sink.jobs[before:].count(entry.label_bytes) == 1, timeout=WAIT)
    settle(window.scan_clock, qtbot)

    bought = label_calls(window)
    again = len(zpl_sink.jobs)
    command(window, Command.REPRINT)
    qtbot.waitUntil(lambda: entry.label_bytes in zpl_sink.jobs[again:], timeout=WAIT)
    settle(window.scan_clock, qtbot, ms=500)
    assert zpl_sink.jobs[again:].count(entry.label_bytes) == 1  # printed once more, from the local copy
    assert purchases(window) == 1 and bought == []  # no new charge, no purchase call
    assert not feedback.error_pending
    assert "again" in window.banners.banner("scan-ship").text


def test_ship_command_in_ship_mode_ships_the_order_selected_by_hand(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanc")
    feedback = window.scanning.feedback
    order_id, _number, _ = awaiting_us(window, skip=1)
    command(window, Command.SHIP)  # nothing open yet: refused in words, nothing bought
    settle(window.scan_clock, qtbot)
    assert "open an order first" in feedback.error_text and purchases(window) == 0
    command(window, Command.ACK)
    assert window.orders.reveal_order(order_id)
    qtbot.waitUntil(lambda: window.orders.shown_order is not None
                    and window.orders.shown_order.order_id == order_id, timeout=WAIT)
    before = len(zpl_sink.jobs)
    entry = ship_by_command(qtbot, window, order_id)
    qtbot.waitUntil(lambda: entry.label_bytes in zpl_sink.jobs[before:], timeout=WAIT)


def test_void_command_only_asks_and_accepting_the_question_voids(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanc")
    ship, history, feedback = window.scanning.ship, window.history, window.scanning.feedback
    _order_id, number, _ = awaiting_us(window, skip=2)
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as done:
        scan(number, window.scan_clock)
    assert done.args == ["printed"], feedback.error_text
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    qtbot.waitUntil(lambda: history.model.row_for(f"journal:{entry.id}") is not None, timeout=WAIT)
    settle(window.scan_clock, qtbot)

    command(window, Command.VOID)
    qtbot.waitUntil(lambda: isinstance(history.pending, QMessageBox) and history.pending.isVisible(), timeout=WAIT)
    assert window.tabs.currentWidget() is history and not feedback.error_pending
    question = history.pending
    assert "Void this label?" in question.text() and (entry.tracking_number or "") in question.text()
    settle(window.scan_clock, qtbot, ms=500)
    with window.sandbox.world.lock:
        assert not window.sandbox.world.v2_labels[entry.label_id]["voided"]  # the scan alone voided nothing
    assert window.ctx.printing.journal.get(entry.id).voided_at is None

    with qtbot.waitSignal(history.answered, timeout=WAIT) as answered:
        history.confirm_button.click()
    assert "voided" in answered.args[0]
    with window.sandbox.world.lock:
        assert window.sandbox.world.v2_labels[entry.label_id]["voided"]
    assert window.ctx.printing.journal.get(entry.id).voided_at is not None
    assert purchases(window) == 1


def test_void_command_answered_no_voids_nothing(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanc")
    ship, history = window.scanning.ship, window.history
    _order_id, number, _ = awaiting_us(window, skip=3)
    with qtbot.waitSignal(ship.finished, timeout=WAIT):
        scan(number, window.scan_clock)
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    qtbot.waitUntil(lambda: history.model.row_for(f"journal:{entry.id}") is not None, timeout=WAIT)
    settle(window.scan_clock, qtbot)
    command(window, Command.VOID)
    qtbot.waitUntil(lambda: isinstance(history.pending, QMessageBox) and history.pending.isVisible(), timeout=WAIT)
    history.pending.button(QMessageBox.StandardButton.Cancel).click()
    settle(window.scan_clock, qtbot, ms=500)
    with window.sandbox.world.lock:
        assert not window.sandbox.world.v2_labels[entry.label_id]["voided"]
    assert window.ctx.printing.journal.get(entry.id).voided_at is None


def test_verify_command_starts_checking_the_open_order(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanc", mode=ScanMode.OPEN)
    verify, feedback = window.scanning.verify, window.scanning.feedback
    order_id, number, record = awaiting_us(window, skip=4)
    open_by_scan(qtbot, window, order_id, number)
    with qtbot.waitSignal(verify.started, timeout=WAIT) as started:
        command(window, Command.VERIFY)
    assert started.args == [order_id] and not feedback.error_pending
    assert verify.dock is not None and verify.dock.isVisible()
    table = verify.panel.table
    assert table.rowCount() == len({i["sku"] for i in record["items"]})
    assert all(table.item(r, 2).text() == "0" for r in range(table.rowCount()))
    assert number in verify.panel.title.text()
    command(window, Command.CANCEL)  # CANCEL stops the check
    settle(window.scan_clock, qtbot)
    assert verify.count is None and not feedback.error_pending and table.rowCount() == 0


def test_next_goes_down_the_list_and_cancel_with_nothing_under_way_says_so(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanc", mode=ScanMode.OPEN)
    orders, feedback = window.orders, window.scanning.feedback
    window.tabs.setCurrentWidget(window.inventory)
    orders.select_row(2)
    command(window, Command.NEXT)
    settle(window.scan_clock, qtbot)
    assert window.tabs.currentWidget() is orders and orders.table.currentIndex().row() == 3
    window.scanning.router.set_mode(ScanMode.SHIP)
    command(window, Command.NEXT)  # every mode
    settle(window.scan_clock, qtbot)
    assert orders.table.currentIndex().row() == 4 and not feedback.error_pending
    command(window, Command.CANCEL)
    settle(window.scan_clock, qtbot)
    assert "nothing to cancel" in feedback.error_text
    assert purchases(window) == 0


def test_cancel_while_rating_stops_before_anything_is_bought(qtbot, make_window):
    window = ship_window(qtbot, make_window, name="scanc")
    ship = window.scanning.ship
    _order_id, number, _ = awaiting_us(window, skip=5)
    from shipdesk.sandbox.faults import FaultRule

    window.sandbox.world.faults.add(FaultRule("delay", path="/shipments/getrates", times=None, delay_seconds=2.0))
    scan(number, window.scan_clock)
    qtbot.waitUntil(lambda: ship.stage == "rating", timeout=WAIT)
    with qtbot.waitSignal(ship.finished, timeout=WAIT) as done:
        command(window, Command.CANCEL)
    assert done.args == ["stopped"]
    assert "stopped before anything was bought" in window.banners.banner("scan-ship").text
    qtbot.wait(3_000)  # the rates come back: still nothing bought
    assert purchases(window) == 0 and not ship.busy


def test_void_scanned_before_the_labels_tab_lists_the_new_label_waits_for_it(qtbot, make_window, cups, zpl_sink):
    window = ship_window(qtbot, make_window, name="scanc")
    ship, history, feedback = window.scanning.ship, window.history, window.scanning.feedback
    _order_id, number, _ = awaiting_us(window, skip=5)
    with qtbot.waitSignal(ship.finished, timeout=WAIT):
        scan(number, window.scan_clock)
    [entry] = [e for e in window.ctx.printing.journal.all() if e.has_label]
    qtbot.waitUntil(lambda: history.model.row_for(f"journal:{entry.id}") is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.ctx.printing.journal.get(entry.id).print_status == "printed", timeout=WAIT)
    settle(window.scan_clock, qtbot, ms=500)
    qtbot.waitUntil(lambda: history.load_job is None, timeout=WAIT)
    history.model.set_rows([])  # the Labels tab as it was before its reload after the purchase

    command(window, Command.VOID)
    qtbot.waitUntil(lambda: isinstance(history.pending, QMessageBox) and history.pending.isVisible(), timeout=WAIT)
    assert not feedback.error_pending and (entry.tracking_number or "") in history.pending.text()
    history.pending.button(QMessageBox.StandardButton.Cancel).click()
    settle(window.scan_clock, qtbot, ms=300)
    assert window.ctx.printing.journal.get(entry.id).voided_at is None
