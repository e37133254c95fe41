"""The scanner, wired into a main window: the app-wide filter, the decoder, the router with its workflows,
the feedback (sounds, flash, sticky errors) and the mode indicator in the status bar.

Settings come from the station's settings (scanner_* fields) and are re-applied when the self-test saves them.
The decoder knows the SKUs of the cached orders (re-read after each sync). While the scanner self-test is
open it takes the scans (`capturing`), so testing the scanner opens nothing and switches no mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ..api.v1.models import Order
from ..config import Settings
from ..core.keyboard_layouts import LAYOUTS
from ..core.scan_burst import BurstSettings, Interrupted
from ..core.scan_commands import Command, ScanMode
from ..core.scan_decoder import DEFAULT_ORDER_PATTERN, Scan, ScanDecoder, ScanKind, layout_note
from .banner import BannerArea
from .context import UiContext
from .orders_tab import OrdersTab
from .scan_feedback import ScanFeedback
from .scan_filter import ScanFilter
from .scan_indicator import ScanIndicator
from .scan_inventory import ScanInventory
from .scan_label_commands import ScanLabelCommands
from .scan_open import KINDS as OPEN_KINDS
from .scan_open import ScanToOpen
from .scan_router import ScanRouter
from .scan_ship import ScanToShip
from .scan_sounds import ScanSounds
from .scan_verify import ScanToVerify
from .words import say_with_layouts


class ScanWindow(Protocol):
    """What the controller needs of the main window."""

    ctx: UiContext
    banners: BannerArea
    tabs: QTabWidget
    orders: OrdersTab

    def next_order(self) -> None: ...


def burst_settings(settings: Settings) -> BurstSettings:
    terminators = frozenset(t for t in settings.scanner_terminators if t != "none")
    return BurstSettings(max_gap_ms=float(settings.scanner_max_gap_ms), min_length=settings.scanner_min_length,
                         terminators=terminators, end_on_gap="none" in settings.scanner_terminators,
                         prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)


def layout_pair(settings: Settings) -> tuple[str, str] | None:
    scanner, _, host = settings.scanner_layout_pair.partition(":")
    return (scanner, host) if scanner and host else None


def decoder_for(settings: Settings, known_skus: frozenset[str] = frozenset()) -> ScanDecoder:
    return ScanDecoder(known_skus, settings.scan_order_pattern or DEFAULT_ORDER_PATTERN, layout_pair(settings))


class ScanController(QObject):
    scan_routed = Signal(object)  # every scan after routing (tests and the log follow it)

    def __init__(self, window: ScanWindow, mode: ScanMode = ScanMode.OPEN,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.ctx = window.ctx
        settings = self.ctx.session.settings
        self.indicator = ScanIndicator()
        self.indicator.set_mode(mode)
        self.sounds = ScanSounds(self.ctx.session.paths.profile / "sounds", settings.scanner_sounds)
        self.feedback = ScanFeedback(window.banners, self.sounds, self.indicator,
                                     window if isinstance(window, QMainWindow) else None)
        self.router = ScanRouter(self.feedback, mode, self)
        self.router.mode_changed.connect(lambda m: self.indicator.set_mode(ScanMode(m)))
        self.indicator.mode_chosen.connect(self.router.set_mode)
        self._skus: frozenset[str] = frozenset()
        self.filter = ScanFilter(burst_settings(settings), decoder_for(settings), clock=clock, parent=self,
                                 scope=window if isinstance(window, QMainWindow) else None)
        self.filter.scanned.connect(self._on_scan)
        self.filter.interrupted.connect(self._on_interrupted)
        self.capturing = False  # the scanner self-test is open: it takes the scans
        # Workflows. Ship, verify and inventory add their routes here when they land.
        self.open = ScanToOpen(self.ctx, window.orders, self._show_orders, self.feedback, self)
        self.router.add_route(self.open.handle, OPEN_KINDS, modes={ScanMode.OPEN}, name="open order")
        self.router.add_route(self._next_order, {ScanKind.COMMAND}, commands={Command.NEXT}, modes={ScanMode.OPEN},
                              name="next order")
        self._add_workflows(window)
        window.orders.sync_finished.connect(lambda _result: self.reload_skus())

    def _add_workflows(self, window: ScanWindow) -> None:
        """Ship, verify, inventory and the label commands (the newest route that fits wins)."""
        ctx, router, feedback = self.ctx, self.router, self.feedback
        rates = getattr(window, "rates", None)
        customs = rates.purchase.customs if rates is not None else {}
        self.ship = ScanToShip(ctx, self.open, feedback, customs, self)
        router.add_route(self.ship.handle, OPEN_KINDS, modes={ScanMode.SHIP}, name="ship order")
        self.verify = ScanToVerify(ctx, self.open, feedback, window if isinstance(window, QMainWindow) else None, self)
        router.add_route(self.verify.handle_order, OPEN_KINDS, modes={ScanMode.VERIFY}, name="verify order")
        router.add_route(self.verify.handle_item, {ScanKind.SKU, ScanKind.UPC}, modes={ScanMode.VERIFY},
                         name="verify item")
        history = getattr(window, "history", None)
        if history is not None:
            self.labels = ScanLabelCommands(ctx, self._current_order_id, history, lambda: self._show_tab(history),
                                            feedback, self)
            router.add_route(self.labels.reprint, {ScanKind.COMMAND}, commands={Command.REPRINT}, name="reprint")
            router.add_route(self.labels.void, {ScanKind.COMMAND}, commands={Command.VOID}, name="void")
        router.add_route(self._ship_command, {ScanKind.COMMAND}, commands={Command.SHIP}, name="ship command")
        router.add_route(self._verify_command, {ScanKind.COMMAND}, commands={Command.VERIFY}, name="verify command")
        router.add_route(self._cancel, {ScanKind.COMMAND}, commands={Command.CANCEL}, name="cancel")
        router.add_route(self._next_order, {ScanKind.COMMAND}, commands={Command.NEXT}, name="next order")
        inventory = getattr(window, "inventory", None)
        if inventory is not None:
            self.inventory = ScanInventory(ctx, inventory, feedback, self)
            router.add_route(self._inventory_scan, {ScanKind.SKU, ScanKind.UPC, ScanKind.TEXT, ScanKind.ORDER_NUMBER,
                                                    ScanKind.ORDER_ID},
                             when=lambda: window.tabs.currentWidget() is inventory, name="inventory scan")

    def _inventory_scan(self, scan: Scan) -> None:
        """In the Inventory tab a stock SKU changes stock; an order's code still does what the mode says."""
        if self.inventory.knows(scan) or scan.kind not in (ScanKind.ORDER_NUMBER, ScanKind.ORDER_ID):
            self.inventory.handle(scan)
            return
        by_mode = {ScanMode.OPEN: self.open.handle, ScanMode.SHIP: self.ship.handle,
                   ScanMode.VERIFY: self.verify.handle_order}
        by_mode[self.router.mode](scan)

    def _show_tab(self, tab: QWidget) -> bool:
        tabs = self.window.tabs
        if not tabs.isTabEnabled(tabs.indexOf(tab)):
            return False
        tabs.setCurrentWidget(tab)
        return True

    def _current_order_id(self) -> int | None:
        order = self.window.orders.shown_order
        if order is not None:
            return order.order_id
        entry = self.ship.entry
        return int(entry.order_id) if entry is not None and entry.order_id and entry.order_id.isdigit() else None

    def _shown(self, scan: Scan) -> Order | None:
        order = self.window.orders.shown_order
        if order is None:
            self.feedback.error(self.tr("Scanned %1: open an order first.").replace("%1", scan.raw.strip()))
        return order

    def _ship_command(self, scan: Scan) -> None:
        order = self._shown(scan)
        if order is not None:
            self.ship.ship_order(order.order_id, order.order_number or str(order.order_id))

    def _verify_command(self, scan: Scan) -> None:
        order = self._shown(scan)
        if order is not None:
            self.verify.start_for(order)
            self.feedback.success()

    def _cancel(self, scan: Scan) -> None:
        if self.ship.cancel() or self.verify.stop():
            self.feedback.success()
        else:
            self.feedback.error(self.tr("Scanned %1: nothing to cancel.").replace("%1", scan.raw.strip()))

    def start(self) -> None:
        self.filter.install()
        self.reload_skus()
        self.ctx.runner.run(lambda _job: self.sounds.prepare(), name="scan sounds")  # a failure: beeps instead

    def stop(self) -> None:
        self.filter.remove()

    def apply_settings(self) -> None:
        """After the settings changed (self-test): new timing and decoder, at once."""
        settings = self.ctx.session.settings
        self.filter.set_settings(burst_settings(settings))
        self.filter.decoder = decoder_for(settings, self._skus)
        self.sounds.enabled = settings.scanner_sounds

    def reload_skus(self) -> None:
        cache = self.window.orders.cache

        def loaded(skus: set[str]) -> None:
            self._skus = frozenset(skus)
            self.filter.decoder = decoder_for(self.ctx.session.settings, self._skus)

        self.ctx.runner.run(lambda _job: cache.known_skus(), name="known SKUs", on_result=loaded,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Reading the SKUs for scanning")))

    # -- scans ---------------------------------------------------------------------------------------

    def _on_scan(self, scan: Scan) -> None:
        if self.capturing:
            return
        if scan.layout is not None and scan.layout != layout_pair(self.ctx.session.settings):
            self._layout_warning(scan)
        self.router.route(scan)
        self.scan_routed.emit(scan)

    def _layout_warning(self, scan: Scan) -> None:
        """Read anyway, but say so: other codes through the same mismatch may not be readable."""
        assert scan.layout is not None
        found = say_with_layouts(layout_note((LAYOUTS[scan.layout[0]], LAYOUTS[scan.layout[1]])))
        self.ctx.banners.show_banner("scan-layout", self.tr(
            "%1 ShipDesk read this scan anyway, but fix it: Settings → Scanner self-test says how.").replace("%1", found),
            "warning")

    def _on_interrupted(self, cut: Interrupted) -> None:
        if self.capturing:
            return
        self.feedback.error(self.tr("A scan of %1 came in pieces or without Enter at the end, so it was typed into "
                                    "the field instead. Scan it again; if this repeats, run Settings → Scanner "
                                    "self-test.").replace("%1", cut.raw))

    def _show_orders(self) -> bool:
        tabs, orders = self.window.tabs, self.window.orders
        if not tabs.isTabEnabled(tabs.indexOf(orders)):
            return False
        tabs.setCurrentWidget(orders)
        return True

    def _next_order(self, _scan: Scan) -> None:
        if not self._show_orders():
            self.feedback.error(self.tr("Next order: the Orders tab is off for these API keys."))
            return
        self.window.next_order()
        self.feedback.success()
