"""The station's printers: the label printer, the document printer and whether labels print on purchase.

Settings hold plain values (config.PrinterSetting); this room turns them into PrinterProfiles, applies the
command line's `--label-printer NAME --label-format zpl|pdf --dpi 203|300` for one run (never saved), and
says which label format the station buys: ZPL for a raw or port-9100 printer, PDF for a system queue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..config import PrinterSetting, Settings
from .printers import PrinterProfile, Stock, Transport

TCP_PREFIX = "tcp://"


@dataclass(frozen=True)
class Station:
    label: PrinterProfile | None = None
    documents: PrinterProfile | None = None
    auto_print: bool = True
    overridden: bool = False  # the label printer came from the command line for this run

    @property
    def label_format(self) -> str:
        """What to buy: the printer's own language, so the label is never converted on the way."""
        if self.label is not None and self.label.transport is not Transport.SYSTEM:
            return "zpl"
        return "pdf"


def profile_from_setting(setting: PrinterSetting | None) -> PrinterProfile | None:
    if setting is None or not setting.printer:
        return None
    return PrinterProfile(printer=setting.printer, transport=Transport(setting.transport), dpi=setting.dpi,
                          stock=Stock(setting.stock), copies=setting.copies, host=setting.host, port=setting.port)


def setting_from_profile(profile: PrinterProfile | None) -> PrinterSetting | None:
    if profile is None:
        return None
    return PrinterSetting(printer=profile.printer, transport=profile.transport.value,  # type: ignore[arg-type]
                          dpi=profile.dpi, stock=profile.stock.value,  # type: ignore[arg-type]
                          copies=profile.copies, host=profile.host, port=profile.port)


def station_from_settings(settings: Settings) -> Station:
    return Station(label=profile_from_setting(settings.label_printer),
                   documents=profile_from_setting(settings.document_printer), auto_print=settings.auto_print)


def save_station(settings: Settings, station: Station) -> None:
    """Writes the station's printers into the settings object (the caller saves the file)."""
    settings.label_printer = setting_from_profile(station.label)
    settings.document_printer = setting_from_profile(station.documents)
    settings.auto_print = station.auto_print


def parse_label_printer(name: str, fmt: str | None, dpi: int | None,
                        base: PrinterProfile | None = None) -> PrinterProfile:
    """The profile `--label-printer NAME [--label-format zpl|pdf] [--dpi 203|300]` asks for.

    NAME is an OS queue, or `tcp://host[:port]` for a networked printer's raw port. Without a format a
    tcp:// printer is ZPL and a queue is PDF; the stock and copies of the saved profile are kept."""
    if fmt not in (None, "zpl", "pdf"):
        raise ValueError("--label-format must be zpl or pdf")
    host, port = "", 9100
    if name.startswith(TCP_PREFIX):
        host, _, port_text = name[len(TCP_PREFIX):].partition(":")
        if not host:
            raise ValueError(f"{name!r}: write tcp://HOST or tcp://HOST:PORT")
        try:
            port = int(port_text) if port_text else 9100
        except ValueError:
            raise ValueError(f"{name!r}: the port must be a number") from None
        if fmt == "pdf":
            raise ValueError("a tcp:// printer takes raw ZPL; use --label-format zpl")
        transport = Transport.TCP9100
    else:
        transport = Transport.CUPS_RAW if fmt == "zpl" else Transport.SYSTEM
    start = base or PrinterProfile(printer=name)
    # The saved stock suits a thermal printer; letter stock only makes sense for a PDF office printer.
    stock = start.stock if transport is Transport.SYSTEM or start.stock is not Stock.LETTER else Stock.FOUR_BY_SIX
    return replace(start, printer=name, transport=transport, dpi=dpi or start.dpi, stock=stock, host=host,
                   port=port)


def with_label_override(station: Station, name: str | None, fmt: str | None, dpi: int | None) -> Station:
    """The station for this run when the command line names a label printer (or only a DPI / format)."""
    if name is None and fmt is None and dpi is None:
        return station
    if name is None:
        if station.label is None:
            raise ValueError("--label-format and --dpi need --label-printer (no label printer is set up)")
        name = station.label.host and f"{TCP_PREFIX}{station.label.host}:{station.label.port}" or station.label.printer
        fmt = fmt or station.label_format
    return replace(station, label=parse_label_printer(name, fmt, dpi, station.label), overridden=True)
