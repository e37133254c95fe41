"""Start-up: finish what a crash interrupted, then print what should have printed.

On the worker: `recover(session)` asks ShipStation what became of every purchase left unfinished (it never
buys), then `LabelPrinting.resume_after_crash()` queues the labels the station meant to print on purchase,
then the print runner runs a pass. Banners say what happened in words: labels found and printed, labels
found but not printable here (a V1 label has no file to download again: it must be reprinted from
ShipStation), and purchases ShipStation could not be asked about yet. `finished` fires after that first
print pass (`--smoke` waits for it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core.journal import UNFINISHED, JournalEntry
from ..core.session import Session
from ..core.shipping import recover
from ..core.words import fill
from ..printing.label_printing import LabelPrinting
from ..printing.printers import PrintError
from .context import UiContext
from .print_runner import PrintRunner

RECOVERED_BANNER = "labels-recovered"
UNPRINTED_BANNER = "labels-unprinted"
UNKNOWN_BANNER = "labels-unknown"
MAX_LINES = 6


@dataclass
class Recovery:
    printed: list[JournalEntry] = field(default_factory=list)  # found at start-up and queued for printing
    unprinted: list[tuple[JournalEntry, str]] = field(default_factory=list)  # meant to print, can't: why
    found: list[JournalEntry] = field(default_factory=list)  # found at start-up, not meant to print by itself
    unknown: list[JournalEntry] = field(default_factory=list)  # ShipStation could not be asked yet
    error: Exception | None = None  # recovery itself failed (printing still resumed)


def recover_labels(session: Session, printing: LabelPrinting) -> Recovery:
    """Reconcile, then queue what never printed. Runs on the worker; no Qt."""
    result = Recovery()
    recovered: list[JournalEntry] = []
    try:
        recovered = recover(session, printing.journal)
    except Exception as exc:  # e.g. a V1 row on a station without V1 keys: printing must still resume
        result.error = exc
    queued = set(printing.resume_after_crash())
    found_now = {entry.id for entry in recovered if entry.has_label}
    for entry in printing.journal.all():
        jobs = {job.id for job in printing.queue.for_journal(entry.id)}
        if not (entry.has_label and entry.print_on_purchase and entry.print_status == "pending"):
            if entry.id in found_now:
                result.found.append(entry)
            continue
        if jobs & queued:
            result.printed.append(entry)
            continue
        if jobs:
            continue  # already in the print queue from an earlier run: the runner's banner covers it
        if not entry.label_bytes:
            if entry.id in found_now:  # said once, at the start-up that found it
                result.unprinted.append((entry, entry.label_note or "ShipDesk has no copy of this label's file."))
            continue
        try:  # resume_after_crash skipped it: ask again for the reason (or queue it, if that works now)
            printing.print_label(entry)
        except PrintError as exc:
            result.unprinted.append((entry, str(exc)))
        else:
            result.printed.append(entry)
    result.unknown = [entry for entry in recovered if entry.state in UNFINISHED]
    return result


class LabelRecovery(QObject):
    finished = Signal()  # recovery done and its print pass ended

    def __init__(self, ctx: UiContext, runner: PrintRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.print_runner = runner
        self.done = False
        self.result: Recovery | None = None
        self._started = False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        session, printing = self.ctx.session, self.ctx.printing
        self.ctx.runner.run(lambda _job: recover_labels(session, printing), name="recover labels",
                            on_result=self._recovered, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.ctx.report_error(exc, self.tr("Checking the labels bought before ShipDesk last stopped"))
        self._print()

    def _recovered(self, result: Recovery) -> None:
        self.result = result
        if result.error is not None:
            self.ctx.report_error(result.error, self.tr("Checking the labels bought before ShipDesk last stopped"))
        banners = self.ctx.banners
        if result.printed or result.found:
            lines = [fill(self.tr("The label for order %1 (tracking %2), bought just before ShipDesk last stopped, "
                                  "was found and sent to the label printer."), (_order(e), e.tracking_number or "?"))
                     for e in result.printed]
            lines += [" ".join([fill(self.tr("The label for order %1 (tracking %2), bought just before ShipDesk last "
                                             "stopped, was found at ShipStation; it is in the label history."),
                                     (_order(e), e.tracking_number or "?")),
                                *([] if e.label_bytes else [e.label_note or ""])]).strip()
                      for e in result.found]
            banners.show_banner(RECOVERED_BANNER, _cap(lines, self.tr("… and %1 more.")), "info")
        if result.unprinted:
            lines = [fill(self.tr("Order %1 (tracking %2): the label was bought but did not print. %3"),
                          (_order(e), e.tracking_number or "?", reason)) for e, reason in result.unprinted]
            banners.show_banner(UNPRINTED_BANNER, _cap(lines, self.tr("… and %1 more.")), "warning", sticky=True)
        if result.unknown:
            lines = [fill(self.tr("Order %1: ShipStation could not be asked yet whether the label bought just before "
                                  "ShipDesk stopped went through. ShipDesk will not buy another label for this "
                                  "order until ShipStation answers."), (_order(e),)) for e in result.unknown]
            banners.show_banner(UNKNOWN_BANNER, _cap(lines, self.tr("… and %1 more.")), "warning", sticky=True)
        if result.printed or result.unprinted or result.found:
            self.ctx.labels_changed.emit()
        self._print()

    def _print(self) -> None:
        self.print_runner.idle.connect(self._printed)
        self.print_runner.kick()

    def _printed(self) -> None:
        self.print_runner.idle.disconnect(self._printed)
        self.done = True
        self.finished.emit()


def _order(entry: JournalEntry) -> str:
    return entry.order_number or entry.order_id or "?"


def _cap(lines: list[str], more: str) -> str:
    if len(lines) <= MAX_LINES:
        return "\n".join(lines)
    return "\n".join([*lines[:MAX_LINES - 1], fill(more, (str(len(lines) - MAX_LINES + 1),))])
