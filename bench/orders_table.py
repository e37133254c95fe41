"""Orders table benchmark: the Orders model over 100,000 cached orders, sorting and filtering in the model.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/orders_table.py [--orders 100000] [--repeat 3]

Orders come from the sandbox's seed (realistic names, SKUs, statuses, stores, tags), go through the real
SQLite cache (`OrderCache`), and are loaded into the real `OrdersModel` with a `QTableView` attached, as in
the app. Each step prints its median time and its ratio to a floor measured in this same run on the same
rows: for a sort, a plain `sorted()` over the same tuples by the same key; for a filter, one plain list
comprehension with the same test. Ratios, not seconds, are what to compare between machines.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shipdesk.core import order_cache as oc
from shipdesk.core.db import Database
from shipdesk.core.order_cache import CacheRow, OrderCache
from shipdesk.sandbox import Sandbox, SandboxConfig
from shipdesk.sandbox.timefmt import v1_json_default


def seeded_rows(count: int) -> list[CacheRow]:
    """Cache rows from the sandbox's seeded orders, without HTTP (paging 100k orders at V1's 40 calls a
    minute is not what this measures). The JSON column gets real wire JSON of the right size: a thousand
    records go through the V1 model as a sync would, and the rest reuse those texts."""
    from shipdesk.api.v1.models import Order

    world = Sandbox(SandboxConfig(orders=count)).world
    texts = [Order.model_validate_json(json.dumps(o, default=v1_json_default)).model_dump_json(
        by_alias=True, exclude_none=True) for o in itertools.islice(world.orders.values(), 1000)]
    rows: list[CacheRow] = []
    for n, o in enumerate(world.orders.values()):
        items = [i for i in o["items"] if not i["adjustment"]]
        rows.append((
            o["orderId"], o["orderNumber"], o["orderDate"].timestamp(), o["shipTo"]["name"],
            o["shipTo"]["country"],
            sum(i["quantity"] for i in items), float(o["weight"]["value"]), o["requestedShippingService"],
            o["orderStatus"], " ".join(str(t) for t in o["tagIds"] or ()), o["advancedOptions"]["storeId"],
            " ".join(dict.fromkeys(i["sku"] for i in items)), o["createDate"].timestamp(),
            o["modifyDate"].timestamp(), o["shipByDate"].timestamp(), None, texts[n % len(texts)],
        ))
    return rows


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class Report:
    def __init__(self) -> None:
        print(f"{'step':<54}{'ms':>10}{'× floor':>10}")

    def line(self, name: str, seconds: float, floor: float | None = None) -> None:
        ratio = f"{seconds / floor:>10.2f}" if floor else f"{'':>10}"
        print(f"{name:<54}{seconds * 1000:>10.1f}{ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from shipdesk.ui.orders_model import ALL, COLUMN_COUNT, OrderFilter, OrdersModel

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    cache_rows = seeded_rows(args.orders)
    print(f"{args.orders:,} seeded orders in {time.perf_counter() - started:.1f} s\n")
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite3")
        cache = OrderCache(db)
        report.line("cache: upsert all (one transaction)",
                    median_time(lambda: cache.upsert_rows(cache_rows), 1))
        rows = cache.load_rows()
        report.line("cache: load the table rows", median_time(cache.load_rows, args.repeat))
        some_id = rows[len(rows) // 2][oc.ORDER_ID]
        report.line("cache: one order's details (JSON → Order)",
                    median_time(lambda: cache.get_order(some_id), args.repeat))
        db.close()

    model = OrdersModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    model.set_filter(OrderFilter(status=ALL))
    report.line("model: load (search keys built once)", median_time(lambda: model.load(rows), args.repeat))
    view.selectRow(500)  # a selection to carry through every sort and filter, as in the app
    print()
    # The model's own tuples in the order it sorts them from (order id), so a floor sorts the same input.
    extended = sorted(model.visible_rows(), key=lambda r: r[oc.ORDER_ID])
    for column in range(COLUMN_COUNT):
        name = str(model.headerData(column, Qt.Orientation.Horizontal))
        key = model._sort_key(column)  # the very key function the model sorts by (private, on purpose)
        floor = median_time(lambda k=key: sorted(extended, key=k), args.repeat)
        report.line(f"sorted() by {name} (floor)", floor)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            word = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            report.line(f"  model.sort({name}, {word})",
                        median_time(lambda c=column, o=order: model.sort(c, o), args.repeat), floor)
    print()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    search_key = len(oc.TABLE_COLUMNS)  # the model appends its lower-case search text to each row
    dates = sorted(r[oc.ORDER_DATE] for r in extended)
    low, high = dates[len(dates) // 3], dates[len(dates) // 2]
    # Each floor is the same test written inline in one list comprehension over the same tuples.
    filters: list[tuple[str, dict[str, Any], Callable[[], object]]] = [
        ("status = awaiting_shipment", {"status": "awaiting_shipment"},
         lambda: [r for r in extended if r[oc.STATUS] == "awaiting_shipment"]),
        ("store = 11003", {"store_id": 11003}, lambda: [r for r in extended if r[oc.STORE_ID] == 11003]),
        ("text 'smith' (customer)", {"text": "smith"},
         lambda: [r for r in extended if "smith" in r[search_key]]),
        ("text 'tee-bla' (SKU)", {"text": "tee-bla"},
         lambda: [r for r in extended if "tee-bla" in r[search_key]]),
        ("order date in a range", {"date_from": low, "date_to": high},
         lambda: [r for r in extended if r[oc.ORDER_DATE] is not None and r[oc.ORDER_DATE] >= low
                  and r[oc.ORDER_DATE] < high]),
    ]
    everything = OrderFilter(status=ALL)
    for name, change, comprehension in filters:
        floor = median_time(comprehension, args.repeat)
        report.line(f"list comprehension: {name} (floor)", floor)
        narrowed = OrderFilter(**{"status": ALL, **change})
        applied, cleared = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            model.set_filter(narrowed)
            applied.append(time.perf_counter() - started)
            shown = model.rowCount()
            started = time.perf_counter()
            model.set_filter(everything)
            cleared.append(time.perf_counter() - started)
        report.line(f"  model filter, sorted by date ({shown:,} rows)", statistics.median(applied), floor)
        report.line("  model filter cleared (100% of rows)", statistics.median(cleared), floor)
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
