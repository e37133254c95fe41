"""Scan to ship: in ship mode a scanned order is opened, rated, bought and printed with no click.

The scan is the confirmation, so nothing asks a question: each check the Buy button would ask about (a
non-Roman ship-to for V1, an incomplete customs declaration, a shipped or cancelled order, a label the order
already has, a pack not verified on a station that requires it) stops the scan with a sticky error and
nothing is bought. The rate is the station's selected preset, else the cheapest one that delivers within
`Settings.ship_within_days` (`core.ship_choice`). The purchase is `label_request.buy_once`, the same one the
Buy button runs (journal first, never twice). Reading the order, rating, buying and, with no print delay,
printing run as one worker job (scan_ship_work.py); the order read there is the one the Orders tab shows.

After the purchase the label waits `Settings.scan_print_delay_ms` before printing: scanning CANCEL then keeps
it unprinted (bought, in the journal, printable from the Labels tab). The label goes through the print queue
and straight on to the printer (`LabelPrinting.print_now`); the print runner takes whatever has to wait. A
second order scanned while one is under way is refused, not queued: the packer has one parcel in hand, and a
queued purchase could print a label for a parcel that is no longer on the bench.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal

from ..api.errors import ApiError, Unreachable
from ..core.customs import CustomsDeclaration
from ..core.journal import JournalEntry
from ..core.money_words import OTHER, money_words
from ..core.pack_verify import PackNotVerified
from ..core.rate_catalog import RateCatalog
from ..core.rate_presets import find_preset
from ..core.scan_decoder import Scan
from ..core.shipping import (
    AlreadyHasLabel,
    CustomsProblem,
    LabelNotBought,
    NonRomanAddress,
    OutcomeStillUnknown,
    PurchaseError,
)
from ..printing.printers import PrintError
from ..printing.queue import DONE, PrintJob, Send
from ..printing.ready import send_when_ready
from .context import UiContext
from .purchase import pack_checks, shipping_service
from .purchase_outcome import pack_not_verified_words
from .rates_model import money
from .scan_feedback import ScanFeedback
from .scan_open import ScanToOpen
from .scan_ship_work import Shipped, ShipRun, ShipWork, Stage, ship
from .words import say
from .workers import Job

__all__ = ["BANNER", "ScanToShip", "Stage"]

BANNER = "scan-ship"


class ScanToShip(QObject):
    bought = Signal(object)  # the JournalEntry
    printed = Signal(object)  # the JournalEntry whose label was handed to the printer (or queued for it)
    held = Signal(object)  # the JournalEntry kept unprinted by CANCEL
    finished = Signal(str)  # "printed", "bought", "held", "stopped" (tests wait for it)

    def __init__(self, ctx: UiContext, opener: ScanToOpen, feedback: ScanFeedback,
                 customs: dict[int, CustomsDeclaration], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opener = opener
        self.feedback = feedback
        self.customs = customs  # declarations the packer checked in the Rates tab this session
        self.catalog: RateCatalog | None = None  # reused between scans (carriers and packages change rarely)
        self.send: Send = send_when_ready  # how a label reaches the printer, as in a print pass
        self.run: ShipRun | None = None  # the scan under way
        self._order_id = 0  # the order its job ships
        self.number = ""  # the order being shipped, as scanned
        self.entry: JournalEntry | None = None
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._print)
        opener.opened.connect(self._opened)
        opener.not_opened.connect(self._not_opened)

    @property
    def stage(self) -> Stage:
        return self.run.stage if self.run is not None else Stage.IDLE

    @property
    def busy(self) -> bool:
        return self.run is not None

    # -- scans -------------------------------------------------------------------------------------

    def handle(self, scan: Scan) -> None:
        shown = scan.raw.strip()
        if self._refuse_while_busy(shown):
            return
        run = self._begin(shown)
        loaded = self.opener.loaded_ids(scan)
        if loaded:  # on screen already: read and rate while it is being selected
            self._ship(loaded[0], opened=False)
        try:
            # Selects the order (success sound) and calls back `_opened`; the ship job reads it fresh, once.
            self.opener.handle(scan, refresh=False)
        finally:
            if run is self.run and run.stage is not Stage.OPENING and not run.opened:
                self._drop()  # neither opened nor refused: never leave a job waiting to buy

    def ship_order(self, order_id: int, number: str) -> None:
        """The SHIP command: ship the order already open."""
        if self._refuse_while_busy(number):
            return
        self._begin(number)
        self._ship(order_id)

    def cancel(self) -> bool:
        """CANCEL: stop what the last scan started, as far as it can still be stopped."""
        run = self.run
        if run is None:
            return False
        if run.stage is Stage.WAITING and self.entry is not None:
            self.timer.stop()
            self._hold_print(self.entry)
            return True
        found = run.cancel()
        if found in (Stage.OPENING, Stage.RATING):
            if self.job is not None:
                self.job.cancel()
            self._end()
            self._say(self.tr("Order %1: stopped before anything was bought.").replace("%1", self.number))
            self.finished.emit("stopped")
            return True
        if found is Stage.BUYING:  # the purchase is already sent: money is never stopped halfway
            self._say(self.tr(
                "Order %1: the purchase was already sent and will finish; its label will not print (print it "
                "from the Labels tab).").replace("%1", self.number))
            return True
        return False  # on its way to the printer

    def _refuse_while_busy(self, shown: str) -> bool:
        if not self.busy:
            return False
        self.feedback.error(self.tr("Scanned %1: order %2 is still being shipped, so this scan did nothing. Scan "
                                    "it again when the label is out.").replace("%1", shown).replace("%2", self.number))
        return True

    def _begin(self, number: str) -> ShipRun:
        self.number = number
        self.entry = None
        self.run = ShipRun(Stage.OPENING)
        # The last scan's banner stays until this scan's first words replace it in place: hiding it would move
        # the whole window up and back down (two relayouts and repaints a scan, bench P3).
        return self.run

    def _end(self) -> None:
        self.run = None
        self.job = None

    def _opened(self, order_id: int) -> None:
        run = self.run
        if run is None:
            return
        if run.stage is Stage.OPENING:
            self._ship(order_id)
        elif not run.opened:  # the job started at the scan: it may buy now, if it is shipping this order
            if order_id == self._order_id:
                run.open()
            else:
                self._drop()

    def _not_opened(self) -> None:
        run = self.run
        if run is not None and (run.stage is Stage.OPENING or not run.opened):
            self._drop()  # scan_open said why

    def _drop(self) -> None:
        """The scanned order could not be opened: stop the scan, nothing bought."""
        if self.run is not None:
            self.run.cancel()
        if self.job is not None:
            self.job.cancel()
        self._end()
        self.ctx.banners.clear(BANNER)  # the last scan's words; scan_open says why this one stopped
        self.finished.emit("stopped")

    def _say(self, text: str, level: str = "info") -> None:
        """The scan's banner, changed in place from scan to scan (a new banner widget costs a restyle)."""
        self.ctx.banners.say(BANNER, text, level)

    # -- the ship job (worker): read, rate, buy, print -------------------------------------------------

    def _ship(self, order_id: int, opened: bool = True) -> None:
        run, ctx = self.run, self.ctx
        assert run is not None
        run.enter(Stage.RATING)
        if opened:
            run.open()
        self._order_id = order_id
        settings = ctx.session.settings
        work = ShipWork(
            session=ctx.session, settings=settings, station=ctx.station,
            preset=find_preset(settings, settings.selected_preset) if settings.selected_preset else None,
            customs=self.customs.get(order_id), catalog=self.catalog, service=shipping_service(ctx),
            checks=pack_checks(ctx), printing=ctx.printing, send=self.send,
            print_now=settings.scan_print_delay_ms == 0)

        def job(job: Job) -> Shipped:
            return ship(work, run, order_id, job, lambda stage: job.progress(0, 0, stage.value))

        self.job = ctx.runner.run(job, name="scan to ship", on_result=lambda done: self._shipped(run, done),
                                  on_error=lambda exc: self._failed(run, exc),
                                  on_progress=lambda _done, _total, stage: self._progressed(run, stage))
        self._say(self.tr("Order %1: getting rates…").replace("%1", self.number), "info")  # the job is under way

    def _progressed(self, run: ShipRun, stage: str) -> None:
        if run is self.run and stage == Stage.BUYING:
            self._say(self.tr("Order %1: buying the label…").replace("%1", self.number), "info")

    def _shipped(self, run: ShipRun, done: Shipped) -> None:
        self.catalog = done.catalog
        self.opener.order_read(done.order)  # the Orders tab shows the order as it was just read
        if run is not self.run:
            return  # cancelled meanwhile
        self.number = done.order.order_number or self.number
        if done.problem is not None:
            self._stop(say(done.problem))
        elif done.error is not None or done.entry is None:
            self._stop(self._words(done.error or PurchaseError("nothing was bought")))
        else:
            self._bought(run, done.entry, done)

    def _bought(self, run: ShipRun, entry: JournalEntry, done: Shipped) -> None:
        self.entry = entry
        self.bought.emit(entry)
        if done.printed is not None:  # already handed to the printer: said first, the window catches up after
            self._handed_over(entry, done.printed)
        self.ctx.succeeded()
        self.ctx.labels_changed.emit()  # bought, and printed when it was
        self.feedback.success()
        cost = money(Decimal(entry.cost or entry.shown_cost or 0))
        words = self.tr("Order %1: label bought, tracking %2, cost %3.").replace("%1", self.number).replace(
            "%2", entry.tracking_number or "?").replace("%3", cost)
        if done.print_error is not None:
            self._print_failed(done.print_error)
            return
        if done.printed is not None:
            self._say(words + " " + self._print_words(done.printed), "success")
            self.finished.emit("printed")
            return
        if run.hold and entry.print_on_purchase:
            self._hold_print(entry)
            return
        if not entry.print_on_purchase:
            self._say(words + " " + self.tr("Automatic printing is off: print it from the Labels tab."), "success")
            self._end()
            self.finished.emit("bought")
            return
        self._say(words + " " + self.tr("Printing… (scan CANCEL to keep it unprinted)"), "success")
        run.enter(Stage.WAITING)
        self.timer.start(self.ctx.session.settings.scan_print_delay_ms)

    # -- printing after the delay --------------------------------------------------------------------

    def _print(self) -> None:
        entry, run = self.entry, self.run
        if run is None or run.stage is not Stage.WAITING or entry is None:
            return
        run.enter(Stage.PRINTING)
        printing, send = self.ctx.printing, self.send
        self.ctx.runner.run(lambda _job: printing.print_now(entry, send), name="scan to ship: print",
                            on_result=lambda jobs: self._sent(entry, jobs),
                            on_error=self._print_failed)

    def _print_words(self, jobs: list[PrintJob]) -> str:
        if all(job.state == DONE for job in jobs):
            return self.tr("Sent to the printer.")
        return self.tr("It waits in the print queue.")

    def _sent(self, entry: JournalEntry, jobs: list[PrintJob]) -> None:
        """After the print delay: the label went to the printer, or waits in the queue."""
        self._handed_over(entry, jobs)
        if any(job.state == DONE and job.journal_id is not None for job in jobs):
            self.ctx.labels_changed.emit()  # printed
        self.finished.emit("printed")

    def _handed_over(self, entry: JournalEntry, jobs: list[PrintJob]) -> None:
        """The label reached the printer, or waits in the print queue (held, or behind an older job): the print
        runner takes what waits, with its banner and retries."""
        self._end()
        self.printed.emit(entry)
        self.ctx.print_queue_changed.emit()
        if any(job.state != DONE for job in jobs):
            self.ctx.print_requested.emit()

    def _print_failed(self, exc: Exception) -> None:
        reason = str(exc) if isinstance(exc, PrintError) else f"{type(exc).__name__}: {exc}"
        self._stop(self.tr("the label is bought but could not be sent to the printer (%1). Print it from the "
                           "Labels tab.").replace("%1", reason))

    def _hold_print(self, entry: JournalEntry) -> None:
        journal = self.ctx.printing.journal

        def held(kept: JournalEntry) -> None:
            self._end()
            self._say(self.tr(
                "Order %1: the label is bought and was not printed. Print it from the Labels tab when you need "
                "it.").replace("%1", self.number))
            self.ctx.labels_changed.emit()
            self.held.emit(kept)
            self.finished.emit("held")

        self.ctx.runner.run(lambda _job: journal.hold_print(entry.id), name="scan to ship: hold print",
                            on_result=held, on_error=lambda exc: self._stop(str(exc)))

    # -- refusals ----------------------------------------------------------------------------------

    def _stop(self, words: str) -> None:
        self._end()
        self.ctx.banners.clear(BANNER)
        self.feedback.error(self.tr("Order %1 not shipped: %2").replace("%1", self.number).replace("%2", words))
        self.finished.emit("stopped")

    def _failed(self, run: ShipRun, exc: Exception) -> None:
        if run is self.run:  # else cancelled
            self._stop(self._words(exc))

    def _words(self, exc: Exception) -> str:
        if isinstance(exc, PackNotVerified):
            return pack_not_verified_words(exc.order_number)
        if isinstance(exc, AlreadyHasLabel):
            return self.tr("it already has a label (%1): nothing was bought. Scan REPRINT to print it again, or "
                           "buy another from the Rates tab.").replace("%1", ", ".join(exc.existing) or "?")
        if isinstance(exc, NonRomanAddress):
            return self.tr("the ship-to address is in letters ShipStation V1 can't print: nothing was bought. "
                           "Open it in the Rates tab.")
        if isinstance(exc, CustomsProblem):
            return self.tr("the customs declaration is not complete: nothing was bought. Fix it in the Rates "
                           "tab (Edit customs…).")
        if isinstance(exc, OutcomeStillUnknown):
            return self.tr("ShipDesk can't tell yet whether the label was bought; nothing more will be bought for "
                           "this order until it can check. Scan it again when the connection is back.")
        if isinstance(exc, LabelNotBought | ApiError):
            said = money_words(exc)
            if said.kind != OTHER:
                return f"{said.headline} {said.what_to_do}".strip()
            if isinstance(exc, LabelNotBought):
                return self.tr("ShipStation confirms no label was bought; you can scan it again.")
        if isinstance(exc, Unreachable):
            self.ctx.set_online(False)
            return self.tr("ShipStation can't be reached: nothing was bought. Scan it again when the connection "
                           "is back.")
        if isinstance(exc, ApiError | PurchaseError):
            return str(exc)
        self.ctx.report_error(exc, self.tr("Scan to ship"))
        return self.tr("something went wrong: see the message at the top. Nothing more will be bought for it "
                       "without a new scan.")
