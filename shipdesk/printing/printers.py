"""Station printer profiles and the OS printer list.

A profile says how a label reaches paper: a system queue that takes PDF (QPrinter), a raw spooler queue
that takes ZPL (`lp -o raw`, or the Windows spooler), or a socket to a networked printer's port 9100.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from .cups_state import CupsCantTell, cups_state


class PrintError(Exception):
    """A label could not be handed to the printer; the message is for the packer."""


class Transport(StrEnum):
    SYSTEM = "system"  # PDF through QPrinter to an OS queue
    CUPS_RAW = "cups_raw"  # ZPL through the OS spooler untouched (lp -o raw; win32print RAW on Windows)
    TCP9100 = "tcp9100"  # ZPL straight to host:port, no spooler


class Stock(StrEnum):
    FOUR_BY_SIX = "4x6"
    FOUR_BY_SIX_DOC_TAB = "4x6.75"
    LETTER = "letter"

    @property
    def inches(self) -> tuple[float, float]:
        return _STOCK_INCHES[self]

    @property
    def points(self) -> tuple[float, float]:
        w, h = self.inches
        return w * 72, h * 72

    def dots(self, dpi: int) -> tuple[int, int]:
        w, h = self.inches
        return round(w * dpi), round(h * dpi)


_STOCK_INCHES: dict[Stock, tuple[float, float]] = {
    Stock.FOUR_BY_SIX: (4.0, 6.0),
    Stock.FOUR_BY_SIX_DOC_TAB: (4.0, 6.75),
    Stock.LETTER: (8.5, 11.0),
}

DPIS = (203, 300)


@dataclass(frozen=True)
class PrinterProfile:
    printer: str  # OS queue name; for tcp9100 a label for the packer
    transport: Transport = Transport.SYSTEM
    dpi: int = 203
    stock: Stock = Stock.FOUR_BY_SIX
    copies: int = 1
    host: str = ""  # tcp9100 only
    port: int = 9100

    def __post_init__(self) -> None:
        # Coerce strings from settings files so a profile read back compares equal to the one saved.
        object.__setattr__(self, "transport", Transport(self.transport))
        object.__setattr__(self, "stock", Stock(self.stock))
        if self.dpi not in DPIS:
            raise ValueError(f"dpi must be 203 or 300, not {self.dpi}")
        if self.copies < 1:
            raise ValueError("copies must be at least 1")
        if self.transport is Transport.TCP9100 and not self.host:
            raise ValueError("a tcp9100 profile needs a host")
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")


@dataclass(frozen=True)
class FitReport:
    """Whether a label matches the profile's stock and DPI; `problems` is empty when it does."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things that could not be checked

    @property
    def ok(self) -> bool:
        return not self.problems


class LabelFitError(PrintError):
    def __init__(self, report: FitReport) -> None:
        super().__init__("; ".join(report.problems))
        self.report = report


@dataclass(frozen=True)
class PrinterEntry:
    name: str
    description: str
    make_and_model: str
    is_default: bool
    state: str  # idle, active, stopped (paused or failed: jobs wait in the queue), unknown


# Qt reports a CUPS queue that is stopped (cupsdisable, or a backend failure) as Error.
_STATES = {
    QPrinter.PrinterState.Idle: "idle",
    QPrinter.PrinterState.Active: "active",
    QPrinter.PrinterState.Aborted: "stopped",
    QPrinter.PrinterState.Error: "stopped",
}


def list_printers() -> list[PrinterEntry]:
    """The OS printer queues, default first, then by name."""
    default = QPrinterInfo.defaultPrinterName()
    entries = [
        PrinterEntry(
            name=info.printerName(),
            description=info.description(),
            make_and_model=info.makeAndModel(),
            is_default=info.printerName() == default,
            state=_STATES.get(info.state(), "unknown"),
        )
        for info in QPrinterInfo.availablePrinters()
    ]
    return sorted(entries, key=lambda e: (not e.is_default, e.name.lower()))


def printer_state(name: str) -> str | None:
    """One queue's state as in `list_printers`, asked afresh; None when no such queue is installed. Asked of
    CUPS for that queue alone where it can (`cups_state`), else of Qt, which reads every queue to answer."""
    try:
        return cups_state(name)
    except CupsCantTell:
        pass
    info = QPrinterInfo.printerInfo(name)
    return None if info.isNull() else _STATES.get(info.state(), "unknown")


def printer_names() -> list[str]:
    return [e.name for e in list_printers()]
