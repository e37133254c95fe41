"""The REPRINT and VOID command barcodes, for the order open in the Orders tab (or the last one scan to ship
bought). REPRINT prints its newest label again from the local copy (no new charge). VOID never voids on a
scan alone: it shows the label in the Labels tab and opens the Labels tab's own "Void this label?" question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ..core.journal import JournalEntry, LabelJournal
from ..core.scan_decoder import Scan
from .context import UiContext
from .history_tab import HistoryTab
from .scan_feedback import ScanFeedback


def newest_label(journal: LabelJournal, order_id: int) -> JournalEntry | None:
    """The order's newest live label bought by this station (either API)."""
    found = [e for api in ("v1", "v2") for e in journal.for_order(api, str(order_id))
             if e.has_label and e.voided_at is None and not e.return_for]
    return max(found, key=lambda e: (e.created_at, e.id), default=None)


class ScanLabelCommands(QObject):
    def __init__(self, ctx: UiContext, current_order: Callable[[], int | None], history: HistoryTab,
                 show_history: Callable[[], bool], feedback: ScanFeedback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_order = current_order
        self.history = history
        self.show_history = show_history
        self.feedback = feedback

    def _with_label(self, scan: Scan, then: Callable[[JournalEntry], None]) -> None:
        order_id = self.current_order()
        if order_id is None:
            self.feedback.error(self.tr("Scanned %1: open an order first.").replace("%1", scan.raw.strip()))
            return
        journal = self.ctx.printing.journal

        def found(entry: JournalEntry | None) -> None:
            if entry is None:
                self.feedback.error(self.tr("This order has no label bought at this station."))
            else:
                then(entry)

        self.ctx.runner.run(lambda _job: newest_label(journal, order_id), name="find the order's label",
                            on_result=found, on_error=lambda exc: self.feedback.error(str(exc)))

    def reprint(self, scan: Scan) -> None:
        printing = self.ctx.printing

        def queue(entry: JournalEntry) -> None:
            def queued(_jobs: list[int]) -> None:
                self.ctx.print_requested.emit()
                self.feedback.success()
                self.ctx.banners.show_banner("scan-ship", self.tr("Label %1 sent to the printer again (no new "
                                                                  "charge).").replace("%1", entry.tracking_number
                                                                                      or "?"), "info")

            self.ctx.runner.run(lambda _job: printing.print_label(entry), name="reprint label",
                                on_result=queued, on_error=lambda exc: self.feedback.error(
                                    self.tr("Reprint failed: %1").replace("%1", str(exc))))

        self._with_label(scan, queue)

    def void(self, scan: Scan) -> None:
        def ask(entry: JournalEntry) -> None:
            if not self.show_history():
                self._not_listed()
            elif self.history.select(f"journal:{entry.id}"):
                self._ask_void()
            else:  # scanned right after the purchase: the Labels tab hasn't loaded the label yet
                self._when_listed(entry)

        self._with_label(scan, ask)

    def _ask_void(self) -> None:
        if self.history.ask_void() is None:
            self.feedback.error(self.tr("This label can't be voided from here: the Labels tab says why."))
            return
        self.feedback.success()  # the question is open; nothing is voided without its answer

    def _not_listed(self) -> None:
        self.feedback.error(self.tr("The label is not in the Labels tab yet: void it from there."))

    def _when_listed(self, entry: JournalEntry) -> None:
        """Load the Labels tab again and ask once the label is in it (a load already running ends first)."""
        history = self.history

        def done() -> None:
            history.loaded.disconnect(loaded)
            history.load_failed.disconnect(failed)

        def loaded(_count: int) -> None:
            if history.select(f"journal:{entry.id}"):
                done()
                self._ask_void()
            elif history.load_job is None:  # no other load coming: it really isn't there
                done()
                self._not_listed()

        def failed() -> None:  # the Labels tab's own banner says why
            if history.load_job is None:
                done()
                self._not_listed()

        history.loaded.connect(loaded)
        history.load_failed.connect(failed)
        history.reload_journal()
