"""The rates table: carrier, service, price, delivery, source. Sorted inside the model (no proxy)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.rating import RateOption, SortKey, sort_options
from .table_models import Index, RowsTableModel

CARRIER, SERVICE, PRICE, DELIVERY, SOURCE = range(5)
_KEYS: dict[int, Callable[[RateOption], Any]] = {
    CARRIER: lambda o: (o.carrier_name.casefold(), o.total),
    SERVICE: lambda o: (o.service_name.casefold(), o.total),
    SOURCE: lambda o: (o.source, o.total),
}
_STALE = QBrush(QColor("#9e9e9e"))


class RatesModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RateOption] = []
        self._sort_column = PRICE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._chosen: tuple[str | None, str | None] = (None, None)
        self._stale = False
        self._headers = (self.tr("Carrier"), self.tr("Service"), self.tr("Price"), self.tr("Delivery"),
                         self.tr("Source"))

    # -- data in ----------------------------------------------------------------------------------

    def set_rates(self, options: list[RateOption]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(options))
        self._stale = False
        self.endResetModel()

    def clear(self) -> None:
        self.set_rates([])

    def set_chosen(self, carrier_code: str | None, service_code: str | None) -> None:
        """The packer's (or preset's) carrier and service: shown in bold."""
        self._chosen = (carrier_code, service_code)
        self._repaint()

    def set_stale(self, stale: bool) -> None:
        """The shipment changed since these prices were fetched: grey them out until rated again."""
        if stale != self._stale:
            self._stale = stale
            self._repaint()

    @property
    def stale(self) -> bool:
        return self._stale

    def _repaint(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SOURCE))

    # -- data out ---------------------------------------------------------------------------------

    def option(self, row: int) -> RateOption | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def options(self) -> list[RateOption]:
        return list(self._rows)

    def row_of(self, carrier_code: str | None, service_code: str | None) -> int:
        """The cheapest row for a carrier and service (rows are kept sorted, so the first of a price sort)."""
        matches = [i for i, o in enumerate(self._rows) if (o.carrier_code, o.service_code) == (carrier_code,
                                                                                             service_code)]
        return min(matches, key=lambda i: self._rows[i].total, default=-1)

    def shown_rows(self) -> list[Any]:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        option = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(option, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == PRICE:
            return self.tr("Shipping %1 + other costs %2").replace("%1", money(option.shipment_cost)).replace(
                "%2", money(option.other_cost))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (option.carrier_code, option.service_code) == self._chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._stale:
            return _STALE
        if role == Qt.ItemDataRole.UserRole:
            return option
        return None

    def _text(self, option: RateOption, column: int) -> str:
        if column == CARRIER:
            return option.carrier_name
        if column == SERVICE:
            return option.service_name
        if column == PRICE:
            return money(option.total)
        if column == DELIVERY:
            return self.delivery_text(option)
        return option.source

    def delivery_text(self, option: RateOption) -> str:
        if option.delivery_days is None and option.estimated_delivery is None:
            return self.tr("not given")
        parts = []
        if option.delivery_days is not None:
            days = option.delivery_days
            parts.append(self.tr("1 day") if days == 1 else self.tr("%1 days").replace("%1", str(days)))
        if option.estimated_delivery is not None:
            parts.append(QLocale().toString(option.estimated_delivery, "ddd d MMM"))
        text = " · ".join(parts)
        return self.tr("%1, guaranteed").replace("%1", text) if option.guaranteed else text

    # -- sorting inside the model -----------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def sort_by(self, key: SortKey) -> None:
        self.sort(PRICE if key == "price" else DELIVERY, Qt.SortOrder.AscendingOrder)

    @property
    def sort_key(self) -> SortKey | None:
        if self._sort_order != Qt.SortOrder.AscendingOrder:
            return None
        return {PRICE: "price", DELIVERY: "speed"}.get(self._sort_column)  # type: ignore[return-value]

    def _sorted(self, rows: list[RateOption]) -> list[RateOption]:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column in (PRICE, DELIVERY):
            ordered = sort_options(rows, "price" if self._sort_column == PRICE else "speed")
            return list(reversed(ordered)) if descending else ordered
        return sorted(rows, key=_KEYS[self._sort_column], reverse=descending)


def money(amount: Any) -> str:
    """Dollars as the packer's locale writes them ("$16.17", "16,17 $"); plain "$16.17" under the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"${Decimal(amount):,.2f}"
    return locale.toCurrencyString(float(amount), "$")
