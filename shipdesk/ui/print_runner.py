"""Takes print jobs off the UI thread: one pass over the print queue at a time, retried while jobs are held.

`ctx.print_requested` (emitted after jobs are queued) starts a pass on the worker runner. A request during
a pass schedules exactly one more pass after it, never a second pass beside it: two passes would each see
the same queued job and send it twice. While a printer is offline, paused or gone its jobs stay held and a
pass runs again every `retry_ms`; a banner says which printer the labels wait for and why, and goes away
when nothing waits any more. PDF jobs are painted on the worker too (QPainter on a QPrinter and QPdfDocument
work off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.words import fill
from ..printing.queue import DONE, HELD, INTERRUPTED, LABEL, PrintJob, Send
from ..printing.ready import send_when_ready
from .context import UiContext
from .workers import Job

RETRY_MS = 15_000
WAITING_BANNER = "print-waiting"
# A job behind a held one on the same printer says only that; the banner gives the first job's reason.
_BEHIND = "waiting for job "


@dataclass(frozen=True)
class PassResult:
    printed: list[PrintJob]  # reached the printer in this pass
    held: list[PrintJob]  # waiting after the pass, oldest first


def printer_words(job: PrintJob) -> str:
    profile = job.profile
    return f"{profile.printer} ({profile.host}:{profile.port})" if profile.host else profile.printer


class PrintRunner(QObject):
    pass_finished = Signal(object)  # PassResult
    idle = Signal()  # the last requested pass ended and none is scheduled right after it
    queue_view_wanted = Signal()  # the banner's "Print queue…" button

    def __init__(self, ctx: UiContext, retry_ms: int = RETRY_MS, send: Send = send_when_ready,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.send = send
        self.retry_ms = retry_ms
        self.passes = 0  # passes run so far (tests and the support report read it)
        self._running = False
        self._again = False
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.kick)
        ctx.print_requested.connect(self.kick)

    @property
    def running(self) -> bool:
        return self._running

    def kick(self) -> None:
        """A pass now, or one right after the pass under way."""
        if self._running:
            self._again = True
            return
        self.retry_timer.stop()
        self._running = True
        printing, send = self.ctx.printing, self.send

        def work(_job: Job) -> PassResult:
            ended = printing.process(send)
            return PassResult(printed=[j for j in ended if j.state == DONE], held=printing.queue.jobs(HELD))

        self.ctx.runner.run(work, name="print pass", on_result=self._passed, on_error=self._failed)

    def _passed(self, result: PassResult) -> None:
        self.passes += 1
        self._show_waiting(result.held)
        self.ctx.print_queue_changed.emit()
        if any(job.journal_id is not None for job in result.printed):
            self.ctx.labels_changed.emit()
        self.pass_finished.emit(result)
        self._next(held=bool(result.held))

    def _failed(self, exc: Exception) -> None:
        # Printer trouble never lands here (the queue holds those jobs); this is the database or a bug.
        self.passes += 1
        self.ctx.report_error(exc, self.tr("Printing"))
        self.ctx.print_queue_changed.emit()
        self._next(held=True)

    def _next(self, held: bool) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.kick()
            return
        if held:
            self.retry_timer.start(self.retry_ms)
        self.idle.emit()

    # -- the banner ----------------------------------------------------------------------------------

    def _show_waiting(self, held: list[PrintJob]) -> None:
        banners = self.ctx.banners
        if not held:
            banners.clear(WAITING_BANNER)
            return
        text = "\n".join(self.waiting_words(held))
        shown = banners.banner(WAITING_BANNER)
        if shown is not None and shown.text == text:
            return
        banner = banners.show_banner(WAITING_BANNER, text, "warning")
        banner.add_button(self.tr("Print &queue…"), self.queue_view_wanted.emit)

    def waiting_words(self, held: list[PrintJob]) -> list[str]:
        """One sentence per printer: how many labels (or documents) wait for it, and why."""
        by_printer: dict[str, list[PrintJob]] = {}
        interrupted: dict[str, int] = {}
        for job in held:
            if job.error == INTERRUPTED:  # no retry sends these: the packer checks the printer first
                interrupted[printer_words(job)] = interrupted.get(printer_words(job), 0) + 1
            else:
                by_printer.setdefault(printer_words(job), []).append(job)
        lines = [fill(self._interrupted_sentence(count), (str(count), printer)) for printer, count in interrupted.items()]
        for printer, jobs in by_printer.items():
            reasons = [j.error for j in jobs if j.error and not j.error.startswith(_BEHIND)]
            reason = (reasons[0] if reasons else jobs[0].error or "").rstrip(". ")
            labels = sum(1 for j in jobs if j.kind == LABEL)
            words = self._sentence(len(jobs), labels)
            lines.append(fill(words, (str(len(jobs)), printer, reason)))
        return lines

    def _interrupted_sentence(self, count: int) -> str:
        if count == 1:
            return self.tr("A print job for printer %2 was being sent when ShipDesk stopped: check whether it printed, "
                           "then use Retry now in Print queue, or send it to another printer.")
        return self.tr("%1 print jobs for printer %2 were being sent when ShipDesk stopped: check whether they "
                       "printed, then use Retry now in Print queue, or send them to another printer.")

    def _sentence(self, count: int, labels: int) -> str:
        if labels == count:
            return self.tr("1 label is waiting for printer %2: %3. It will print when the printer is back; you can "
                      "send it to another printer from Print queue.") if count == 1 else \
                self.tr("%1 labels are waiting for printer %2: %3. They will print when the printer is back; you can "
                   "send them to another printer from Print queue.")
        if labels == 0:
            return self.tr("1 document is waiting for printer %2: %3. It will print when the printer is back; you "
                      "can send it to another printer from Print queue.") if count == 1 else \
                self.tr("%1 documents are waiting for printer %2: %3. They will print when the printer is back; you "
                   "can send them to another printer from Print queue.")
        return self.tr("%1 print jobs (labels and documents) are waiting for printer %2: %3. They will print when the "
                  "printer is back; you can send them to another printer from Print queue.")
