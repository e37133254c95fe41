"""View → Print queue…: what waits for a printer, why, and what printed lately; retry or move waiting jobs.

Nothing here deletes a job: a label that has not printed stays in the queue until a printer takes it
(Retry now, or Send to another printer). Every read and write runs on the worker runner; the list follows
`ctx.print_queue_changed` after each print pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QDateTime, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..printing.printers import PrinterEntry, PrinterProfile, Transport, list_printers
from ..printing.queue import DONE, HELD, PRINTING, QUEUED, PrintJob
from ..printing.station import Station
from .context import UiContext
from .print_runner import printer_words
from .table_models import RowsTableModel
from .workers import Job

DONE_SHOWN = 100


@dataclass(frozen=True)
class PrinterChoice:
    text: str
    profile: PrinterProfile


def redirect_choices(fmt: str, like: PrinterProfile, station: Station, os_printers: Sequence[PrinterEntry],
                     configured: str = "", os_queue: str = "") -> list[PrinterChoice]:
    """Printers a job in `fmt` can go to: the station's own printers that take that format, then every OS
    queue (ZPL raw through the spooler, PDF through the system queue) with the job's DPI, stock and copies.
    `configured` and `os_queue` are the (translated) words put before each kind."""
    wants_raw = fmt == "zpl"
    choices: list[PrinterChoice] = []
    for profile in (station.label, station.documents):
        if profile is not None and (profile.transport is not Transport.SYSTEM) == wants_raw \
                and profile not in (c.profile for c in choices):
            choices.append(PrinterChoice(f"{configured}{_profile_words(profile)}", profile))
    transport = Transport.CUPS_RAW if wants_raw else Transport.SYSTEM
    for entry in os_printers:
        profile = replace(like, printer=entry.name, transport=transport, host="", port=9100)
        if profile not in (c.profile for c in choices):
            choices.append(PrinterChoice(f"{os_queue}{entry.name}", profile))
    return choices


def _profile_words(profile: PrinterProfile) -> str:
    where = f"{profile.printer} ({profile.host}:{profile.port})" if profile.host else profile.printer
    return f"{where}, {profile.dpi} dpi, {profile.stock.value}"


class PrintQueueModel(RowsTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Title"), self.tr("Printer"), self.tr("State"), self.tr("Reason"),
                         self.tr("Attempts"), self.tr("Time"))
        self._states = {QUEUED: self.tr("Waiting"), PRINTING: self.tr("Sending"), HELD: self.tr("Held"),
                        DONE: self.tr("Printed")}
        self.rows: list[PrintJob] = []

    def shown_rows(self) -> Sequence[PrintJob]:
        return self.rows

    def set_jobs(self, jobs: list[PrintJob]) -> None:
        self.beginResetModel()
        self.rows = jobs
        self.endResetModel()

    def job_at(self, row: int) -> PrintJob:
        return self.rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (job.title, printer_words(job), self._states.get(job.state, job.state), job.error or "",
                      str(job.attempts), _when(job.printed_at or job.updated_at))
            return values[index.column()]
        return None


def _when(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs).toLocalTime()
    if moment.date() == QDateTime.currentDateTime().date():
        return moment.toString("HH:mm:ss")
    return moment.toString("yyyy-MM-dd HH:mm")


class RedirectDialog(QDialog):
    def __init__(self, count: int, choices: list[PrinterChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to another printer"))
        form = QFormLayout(self)
        words = self.tr("The waiting print job goes to the printer you choose.") if count == 1 else \
            self.tr("%1 waiting print jobs go to the printer you choose, in the same order.").replace("%1", str(count))
        form.addRow(QLabel(words))
        self.combo = QComboBox()
        for choice in choices:
            self.combo.addItem(choice.text, choice)
        form.addRow(self.tr("&Printer"), self.combo)
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel)
        self.ok_button = buttons.button(std.Ok)
        self.ok_button.setText(self.tr("&Send"))
        self.ok_button.setEnabled(self.combo.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> PrinterChoice:
        return self.combo.currentData()


class PrintQueueView(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print queue"))
        self.resize(980, 420)
        self.model = PrintQueueModel(self)
        self.redirect_dialog: RedirectDialog | None = None  # open now (tests drive it)
        self.loaded = 0  # how many refreshes have landed (tests wait on it)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 130, 70, 330, 60)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry now"))
        self.retry_button.setToolTip(self.tr("Send every held job again now, instead of waiting for the next try."))
        self.retry_button.clicked.connect(self.retry_now)
        self.redirect_button = QPushButton(self.tr("Send to &another printer…"))
        self.redirect_button.clicked.connect(self.ask_redirect)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.retry_button, self.redirect_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        ctx.print_queue_changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        queue = self.ctx.printing.queue

        def read(_job: Job) -> list[PrintJob]:
            return queue.jobs(QUEUED, PRINTING, HELD) + queue.recent_done(DONE_SHOWN)

        self.ctx.runner.run(read, name="read print queue", on_result=self._show,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Reading the print queue")))

    def _show(self, jobs: list[PrintJob]) -> None:
        selected = {job.id for job in self.selected_jobs()}
        self.model.set_jobs(jobs)
        selection = self.table.selectionModel()
        keep = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, job in enumerate(jobs):
            if job.id in selected:  # a refresh keeps what the packer selected
                selection.select(self.model.index(row, 0), keep)
        waiting = sum(1 for j in jobs if j.state != DONE)
        held = sum(1 for j in jobs if j.state == HELD)
        self.summary.setText(self.tr("%1 waiting (%2 held)").replace("%1", str(waiting)).replace("%2", str(held)))
        self.loaded += 1
        self._update_buttons()

    def selected_jobs(self) -> list[PrintJob]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.job_at(row) for row in rows if row < len(self.model.rows)]

    def select_job(self, job_id: int) -> bool:
        for row, job in enumerate(self.model.rows):
            if job.id == job_id:
                self.table.selectRow(row)
                return True
        return False

    def _movable(self) -> list[PrintJob]:
        return [job for job in self.selected_jobs() if job.state in (QUEUED, HELD)]

    def _update_buttons(self) -> None:
        self.retry_button.setEnabled(any(job.state == HELD for job in self.model.rows))
        movable = self._movable()
        formats = {job.label_format for job in movable}
        self.redirect_button.setEnabled(len(formats) == 1)
        self.redirect_button.setToolTip(self.tr("Select waiting jobs of one kind (all ZPL or all PDF).")
                                        if len(formats) > 1 else "")

    # -- acting ----------------------------------------------------------------------------------

    def retry_now(self) -> None:
        queue = self.ctx.printing.queue
        self.ctx.runner.run(lambda _job: queue.requeue_held(), name="retry held print jobs",
                            on_result=lambda _r: self.ctx.print_requested.emit(),
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Retrying the print jobs")))

    def ask_redirect(self) -> None:
        jobs = self._movable()
        if not jobs or len({job.label_format for job in jobs}) != 1:
            return
        fmt, like, station = jobs[0].label_format, jobs[0].profile, self.ctx.station
        configured, os_queue = self.tr("This station: "), self.tr("Printer: ")

        def choices(_job: Job) -> list[PrinterChoice]:
            current = {job.profile for job in jobs}
            found = redirect_choices(fmt, like, station, list_printers(), configured, os_queue)
            return [choice for choice in found if choice.profile not in current]

        self.ctx.runner.run(choices, name="list printers", on_result=lambda found: self._pick(jobs, found),
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Listing the printers")))

    def _pick(self, jobs: list[PrintJob], choices: list[PrinterChoice]) -> None:
        dialog = RedirectDialog(len(jobs), choices, self)
        self.redirect_dialog = dialog
        dialog.accepted.connect(lambda: self.redirect([job.id for job in jobs], dialog.choice().profile))
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: RedirectDialog) -> None:
        if self.redirect_dialog is dialog:
            self.redirect_dialog = None
        dialog.deleteLater()

    def redirect(self, job_ids: list[int], profile: PrinterProfile) -> None:
        """Moves the jobs that have not printed to `profile`, in their order, and starts a pass."""
        queue = self.ctx.printing.queue

        def move(_job: Job) -> list[str]:
            refused = []
            for job_id in job_ids:
                try:
                    queue.redirect(job_id, profile)
                except ValueError as exc:  # it printed or is being sent meanwhile: nothing to move
                    refused.append(str(exc))
            return refused

        def moved(refused: list[str]) -> None:
            self.message.setText("\n".join(refused))
            self.ctx.print_requested.emit()
            self.refresh()

        self.ctx.runner.run(move, name="redirect print jobs", on_result=moved,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Moving the print jobs")))
