"""The Labels tab: every label with its order, tracking, cost, station and tracking status, and what a packer
does with one afterwards — reprint it from the local copy, print its customs form, void it, buy its V2 return
label, ask where it is.

Every call to ShipStation or the disk runs on the worker runner. A reprint reads the journal's copy and never
calls ShipStation. A void and a return label are confirmed first, with what they mean in words; ShipStation's
answer is shown as it gave it. The tab reloads the journal whenever `ctx.labels_changed` fires (ShipStation's
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

from ..api.errors import ApiError
from ..core import history as h
from ..core.history import DEFAULT_DAYS, History, HistoryRow, LabelHistory, this_station, with_tracking
from ..core.journal import JournalEntry
from ..core.money_words import money_words
from ..core.returns import ReturnLabels, return_request
from ..core.shipping import AlreadyHasLabel, PurchaseError, ShippingService
from ..core.voiding import CannotVoid, VoidAnswer, void_label
from ..printing.printers import PrintError
from .context import UiContext
from .history_model import CREATED, HistoryModel
from .rates_model import money
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
        self.pending: QMessageBox | None = None  # the open question

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
        checks: list[tuple[QPushButton, str | None]] = [
            (self.reprint_button, self._why_no_reprint(row)),
            (self.form_button, self._why_no_form(row)),
            (self.void_button, self._why_no_void(row, session)),
            (self.return_button, self._why_no_return(row, session)),
            (self.track_button, self._why_no_tracking(row, session)),
        ]
        for button, reason in checks:
            button.setEnabled(reason is None and not self.busy)
            button.setToolTip(reason or "")

    def _why_not(self, row: HistoryRow | None) -> str | None:
        """What stops every action on a label."""
        if row is None:
            return self.tr("Select a label first.")
        if row.outcome_unknown:
            return self.tr("ShipDesk is still checking with ShipStation whether this label was bought.")
        return None

    def _why_no_reprint(self, row: HistoryRow | None) -> str | None:
        if (reason := self._why_not(row)) is not None or row is None:
            return reason
        if row.voided:
            return self.tr("This label was voided: it must not go on a parcel.")
        if not row.has_local_copy:
            return self.model.no_copy_reason(row)
        return None

    def _why_no_form(self, row: HistoryRow | None) -> str | None:
        if (reason := self._why_not(row)) is not None or row is None:
            return reason
        if not row.has_form:
            return self.tr("ShipDesk has no customs form for this label.")
        if row.voided:
            return self.tr("This label was voided: it must not go on a parcel.")
        return None

    def _why_no_void(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self._why_not(row)) is not None or row is None:
            return reason
        if row.voided:
            return self.tr("This label is already voided.")
        if (session.v1 if row.api == "v1" else session.v2) is None:
            return self.tr("This station has no ShipStation %1 key, so it cannot void this label.").replace(
                "%1", row.api.upper())
        return None

    def _why_no_return(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self._why_not(row)) is not None or row is None:
            return reason
        if row.api != "v2" or not row.label_id:
            return self.tr("Return labels need ShipStation V2: V1 has no return label call.")
        if session.v2 is None:
            return self.tr("This station has no ShipStation V2 key, so it cannot buy return labels.")
        if row.is_return:
            return self.tr("This is a return label already.")
        if row.voided:
            return self.tr("This label was voided: ShipStation makes return labels only for live labels.")
        return None

    def _why_no_tracking(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self._why_not(row)) is not None or row is None:
            return reason
        if row.api != "v2" or not row.label_id:
            return self.tr("ShipStation V1 has no tracking call: tracking status needs a V2 key and a V2 label.")
        if session.v2 is None:
            return self.tr("Tracking status needs a ShipStation V2 key.")
        return None

    # -- actions ----------------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], action: str, on_result: Callable[[Any], None],
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
                self._say(str(exc))  # already in words, and about this label only
            else:
                self.ctx.report_error(exc, action)

        self.ctx.runner.run(lambda job: fn(), name=action, on_result=done, on_error=failed)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.answered.emit(text)

    def _entry(self, row: HistoryRow) -> JournalEntry:
        assert row.entry is not None
        return self.ctx.printing.journal.get(row.entry.id)  # as it is now, not as the table last read it

    def reprint(self) -> None:
        row = self.selected_row()
        if row is None or self._why_no_reprint(row) is not None:
            return
        printing = self.ctx.printing

        def queued(_jobs: list[int]) -> None:
            self.ctx.print_requested.emit()
            self._say(self.tr("Label %1 is in the print queue (printed from ShipDesk's copy; nothing was "
                              "bought).").replace("%1", row.tracking_number or ""))

        self._run(lambda: printing.print_label(self._entry(row), with_forms=False), self.tr("Reprinting a label"),
                  queued)

    def print_form(self) -> None:
        row = self.selected_row()
        if row is None or self._why_no_form(row) is not None:
            return
        printing = self.ctx.printing

        def queued(_job: int) -> None:
            self.ctx.print_requested.emit()
            self._say(self.tr("The customs form of %1 is in the print queue.").replace("%1", row.tracking_number
                                                                                      or ""))

        self._run(lambda: printing.print_form(self._entry(row)), self.tr("Printing a customs form"), queued)

    # -- void --------------------------------------------------------------------------------------

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        self.confirm_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not spend or refund money
        yes_button = self.confirm_button
        box.buttonClicked.connect(lambda button: button is yes_button and then())
        self.pending = box
        box.open()
        return box

    def _label_words(self, row: HistoryRow) -> str:
        carrier = " · ".join(v for v in (row.carrier, row.service) if v) or self.tr("unknown carrier")
        cost = money(row.cost) if row.cost else self.tr("unknown")
        return (self.tr("Carrier: %1\nTracking: %2\nCost: %3\nOrder: %4")
                .replace("%1", carrier).replace("%2", row.tracking_number or "—").replace("%3", cost)
                .replace("%4", row.order_number or "—"))

    def ask_void(self) -> QMessageBox | None:
        row = self.selected_row()
        if row is None or self._why_no_void(row, self.ctx.session) is not None:
            return None
        text = (self.tr("Void this label?") + "\n\n" + self._label_words(row) + "\n\n" + self.tr(
            "ShipStation asks the carrier to refund the postage. A voided label must not go on a parcel; "
            "the order can then be shipped with a new label."))
        return self._ask(self.tr("Void label"), text, self.tr("&Void label"), lambda: self._void(row))

    def _void(self, row: HistoryRow) -> None:
        session, journal = self.ctx.session, self.ctx.printing.journal
        self._run(lambda: void_label(session, row, journal), self.tr("Voiding a label"),
                  lambda answer: self._voided(row, answer))

    def _voided(self, row: HistoryRow, answer: VoidAnswer) -> None:
        tracking = row.tracking_number or row.label_id or row.shipment_id or ""
        said = answer.message or self.tr("(no message)")
        if answer.approved:
            text = self.tr("ShipStation voided label %1. Its answer: “%2”")
        elif answer.voided:
            text = self.tr("ShipStation says label %1 was already voided. Its answer: “%2”")
        else:
            text = self.tr("ShipStation did not void label %1. Its answer: “%2”")
        text = text.replace("%1", tracking).replace("%2", said)
        if answer.reason_code and not answer.approved:
            text += " " + self.tr("(reason: %1)").replace("%1", answer.reason_code)
        self._say(text)
        if answer.voided:
            updated = replace(row, voided=True, entry=answer.entry or row.entry)
            self.remote = [replace(r, voided=True) if r.key == row.key else r for r in self.remote or []]
            self.model.replace_row(updated)
            self._update_actions()
        if answer.entry is not None:
            self.ctx.labels_changed.emit()

    # -- return label ------------------------------------------------------------------------------

    def ask_return(self, allow_another: bool = False) -> QMessageBox | None:
        row = self.selected_row()
        if row is None or self._why_no_return(row, self.ctx.session) is not None:
            return None
        printed = (self.tr("ShipDesk prints it on the label printer as soon as it is bought.")
                   if self.ctx.station.auto_print else self.tr("Print it from this list when you need it."))
        text = (self.tr("Buy a return label for this label?") + "\n\n" + self._label_words(row) + "\n\n"
                + self.tr("A return label may cost money: ShipStation charges it to the carrier account "
                          "(some carriers only when the customer uses it).") + " " + printed)
        return self._ask(self.tr("Return label"), text, self.tr("&Buy return label"),
                         lambda: self._buy_return(row, allow_another))

    def _buy_return(self, row: HistoryRow, allow_another: bool) -> None:
        ctx = self.ctx
        station, settings = ctx.station, ctx.session.settings
        request = return_request(row, label_format=station.label_format, print_on_purchase=station.auto_print)
        service = ShippingService(ctx.session, ctx.printing.journal, station=this_station(settings))

        def buy() -> tuple[JournalEntry, str | None]:
            entry = ReturnLabels(service).buy_return(request, allow_another=allow_another)
            if not entry.print_on_purchase:
                return entry, None
            try:
                ctx.printing.print_label(entry)
            except PrintError as exc:
                return entry, str(exc)  # bought and kept: the packer prints it from here once fixed
            return entry, ""

        self._run(buy, self.tr("Buying a return label"), lambda result: self._returned(row, *result),
                  on_refused=lambda exc: self._return_refused(row, exc))

    def _returned(self, row: HistoryRow, entry: JournalEntry, print_problem: str | None) -> None:
        text = self.tr("Return label bought for %1: tracking %2, cost %3.").replace(
            "%1", row.tracking_number or "").replace("%2", entry.tracking_number or "").replace(
            "%3", money(entry.cost) if entry.cost else self.tr("unknown"))
        if print_problem == "":
            self.ctx.print_requested.emit()
            text += " " + self.tr("It is in the print queue.")
        elif print_problem:
            text += " " + self.tr("It was not printed: %1").replace("%1", print_problem)
        self._say(text)
        self.ctx.labels_changed.emit()

    def _return_refused(self, row: HistoryRow, exc: Exception) -> bool:
        if isinstance(exc, AlreadyHasLabel):
            text = (self.tr("Label %1 already has a return label (%2). Buy another one?")
                    .replace("%1", row.tracking_number or "").replace("%2", ", ".join(exc.existing)))
            self._ask(self.tr("Return label"), text, self.tr("Buy &another"),
                      lambda: self._buy_return(row, allow_another=True))
            return True
        if isinstance(exc, ApiError):
            words = money_words(exc)
            if words.what_to_do:
                self._say(str(words))
                return True
        self.ctx.labels_changed.emit()  # a lost answer left a row the history should show
        return False

    # -- tracking ----------------------------------------------------------------------------------

    def refresh_tracking(self) -> None:
        row = self.selected_row()
        if row is None or self._why_no_tracking(row, self.ctx.session) is not None:
            return
        service = self._history()
        self._run(lambda: service.track(row), self.tr("Refreshing tracking"),
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
        self._say(text)


def _same_label(a: HistoryRow, b: HistoryRow) -> bool:
    return a.api == b.api and (a.label_id or a.tracking_number) == (b.label_id or b.tracking_number)
