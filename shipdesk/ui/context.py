"""What every tab needs: the session, the worker runner, the banners, and app-wide signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..api.errors import ApiError, AuthError, Unreachable
from ..core.session import Session
from ..printing.label_printing import LabelPrinting
from ..printing.station import Station, station_from_settings
from .banner import BannerArea
from .workers import WorkerRunner

MAX_UNREAD_ERRORS = 4


class UiContext(QObject):
    order_selected = Signal(object)  # the V1 Order now in the details pane (the Rates tab follows it)
    rate_limit_wait = Signal(float, str)  # seconds, words — emitted from worker threads, delivered queued
    connection_changed = Signal(bool)  # True online, False offline
    orders_shown = Signal(int)  # how many orders the table shows (start-up `--smoke` waits for it)
    labels_changed = Signal()  # the label journal changed: bought, printed, voided (the history follows)
    print_requested = Signal()  # jobs were queued: the print runner takes them off the UI thread
    print_queue_changed = Signal()  # a print pass ended (jobs printed or held)
    station_changed = Signal()  # the station's printers or purchase settings changed

    def __init__(self, session: Session, runner: WorkerRunner, banners: BannerArea,
                 station: Station | None = None) -> None:
        super().__init__()
        self.session = session
        self.runner = runner
        self.banners = banners
        self.online = True
        # Set by the key manager: a refused key (401) goes to it, for the failover offer or the rotation wizard.
        self.key_refusal_handler: Callable[[AuthError, str], bool] | None = None
        # The station's printers (settings, or the command line's --label-printer for this run) and the
        # way bought labels reach them.
        self.printing = LabelPrinting(session.db, station or station_from_settings(session.settings))
        for client in (session.v1, session.v2):
            if client is not None:
                client.governor.subscribe(lambda seconds, text: self.rate_limit_wait.emit(seconds, text))

    @property
    def station(self) -> Station:
        return self.printing.station

    def set_station(self, station: Station) -> None:
        self.printing.station = station
        self.station_changed.emit()

    def report_error(self, exc: BaseException, action: str) -> None:
        """A failure a packer must not miss: a sticky banner in their words, details in the support report."""
        if isinstance(exc, Unreachable):
            self.set_online(False)
            return
        if isinstance(exc, AuthError) and self.key_refusal_handler is not None \
                and self.key_refusal_handler(exc, action):
            return
        message = str(exc) if isinstance(exc, ApiError) else self.tr("Something went wrong: %1").replace(
            "%1", f"{type(exc).__name__}: {exc}")
        hint = self.tr("Help → Support report has the details for ShipStation.")
        lines = [f"{action}: {message}"]
        unread = self.banners.banner("error")
        if unread is not None:  # a second error must not hide a first one nobody has acknowledged yet
            earlier = [line for line in unread.text.splitlines() if line != hint]
            lines += earlier[: MAX_UNREAD_ERRORS - 1]
        self.banners.show_banner("error", "\n".join([*lines, hint]), "error", sticky=True)

    def set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        if online:
            self.banners.clear("offline")
        else:
            self.banners.show_banner("offline", self.tr(
                "Offline: ShipStation cannot be reached. The orders on screen are from the local cache; "
                "ShipDesk keeps trying and will sync by itself."), "warning")
        self.connection_changed.emit(online)

    def succeeded(self, _result: Any = None) -> None:
        """Any successful call proves we are online again."""
        self.set_online(True)
