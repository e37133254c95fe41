"""P3: scanner Enter → the label's print job spooled (scan to ship, the sandbox answering at once).

Target: ≤ 1.5× the floor and ≤ 150 ms. The floor is the same HTTP calls ShipDesk's scan makes, made with plain
httpx (`floor_runs` lists them), and the same raw submit (`lp -o raw` to the ZebraRaw queue of the private
cupsd, tests/private_cups.py), timed from the first call to `lp`'s job id.

ShipDesk's side is the scan-to-ship workflow (shipdesk/ui/scan_ship.py) in a real MainWindow in ship mode,
offscreen, on a sandbox in this process like the floor's, its station printing ZPL to ZebraRaw with no print
delay: an order number typed at scanner speed (5 ms a key, tests/scan_keys.py), then Enter; timed from Enter
to the `print_queue_changed` that follows the label's hand-over to `lp -o raw` (after `ScanToShip.printed`; a
run whose label the journal does not then call printed fails the figure). Its own calls are counted from the
session's call log. Where the workflow does not exist the figure says "not yet measurable",
with the floor measured all the same — never a stand-in.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .child import ROOT, Options, child_main, say, use_test_helpers
from .rows import MISS, NOT_MEASURABLE, PASS, Row, Target, timed_ms

if TYPE_CHECKING:
    from scan_keys import ScanClock

    from shipdesk.ui.main_window import MainWindow


def scan_to_ship_built() -> bool:
    """Whether the scan-to-ship workflow exists (shipdesk/ui/scan_ship.py, wired into the scan controller)."""
    import importlib.util

    return importlib.util.find_spec("shipdesk.ui.scan_ship") is not None and \
        "ScanToShip" in (ROOT / "shipdesk" / "ui" / "scan_controller.py").read_text(errors="replace")


def app_runs(repeat: int) -> tuple[list[float], list[int]]:
    """Milliseconds from Enter to the label handed to the spooler, and the HTTP calls each scan made."""
    use_test_helpers()
    from print_sink import Sink
    from private_cups import PrivateCups
    from PySide6.QtWidgets import QApplication
    from scan_keys import ScanClock

    from shipdesk.core.scan_commands import ScanMode
    from shipdesk.printing.printers import PrinterProfile, Stock, Transport
    from shipdesk.printing.station import Station
    from shipdesk.ui.main_window import MainWindow
    from shipdesk.ui.workers import WorkerRunner

    from .p4_purchases import domestic_orders
    from .qt_wait import settle, wait_until
    from .sandbox_session import session_on, start_sandbox

    _app = QApplication.instance() or QApplication([])
    sink = Sink()
    server = PrivateCups(sink.port)
    box = start_sandbox(orders=300, v1_limit=400)
    times: list[float] = []
    calls: list[int] = []
    with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p3-") as tmp:
        server.start()
        session = session_on(box, Path(tmp))
        session.settings.scan_print_delay_ms = 0  # the CANCEL window is a setting, not the app's speed
        runner = WorkerRunner()
        window = MainWindow(session, runner, Station(label=PrinterProfile(
            "ZebraRaw", Transport.CUPS_RAW, 203, Stock.FOUR_BY_SIX), auto_print=True))
        try:
            shown: list[int] = []
            window.ctx.orders_shown.connect(shown.append)
            window.show()
            window.start()
            wait_until(lambda: bool(shown), 60, "orders on screen")
            clock = ScanClock()
            window.scanning.filter.clock = clock
            window.scanning.router.set_mode(ScanMode.SHIP)
            with box.world.lock:
                numbers = {int(o["orderId"]): o["orderNumber"] for o in box.world.orders.values()}
            for n, order_id in enumerate(domestic_orders(box, repeat + 1)):
                took, made = _one_scan(window, clock, numbers[order_id])
                if n:  # the first scan reads the carrier lists and warms the connections: not timed
                    times.append(took)
                    calls.append(made)
                    say(f"P3 run {n}: {took:.1f} ms, {made} calls")
                clock.advance(500)
                settle(100)
        finally:
            window.close()
            runner.cancel_all()
            runner.wait(10_000)
            session.close()
            server.stop()
            box.stop()
            sink.close()
    return times, calls


def _one_scan(window: MainWindow, clock: ScanClock, number: str) -> tuple[float, int]:
    """One scan of `number` in ship mode: (ms from Enter to the print pass that spooled its label, calls made)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from scan_keys import type_text

    from .qt_wait import wait_until

    ship, session = window.scanning.ship, window.session
    passes: list[float] = []
    outcome: list[str] = []
    printed: list[object] = []
    connections = [
        window.ctx.print_queue_changed.connect(lambda: passes.append(time.perf_counter()) if printed else None),
        ship.printed.connect(printed.append), ship.finished.connect(outcome.append)]
    logged = len(session.call_log.last())
    type_text(number, clock, 5.0, window)  # the scanner's burst, before its Enter
    clock.advance(5.0)
    started = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_Return)
    wait_until(lambda: bool(passes) or (bool(outcome) and outcome[0] != "printed"), 60, "scan to ship")
    for connection in connections:
        QApplication.instance().disconnect(connection)  # type: ignore[union-attr]
    if not passes:
        raise RuntimeError(f"scan to ship ended {outcome}: {window.scanning.feedback.error_text}")
    entry = printed[0]
    if window.ctx.printing.journal.get(entry.id).print_status != "printed":  # type: ignore[attr-defined]
        raise RuntimeError(f"the label of {number} was not handed to the printer (held in the print queue?)")
    return (passes[0] - started) * 1000, len(session.call_log.last()) - logged


def floor_runs(repeat: int) -> list[float]:
    """Milliseconds of the calls a scan to ship makes, in plain httpx, plus the raw submit, `repeat` times.

    The same nine calls ShipDesk's scan makes (its call log): the order (read fresh once: the ship job rates
    it and the Orders tab shows that copy), V2 rates and V1 rates from each of the three carriers at once, the
    shipment's labels and the shipment (already has a label?), the purchase from the rate as ZPL, the label
    file; then `lp -o raw`."""
    use_test_helpers()
    from concurrent.futures import ThreadPoolExecutor

    import httpx
    from print_sink import Sink
    from private_cups import PrivateCups

    from .p4_purchases import domestic_orders
    from .sandbox_session import start_sandbox

    sink = Sink()
    box = start_sandbox(orders=300, v1_limit=400)
    server = PrivateCups(sink.port)
    times: list[float] = []
    cfg = box.config
    try:
        server.start()
        v1 = httpx.Client(base_url=box.url, auth=(cfg.v1_key, cfg.v1_secret), timeout=10)
        v2 = httpx.Client(base_url=box.url, headers={"API-Key": cfg.v2_key}, timeout=10)
        pool = ThreadPoolExecutor(4)
        with v1, v2, pool:
            # What a station knows before any scan (the Rates tab's catalog): carriers and the ship-from.
            usps = next(c["carrier_id"] for c in v2.get("/v2/carriers").json()["carriers"]
                        if c["carrier_code"] == "stamps_com")
            warehouse = v2.get("/v2/warehouses").json()["warehouses"][0]
            origin = warehouse["origin_address"]

            def scan_to_ship(order_id: int) -> None:
                order = v1.get(f"/orders/{order_id}").json()
                to, weight = order["shipTo"], order["weight"] or {"value": 12, "units": "ounces"}
                shipment = {"warehouse_id": warehouse["warehouse_id"], "ship_to": {
                    "name": to["name"], "phone": to.get("phone") or "555-0100", "address_line1": to["street1"],
                    "city_locality": to["city"], "state_province": to["state"], "postal_code": to["postalCode"],
                    "country_code": to["country"]},
                    "packages": [{"weight": {"value": weight["value"], "unit": "ounce"}}]}
                v2_rates = pool.submit(v2.post, "/v2/rates", json={"shipment": shipment,
                                                                    "rate_options": {"carrier_ids": [usps]}})
                v1_rates = [pool.submit(v1.post, "/shipments/getrates", json={
                    "carrierCode": carrier, "fromPostalCode": origin["postal_code"], "toState": to["state"],
                    "toCountry": to["country"], "toPostalCode": to["postalCode"], "toCity": to["city"],
                    "weight": weight}) for carrier in ("stamps_com", "ups", "fedex")]
                for answer in (v2_rates.result(), *(f.result() for f in v1_rates)):
                    answer.raise_for_status()
                answer = v2_rates.result().json()
                rated = answer["rate_response"]
                rate = min(rated["rates"], key=lambda r: r["shipping_amount"]["amount"])
                v2.get("/v2/labels", params={"shipment_id": answer["shipment_id"],
                                             "page_size": 100, "page": 1}).raise_for_status()
                v2.get(f"/v2/shipments/{answer['shipment_id']}").raise_for_status()
                label = v2.post(f"/v2/labels/rates/{rate['rate_id']}", json={"label_format": "zpl"}).json()
                zpl = v2.get(label["label_download"]["href"]).content
                subprocess.run(["lp", "-d", "ZebraRaw", "-o", "raw", "-t", "label", "-"], input=zpl, check=True,
                               capture_output=True)

            orders = domestic_orders(box, repeat + 1)
            scan_to_ship(orders[0])  # warm: connections, the queue
            for n, order_id in enumerate(orders[1:]):
                times.append(timed_ms(lambda o=order_id: scan_to_ship(o)))
                say(f"P3 floor run {n + 1}: {times[-1]:.1f} ms")
    finally:
        server.stop()
        box.stop()
        sink.close()
    return times


def measure(options: Options) -> list[Row]:
    row = Row("P3", "scanner Enter → label print job spooled (scan to ship)", "ms",
              Target("ratio_max", 1.5, "≤ 1.5× floor and ≤ 150 ms"),
              floor_what="the same calls with httpx + `lp -o raw`")
    row.floor = floor_runs(options.repeat)
    if not scan_to_ship_built():
        row.status = NOT_MEASURABLE
        row.note = "not yet measurable: scan to ship not built (no shipdesk/ui/scan_ship.py); the floor is measured"
        return [row]
    row.samples, calls = app_runs(options.repeat)
    value, ratio = row.median, row.ratio
    row.status = PASS if value is not None and ratio is not None and value <= 150 and ratio <= 1.5 else MISS
    row.note = (f"ShipDesk made {min(calls)}–{max(calls)} HTTP calls a scan, the floor the same nine (its V2 and "
                "three V1 rate calls at once, as ShipDesk does); the print delay is set to 0 (it is the packer's CANCEL "
                "window); the first scan of each (carrier lists, connections) is not timed")
    return [row]


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
