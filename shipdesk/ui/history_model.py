"""The label history table: filter and sort inside the model, every value in the packer's words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from ..core import history as h
from ..core.history import HistoryRow, filter_rows
from .rates_model import money
from .table_models import FilteredRowsModel, Index

(ORDER, TRACKING, CARRIER, COST, CREATED, STATION, API, STATE, TRACKING_STATUS, LOCAL_COPY, PRINTED,
 SOURCE) = range(12)
_FLOOR = datetime.min.replace(tzinfo=UTC)
_VOIDED = QBrush(QColor("#757575"))


def _cost_key(row: HistoryRow) -> Decimal:
    try:
        return Decimal(row.cost or "-1")
    except InvalidOperation:
        return Decimal(-1)


_KEYS: dict[int, Callable[[HistoryRow], Any]] = {
    ORDER: lambda r: (r.order_number or "").casefold(),
    TRACKING: lambda r: r.tracking_number or "",
    CARRIER: lambda r: f"{r.carrier or ''} {r.service or ''}".casefold(),
    COST: _cost_key,
    CREATED: lambda r: r.created_at or _FLOOR,
    STATION: lambda r: (r.station or "").casefold(),
    API: lambda r: r.api,
    STATE: lambda r: (r.voided, r.is_return),
    TRACKING_STATUS: lambda r: r.tracking_status or "",
    LOCAL_COPY: lambda r: r.has_local_copy,
    PRINTED: lambda r: r.print_status or "",
    SOURCE: lambda r: r.source,
}


class HistoryModel(FilteredRowsModel):
    """All rows in `_all`; `_shown` is the filtered, sorted view. Newest first until the packer sorts."""

    _sort_keys = _KEYS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_column=CREATED, sort_order=Qt.SortOrder.DescendingOrder)
        self._text = ""
        self._locale = QLocale()
        self._headers = (self.tr("Order"), self.tr("Tracking"), self.tr("Carrier / service"), self.tr("Cost"),
                         self.tr("Created"), self.tr("Station"), self.tr("API"), self.tr("Label"),
                         self.tr("Tracking status"), self.tr("Local copy"), self.tr("Printed"), self.tr("Source"))

    # -- data in ----------------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self._text = text
        self.refilter()

    def replace_row(self, row: HistoryRow) -> None:
        """One row changed (tracking refreshed, voided): same place, new values."""
        self._all = [row if r.key == row.key else r for r in self._all]
        for n, shown in enumerate(self._shown):
            if shown.key == row.key:
                self._shown[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self._headers) - 1))

    def _view_of(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        return filter_rows(rows, self._text)

    # -- Qt model -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return _VOIDED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: HistoryRow, column: int) -> str:
        if column == ORDER:
            return row.order_number or ""
        if column == TRACKING:
            return row.tracking_number or ""
        if column == CARRIER:
            return " · ".join(v for v in (row.carrier, row.service) if v)
        if column == COST:
            return money(row.cost) if row.cost else ""
        if column == CREATED:
            return self.when(row.created_at)
        if column == STATION:
            return row.station or self.tr("ShipStation")
        if column == API:
            return row.api.upper()
        if column == STATE:
            return self.state_words(row)
        if column == TRACKING_STATUS:
            return self.tracking_words(row)
        if column == LOCAL_COPY:
            return self.tr("Yes") if row.has_local_copy else self.tr("No")
        if column == PRINTED:
            return {"printed": self.tr("Printed"), "pending": self.tr("Not yet")}.get(row.print_status or "", "")
        return self.source_words(row.source)

    def tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == TRACKING_STATUS and row.api == "v1":
            return self.tr("ShipStation V1 has no tracking call: the tracking status needs a V2 label and key. "
                           "Follow the tracking number on the carrier's site.")
        if column == TRACKING_STATUS and row.tracking_url:
            return row.tracking_url
        if column == LOCAL_COPY and not row.has_local_copy:
            return self.no_copy_reason(row)
        if column == STATE and row.entry is not None and row.entry.void_message:
            return row.entry.void_message
        return None

    # -- words ------------------------------------------------------------------------------------

    def state_words(self, row: HistoryRow) -> str:
        if row.voided:
            return self.tr("Voided")
        if row.outcome_unknown:
            return self.tr("Not known yet")
        return self.tr("Return label") if row.is_return else self.tr("Active")

    def tracking_words(self, row: HistoryRow) -> str:
        if row.api == "v1":
            return self.tr("Not in V1")
        words = {h.NOT_SCANNED: self.tr("Not scanned yet"), h.ACCEPTED: self.tr("Accepted by the carrier"),
                 h.IN_TRANSIT: self.tr("In transit"), h.DELIVERED: self.tr("Delivered"),
                 h.EXCEPTION: self.tr("Delivery problem"), h.CANCELLED: self.tr("Cancelled")}
        return words.get(row.tracking_status or "", row.tracking_text or "")

    def source_words(self, source: str) -> str:
        return {h.HERE: self.tr("This station"), h.OTHER_STATION: self.tr("Another ShipDesk station"),
                h.ELSEWHERE: self.tr("Bought elsewhere")}.get(source, source)

    def no_copy_reason(self, row: HistoryRow) -> str:
        """Why there is nothing to reprint here, and where to print it instead."""
        if row.api == "v1":
            return self.tr("ShipStation V1 does not send this label's file again: print it from ShipStation's "
                           "web app.")
        if row.entry is not None and row.entry.label_note:
            return row.entry.label_note
        if row.entry is None:
            return self.tr("This label was not bought on a ShipDesk station sharing this computer's journal: "
                           "print it from ShipStation's web app, or from the station that bought it.")
        return self.tr("ShipDesk has no copy of this label's file.")

    def when(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())),
                                     QLocale.FormatType.ShortFormat)

    # -- data out ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> HistoryRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_for(self, key: str) -> int | None:
        return next((n for n, r in enumerate(self._shown) if r.key == key), None)

    @property
    def total(self) -> int:
        return len(self._all)
