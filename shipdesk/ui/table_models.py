"""The base of ShipDesk's table models: rows in a Python list, sorted and filtered by the model itself.

Over 100,000 Python rows a sort/filter proxy model takes ~20 s to sort (every comparison calls back
into Python); sorting the list and announcing a layout change takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `_headers` and return the rows on screen from `shown_rows()`."""

    _headers: Sequence[str] = ()

    def shown_rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.shown_rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def relayout(self, reorder: Callable[[], None]) -> None:
        """Run `reorder` (it re-orders the shown rows in place) as a layout change: the selection and other
        persistent indexes follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(id(self.shown_rows()[i.row()]), i.column()) for i in old]
        reorder()
        position = {id(r): n for n, r in enumerate(self.shown_rows())}
        self.changePersistentIndexList(old, [self.index(position[r], c) for r, c in held])
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class FilteredRowsModel(RowsTableModel):
    """Rows held in full (`_all`) and shown filtered and sorted (`_shown`). Subclasses give `_view_of(all)`
    (the filter), `_sort_list(rows)` (in place) and `_sort_keys` (the sortable columns)."""

    _sort_keys: dict[int, Callable[[Any], Any]] = {}

    def __init__(self, parent: Any = None, *, sort_column: int = 0,
                 sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._shown: list[Any] = []
        self._sort_column = sort_column
        self._sort_order = sort_order

    def _view_of(self, rows: list[Any]) -> list[Any]:
        raise NotImplementedError

    def _sort_list(self, rows: list[Any]) -> None:
        rows.sort(key=self._sort_keys[self._sort_column], reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[Any]) -> None:
        self._all = list(rows)
        self.refilter()

    def refilter(self) -> None:
        """Apply the current filter and sort again (after the filter's values changed)."""
        self.beginResetModel()
        self._shown = self._view_of(self._all)
        self._sort_list(self._shown)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self._sort_keys:
            return
        self._sort_column, self._sort_order = column, order
        self.relayout(lambda: self._sort_list(self._shown))

    def shown_rows(self) -> list[Any]:
        return self._shown
