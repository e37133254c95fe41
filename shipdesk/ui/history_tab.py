"""The Labels tab: every label with its order, tracking, cost, station and tracking status, and what a packer
does with one afterwards — reprint it from the local copy, print its customs form, void it, buy its V2 return
label, ask where it is.

Every call to ShipStation or the disk runs on the worker runner. A reprint reads the journal's copy and never
calls ShipStation. A void and a return label are confirmed first (history_void_return.py); why a button is
disabled is history_reasons.py. The tab reloads the journal whenever `ctx.labels_changed` fires (ShipStation's
part is read again on Refresh, at start, and after this tab changes a label).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import history as h
from ..core.history import DEFAULT_DAYS, History, HistoryRow, LabelHistory, this_station, with_tracking
from ..core.journal import JournalEntry
from ..core.shipping import PurchaseError
from ..core.voiding import CannotVoid
from ..printing.printers import PrintError
from .context import UiContext
from .history_model import CREATED, HistoryModel
from .history_reasons import LabelActionReasons
from .history_void_return import VoidAndReturn
from .workers import Job


class HistoryTab(QWidget):
    loaded = Signal(int)  # rows in the history after a load (tests and the status line wait for it)
    load_failed = Signal()  # a load ended in an error (its banner says which)
    answered = Signal(str)  # an action's outcome, in the words shown to the packer

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.load_job: Job | None = None
        self.busy = False  # an action on a label is running
        self._reload_after: bool | None = None  # None: nothing; False: journal only; True: with ShipStation
        self.remote: list[HistoryRow] | None = None  # ShipStation's rows from the last full load

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order number or tracking number"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Filter:"))
        search_label.setBuddy(self.search)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("How far back to read ShipStation's labels; this station's own labels "
                                     "are always all shown."))
        days_label = QLabel(self.tr("Sho&w ShipStation's last:"))
        days_label.setBuddy(self.days)
        self.refresh_button = QPushButton(self.tr("Reloa&d"))
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        bar.addWidget(self.refresh_button)

        self.model = HistoryModel(self)
        self.reasons = LabelActionReasons(self.model, self)
        self.void_return = VoidAndReturn(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(CREATED, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.reprint_button = QPushButton(self.tr("Re&print"))
        self.form_button = QPushButton(self.tr("Print &customs form"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.return_button = QPushButton(self.tr("Re&turn label…"))
        self.track_button = QPushButton(self.tr("Refresh trac&king"))
        actions = QHBoxLayout()
        for button in (self.reprint_button, self.form_button, self.void_button, self.return_button,
                       self.track_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = QLabel()  # the last action's answer, in words
        self.message.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.status)

        self.search.textChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.days.editingFinished.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.reprint_button.clicked.connect(self.reprint)
        self.form_button.clicked.connect(self.print_form)
        self.void_button.clicked.connect(self.ask_void)
        self.return_button.clicked.connect(self.ask_return)
        self.track_button.clicked.connect(self.refresh_tracking)
        self.ctx.labels_changed.connect(self.reload_journal)
        self._update_actions()

    # -- loading ----------------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """The journal and ShipStation's recent labels."""
        self._load(with_shipstation=True)

    def reload_journal(self) -> None:
        """The journal again, with ShipStation's rows from the last load (a label was bought or printed)."""
        self._load(with_shipstation=self.remote is None)

    def _history(self) -> LabelHistory:
        return LabelHistory(self.ctx.session, self.ctx.printing.journal,
                            station=this_station(self.ctx.session.settings), days=self.days.value())

    def _load(self, with_shipstation: bool) -> None:
        if self.load_job is not None:  # a change landed while loading: load again once this one ends
            self._reload_after = bool(self._reload_after) or with_shipstation
            return
        service, remote = self._history(), None if with_shipstation else self.remote
        if with_shipstation:
            self.status.setText(self.tr("Reading labels from ShipStation…"))
        self.load_job = self.ctx.runner.run(lambda job: service.load(remote), name="load label history",
                                            on_result=self._loaded, on_error=self._load_failed)

    def _loaded(self, history: History) -> None:
        self.load_job = None
        self.remote = history.remote
        selected = self.selected_row()
        self.model.set_rows(history.rows)
        if selected is not None:
            self.select(selected.key)
        problems = [self.tr("ShipStation %1 could not be read just now (%2), so its labels may be missing.")
                    .replace("%1", api.upper()).replace("%2", str(exc)) for api, exc in history.failures.items()]
        if not history.failures:
            self.ctx.succeeded()
        count = self.tr("%1 labels").replace("%1", str(self.model.total))
        self.status.setText(" ".join([count, *problems]))
        self._reload_pending()
        self.loaded.emit(self.model.total)

    def _load_failed(self, exc: Exception) -> None:
        self.load_job = None
        self.ctx.report_error(exc, self.tr("Loading the label history"))
        self.status.setText(self.tr("The label history could not be loaded."))
        self._reload_pending()
        self.load_failed.emit()

    def _reload_pending(self) -> None:
        again, self._reload_after = self._reload_after, None
        if again is not None:
            self._load(with_shipstation=again)

    def _filter(self, text: str) -> None:
        selected = self.selected_row()
        self.model.set_filter(text)
        if selected is not None:
            self.select(selected.key)

    # -- selection --------------------------------------------------------------------------------

    def selected_row(self) -> HistoryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, key: str) -> bool:
        row = self.model.row_for(key)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_actions(self) -> None:
        row = self.selected_row()
        session = self.ctx.session
        reasons = self.reasons
        checks: list[tuple[QPushButton, str | None]] = [
            (self.reprint_button, reasons.reprint(row)),
            (self.form_button, reasons.form(row)),
            (self.void_button, reasons.void(row, session)),
            (self.return_button, reasons.return_label(row, session)),
            (self.track_button, reasons.tracking(row, session)),
        ]
        for button, reason in checks:
            button.setEnabled(reason is None and not self.busy)
            button.setToolTip(reason or "")

    # -- actions ----------------------------------------------------------------------------------

    def run(self, fn: Callable[[], Any], action: str, on_result: Callable[[Any], None],
            on_refused: Callable[[Exception], bool] | None = None) -> None:
        """One action on the worker; buttons wait for it. `on_refused` handles the refusals it knows."""
        self.busy = True
        self._update_actions()

        def done(result: Any) -> None:
            self.busy = False
            self._update_actions()
            on_result(result)

        def failed(exc: Exception) -> None:
            self.busy = False
            self._update_actions()
            if on_refused is not None and on_refused(exc):
                return
            if isinstance(exc, PrintError | PurchaseError | CannotVoid):
                self.say(str(exc))  # already in words, and about this label only
            else:
                self.ctx.report_error(exc, action)

        self.ctx.runner.run(lambda job: fn(), name=action, on_result=done, on_error=failed)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.answered.emit(text)

    def _entry(self, row: HistoryRow) -> JournalEntry:
        assert row.entry is not None
        return self.ctx.printing.journal.get(row.entry.id)  # as it is now, not as the table last read it

    def reprint(self) -> None:
        row = self.selected_row()
        if row is None or self.reasons.reprint(row) is not None:
            return
        printing = self.ctx.printing

        def queued(_jobs: list[int]) -> None:
            self.ctx.print_requested.emit()
            self.say(self.tr("Label %1 is in the print queue (printed from ShipDesk's copy; nothing was "
                             "bought).").replace("%1", row.tracking_number or ""))

        self.run(lambda: printing.print_label(self._entry(row), with_forms=False), self.tr("Reprinting a label"),
                 queued)

    def print_form(self) -> None:
        row = self.selected_row()
        if row is None or self.reasons.form(row) is not None:
            return
        printing = self.ctx.printing

        def queued(_job: int) -> None:
            self.ctx.print_requested.emit()
            self.say(self.tr("The customs form of %1 is in the print queue.").replace("%1", row.tracking_number
                                                                                     or ""))

        self.run(lambda: printing.print_form(self._entry(row)), self.tr("Printing a customs form"), queued)

    # -- void and return label (history_void_return.py) ---------------------------------------------

    def ask_void(self) -> QMessageBox | None:
        return self.void_return.ask_void()

    def ask_return(self, allow_another: bool = False) -> QMessageBox | None:
        return self.void_return.ask_return(allow_another)

    @property
    def pending(self) -> QMessageBox | None:
        """The open void or return question."""
        return self.void_return.pending

    @property
    def confirm_button(self) -> QPushButton | None:
        return self.void_return.confirm_button

    def show_voided(self, row: HistoryRow, entry: JournalEntry | None) -> None:
        updated = replace(row, voided=True, entry=entry or row.entry)
        self.remote = [replace(r, voided=True) if r.key == row.key else r for r in self.remote or []]
        self.model.replace_row(updated)
        self._update_actions()

    # -- tracking ----------------------------------------------------------------------------------

    def refresh_tracking(self) -> None:
        row = self.selected_row()
        if row is None or self.reasons.tracking(row, self.ctx.session) is not None:
            return
        service = self._history()
        self.run(lambda: service.track(row), self.tr("Refreshing tracking"),
                 lambda status: self._tracked(row, status))

    def _tracked(self, row: HistoryRow, status: h.TrackingStatus) -> None:
        updated = with_tracking(row, status)
        self.model.replace_row(updated)
        self.remote = [with_tracking(r, status) if _same_label(r, row) else r for r in self.remote or []]
        text = self.tr("Tracking %1: %2.").replace("%1", row.tracking_number or "").replace(
            "%2", self.model.tracking_words(updated) or self.tr("no status yet"))
        if status.delivered_at is not None:
            text += " " + self.tr("Delivered %1.").replace("%1", self.model.when(status.delivered_at))
        elif status.estimated_delivery is not None:
            text += " " + self.tr("Expected %1.").replace("%1", self.model.when(status.estimated_delivery))
        self.say(text)


def _same_label(a: HistoryRow, b: HistoryRow) -> bool:
    return a.api == b.api and (a.label_id or a.tracking_number) == (b.label_id or b.tracking_number)
