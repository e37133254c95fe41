"""The Orders table paints through the model's one-call-per-cell paths (`index()`, `multiData()`, bench P6)
and its own cell delegate (the text straight from the row, bench P2); what a packer sees must be exactly what
Qt's plain path (`data()` once per role, Qt's own delegate) paints: the same text, the numbers right-aligned,
long names cut the same way, the selected row and the current cell, and nothing carried over from the cell
painted before, also after scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from shipdesk.ui.orders_model import ALL, COL_WEIGHT, COLUMN_COUNT, OrderFilter, OrdersModel
from shipdesk.ui.orders_table_view import orders_table

Index = QModelIndex | QPersistentModelIndex


class PlainPath(QAbstractTableModel):
    """The same orders through Qt's own index() and multiData(), which ask rowCount(), columnCount() and
    data() for every role."""

    def __init__(self, orders: OrdersModel) -> None:
        super().__init__()
        self.orders = orders

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.orders.rowCount()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.orders.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.orders.data(self.orders.index(index.row(), index.column()), role)


def rows(count: int) -> list[tuple]:
    return [(5000 + n, f"NW-{n}", 1.7e9 + n * 3600, f"Customer {n}", "US", 1 + n % 4,
             None if n % 5 == 0 else 2.5 * n, "USPS Priority", "awaiting_shipment", "", 11001, f"SKU-{n}")
            for n in range(count)]


def painted(qtbot, model: QAbstractTableModel, scroll_to: int) -> QImage:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()  # as in the Orders tab
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollTo(model.index(scroll_to, 0))
    return view.viewport().grab().toImage()


def test_the_table_paints_exactly_what_qts_plain_path_paints(qtbot):
    orders = OrdersModel()
    orders.load(rows(120))
    orders.set_filter(OrderFilter(status=ALL))
    for scroll_to in (0, 60, 119):
        assert painted(qtbot, orders, scroll_to) == painted(qtbot, PlainPath(orders), scroll_to), scroll_to


def test_cells_answer_every_role_as_data_does(qtbot):
    orders = OrdersModel()
    orders.load(rows(10))
    orders.set_filter(OrderFilter(status=ALL))
    weight = orders.index(1, COL_WEIGHT)
    assert orders.data(weight) == "2.5 oz"
    assert orders.data(weight, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert orders.data(orders.index(1, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert orders.data(orders.index(3, 2), Qt.ItemDataRole.UserRole) == 5003
    for row, column in ((-1, 0), (10, 0), (0, COLUMN_COUNT), (0, -1)):
        assert not orders.index(row, column).isValid()
    assert not orders.index(0, 0, orders.index(0, 0)).isValid()  # a table: no children


def as_shown(qtbot, model: QAbstractTableModel, qts_delegate: bool, row: int) -> QImage:
    """The Orders tab's table (its widths, row heights, sort indicator, cell delegate) over `model`, row `row`
    current and selected with the focus in the table; Qt's own delegate instead if `qts_delegate`."""
    view = orders_table(model)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    if qts_delegate:
        view.setItemDelegate(QStyledItemDelegate(view))
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 2))
    view.selectRow(row)
    view.scrollTo(model.index(row, 0))
    return view.viewport().grab().toImage()


def test_the_orders_delegate_paints_exactly_what_qts_own_delegate_paints(qtbot):
    orders = OrdersModel()
    table = rows(120)
    table[3] = (*table[3][:3], "A customer name far too long for its column, cut short", *table[3][4:])
    table[4] = (*table[4][:3], "Two\nlines", *table[4][4:])
    orders.load(table)
    orders.set_filter(OrderFilter(status=ALL))
    for row in (4, 60, 119):
        assert as_shown(qtbot, orders, False, row) == as_shown(qtbot, PlainPath(orders), True, row), row
