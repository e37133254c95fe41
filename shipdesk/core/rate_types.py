"""The values rate shopping passes around: the shipment to rate, a rate, an unrated service, a problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from ..api.v1.models import Address
from .rate_catalog import GENERIC_PACKAGE
from .words import Words

Source = Literal["V1", "V2"]


@dataclass
class ShipmentToRate:
    """What gets rated. Starts from an order; every field stays editable by the packer."""

    ship_to: Address
    weight: Decimal
    weight_unit: str = "ounces"
    length: Decimal = Decimal(0)
    width: Decimal = Decimal(0)
    height: Decimal = Decimal(0)
    dimension_unit: str = "inches"
    package_code: str = GENERIC_PACKAGE
    confirmation: str = "none"
    warehouse_id: int | None = None
    insure: bool = False  # used when the label is bought; rates are quoted without insurance
    carrier_code: str | None = None  # the packer's (or preset's) choice, highlighted among the rates
    service_code: str | None = None
    order_id: int | None = None
    order_number: str = ""

    @property
    def has_dimensions(self) -> bool:
        return all(d > 0 for d in (self.length, self.width, self.height))


@dataclass(frozen=True)
class RateOption:
    source: Source
    carrier_code: str
    carrier_name: str
    service_code: str
    service_name: str
    package_code: str
    shipment_cost: Decimal
    other_cost: Decimal
    total: Decimal
    delivery_days: int | None = None
    estimated_delivery: date | None = None
    guaranteed: bool = False
    rate_id: str | None = None  # V2 only: what a V2 label purchase needs
    carrier_id: str | None = None  # V2 only
    shipment_id: str | None = None  # V2 only: the rated shipment (the purchase checks its labels)


@dataclass(frozen=True)
class Unrated:
    carrier_code: str
    carrier_name: str
    service_code: str
    service_name: str
    reason: Words


@dataclass(frozen=True)
class CarrierProblem:
    """One carrier (or the whole V2 request, carrier "") that could not be rated, in the packer's words."""

    source: Source
    carrier_code: str
    carrier_name: str
    message: Words
    error: BaseException | None = None  # for the support report and the offline banner


@dataclass
class RatingResult:
    options: list[RateOption] = field(default_factory=list)
    unrated: list[Unrated] = field(default_factory=list)
    problems: list[CarrierProblem] = field(default_factory=list)
    notes: list[Words] = field(default_factory=list)  # things worth knowing that are not failures
    blockers: list[Words] = field(default_factory=list)  # the form must be fixed first; nobody was asked
