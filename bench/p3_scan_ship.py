"""P3: scanner Enter → the label's print job spooled (scan to ship, the sandbox answering at once).

Target: ≤ 1.5× the floor and ≤ 150 ms. The floor is the same HTTP calls ShipDesk's scan makes, made with plain
httpx (`FloorScans` lists them), and the same raw submit (`lp -o raw` to the ZebraRaw queue of the private
cupsd, tests/private_cups.py), timed from the first call to `lp`'s job id.

ShipDesk's side is the scan-to-ship workflow (shipdesk/ui/scan_ship.py) in a real MainWindow in ship mode,
offscreen, its station printing ZPL to ZebraRaw with no print delay: an order number typed at scanner speed
(5 ms a key, tests/scan_keys.py), then Enter; timed from Enter to the `print_queue_changed` that follows the
label's hand-over to `lp -o raw` (after `ScanToShip.printed`; a run whose label the journal does not then call
printed fails the figure). Its own calls are counted from the session's call log.

Both sides talk to one sandbox in a process of its own (bench/sandbox_process.py: ShipStation is another
computer, and ShipDesk's demo runs its sandbox as a child process too) and print through one cupsd, and their
scans alternate, so the ratio compares the two in the same moments of a shared machine. Where the workflow
does not exist the figure says "not yet measurable", with the floor measured all the same — never a stand-in.
"""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .child import ROOT, Options, child_main, say, use_test_helpers
from .rows import MISS, NOT_MEASURABLE, PASS, Row, Target, timed_ms

SANDBOX = {"orders": 300, "v1_limit": 400}  # V1's 40 a minute would make the runs wait, not the app

if TYPE_CHECKING:
    from scan_keys import ScanClock

    from shipdesk.ui.main_window import MainWindow


def scan_to_ship_built() -> bool:
    """Whether the scan-to-ship workflow exists (shipdesk/ui/scan_ship.py, wired into the scan controller)."""
    import importlib.util

    return importlib.util.find_spec("shipdesk.ui.scan_ship") is not None and \
        "ScanToShip" in (ROOT / "shipdesk" / "ui" / "scan_controller.py").read_text(errors="replace")


class AppScans:
    """ShipDesk's side: a real MainWindow in ship mode on the sandbox, its station printing ZPL to ZebraRaw."""

    def __init__(self, url: str, numbers: dict[int, str], profile: Path) -> None:
        from PySide6.QtWidgets import QApplication
        from scan_keys import ScanClock

        from shipdesk.core.scan_commands import ScanMode
        from shipdesk.printing.printers import PrinterProfile, Stock, Transport
        from shipdesk.printing.station import Station
        from shipdesk.sandbox import SandboxConfig
        from shipdesk.ui.main_window import MainWindow
        from shipdesk.ui.workers import WorkerRunner

        from .qt_wait import wait_until
        from .sandbox_session import session_at

        self._app = QApplication.instance() or QApplication([])
        self.numbers = numbers
        self.session = session_at(url, SandboxConfig(**SANDBOX), profile)  # type: ignore[arg-type]
        self.session.settings.scan_print_delay_ms = 0  # the CANCEL window is a setting, not the app's speed
        self.runner = WorkerRunner()
        self.window = MainWindow(self.session, self.runner, Station(label=PrinterProfile(
            "ZebraRaw", Transport.CUPS_RAW, 203, Stock.FOUR_BY_SIX), auto_print=True))
        shown: list[int] = []
        self.window.ctx.orders_shown.connect(shown.append)
        self.window.show()
        self.window.start()
        wait_until(lambda: bool(shown), 60, "orders on screen")
        self.clock = ScanClock()
        self.window.scanning.filter.clock = self.clock
        self.window.scanning.router.set_mode(ScanMode.SHIP)

    def scan(self, order_id: int) -> tuple[float, int]:
        """(ms from Enter to the label handed to the spooler, HTTP calls the scan made)."""
        from .qt_wait import settle

        took = _one_scan(self.window, self.clock, self.numbers[order_id])
        self.clock.advance(500)
        settle(100)
        return took

    def close(self) -> None:
        self.window.close()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self.session.close()


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


class FloorScans:
    """The floor: the same nine calls ShipDesk's scan makes (its call log), in plain httpx, then `lp -o raw`.

    The order (read fresh once: the ship job rates it and the Orders tab shows that copy), V2 rates and V1
    rates from each of the three carriers at once, the shipment's labels and the shipment (already has a
    label?), the purchase from the rate as ZPL, the label file."""

    def __init__(self, url: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        import httpx

        from shipdesk.sandbox import SandboxConfig

        cfg = SandboxConfig(**SANDBOX)  # type: ignore[arg-type]
        self.v1 = httpx.Client(base_url=url, auth=(cfg.v1_key, cfg.v1_secret), timeout=10)
        self.v2 = httpx.Client(base_url=url, headers={"API-Key": cfg.v2_key}, timeout=10)
        self.pool = ThreadPoolExecutor(4)
        # What a station knows before any scan (the Rates tab's catalog): carriers and the ship-from.
        self.usps = next(c["carrier_id"] for c in self.v2.get("/v2/carriers").json()["carriers"]
                         if c["carrier_code"] == "stamps_com")
        self.warehouse = self.v2.get("/v2/warehouses").json()["warehouses"][0]

    def scan(self, order_id: int) -> float:
        return timed_ms(lambda: self._scan_to_ship(order_id))

    def _scan_to_ship(self, order_id: int) -> None:
        v1, v2, pool, warehouse = self.v1, self.v2, self.pool, self.warehouse
        origin = warehouse["origin_address"]
        order = v1.get(f"/orders/{order_id}").json()
        to, weight = order["shipTo"], order["weight"] or {"value": 12, "units": "ounces"}
        shipment = {"warehouse_id": warehouse["warehouse_id"], "ship_to": {
            "name": to["name"], "phone": to.get("phone") or "555-0100", "address_line1": to["street1"],
            "city_locality": to["city"], "state_province": to["state"], "postal_code": to["postalCode"],
            "country_code": to["country"]},
            "packages": [{"weight": {"value": weight["value"], "unit": "ounce"}}]}
        v2_rates = pool.submit(v2.post, "/v2/rates", json={"shipment": shipment,
                                                            "rate_options": {"carrier_ids": [self.usps]}})
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

    def close(self) -> None:
        self.pool.shutdown()
        self.v1.close()
        self.v2.close()


def runs(repeat: int, with_app: bool) -> tuple[list[float], list[float], list[int]]:
    """(floor ms, ShipDesk ms, ShipDesk's calls a scan): one sandbox process, one cupsd, the two sides'
    scans alternating, so a busy moment of the shared machine falls on both alike. The first scan of each
    side reads the carrier lists and warms the connections: not timed."""
    use_test_helpers()
    from print_sink import Sink
    from private_cups import PrivateCups

    from .sandbox_process import spawn

    floor: list[float] = []
    app: list[float] = []
    calls: list[int] = []
    with contextlib.ExitStack() as stack:
        sink = Sink()
        stack.callback(sink.close)
        box = spawn(SANDBOX, domestic=2 * (repeat + 1))
        stack.callback(box.stop)
        server = PrivateCups(sink.port)
        stack.callback(server.stop)
        server.start()
        floor_side = FloorScans(box.url)
        stack.callback(floor_side.close)
        app_side = None
        if with_app:
            app_side = AppScans(box.url, box.numbers, Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="shipdesk-bench-p3-"))))
            stack.callback(app_side.close)
        for n in range(repeat + 1):
            took = floor_side.scan(box.domestic[2 * n])
            if n:
                floor.append(took)
                say(f"P3 floor run {n}: {took:.1f} ms")
            if app_side is not None:
                took, made = app_side.scan(box.domestic[2 * n + 1])
                if n:
                    app.append(took)
                    calls.append(made)
                    say(f"P3 run {n}: {took:.1f} ms, {made} calls")
    return floor, app, calls


def measure(options: Options) -> list[Row]:
    row = Row("P3", "scanner Enter → label print job spooled (scan to ship)", "ms",
              Target("ratio_max", 1.5, "≤ 1.5× floor and ≤ 150 ms"),
              floor_what="the same calls with httpx + `lp -o raw`")
    built = scan_to_ship_built()
    row.floor, row.samples, calls = runs(options.repeat, built)
    if not built:
        row.status = NOT_MEASURABLE
        row.note = "not yet measurable: scan to ship not built (no shipdesk/ui/scan_ship.py); the floor is measured"
        return [row]
    value, ratio = row.median, row.ratio
    row.status = PASS if value is not None and ratio is not None and value <= 150 and ratio <= 1.5 else MISS
    row.note = (f"ShipDesk made {min(calls)}–{max(calls)} HTTP calls a scan, the floor the same nine (its V2 and "
                "three V1 rate calls at once, as ShipDesk does); the two sides' scans alternate on one sandbox "
                "process; the print delay is set to 0 (it is the packer's CANCEL window); the first scan of each "
                "(carrier lists, connections) is not timed")
    return [row]


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
