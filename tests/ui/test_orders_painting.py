"""The Orders table paints through the model's one-call-per-cell paths (`index()`, `multiData()`, bench P6);
what a packer sees must be exactly what Qt's plain path (`data()` once per role) paints: the same text, the
numbers right-aligned and nothing carried over from the cell painted before, also after scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from shipdesk.ui.orders_model import ALL, COL_WEIGHT, COLUMN_COUNT, OrderFilter, OrdersModel

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
