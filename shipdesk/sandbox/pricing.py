"""The sandbox's deterministic prices: the same shipment always costs the same."""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from decimal import Decimal

from .catalog import CONFIRMATION_COST, Carrier, PackageType, Service
from .timefmt import money

OUNCES_PER = {"ounces": 1.0, "ounce": 1.0, "pounds": 16.0, "pound": 16.0, "grams": 0.03527396,
              "gram": 0.03527396, "kilogram": 35.27396}


def to_ounces(value: float, unit: str) -> float:
    factor = OUNCES_PER.get(unit.lower())
    if factor is None:
        raise ValueError(f"unknown weight unit {unit!r}")
    return float(value) * factor


def zone(from_postal: str, to_postal: str, to_country: str) -> int:
    """A stable 1–8 zone from the two postal codes (real zones depend on distance; this only needs to be stable)."""
    if to_country.upper() != "US":
        return 9
    a = int(from_postal[:3]) if from_postal[:3].isdigit() else 0
    b = int(to_postal[:3]) if to_postal[:3].isdigit() else zlib.crc32(to_postal.encode()) % 1000
    return 1 + min(7, abs(a - b) // 120)


@dataclass(frozen=True)
class Quote:
    shipment_cost: Decimal
    other_cost: Decimal  # confirmation and surcharges
    zone: int
    delivery_days: int


def quote(carrier: Carrier, service: Service, package: PackageType, ounces: float, zone_no: int,
          confirmation: str | None) -> Quote:
    pounds = max(1, math.ceil(ounces / 16.0))
    if package.flat is not None:
        cost = package.flat + (Decimal("4.00") if service.international else Decimal("0"))
    else:
        zone_factor = Decimal(1) + Decimal(zone_no - 1) * Decimal("0.08")
        cost = (service.base + service.per_lb * (pounds - 1)) * zone_factor
    other = CONFIRMATION_COST.get(confirmation or "none", Decimal("0"))
    days = service.days + (0 if service.guaranteed else max(0, zone_no - 5))
    return Quote(money(cost), money(other), zone_no, days)
