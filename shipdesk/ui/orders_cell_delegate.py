"""How an Orders cell is painted: Qt's own item delegate and style, the cell's text read straight from the row.

Qt's delegate fills each cell's style option from the model's `multiData()`: for a painted cell that is one
call into Python that answers seven roles one by one (~35 us a cell, about a third of a repaint of the
table, bench P2 and P6). The Orders model answers only the text and, for the number columns, the right
alignment; this fills the option with exactly those, as Qt's `initStyleOption()` would from them, in one
short call: the same option, so the style paints the same pixels (tests/ui/test_orders_painting.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .orders_model import NUMBER_COLUMNS, OrdersModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OrdersCellDelegate(QStyledItemDelegate):
    def __init__(self, model: OrdersModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """Qt's initStyleOption() for the roles OrdersModel answers (no font, colour, check box, icon or
        background): the index, the display text (a new line shown as a line separator, as Qt's
        displayText() does) and the number columns' alignment; no style animation object."""
        if index.model() is not self.model:
            super().initStyleOption(option, index)
            return
        option.index = index
        rows = self.model.shown_rows()
        row, column = index.row(), index.column()
        if 0 <= row < len(rows):
            option.features = option.features | _HAS_DISPLAY
            option.text = self.model.display(rows[row], column).replace("\n", "\u2028")
            if column in NUMBER_COLUMNS:
                option.displayAlignment = _RIGHT
        option.styleObject = None
