"""Typing into the Orders search, a key at a time, with any sort and filters: after every keystroke the table
shows exactly the orders a fresh table with that search shows, in the same order (ties in order-id order).

The model narrows what is on screen while a search is extended and filters a kept sorted copy otherwise
(bench P2: a keystroke over 100,000 orders); these check that the shortcuts never show a different table.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from shipdesk.core import order_cache as oc
from shipdesk.ui.orders_model import ALL, COLUMN_COUNT, OrderFilter, OrdersModel

NAMES = ["Ann Smith", "Bo Smithers", "Cy Mills", "Di Smit", "Ed Amis", "Flo Sm"]
SKUS = ["TEE-BLA-M", "MUG-SM", "CAP-RED", "SOCK-SMI"]
STATUSES = ["awaiting_shipment", "shipped", "on_hold"]

rows_strategy = st.lists(st.tuples(
    st.sampled_from(NAMES), st.sampled_from(SKUS), st.sampled_from(STATUSES), st.sampled_from([11001, 11002]),
    st.integers(0, 3), st.sampled_from([None, 4.0, 20.0]), st.sampled_from(["NW-9", "NW-10", "100", "99"]),
), min_size=0, max_size=40)
# A packer's typing: keys that extend the search, Backspace, and a few whole replacements (select all, type).
keys_strategy = st.lists(st.sampled_from(["s", "m", "i", " ", "t", "-", "\b", "\b", "=sm", "=", "=cap r"]),
                         max_size=14)


def table_rows(raw: list[tuple]) -> list[tuple]:
    return [(1000 + n, number, 1.7e9 + day * 86400 if day else None, name, "US", 1, weight, "USPS", status, "",
             store, sku) for n, (name, sku, status, store, day, weight, number) in enumerate(raw)]


def shown(model: OrdersModel) -> list[int]:
    return [r[oc.ORDER_ID] for r in model.visible_rows()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=rows_strategy, keys=keys_strategy, column=st.integers(0, COLUMN_COUNT - 1), descending=st.booleans(),
       status=st.sampled_from([ALL, "awaiting_shipment"]), store=st.sampled_from([None, 11001]))
def test_each_keystroke_shows_what_a_fresh_table_shows(qtbot, raw, keys, column, descending, status, store):
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    rows = table_rows(raw)
    typing = OrdersModel()
    typing.load(rows)
    typing.set_filter(OrderFilter(status=status, store_id=store))
    typing.sort(column, order)
    text = ""
    for key in keys:
        text = text[:-1] if key == "\b" else key[1:] if key.startswith("=") else text + key
        typing.update_filter(text=text)
        fresh = OrdersModel()  # sort and filter first, then the rows: one sort of just the matching rows
        fresh.sort(column, order)
        fresh.set_filter(OrderFilter(status=status, store_id=store, text=text))
        fresh.load(rows)
        assert shown(typing) == shown(fresh), (text, column, order)
        assert typing.rowCount() == fresh.rowCount()


def test_a_sync_page_during_a_search_is_searched_too(qtbot):
    rows = table_rows([("Ann Smith", "CAP-RED", "awaiting_shipment", 11001, 1, 4.0, "NW-9")] * 3)
    model = OrdersModel()
    model.load(rows)
    model.set_filter(OrderFilter(status=ALL))
    model.update_filter(text="sm")
    assert shown(model) == [1000, 1001, 1002]
    newer = (*rows[0][:oc.CUSTOMER], "Gus Smith", *rows[0][oc.CUSTOMER + 1:])
    model.upsert([(999, *newer[1:]), (1001, *rows[1][1:oc.CUSTOMER], "Hal Jones", *rows[1][oc.CUSTOMER + 1:])])
    assert shown(model) == [999, 1000, 1002]  # the new match shows, the order no longer matching goes
    model.update_filter(text="smi")
    assert shown(model) == [999, 1000, 1002]
    model.update_filter(text="")
    assert shown(model) == [999, 1000, 1001, 1002]


# Keys as above, and "!": a sync page arrives (a new order and a changed one) between two keystrokes.
keys_with_pages = st.lists(st.sampled_from(["s", "m", "i", " ", "t", "\b", "\b", "\b", "=sm", "!", "!"]),
                           max_size=16)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=rows_strategy, keys=keys_with_pages, names=st.lists(st.sampled_from(NAMES), min_size=16, max_size=16),
       column=st.integers(0, COLUMN_COUNT - 1), status=st.sampled_from([ALL, "awaiting_shipment"]))
def test_erasing_back_shows_what_a_fresh_table_shows_also_after_sync_pages(qtbot, raw, keys, names, column, status):
    """Erasing goes back to what each shorter search showed, kept while typing on: never after a page
    that a shorter search would show differently (a new order it matches, an order changed)."""
    rows = table_rows(raw)
    typing = OrdersModel()
    typing.load(rows)
    typing.set_filter(OrderFilter(status=status))
    typing.sort(column, Qt.SortOrder.AscendingOrder)
    text = ""
    for n, key in enumerate(keys):
        if key == "!":
            new = (5000 + n, f"NW-{n}", 1.7e9, names[n], "US", 1, 4.0, "USPS", STATUSES[n % 3], "", 11001, SKUS[n % 4])
            page = [new]
            if rows:
                changed = rows[n % len(rows)]
                page.append((*changed[:oc.CUSTOMER], names[-1 - n], *changed[oc.CUSTOMER + 1:]))
                rows = [page[1] if r[oc.ORDER_ID] == changed[oc.ORDER_ID] else r for r in rows]
            rows.append(new)
            typing.upsert(page)
        else:
            text = text[:-1] if key == "\b" else key[1:] if key.startswith("=") else text + key
            typing.update_filter(text=text)
        fresh = OrdersModel()
        fresh.sort(column, Qt.SortOrder.AscendingOrder)
        fresh.set_filter(OrderFilter(status=status, text=text))
        fresh.load(rows)
        assert shown(typing) == shown(fresh), (keys[:n + 1], text)


def test_the_selection_stays_on_its_order_when_erasing_back(qtbot):
    rows = table_rows([(name, "CAP-RED", "awaiting_shipment", 11001, 1, 4.0, "NW-9") for name in NAMES])
    model = OrdersModel()
    model.load(rows)
    model.set_filter(OrderFilter(status=ALL))
    from PySide6.QtCore import QPersistentModelIndex

    model.update_filter(text="smi")
    selected = QPersistentModelIndex(model.index(model.row_of(1003) or 0, 0))  # Di Smit
    for text in ("sm", "s", ""):
        model.update_filter(text=text)
        assert selected.isValid() and model.order_id_at(selected.row()) == 1003, text
