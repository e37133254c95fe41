"""Where a scan goes: (mode, kind) -> the workflow that handles it.

The router owns the scan mode and the commands every mode shares (the mode barcodes; OK acknowledges a scan
error). Everything else is a route a workflow adds:

    router.add_route(open_order.handle, {ScanKind.ORDER_NUMBER, ScanKind.ORDER_ID, ScanKind.TEXT},
                     modes={ScanMode.OPEN}, name="open order")
    router.add_route(ship.handle_command, {ScanKind.COMMAND}, commands={Command.SHIP}, modes={ScanMode.SHIP})
    router.add_route(inventory.handle, {ScanKind.SKU, ScanKind.UPC}, when=inventory_tab_is_current)

The newest route that fits wins, so a later workflow can take over a kind in its mode. A route fits when the
scan's kind is one of its kinds (a second pass accepts a kind from `Scan.also`, e.g. a 12-digit order number
that is also a valid UPC), its modes include the current mode (None: any), its commands include the command
(for COMMAND scans), and `when()` is true. A handler is called with the Scan and reports the outcome
itself, at once or when its background work ends: `router.feedback.success()` or
`router.feedback.error(words)`; a handler that raises gets a scan error with the exception's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.scan_commands import DESCRIPTIONS, MODE_COMMANDS, Command, ScanMode
from ..core.scan_decoder import Scan, ScanKind
from .scan_feedback import ScanFeedback
from .scan_indicator import mode_name
from .words import say

ScanHandler = Callable[[Scan], None]


@dataclass(frozen=True, eq=False)
class Route:
    handler: ScanHandler
    kinds: frozenset[ScanKind]
    modes: frozenset[ScanMode] | None = None
    commands: frozenset[Command] | None = None
    when: Callable[[], bool] | None = None
    name: str = ""

    def fits(self, scan: Scan, mode: ScanMode, kind: ScanKind) -> bool:
        if kind not in self.kinds or (self.modes is not None and mode not in self.modes):
            return False
        if kind is ScanKind.COMMAND and self.commands is not None and scan.command not in self.commands:
            return False
        return self.when is None or self.when()


def kind_name(kind: ScanKind) -> str:
    names = {
        ScanKind.COMMAND: QCoreApplication.translate("ScanRouter", "command barcode"),
        ScanKind.ORDER_ID: QCoreApplication.translate("ScanRouter", "scan-to-view code"),
        ScanKind.ORDER_NUMBER: QCoreApplication.translate("ScanRouter", "order number"),
        ScanKind.SKU: QCoreApplication.translate("ScanRouter", "SKU"),
        ScanKind.UPC: QCoreApplication.translate("ScanRouter", "product barcode"),
        ScanKind.TRACKING: QCoreApplication.translate("ScanRouter", "tracking number"),
        ScanKind.TEXT: QCoreApplication.translate("ScanRouter", "text"),
        ScanKind.UNKNOWN: QCoreApplication.translate("ScanRouter", "unreadable scan"),
    }
    return names[kind]


def command_name(command: Command) -> str:
    return QCoreApplication.translate("ScanCommand", DESCRIPTIONS[command][0])


class ScanRouter(QObject):
    mode_changed = Signal(str)
    routed = Signal(object, str)  # the scan, and the name of the route that took it ("" = the router itself)

    def __init__(self, feedback: ScanFeedback, mode: ScanMode = ScanMode.OPEN, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feedback = feedback
        self._mode = mode
        self._routes: list[Route] = []

    @property
    def mode(self) -> ScanMode:
        return self._mode

    def set_mode(self, mode: ScanMode | str) -> None:
        mode = ScanMode(mode)
        if mode != self._mode:
            self._mode = mode
            self.mode_changed.emit(mode.value)

    def add_route(self, handler: ScanHandler, kinds: Iterable[ScanKind], *, modes: Iterable[ScanMode] | None = None,
                  commands: Iterable[Command] | None = None, when: Callable[[], bool] | None = None,
                  name: str = "") -> Route:
        route = Route(handler, frozenset(kinds), None if modes is None else frozenset(modes),
                      None if commands is None else frozenset(commands), when, name or getattr(handler, "__name__", ""))
        self._routes.insert(0, route)
        return route

    def remove_route(self, route: Route) -> None:
        if route in self._routes:
            self._routes.remove(route)

    def route(self, scan: Scan) -> bool:
        """Hand a scan to its workflow; False when nothing took it (the packer got an error)."""
        shown = scan.raw.strip() or repr(scan.raw)
        if scan.command is Command.ACK:
            self.feedback.acknowledge()
            self.routed.emit(scan, "")
            return True
        if self.feedback.error_pending:
            self.feedback.refuse(shown)
            return False
        if scan.command in MODE_COMMANDS:
            self.set_mode(MODE_COMMANDS[scan.command])
            self.feedback.success()
            self.routed.emit(scan, "")
            return True
        if scan.kind is ScanKind.UNKNOWN:
            reason = say(scan.reason) if scan.reason else ""
            self.feedback.error(self.tr("Scanned %1: %2").replace("%1", shown).replace("%2", reason))
            return False
        route = self._find(scan)
        if route is None:
            what = command_name(scan.command) if scan.command is not None else kind_name(scan.kind)
            self.feedback.error(self.tr("Scanned %1 (%2): nothing to do with it in %3 mode.").replace("%1", shown)
                                .replace("%2", what).replace("%3", mode_name(self._mode)))
            return False
        try:
            route.handler(scan)
        except Exception as exc:  # a workflow bug must not swallow the scan silently
            self.feedback.error(self.tr("Scanned %1: %2").replace("%1", shown).replace("%2", f"{type(exc).__name__}: {exc}"))
            return False
        self.routed.emit(scan, route.name)
        return True

    def _find(self, scan: Scan) -> Route | None:
        for kinds in ((scan.kind,), scan.also):
            for kind in kinds:
                for route in self._routes:
                    if route.fits(scan, self._mode, kind):
                        return route
        return None
