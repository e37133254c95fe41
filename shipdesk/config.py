"""Where ShipDesk keeps its local state, and the station's settings (never a secret)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .paths import APP_NAME, Paths

__all__ = ["APP_NAME", "Paths", "PrinterSetting", "RatePreset", "Settings"]


class RatePreset(BaseModel):
    name: str
    carrier_code: str
    service_code: str
    package_code: str = "package"
    confirmation: str = "none"
    insure: bool = False


class PrinterSetting(BaseModel):
    """A station printer as saved (printing.station turns it into a PrinterProfile)."""

    printer: str  # OS queue name; for tcp9100 a name the packer recognises
    transport: Literal["system", "cups_raw", "tcp9100"] = "system"
    dpi: Literal[203, 300] = 203
    stock: Literal["4x6", "4x6.75", "letter"] = "4x6"
    copies: int = Field(default=1, ge=1, le=20)
    host: str = ""
    port: int = Field(default=9100, gt=0, lt=65536)


class Settings(BaseModel):
    """Station settings, saved as JSON in the profile. Unknown keys from newer versions are kept."""

    model_config = ConfigDict(extra="allow")

    language: str = ""  # "" = follow the system locale; "en" or "fr"
    refresh_minutes: int = Field(default=5, ge=1, le=120)
    default_status: str = "awaiting_shipment"
    rate_presets: list[RatePreset] = Field(default_factory=list)
    selected_preset: str = ""
    shipstation_user_id: str = ""  # the V1 user "Assign to me" picks by default (set on first assignment)
    label_printer: PrinterSetting | None = None  # thermal printer for labels (PDF system queue or raw ZPL)
    document_printer: PrinterSetting | None = None  # packing slips, pick lists, customs forms
    auto_print: bool = True  # print the label as soon as it is bought
    confirm_purchase: bool = True  # show the cost and ask before buying; off = "quick ship"
    station_name: str = ""  # shown in the label history; "" = this computer's name
    # Barcode scanner (core/scan_burst.py, core/scan_decoder.py): people type 80+ ms apart, scanners < 20 ms.
    scanner_max_gap_ms: int = Field(default=35, ge=5, le=500)
    scanner_min_length: int = Field(default=4, ge=1, le=64)
    scanner_terminators: list[Literal["enter", "tab", "none"]] = Field(default_factory=lambda: ["enter", "tab"])
    scanner_prefix: str = ""  # stripped from scans; configured in the scanner
    scanner_suffix: str = ""  # ends a scan like Enter would, and is stripped
    scanner_layout_pair: str = ""  # "us:fr" = scanner types US, computer uses French: read through it
    scanner_sounds: bool = True
    scan_order_pattern: str = ""  # regex for this store's order numbers; "" = scan_decoder's default
    scan_mode: Literal["open", "ship", "verify"] = "open"
    # Scan to ship (ui/scan_ship.py): no preset = the cheapest rate delivering within this many days (None: any).
    ship_within_days: int | None = Field(default=None, ge=1, le=60)
    scan_print_delay_ms: int = Field(default=400, ge=0, le=10_000)  # time to scan CANCEL before it prints
    require_pack_check: bool = False  # no label until the pack was verified (or a manager overrode it)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read the settings; a missing or damaged file gives defaults (the damaged file is kept aside)."""
        if not path.exists():
            return cls()
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, ValidationError):
            path.replace(path.with_suffix(".damaged.json"))
            return cls()

    def save(self, path: Path) -> None:
        """Atomic write: a crash mid-save leaves the old file, never half a file."""
        data = self.model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
