"""The Orders tab's sync runs: V1 orders synced on the worker runner, each page handed over as it lands.

The first sync (no cursor yet) shows a progress bar page by page; later ones are deltas, run by F5 and by a
timer (every refresh_ms, or retry_ms while ShipStation can't be reached). The worker queues each page's rows;
the UI thread drains the queue at each progress report and at the end, and says so with `rows_arrived`.
"""

from __future__ import annotations

import queue
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from ..core.order_cache import TableRow
from ..core.sync import OrderSync, SyncResult
from .workers import Job

if TYPE_CHECKING:  # the staged start builds this before the API layer is imported
    from .context import UiContext

OFFLINE_RETRY_MS = 30_000


class OrdersSyncFeed(QObject):
    rows_arrived = Signal(object)  # list[TableRow]: synced rows to merge into the table
    lookups_arrived = Signal(object)  # Lookups: the names of stores, tags and users
    settled = Signal()  # the table now holds what ShipStation has, or all it will give (no orders in the plan)
    finished = Signal(object)  # SyncResult, or the exception that stopped the sync

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx: UiContext | None = None
        self.sync: OrderSync | None = None
        self.last_sync: SyncResult | None = None
        self.has_cursor = False  # the cache has synced once: no progress bar for a one-page delta
        self.refresh_ms = self.retry_ms = OFFLINE_RETRY_MS  # the settings' own come with attach()
        self.job: Job | None = None  # the sync running now
        self._pending: queue.SimpleQueue[list[TableRow]] = queue.SimpleQueue()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.start(lookups=False))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(360)
        self.progress.hide()
        self.label = QLabel()

    def attach(self, ctx: UiContext, sync: OrderSync | None) -> None:
        """The session is open; `sync` is None when the account has no V1 keys."""
        self.ctx, self.sync = ctx, sync
        self.refresh_ms = ctx.session.settings.refresh_minutes * 60_000
        self.retry_ms = min(OFFLINE_RETRY_MS, self.refresh_ms)

    def start(self, lookups: bool) -> bool:
        """A sync now (with the names of stores, tags and users if `lookups`). False if one is running."""
        if self.sync is None or self.job is not None or self.ctx is None:
            return False
        self.timer.stop()
        sync, pending = self.sync, self._pending

        def work(job: Job) -> SyncResult:
            def page_done(page: int, pages: int, rows: list[TableRow]) -> None:
                pending.put(rows)
                job.progress(page, pages, "")

            return sync.run(on_page=page_done, check=job.check, lookups=lookups)

        if not self.has_cursor:
            self.progress.setRange(0, 0)  # busy until the first page says how many there are
            self.progress.setFormat(self.tr("Syncing orders…"))
            self.progress.show()
        self.label.setText(self.tr("Syncing…"))
        job = self.ctx.runner.run(work, name="sync orders", on_result=self._on_synced,
                                  on_error=self._on_failed, on_progress=self._on_progress)
        job.finished.connect(lambda: self._on_ended(job))  # cancelled jobs end without a result
        self.job = job
        return True

    def _on_progress(self, page: int, pages: int, _text: str) -> None:
        self._drain()
        if not self.has_cursor or pages > 1:
            self.progress.setRange(0, pages)
            self.progress.setFormat(self.tr("Syncing orders: page %1 of %2").replace("%1", str(page))
                                    .replace("%2", str(pages)))
            self.progress.setValue(page)
            self.progress.show()

    def _on_synced(self, result: SyncResult) -> None:
        self._on_ended(self.job)  # done now: a refresh from here on may start the next one
        self._drain()
        self.last_sync = result
        self.has_cursor = self.has_cursor or result.cursor is not None
        if result.lookups is not None:
            self.lookups_arrived.emit(result.lookups)
        self.label.setText(self.tr("Synced at %1").replace("%1", QTime.currentTime().toString("HH:mm")))
        assert self.ctx is not None  # a sync runs only once attached
        self.ctx.succeeded()
        self.settled.emit()
        self.timer.start(self.refresh_ms)
        self.finished.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        from ..api.errors import PlanError

        assert self.ctx is not None  # a sync runs only once attached
        self._on_ended(self.job)
        self._drain()
        if isinstance(exc, PlanError):
            # The plan banner already says why, and retrying every few minutes won't change the plan (F5 can).
            self.label.setText(self.tr("Orders are not part of this ShipStation plan"))
            self.settled.emit()  # what is on screen now is final
            self.finished.emit(exc)
            return
        self.ctx.report_error(exc, self.tr("Syncing orders"))
        self.label.setText(self.tr("Not synced"))
        self.timer.start(self.refresh_ms if self.ctx.online else self.retry_ms)
        self.finished.emit(exc)

    def _on_ended(self, job: Job | None) -> None:
        if job is not None and job is self.job:
            self.job = None
            self.progress.hide()

    def _drain(self) -> None:
        rows: list[TableRow] = []
        while True:
            try:
                rows.extend(self._pending.get_nowait())
            except queue.Empty:
                break
        if rows:
            self.rows_arrived.emit(rows)
