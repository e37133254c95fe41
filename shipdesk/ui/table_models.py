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
