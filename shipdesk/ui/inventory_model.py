"""The stock levels table: filter and sort inside the model (a proxy over Python rows is far too slow)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ..core.inventory import LevelRow, filter_rows
from .table_models import FilteredRowsModel, Index

COLUMNS = ("sku", "warehouse", "location", "on_hand", "allocated", "available")
NUMERIC = {3, 4, 5}
_KEYS: dict[int, Callable[[LevelRow], Any]] = {
    0: lambda r: r.sku.casefold(),
    1: lambda r: r.warehouse_name.casefold(),
    2: lambda r: r.location_name.casefold(),
    3: lambda r: r.on_hand,
    4: lambda r: r.allocated,
    5: lambda r: r.available,
}
_OUT_OF_STOCK = QBrush(QColor("#b3261e"))


class LevelsModel(FilteredRowsModel):
    """All levels in `_all`; `_shown` is the filtered, sorted view the table and the CSV export use."""

    _sort_keys = _KEYS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._warehouse_id: str | None = None
        self._headers = (self.tr("SKU"), self.tr("Warehouse"), self.tr("Location"), self.tr("On hand"),
                         self.tr("Allocated"), self.tr("Available"))

    # -- data in ----------------------------------------------------------------------------------

    def set_filter(self, text: str | None = None, warehouse_id: str | None = "") -> None:
        """`text` None keeps the current text; `warehouse_id` "" keeps the current warehouse, None = all."""
        if text is not None:
            self._text = text
        if warehouse_id != "":
            self._warehouse_id = warehouse_id
        self.refilter()

    def _view_of(self, rows: list[LevelRow]) -> list[LevelRow]:
        return filter_rows(rows, self._text, self._warehouse_id)

    def _sort_list(self, rows: list[LevelRow]) -> None:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Stable: a tie keeps SKU / warehouse / location order.
        rows.sort(key=lambda r: (r.sku.casefold(), r.warehouse_name.casefold(), r.location_name.casefold()))
        if self._sort_column != 0:
            rows.sort(key=_KEYS[self._sort_column], reverse=descending)
        elif descending:
            rows.reverse()

    # -- Qt model -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.sku, row.warehouse_name, row.location_name, row.on_hand, row.allocated,
                    row.available)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.available <= 0:
            return _OUT_OF_STOCK
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return row.warehouse_id if column == 1 else row.location_id
        return None

    # -- data out ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> LevelRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def visible_rows(self) -> list[LevelRow]:
        """The rows as the packer sees them: filtered and sorted (what Export writes)."""
        return list(self._shown)

    @property
    def total(self) -> int:
        return len(self._all)
