"""Import CSV… : every row checked and shown before anything is sent; Apply sends the valid rows.

Nothing leaves ShipDesk until the packer presses Apply. Rows with errors stay in the table with their
row number and the reason in words; they are never sent. Stop finishes the row in flight and sends no more.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.inventory_csv import ImportPreview, ImportRow, apply_import
from .context import UiContext
from .words import say

Index = QModelIndex | QPersistentModelIndex
BACKGROUND = {"error": "#fdecea", "failed": "#fdecea", "unknown": "#fff4e5", "not_sent": "#f2f2f2",
              "done": "#e8f5e9"}


class ImportRowsModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = preview.rows
        self._headers = (self.tr("Row"), self.tr("Status"), self.tr("SKU"), self.tr("Change"),
                         self.tr("Quantity"), self.tr("Where"), self.tr("Message"))
        self._status = {"ready": self.tr("Ready"), "error": self.tr("Error"), "done": self.tr("Done"),
                        "failed": self.tr("Failed"), "unknown": self.tr("Unknown — check"),
                        "not_sent": self.tr("Not sent")}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def message(self, row: ImportRow) -> str:
        if row.result is not None:
            return say(row.result)
        return " ".join(say(p) for p in row.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(row.row), self._status.get(row.status, row.status), row.sku, row.mode, row.quantity,
                    row.where or " / ".join(x for x in (row.warehouse, row.location) if x),
                    self.message(row))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.status in BACKGROUND:
            return QBrush(QColor(BACKGROUND[row.status]))
        return None

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))


class ImportDialog(QDialog):
    applied = Signal(object)  # the ImportPreview with each row's result, once sending has ended

    def __init__(self, ctx: UiContext, preview: ImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = preview
        self.job: Any = None
        self._stopping = threading.Event()
        self.finished_sending = False
        self.setWindowTitle(self.tr("Import stock changes — %1").replace("%1", file_name))
        self.resize(960, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportRowsModel(preview, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)  # the message is the point of the preview: show all of it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportRowsModel.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.apply_button: QPushButton = self.buttons.addButton(self.tr("&Apply"),
                                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button: QPushButton = self.buttons.addButton(self.tr("&Stop"),
                                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.stop_button.setVisible(False)
        self.apply_button.clicked.connect(self.apply)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.apply_button.setEnabled(bool(preview.valid_rows))
        self._show_summary()

    def _show_summary(self) -> None:
        p = self.preview
        if p.file_problems:
            self.summary.setText(" ".join(say(w) for w in p.file_problems))
            return
        if not self.finished_sending and self.job is None:
            text = self.tr("%1 rows: %2 ready, %3 with errors. Nothing has been sent yet; press Apply to "
                           "send the ready rows. Rows with errors are skipped.")
            text = text.replace("%1", str(len(p.rows))).replace("%2", str(len(p.valid_rows)))
            self.summary.setText(text.replace("%3", str(len(p.error_rows))))
            self.apply_button.setText(self.tr("&Apply %1 rows").replace("%1", str(len(p.valid_rows))))
            return
        text = self.tr("%1 done, %2 failed, %3 not sent, %4 unknown (check those levels before sending "
                       "again).")
        for n, status in enumerate(("done", "failed", "not_sent", "unknown"), start=1):
            text = text.replace(f"%{n}", str(p.count(status)))
        self.summary.setText(text)

    def apply(self) -> None:
        v2 = self.ctx.session.v2
        if self.job is not None or self.finished_sending or v2 is None or not self.preview.valid_rows:
            return
        self.apply_button.setEnabled(False)
        self.stop_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(self.preview.valid_rows))
        self.progress.setValue(0)
        count = str(len(self.preview.valid_rows))
        self.summary.setText(self.tr("Sending %1 rows to ShipStation…").replace("%1", count))
        preview, stopping = self.preview, self._stopping
        # Our own stop flag, not job.cancel(): a cancelled job reports no result, and the rows sent so far
        # must still be shown.
        self.job = self.ctx.runner.run(
            lambda job: apply_import(v2, preview, job.progress, lambda: stopping.is_set() or job.cancelled),
            name="import stock CSV", on_progress=self._progress, on_result=lambda _r: self._done(),
            on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.ctx.report_error(exc, self.tr("Importing stock changes"))
        self._done()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 rows sent").replace("%1", str(done)).replace("%2",
                                                                                          str(total)))
        self.model.refresh()
        self.table.resizeRowsToContents()

    def stop(self) -> None:
        if self.job is not None:
            self._stopping.set()
            self.stop_button.setEnabled(False)
            self.stop_button.setText(self.tr("Stopping…"))

    def _done(self) -> None:
        self.job = None
        self.finished_sending = True
        self.stop_button.setVisible(False)
        self.model.refresh()
        self.table.resizeRowsToContents()
        self._show_summary()
        if self.preview.count("done") or self.preview.count("unknown"):
            self.ctx.succeeded()
        self.applied.emit(self.preview)

    def reject(self) -> None:
        self.stop()  # closing mid-way sends no more rows
        super().reject()
