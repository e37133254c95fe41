"""A sync page must not move the Orders table under a packer's eyes: the order at the top stays at the top.

Orders merged in above the top of the view would push the rows a packer is reading down (the scroll bar
keeps its row number, not its order). When the table is scrolled, the top order is put back at the top
after the change; at the very top, new orders show above as they come.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QTableView

from .orders_model import OrdersModel


def keeping_top_order(table: QTableView, model: OrdersModel, change: Callable[[], None]) -> None:
    """Run `change` (it adds or replaces rows); the order at the top of the view stays there if it is shown."""
    scrolled = table.verticalScrollBar().value() > 0
    top = model.order_id_at(table.rowAt(0)) if scrolled else None
    change()
    if top is None:
        return
    row = model.row_of(top)
    if row is not None and row != table.rowAt(0):
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
