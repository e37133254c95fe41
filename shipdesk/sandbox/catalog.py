"""Carriers, services and packages with ShipStation's real codes, and the sandbox's price list."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    domestic: bool
    international: bool
    base: Decimal  # price of the first pound
    per_lb: Decimal
    days: int  # delivery days, domestic
    guaranteed: bool = False
    rated: bool = True  # False: listed but never rated by V1 getrates (UPS Ground Saver, as documented)


@dataclass(frozen=True)
class PackageType:
    code: str
    name: str
    domestic: bool = True
    international: bool = True
    flat: Decimal | None = None  # flat-rate packaging ignores weight


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    friendly_name: str
    v1_provider_id: int
    v2_id: str
    account_number: str
    requires_funded_account: bool
    services: tuple[Service, ...]
    packages: tuple[PackageType, ...]

    def service(self, code: str) -> Service | None:
        return next((s for s in self.services if s.code == code), None)

    def package(self, code: str) -> PackageType | None:
        return next((p for p in self.packages if p.code == code), None)


D = Decimal

USPS = Carrier(
    "stamps_com", "Stamps.com", "USPS", 101, "se-1000101", "SS123456", True,
    (
        Service("usps_first_class_mail", "USPS First Class Mail", True, False, D("4.25"), D("0.90"), 3),
        Service("usps_ground_advantage", "USPS Ground Advantage", True, False, D("5.40"), D("1.10"), 4),
        Service("usps_media_mail", "USPS Media Mail", True, False, D("3.65"), D("0.70"), 7),
        Service("usps_parcel_select", "USPS Parcel Select Ground", True, False, D("7.90"), D("1.25"), 5),
        Service("usps_priority_mail", "USPS Priority Mail", True, False, D("8.70"), D("1.60"), 2),
        Service("usps_priority_mail_express", "USPS Priority Mail Express", True, False, D("28.75"), D("3.20"), 1, True),
        Service("usps_first_class_mail_international", "USPS First Class Mail Intl", False, True, D("15.75"), D("4.10"), 12),
        Service("usps_priority_mail_international", "USPS Priority Mail Intl", False, True, D("42.30"), D("6.40"), 8),
        Service("usps_priority_mail_express_international", "USPS Priority Mail Express Intl", False, True,
                D("58.95"), D("7.80"), 5, True),
    ),
    (
        PackageType("package", "Package"),
        PackageType("flat_rate_envelope", "Flat Rate Envelope", flat=D("9.85")),
        PackageType("flat_rate_padded_envelope", "Flat Rate Padded Envelope", flat=D("10.40")),
        PackageType("small_flat_rate_box", "Small Flat Rate Box", flat=D("10.20")),
        PackageType("medium_flat_rate_box", "Medium Flat Rate Box", flat=D("17.10")),
        PackageType("large_flat_rate_box", "Large Flat Rate Box", flat=D("22.80")),
        PackageType("regional_rate_box_a", "Regional Rate Box A", international=False, flat=D("11.25")),
        PackageType("large_envelope_or_flat", "Large Envelope or Flat"),
        PackageType("letter", "Letter"),
    ),
)

UPS = Carrier(
    "ups", "UPS", "UPS", 202, "se-1000202", "A1B2C3", False,
    (
        Service("ups_ground", "UPS® Ground", True, False, D("11.20"), D("1.05"), 4),
        Service("ups_ground_saver", "UPS® Ground Saver", True, False, D("9.10"), D("0.95"), 5, rated=False),
        Service("ups_3_day_select", "UPS 3 Day Select®", True, False, D("18.40"), D("2.10"), 3, True),
        Service("ups_2nd_day_air", "UPS 2nd Day Air®", True, False, D("24.60"), D("2.90"), 2, True),
        Service("ups_next_day_air_saver", "UPS Next Day Air Saver®", True, False, D("39.80"), D("4.20"), 1, True),
        Service("ups_next_day_air", "UPS Next Day Air®", True, False, D("46.10"), D("4.60"), 1, True),
        Service("ups_standard_international", "UPS Standard®", False, True, D("38.50"), D("3.90"), 6),
        Service("ups_worldwide_expedited", "UPS Worldwide Expedited®", False, True, D("72.40"), D("6.10"), 4, True),
        Service("ups_worldwide_saver", "UPS Worldwide Saver®", False, True, D("85.30"), D("6.90"), 3, True),
    ),
    (
        PackageType("package", "Package"),
        PackageType("ups_letter", "UPS Letter"),
        PackageType("ups_express_pak", "UPS Express® Pak"),
        PackageType("ups_tube", "UPS Tube"),
        PackageType("ups_express_box", "UPS Express® Box"),
    ),
)

FEDEX = Carrier(
    "fedex", "FedEx", "FedEx", 303, "se-1000303", "510087020", False,
    (
        Service("fedex_ground", "FedEx Ground®", True, False, D("10.95"), D("1.00"), 4),
        Service("fedex_home_delivery", "FedEx Home Delivery®", True, False, D("11.85"), D("1.05"), 4),
        Service("fedex_express_saver", "FedEx Express Saver®", True, False, D("21.30"), D("2.40"), 3, True),
        Service("fedex_2day", "FedEx 2Day®", True, False, D("26.40"), D("2.80"), 2, True),
        Service("fedex_standard_overnight", "FedEx Standard Overnight®", True, False, D("44.90"), D("4.40"), 1, True),
        Service("fedex_priority_overnight", "FedEx Priority Overnight®", True, False, D("52.70"), D("4.90"), 1, True),
        Service("fedex_international_economy", "FedEx International Economy®", False, True,
                D("64.20"), D("5.70"), 5, True),
        Service("fedex_international_priority", "FedEx International Priority®", False, True,
                D("88.60"), D("7.10"), 3, True),
    ),
    (
        PackageType("package", "Package"),
        PackageType("fedex_envelope", "FedEx® Envelope"),
        PackageType("fedex_pak", "FedEx® Pak"),
        PackageType("fedex_tube", "FedEx® Tube"),
        PackageType("fedex_small_box_onerate", "FedEx® Small Box (One Rate)", international=False, flat=D("12.45")),
        PackageType("fedex_medium_box_onerate", "FedEx® Medium Box (One Rate)", international=False, flat=D("17.80")),
    ),
)

CARRIERS: tuple[Carrier, ...] = (USPS, UPS, FEDEX)
CONFIRMATION_COST = {"none": D("0"), "delivery": D("0"), "signature": D("3.45"),
                     "adult_signature": D("8.20"), "direct_signature": D("6.15")}


def carrier_by_code(code: str) -> Carrier | None:
    return next((c for c in CARRIERS if c.code == code), None)


def carrier_by_v2_id(carrier_id: str) -> Carrier | None:
    return next((c for c in CARRIERS if c.v2_id == carrier_id), None)
