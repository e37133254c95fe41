"""Station presets: a named carrier, service, package, confirmation and insurance choice. No Qt.

Presets live in `Settings.rate_presets` (the caller saves the settings). Applying one changes the
shipment's package, confirmation and insurance, and marks its carrier and service as the packer's choice.
"""

from __future__ import annotations

from dataclasses import replace

from ..config import RatePreset, Settings
from .rate_catalog import CTX
from .rate_types import RateOption, ShipmentToRate
from .words import QT_TRANSLATE_NOOP, Words


def find_preset(settings: Settings, name: str) -> RatePreset | None:
    key = name.strip().casefold()
    return next((p for p in settings.rate_presets if p.name.strip().casefold() == key), None)


def apply_preset(shipment: ShipmentToRate, preset: RatePreset) -> ShipmentToRate:
    """A copy of the shipment with the preset's choices; weight, sizes and addresses stay as they are."""
    return replace(shipment, package_code=preset.package_code or shipment.package_code,
                   confirmation=preset.confirmation or shipment.confirmation, insure=preset.insure,
                   carrier_code=preset.carrier_code, service_code=preset.service_code)


def preset_from(name: str, shipment: ShipmentToRate,
                option: RateOption | None) -> tuple[RatePreset | None, Words | None]:
    """The current choice as a preset: carrier and service from the chosen rate (or the shipment's own)."""
    name = name.strip()
    if not name:
        return None, Words(CTX, QT_TRANSLATE_NOOP("Rating", "Give the preset a name."))
    carrier = option.carrier_code if option else shipment.carrier_code
    service = option.service_code if option else shipment.service_code
    if not carrier or not service:
        return None, Words(CTX, QT_TRANSLATE_NOOP(
            "Rating", "Choose a rate in the table first: a preset remembers its carrier and service."))
    package = option.package_code if option else shipment.package_code
    return RatePreset(name=name, carrier_code=carrier, service_code=service, package_code=package,
                      confirmation=shipment.confirmation, insure=shipment.insure), None


def save_preset(settings: Settings, preset: RatePreset) -> None:
    """Add the preset, or replace the one with the same name (names compare without case); select it."""
    kept = [p for p in settings.rate_presets if p.name.strip().casefold() != preset.name.strip().casefold()]
    settings.rate_presets = [*kept, preset]
    settings.selected_preset = preset.name


def delete_preset(settings: Settings, name: str) -> bool:
    before = len(settings.rate_presets)
    key = name.strip().casefold()
    settings.rate_presets = [p for p in settings.rate_presets if p.name.strip().casefold() != key]
    if settings.selected_preset.strip().casefold() == key:
        settings.selected_preset = ""
    return len(settings.rate_presets) != before
