"""Sync pages arriving while the Orders table is sorted, filtered or searched: after every page the table
shows exactly what a table built fresh from the same orders shows, in the same order (ties in order-id order).

A page is merged into what is on screen rather than sorting the whole table again (bench P6), and the rows
are put back in order-id order only when a sort or search needs it; these check that shortcut never shows a
different table, including orders that change, leave or join the filter, arrive out of order, or repeat.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from shipdesk.core import order_cache as oc
from shipdesk.ui.orders_model import ALL, COL_TAGS, COLUMN_COUNT, OrderFilter, OrdersModel

NAMES = ["Ann Smith", "Bo Smithers", "Cy Mills", "Di Smit"]
SKUS = ["TEE-BLA-M", "MUG-SM", "CAP-RED"]
STATUSES = ["awaiting_shipment", "shipped", "on_hold"]

order_strategy = st.tuples(
    st.integers(1, 60), st.sampled_from(NAMES), st.sampled_from(SKUS), st.sampled_from(STATUSES),
    st.sampled_from([11001, 11002]), st.integers(0, 3), st.sampled_from([None, 4.0, 20.0]),
    st.sampled_from(["NW-9", "NW-10", "100", "99"]), st.sampled_from(["", "1", "2 1"]))
pages_strategy = st.lists(st.lists(order_strategy, max_size=12), min_size=1, max_size=6)


def row(order: tuple) -> tuple:
    oid, name, sku, status, store, day, weight, number, tags = order
    return (oid, number, 1.7e9 + day * 86400 if day else None, name, "US", 1, weight, "USPS", status, tags,
            store, sku)


def shown(model: OrdersModel) -> list[int]:
    return [r[oc.ORDER_ID] for r in model.visible_rows()]


def fresh_table(rows: dict[int, tuple], column: int, order: Qt.SortOrder, flt: OrderFilter,
                tags: dict[int, str]) -> list[int]:
    fresh = OrdersModel()
    fresh.set_tags(tags)
    fresh.sort(column, order)
    fresh.set_filter(flt)
    fresh.load(list(rows.values()))
    return shown(fresh)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(order_strategy, max_size=15), pages=pages_strategy,
       column=st.integers(0, COLUMN_COUNT - 1), descending=st.booleans(),
       status=st.sampled_from([ALL, "awaiting_shipment"]), store=st.sampled_from([None, 11001]),
       text=st.sampled_from(["", "sm", "cap", "nw-1"]), renamed_tags=st.booleans())
def test_each_sync_page_shows_what_a_fresh_table_shows(qtbot, first, pages, column, descending, status, store,
                                                        text, renamed_tags):
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    flt = OrderFilter(status=status, store_id=store, text=text)
    tags = {1: "Rush", 2: "Gift"}
    cached = {o[0]: row(o) for o in first}
    syncing = OrdersModel()
    syncing.set_tags(tags)
    syncing.load(list(cached.values()))
    syncing.sort(column, order)
    syncing.set_filter(flt)
    for n, page in enumerate(pages):
        if renamed_tags and n == 1:
            tags = {1: "Alpha", 2: "Zed"}  # the tag names a sort by tags goes by change mid-sync, and flip
            syncing.set_tags(tags)
        rows = [row(o) for o in page]
        syncing.upsert(rows)
        cached.update((r[oc.ORDER_ID], r) for r in rows)
        assert shown(syncing) == fresh_table(cached, column, order, flt, tags), (n, column, order)
    syncing.update_filter(text="")  # a search or sort after the sync uses the kept rows, in order-id order
    assert shown(syncing) == fresh_table(cached, column, order, OrderFilter(status=status, store_id=store), tags)
    assert syncing.find_number("nw-9") == sorted(i for i, r in cached.items() if r[oc.NUMBER] == "NW-9")


def test_a_page_keeps_the_selected_order_selected(qtbot):
    from PySide6.QtWidgets import QTableView

    model = OrdersModel()
    model.set_filter(OrderFilter(status=ALL))
    model.load([row((n, "Ann Smith", "MUG-SM", "shipped", 11001, 1 + n % 3, 4.0, f"NW-{n}", "")) for n in (10, 20, 30)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(model.row_of(20))
    model.upsert([row((n, "Bo Mills", "CAP-RED", "shipped", 11001, 1, 4.0, f"NW-{n}", "")) for n in (5, 25, 15)])
    selected = [model.order_id_at(i.row()) for i in view.selectionModel().selectedRows()]
    assert selected == [20] and model.rowCount() == 6


def test_a_page_after_tags_are_renamed_puts_a_sort_by_tags_in_the_new_order(qtbot):
    model = OrdersModel()
    model.set_tags({1: "Rush", 2: "Gift"})
    model.set_filter(OrderFilter(status=ALL))
    model.load([row((n, "Ann Smith", "MUG-SM", "shipped", 11001, 1, 4.0, f"NW-{n}", tag))
                for n, tag in ((10, "1"), (20, "2"), (30, "1"))])
    model.sort(COL_TAGS, Qt.SortOrder.AscendingOrder)
    assert shown(model) == [20, 10, 30]  # Gift, Rush, Rush
    model.set_tags({1: "Alpha", 2: "Zed"})
    model.upsert([row((40, "Bo Mills", "CAP-RED", "shipped", 11001, 1, 4.0, "NW-40", "2"))])
    assert shown(model) == [10, 30, 20, 40]  # Alpha, Alpha, Zed, Zed


def test_a_page_does_not_move_the_orders_a_packer_is_reading(qtbot):
    from PySide6.QtWidgets import QTableView

    from shipdesk.ui.scroll_anchor import keeping_top_order

    model = OrdersModel()
    model.set_filter(OrderFilter(status=ALL))
    model.load([row((n, "Ann Smith", "MUG-SM", "shipped", 11001, 1, 4.0, f"NW-{n}", "")) for n in range(100, 300)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    table.verticalScrollBar().setValue(50)
    top = model.order_id_at(table.rowAt(0))
    earlier = [row((n, "Bo Mills", "CAP-RED", "shipped", 11001, 1, 4.0, f"NW-{n}", "")) for n in range(1, 21)]
    keeping_top_order(table, model, lambda: model.upsert(earlier))  # 20 orders sort in above the view
    assert model.order_id_at(table.rowAt(0)) == top
    table.verticalScrollBar().setValue(0)  # at the very top, new orders show as they come
    keeping_top_order(table, model, lambda: model.upsert([row((0, "Cy", "MUG-SM", "shipped", 11001, 1, 4.0,
                                                                 "NW-0", ""))]))
    assert model.order_id_at(table.rowAt(0)) == 0


def test_an_order_read_again_unchanged_moves_and_repaints_nothing(qtbot):
    """Scan to ship's fresh read of the scanned order, or a re-sync, usually brings the same order back: the
    table keeps its layout (no relayout, no repaint of the view), and a real change still shows."""
    from PySide6.QtWidgets import QTableView

    model = OrdersModel()
    model.set_filter(OrderFilter(status=ALL))
    orders = [row((n, "Ann Smith", "MUG-SM", "shipped", 11001, 1, 4.0, f"NW-{n}", "")) for n in range(1, 40)]
    model.load(orders)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    table.selectRow(5)
    relayouts, changes = [], []
    model.layoutChanged.connect(lambda *_: relayouts.append(1))
    model.dataChanged.connect(lambda *_: changes.append(1))
    model.upsert([orders[5], orders[6]])  # the same rows again
    assert not relayouts and not changes and table.currentIndex().row() == 5
    changed = row((6, "Ann Smith", "MUG-SM", "on_hold", 11001, 1, 4.0, "NW-6", ""))
    model.upsert([orders[5], changed])
    assert relayouts and model.visible_rows()[5][oc.STATUS] == "on_hold" and table.currentIndex().row() == 5
