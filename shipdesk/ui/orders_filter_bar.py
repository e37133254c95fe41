"""The Orders tab's filter bar: status, store, order-date range and the search box.

The bar says what the packer changed with `changed` (keyword arguments for `OrdersModel.update_filter`); the
tab applies it. Typing waits for a pause before the filter runs over up to 100,000 rows; Enter runs it at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from .orders_model import ALL, ORDER_STATUSES, status_label

SEARCH_DELAY_MS = 150  # typing pauses this long before the 100k-row filter runs


class OrdersFilterBar(QWidget):
    changed = Signal(object)  # dict: keyword arguments for OrdersModel.update_filter
    search_entered = Signal()  # Enter in the search box, after its filter ran

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for each in ORDER_STATUSES:
            self.status_combo.addItem(status_label(each), each)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self.status_combo.currentIndexChanged.connect(
            lambda: self.changed.emit({"status": self.status_combo.currentData()}))
        self.store_combo = QComboBox()
        self.store_combo.setMinimumContentsLength(16)
        self.store_combo.addItem(self.tr("All stores"), None)
        self.store_combo.currentIndexChanged.connect(
            lambda: self.changed.emit({"store_id": self.store_combo.currentData()}))
        self.date_check = QCheckBox(self.tr("Order dat&e from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._apply_dates)
        self.date_check.toggled.connect(self._apply_dates)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search order number, customer or SKU (Ctrl+F)"))
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self._lay_out()

    def _lay_out(self) -> None:
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)  # lines up with the table as the bare row of widgets did
        status_label_widget = QLabel(self.tr("Stat&us"))
        status_label_widget.setBuddy(self.status_combo)
        store_label = QLabel(self.tr("S&tore"))
        store_label.setBuddy(self.store_combo)
        for widget in (status_label_widget, self.status_combo, store_label, self.store_combo, self.date_check,
                       self.date_from, QLabel(self.tr("to")), self.date_to):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)

    def select_status(self, status: str) -> None:
        """Show `status` (the settings' default) if it is one of the list."""
        if self.status_combo.findData(status) >= 0:
            self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def set_stores(self, stores: Mapping[int, str]) -> int | None:
        """Fill the store list by name, keeping the chosen store if it is still there; the store now chosen."""
        current = self.store_combo.currentData()
        self.store_combo.blockSignals(True)
        while self.store_combo.count() > 1:
            self.store_combo.removeItem(1)
        for store_id, name in sorted(stores.items(), key=lambda s: s[1].casefold()):
            self.store_combo.addItem(name, store_id)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(current)))
        self.store_combo.blockSignals(False)
        return self.store_combo.currentData()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        """What the typing pause ends in: the search text goes to the filter."""
        self.changed.emit({"text": self.search.text()})

    def clear_search(self) -> None:
        """Empty the search box and its filter at once, without a typing pause."""
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit({"text": ""})

    def clear_filters(self) -> None:
        """Every status, every store, any date (the search is left as it is)."""
        self.date_check.setChecked(False)
        self.store_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(ALL)))

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.apply_search()
        self.search_entered.emit()

    def _apply_dates(self) -> None:
        on = self.date_check.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if not on:
            self.changed.emit({"date_from": None, "date_to": None})
            return
        start = QDateTime(self.date_from.date(), QTime(0, 0)).toSecsSinceEpoch()
        end = QDateTime(self.date_to.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch()  # the whole last day
        self.changed.emit({"date_from": float(start), "date_to": float(end)})
