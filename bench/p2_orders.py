"""P2: the real Orders tab over 100,000 cached orders: a filter keystroke, a column sort, memory above bare Qt.

The app is started in-process the way `main.py --demo` starts it (demo session, MainWindow, offscreen) on a
profile whose order cache already holds the orders (written by a separate process, through the real
OrderCache, from the sandbox's seed: bench/orders_table.py `seeded_rows`), with a sync cursor so the start-up
sync is a delta. After the first orders are on screen and the sync is over, the status filter is set to All
statuses and a row is selected, as a packer looking for an order would have it.

- filter keystroke: a key typed into the search field (QTest), then the filter the field's typing pause
  (SEARCH_DELAY_MS) would run, then the repaint: the time a packer waits once the pause is over. Typing
  "smi" and erasing it, each keystroke one sample.
- sort: the header's sort (QTableView.sortByColumn, as a click) on several columns, both ways, repainted.
- RSS: this process's resident memory at the end, minus a bare PySide6 window's (bench/bare_window.py,
  measured in the same run).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .child import ROOT, Options, child_main, say
from .rows import Row, Target, timed_ms

if TYPE_CHECKING:
    from shipdesk.ui.orders_tab import OrdersTab

ORDERS = 100_000
TYPED = "smi"


def fill_profile(profile: Path, orders: int) -> None:
    """The profile's cache holds `orders` seeded orders and a sync cursor (runs in its own process, so the
    seeding's garbage is not in the measured process's memory)."""
    from shipdesk.config import Paths
    from shipdesk.core.db import Database
    from shipdesk.core.order_cache import OrderCache
    from shipdesk.core.sync import CURSOR_KEY, SyncState

    from .orders_table import seeded_rows

    db = Database(Paths(str(profile)).database)
    OrderCache(db).upsert_rows(seeded_rows(orders))
    SyncState(db).set(CURSOR_KEY, datetime.now(UTC).isoformat())
    db.close()


def bare_rss_mib() -> float:
    from .p1_startup import bare_window

    return bare_window()[1] / 1024


def measure(options: Options) -> list[Row]:
    orders = ORDERS
    with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p2-") as tmp:
        say(f"P2: writing {orders:,} orders into a profile's cache")
        subprocess.run([sys.executable, "-m", "bench.p2_orders", "--fill", tmp, "--orders", str(orders)],
                       check=True, cwd=ROOT)
        return _measure_app(Path(tmp), options)


def _measure_app(profile: Path, options: Options) -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from shipdesk.core.session import SessionOptions, open_session
    from shipdesk.ui.main_window import MainWindow
    from shipdesk.ui.orders_model import ALL, COL_CUSTOMER, COL_DATE, COL_NUMBER, COL_STATUS, COL_WEIGHT
    from shipdesk.ui.workers import WorkerRunner

    from .bare_window import rss_kib
    from .qt_wait import settle, wait_until

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive for the whole measurement
    session = open_session(SessionOptions(demo=True, profile_dir=str(profile)))
    runner = WorkerRunner()
    window = MainWindow(session, runner)
    tab = window.orders
    synced: list[object] = []
    tab.sync_finished.connect(synced.append)
    window.show()
    window.start()
    try:
        wait_until(lambda: tab.model.total >= ORDERS and bool(synced), 300, "100,000 orders on screen, synced")
        tab.status_combo.setCurrentIndex(tab.status_combo.findData(ALL))
        tab.select_row(500)
        settle()
        say(f"P2: {tab.model.rowCount():,} orders shown")
        tab.search.setFocus()
        keystrokes: list[float] = []
        holds: list[float] = []
        for _ in range(options.repeat):
            for key in [*TYPED, *(["\b"] * len(TYPED))]:
                keystrokes.append(_keystroke(tab, key, holds))
        sorts: list[float] = []
        columns = (COL_NUMBER, COL_CUSTOMER, COL_DATE, COL_STATUS, COL_WEIGHT)
        for _ in range(options.repeat):
            for column in columns:
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    sorts.append(timed_ms(lambda c=column, o=order: (tab.table.sortByColumn(c, o), settle())))
        app_mib = rss_kib() / 1024
    finally:
        window.close()
        runner.cancel_all()
        runner.wait(10_000)
        session.close()
    bare = [bare_rss_mib() for _ in range(min(3, options.repeat))]
    rows = [
        Row("P2 filter", f"filter keystroke over {ORDERS:,} cached orders (all statuses), after the typing pause",
            "ms", Target("value_max", 30, "≤ 30 ms"), samples=keystrokes,
            note=f"typing \"{TYPED}\" and erasing it, each key a sample: the key's handling, then the filter and "
                 f"repaint its typing pause ends in. Not counted: the pause ({_delay()} ms after the last key) and "
                 f"the scanner filter's hold before it (median {statistics.median(holds):.0f} ms a key, "
                 "up to 35 ms by design)"),
        Row("P2 sort", f"sort a column over {ORDERS:,} cached orders (header click), repainted", "ms",
            Target("value_max", 300, "≤ 300 ms"), samples=sorts,
            note="order #, customer, date, status, weight; each both ways"),
        Row("P2 RSS", f"resident memory with {ORDERS:,} cached orders, above a bare PySide6 window", "MiB",
            Target("value_max", 250, "≤ 250 MB"), samples=[app_mib - statistics.median(bare)], floor=bare,
            floor_what="bare PySide6 QMainWindow's RSS", show_ratio=False,
            note=f"ShipDesk's process: {app_mib:.0f} MiB (the demo sandbox is a child process, not counted)"),
    ]
    return [r for r in rows if options.wants(r.id.split()[0]) or options.wants(r.id)]


def _keystroke(tab: OrdersTab, key: str, holds: list[float]) -> float:
    """One key into the search field, then what its typing pause ends in: the filter and the repaint (ms).

    The app's scanner filter holds every typed key up to 35 ms to tell a person from a scanner; that wait is
    before the typing pause and is recorded apart (`holds`), like the pause itself it is not the filter's."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from .qt_wait import settle, wait_until

    expected = tab.search.text()[:-1] if key == "\b" else tab.search.text() + key
    started = time.perf_counter()
    QTest.keyClick(tab.search, Qt.Key.Key_Backspace if key == "\b" else key)
    typed = time.perf_counter()
    wait_until(lambda: tab.search.text() == expected, 5, "the key to reach the search field")
    holds.append((time.perf_counter() - started) * 1000)
    filtering = time.perf_counter()
    tab.filters.search_timer.stop()  # run now what its timeout would run
    tab.filters.apply_search()
    settle()
    return (typed - started + time.perf_counter() - filtering) * 1000


def _delay() -> int:
    from shipdesk.ui.orders_filter_bar import SEARCH_DELAY_MS

    return SEARCH_DELAY_MS


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill")
    parser.add_argument("--orders", type=int, default=ORDERS)
    args, _ = parser.parse_known_args()
    if args.fill:
        fill_profile(Path(args.fill), args.orders)
        return 0
    return child_main(measure)


if __name__ == "__main__":
    raise SystemExit(main())
