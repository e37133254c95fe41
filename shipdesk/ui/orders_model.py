"""The Orders table model: cached rows as tuples, filtered and sorted inside the model.

No sort/filter proxy model: over 100,000 Python rows a proxy takes ~20 s to sort because every comparison
calls `data()` (platform notes §2). Here a sort is one `sorted` with a key, then `layoutChanged`; a filter is
a few list comprehensions over a kept copy of every row in the sort's order, so a keystroke in the search
sorts nothing, and a search typed further only narrows what is on screen (bench P2); what each shorter search
showed is kept while typing on, so erasing back to it filters nothing. The selection survives because
persistent indexes are moved to the same order's new row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    Qt,
)

from ..core import order_cache as oc
from ..core.order_cache import TableRow
from .sorted_merge import merge_sorted
from .table_models import Index, RowsTableModel

ALL = "all"
# V1's order statuses in ShipStation's order, for the status filter. The same as api.v1.models.ORDER_STATUSES
# (tests/test_first_paint_imports.py checks): this model is painted before the API models are imported.
ORDER_STATUSES = ("awaiting_payment", "awaiting_shipment", "pending_fulfillment", "shipped", "on_hold", "cancelled")

# Columns on screen.
COLUMN_COUNT = 9
COL_NUMBER, COL_DATE, COL_CUSTOMER, COL_COUNTRY, COL_ITEMS, COL_WEIGHT, COL_SERVICE, COL_STATUS, COL_TAGS = \
    range(COLUMN_COUNT)
NUMBER_COLUMNS = frozenset({COL_ITEMS, COL_WEIGHT})  # right-aligned
_DISPLAY, _ALIGNMENT, _USER = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                                Qt.ItemDataRole.UserRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_KEY = len(oc.TABLE_COLUMNS)  # appended to each cached row once: lower-case number, customer and SKUs
_TYPED_KEPT = 32  # shorter searches kept for erasing back to (each a list of what it showed)
_DIGITS = re.compile(r"\d+")


def status_label(status: str) -> str:
    labels = {
        "awaiting_payment": QCoreApplication.translate("OrderStatus", "Awaiting payment"),
        "awaiting_shipment": QCoreApplication.translate("OrderStatus", "Awaiting shipment"),
        "pending_fulfillment": QCoreApplication.translate("OrderStatus", "Pending fulfillment"),
        "on_hold": QCoreApplication.translate("OrderStatus", "On hold"),
        "shipped": QCoreApplication.translate("OrderStatus", "Shipped"),
        "cancelled": QCoreApplication.translate("OrderStatus", "Cancelled"),
    }
    return labels.get(status, status)


def weight_text(ounces: float | None) -> str:
    if ounces is None:
        return ""
    if ounces >= 16:
        return QCoreApplication.translate("Weight", "%1 lb").replace("%1", f"{ounces / 16:.2f}")
    return QCoreApplication.translate("Weight", "%1 oz").replace("%1", f"{ounces:.1f}".removesuffix(".0"))


def _number_key(number: str) -> str:
    """Digit runs padded, so "NW-99" sorts before "NW-100"."""
    lowered = number.casefold()
    return lowered.zfill(20) if lowered.isdigit() else _DIGITS.sub(lambda m: m.group().zfill(20), lowered)


@dataclass(frozen=True)
class OrderFilter:
    status: str = "awaiting_shipment"  # or ALL
    store_id: int | None = None
    date_from: float | None = None  # Unix seconds, inclusive
    date_to: float | None = None  # Unix seconds, exclusive
    text: str = ""


def _order_id(row: TableRow) -> int:
    return row[oc.ORDER_ID]


def _extend(row: TableRow) -> tuple[Any, ...]:
    return (*row, f"{row[oc.NUMBER]} {row[oc.CUSTOMER]} {row[oc.SKUS]}".casefold())


@dataclass(frozen=True)
class Prepared:
    rows: dict[int, tuple[Any, ...]]  # order id -> cached row plus its search key, in order-id order


def prepare(rows: Iterable[TableRow]) -> Prepared:
    """The model's form of cached rows; plain Python, so a worker thread can make it."""
    return Prepared({r[oc.ORDER_ID]: _extend(r) for r in sorted(rows, key=_order_id)})


class OrdersModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: dict[int, tuple[Any, ...]] = {}  # every row, in order-id order unless _unordered
        self._unordered = False  # a sync page brought older orders late: _in_id_order() sorts _all when asked
        self._by_sort: list[tuple[Any, ...]] | None = None  # every row in the sort's order; None: make it again
        self._rows: list[tuple[Any, ...]] = []  # what is on screen: _matched, sorted
        self._number_keys: dict[int, str] = {}  # natural sort keys, made on the first sort by number
        self._pos: dict[int, int] | None = None
        # (lower-case search, what it showed) for each shorter search typed on from, shortest first; the same
        # rows and other filters as now, or it is emptied
        self._typed: list[tuple[str, list[tuple[Any, ...]]]] = []
        self._resort = False  # what is shown is out of the sort's order (tag names changed): sort it again
        self._filter = OrderFilter()
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._tags: dict[int, str] = {}
        self._tag_text: dict[str, str] = {}
        self._locale = QLocale()
        self._headers = [self.tr("Order #"), self.tr("Date"), self.tr("Customer"), self.tr("Country"),
                         self.tr("Items"), self.tr("Weight"), self.tr("Requested service"), self.tr("Status"),
                         self.tr("Tags")]

    # -- Qt model interface ----------------------------------------------------------------------

    def shown_rows(self) -> list[Any]:
        return self._rows

    # Each call from Qt into Python takes the GIL, and while a sync page is parsed or cached on a worker every
    # such call waits for it (bench P6). A painted cell costs two calls here, not nine: Qt's own index() asks
    # rowCount() and columnCount(), and its multiData() asks data() once for each of the delegate's seven roles.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's
        if 0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:
        """Every role a delegate asks about a cell, in one call. Each entry is set or cleared: the delegate
        hands the same entries over cell after cell."""
        row = self._rows[index.row()] if index.isValid() else None
        column = index.column()
        for n in range(len(roles)):
            entry = roles[n]
            value = None if row is None else self._value(row, column, entry.role())
            if value is None:
                entry.clearData()
            else:
                entry.setData(value)

    def _value(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self.display(row, column)
        if role == _ALIGNMENT and column in NUMBER_COLUMNS:
            return _RIGHT
        if role == _USER:
            return row[oc.ORDER_ID]
        return None

    def display(self, row: tuple[Any, ...], column: int) -> str:
        if column == COL_NUMBER:
            return row[oc.NUMBER]
        if column == COL_DATE:
            ts = row[oc.ORDER_DATE]
            return "" if ts is None else self._locale.toString(
                QDateTime.fromSecsSinceEpoch(int(ts)), QLocale.FormatType.ShortFormat)
        if column == COL_CUSTOMER:
            return row[oc.CUSTOMER]
        if column == COL_COUNTRY:
            return row[oc.COUNTRY]
        if column == COL_ITEMS:
            return str(row[oc.ITEMS])
        if column == COL_WEIGHT:
            return weight_text(row[oc.WEIGHT_OZ])
        if column == COL_SERVICE:
            return row[oc.SERVICE]
        if column == COL_STATUS:
            return status_label(row[oc.STATUS])
        return self.tag_names(row[oc.TAG_IDS])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._by_sort = None
        self._resort = False
        self._relayout(self._filtered(self._sorted_all()))

    # -- loading and updating --------------------------------------------------------------------

    def load(self, rows: Iterable[TableRow] | Prepared) -> None:
        """Replace everything (start-up from the cache). Give it `prepare(rows)` made on a worker thread to
        keep the search-key building off the UI thread."""
        prepared = rows if isinstance(rows, Prepared) else prepare(rows)
        self.beginResetModel()
        self._all = prepared.rows
        self._unordered = False
        self._number_keys.clear()
        self._by_sort = None  # made by the first search or sort, not at start-up
        self._rows = self._sorted(self._filtered())
        self._pos = None
        self._typed.clear()
        self.endResetModel()

    def upsert(self, rows: Iterable[TableRow]) -> None:
        """Add or replace rows (sync pages, an order refreshed after an action); the selection stays."""
        rows = list(rows)
        if not rows:
            return
        in_order = not self._unordered
        top = next(reversed(self._all), None) if in_order else None
        incoming: dict[int, tuple[Any, ...]] = {}
        replaced: set[int] = set()
        for r in rows:
            order_id = r[oc.ORDER_ID]
            extended = _extend(r)
            if self._all.get(order_id) == extended:
                continue  # read again unchanged (scan to ship's fresh read, a re-sync): nothing to redo or repaint
            if order_id in self._all:
                replaced.add(order_id)
            elif in_order and top is not None and order_id < top:
                in_order = False  # an older order arrived late: _all is put in order when next needed
            self._all[order_id] = incoming[order_id] = extended
            self._number_keys.pop(order_id, None)
            top = max(top, order_id) if top is not None else order_id
        if not incoming and not self._resort:
            return
        self._typed.clear()  # a shorter search could show these new rows, even when this one hides them
        self._unordered = not in_order
        self._by_sort = None  # made again by the next search or sort: a sync page must stay cheap
        if self._resort:  # tag names changed under a sort by tags: what is shown is out of order
            self._resort = False
            self._relayout(self._sorted(self._filtered()))
            return
        # The page merged into what is shown, which is in order already: the whole table is not sorted again.
        kept = [r for r in self._rows if r[oc.ORDER_ID] not in replaced] if replaced else self._rows
        new = self._sorted(self._filtered(incoming[order_id] for order_id in sorted(incoming)))
        if not new and len(kept) == len(self._rows):
            return  # nothing shown changed (orders the filters hide)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._relayout(merge_sorted(kept, new, self._sort_key(self._sort_column), descending, _order_id))

    def set_filter(self, new: OrderFilter) -> None:
        if new == self._filter:
            return
        old, self._filter = self._filter, new
        if _narrows(old, new):  # a search typed further: only what is on screen can match, and it is in order already
            typed_on = [*self._typed[-_TYPED_KEPT + 1:], (old.text.casefold(), self._rows)]
            self._relayout(_with_words(self._rows, new.text), typed=typed_on)
            return
        if _narrows(new, old):  # erased back: to a search shown before, as it was
            text = new.text.casefold()
            at = next((n for n, (search, _shown) in enumerate(self._typed) if search == text), None)
            if at is not None:
                self._relayout(self._typed[at][1], typed=self._typed[:at])
                return
        # filtering the sorted copy keeps its order (ties too): nothing to sort
        self._relayout(self._filtered(self._sorted_all()))

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def set_tags(self, tags: dict[int, str]) -> None:
        self._tags = dict(tags)
        self._tag_text.clear()
        self._by_sort = None  # tag names are a sort key
        self._resort = self._resort or self._sort_column == COL_TAGS
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_TAGS), self.index(len(self._rows) - 1, COL_TAGS))

    @property
    def filter(self) -> OrderFilter:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._all)

    def order_id_at(self, row: int) -> int | None:
        return self._rows[row][oc.ORDER_ID] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: int) -> int | None:
        if self._pos is None:
            self._pos = {r[oc.ORDER_ID]: n for n, r in enumerate(self._rows)}
        return self._pos.get(order_id)

    def has_order(self, order_id: int) -> bool:
        """In the model at all (shown or filtered out)."""
        return order_id in self._all

    def find_number(self, number: str) -> list[int]:
        """Order ids whose order number is `number` (ignoring case), shown or not: scan to open."""
        wanted = number.casefold()
        return [order_id for order_id, r in self._in_id_order().items() if r[oc.NUMBER].casefold() == wanted]

    def visible_rows(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def tag_names(self, tag_ids: str) -> str:
        if not tag_ids:
            return ""
        text = self._tag_text.get(tag_ids)
        if text is None:
            text = ", ".join(self._tags.get(int(t), t) for t in tag_ids.split())
            self._tag_text[tag_ids] = text
        return text

    # -- filtering and sorting -------------------------------------------------------------------


    def _filtered(self, rows: Iterable[tuple[Any, ...]] | None = None) -> list[tuple[Any, ...]]:
        """The rows passing the filter, in the order given (default: every row, in order-id order)."""
        f = self._filter
        rows = self._in_id_order().values() if rows is None else rows
        if f.status != ALL:
            rows = [r for r in rows if r[oc.STATUS] == f.status]
        if f.store_id is not None:
            rows = [r for r in rows if r[oc.STORE_ID] == f.store_id]
        if f.date_from is not None:
            rows = [r for r in rows if r[oc.ORDER_DATE] is not None and r[oc.ORDER_DATE] >= f.date_from]
        if f.date_to is not None:
            rows = [r for r in rows if r[oc.ORDER_DATE] is not None and r[oc.ORDER_DATE] < f.date_to]
        return _with_words(rows, f.text)

    def _sort_key(self, column: int) -> Callable[[tuple[Any, ...]], Any]:
        if column == COL_NUMBER:
            keys = self._number_keys
            if len(keys) < len(self._all):
                for r in self._all.values():
                    if r[oc.ORDER_ID] not in keys:
                        keys[r[oc.ORDER_ID]] = _number_key(r[oc.NUMBER])
            return lambda r: keys[r[oc.ORDER_ID]]
        if column == COL_DATE:
            return lambda r: -1.0 if r[oc.ORDER_DATE] is None else r[oc.ORDER_DATE]
        if column == COL_WEIGHT:
            return lambda r: -1.0 if r[oc.WEIGHT_OZ] is None else r[oc.WEIGHT_OZ]
        if column == COL_ITEMS:
            return lambda r: r[oc.ITEMS]
        if column == COL_STATUS:
            labels = {s: status_label(s).casefold() for s in {r[oc.STATUS] for r in self._all.values()}}
            return lambda r: labels[r[oc.STATUS]]
        if column == COL_TAGS:
            return lambda r: self.tag_names(r[oc.TAG_IDS]).casefold()
        field = {COL_CUSTOMER: oc.CUSTOMER, COL_COUNTRY: oc.COUNTRY, COL_SERVICE: oc.SERVICE}[column]
        return lambda r: r[field].casefold()

    def _sorted(self, rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        # One stable sort of id-ordered rows: ties stay in order-id order in both directions, so equal rows
        # never swap places between refreshes. Any filter of the result keeps that order.
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_key(self._sort_column), reverse=descending)

    def _in_id_order(self) -> dict[int, tuple[Any, ...]]:
        """Every row in order-id order, which ties in every sort keep."""
        if self._unordered:
            self._all = dict(sorted(self._all.items()))
            self._unordered = False
        return self._all

    def _sorted_all(self) -> list[tuple[Any, ...]]:
        if self._by_sort is None:
            self._by_sort = self._sorted(self._in_id_order().values())
        return self._by_sort

    def _relayout(self, rows: list[tuple[Any, ...]],
                  typed: list[tuple[str, list[tuple[Any, ...]]]] | None = None) -> None:
        """Show `rows`, moving persistent indexes (selection, current row) to their order's new row. `typed`: the
        shorter searches still kept for erasing back to (only a change of the search alone keeps any)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = self._rows
        self._rows, self._pos = rows, None
        self._typed = typed or []
        moved: dict[int, int | None] = {}  # old row -> new row (a selected row has an index per cell)
        new = []
        for index in old:
            was = index.row()
            if was not in moved:
                moved[was] = _find(rows, before[was], self._all) if 0 <= was < len(before) else None
            row = moved[was]
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def _with_words(rows: Iterable[tuple[Any, ...]], text: str) -> list[tuple[Any, ...]]:
    """The rows whose search key holds every word of `text`, in the order given."""
    for word in text.casefold().split():
        rows = [r for r in rows if word in r[_KEY]]
    return rows if isinstance(rows, list) else list(rows)


def _narrows(old: OrderFilter, new: OrderFilter) -> bool:
    """`new` only types the search further: every row it lets through, `old` let through."""
    return replace(old, text=new.text) == new and new.text.casefold().startswith(old.text.casefold())


def _find(rows: list[tuple[Any, ...]], row: tuple[Any, ...], every: dict[int, tuple[Any, ...]]) -> int | None:
    """Where an order went: its very tuple after a sort or filter, else the tuple a sync page replaced it with
    (shown rows are always `every`'s tuples). Both are C-speed scans: a search that hides the selected order
    no longer walks every shown row in Python to be sure (bench P2)."""
    try:
        return rows.index(row)
    except ValueError:
        pass
    now = every.get(row[oc.ORDER_ID])
    if now is None or now is row:
        return None  # gone, or not shown
    try:
        return rows.index(now)
    except ValueError:
        return None
