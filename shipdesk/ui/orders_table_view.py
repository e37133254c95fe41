"""How the Orders table looks: whole rows selected, fixed row heights, set column widths, oldest orders first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .orders_cell_delegate import OrdersCellDelegate
from .orders_model import COL_DATE, OrdersModel

COLUMN_WIDTHS = (95, 120, 140, 55, 45, 60, 150, 125, 100)


def orders_table(model: OrdersModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(OrdersCellDelegate(model, table))  # the cell's text without multiData (bench P2, P6)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Several rows (Shift/Ctrl) for packing slips and pick lists; the details follow the current row.
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed height: no per-row measuring
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)  # oldest first: ship in order
    table.setSortingEnabled(True)  # the header calls the model's own sort()
    return table
