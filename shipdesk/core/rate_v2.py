"""The V2 half of rate shopping: one POST /v2/rates for every carrier that takes the package. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..api.errors import ApiError
from ..api.v1.models import Address as V1Address
from ..api.v2.models import Address, Dimensions, Rate, ShipmentPackage, ShipmentRequest, Weight
from ..api.v2.models_account import Carrier as V2Carrier
from .rate_catalog import CTX, GENERIC_PACKAGE, RateCatalog, warehouse_address
from .rate_types import CarrierProblem, RateOption, ShipmentToRate
from .session import Session
from .words import QT_TRANSLATE_NOOP, Words

# V1 spells units in the plural, V2 in the singular.
V2_WEIGHT = {"ounces": "ounce", "pounds": "pound", "grams": "gram"}
V2_LENGTH = {"inches": "inch", "centimeters": "centimeter"}


@dataclass
class V2Outcome:
    options: list[RateOption] = field(default_factory=list)
    problems: list[CarrierProblem] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)  # the V2 carrier ids in the request


def v2_address(address: V1Address) -> Address:
    residential = {True: "yes", False: "no"}.get(address.residential, "unknown")  # type: ignore[arg-type]
    return Address(name=address.name, company_name=address.company, phone=address.phone,
                   address_line1=address.street1, address_line2=address.street2, address_line3=address.street3,
                   city_locality=address.city, state_province=(address.state or "").strip() or None,
                   postal_code=address.postal_code, country_code=(address.country or "").upper() or None,
                   address_residential_indicator=residential)


def _takes_package(carrier: V2Carrier, catalog: RateCatalog, package_code: str) -> bool:
    if package_code == GENERIC_PACKAGE:
        return True
    info = catalog.carrier(carrier.carrier_code or "")
    if info is not None and info.packages:
        return info.has_package(package_code)
    return any(p.package_code == package_code for p in carrier.packages)


def v2_carrier_ids(catalog: RateCatalog, carriers: list[V2Carrier], shipment: ShipmentToRate) -> list[str]:
    return [c.carrier_id for c in carriers
            if not c.disabled_by_billing_plan and _takes_package(c, catalog, shipment.package_code)]


def shipment_request(catalog: RateCatalog, shipment: ShipmentToRate) -> ShipmentRequest:
    dims = Dimensions(unit=V2_LENGTH.get(shipment.dimension_unit, "inch"), length=shipment.length,
                      width=shipment.width, height=shipment.height) if shipment.has_dimensions else None
    package = ShipmentPackage(weight=Weight(value=shipment.weight, unit=V2_WEIGHT.get(shipment.weight_unit, "ounce")),
                              package_code=shipment.package_code, dimensions=dims)
    origin = warehouse_address(catalog.warehouse(shipment.warehouse_id))
    return ShipmentRequest(ship_to=v2_address(shipment.ship_to), ship_from=v2_address(origin), packages=[package],
                           confirmation=shipment.confirmation)


def rate_with_v2(session: Session, catalog: RateCatalog, shipment: ShipmentToRate) -> V2Outcome:
    """Never raises an ApiError: a refused request becomes one problem in words."""
    outcome = V2Outcome()
    assert session.v2 is not None
    try:
        # The list is loaded at start-up; when that failed, ask again rather than skip V2 without a word.
        carriers = catalog.v2_carriers or session.v2.list_carriers().carriers
        outcome.asked = v2_carrier_ids(catalog, carriers, shipment)
        if not outcome.asked:
            return outcome
        rated = session.v2.get_rates(shipment_request(catalog, shipment), carrier_ids=outcome.asked)
    except ApiError as exc:
        outcome.problems.append(CarrierProblem("V2", "", "V2", Words(
            CTX, QT_TRANSLATE_NOOP("Rating", "V2 rates could not be fetched: %1"), (str(exc),)), exc))
        return outcome
    response = rated.rate_response
    for rate in response.rates:
        if rate.error_messages:
            outcome.problems.append(_invalid(catalog, rate))
        else:
            outcome.options.append(_option(catalog, rate, response.shipment_id or rated.shipment_id))
    outcome.problems.extend(_invalid(catalog, r) for r in response.invalid_rates)
    for error in response.errors:
        outcome.problems.append(CarrierProblem("V2", "", "V2", Words(
            CTX, QT_TRANSLATE_NOOP("Rating", "V2 rates: %1"), (error.message or error.error_code or "?",))))
    return outcome


def _carrier(catalog: RateCatalog, rate: Rate) -> tuple[str, str]:
    code = rate.carrier_code or next((c.carrier_code for c in catalog.v2_carriers
                                      if c.carrier_id == rate.carrier_id and c.carrier_code), "") or ""
    info = catalog.carrier(code)
    return code, info.name if info else (rate.carrier_friendly_name or rate.carrier_nickname or code)


def _option(catalog: RateCatalog, rate: Rate, shipment_id: str | None = None) -> RateOption:
    code, name = _carrier(catalog, rate)
    info = catalog.carrier(code)
    service_code = rate.service_code or ""
    other = sum((m.amount for m in (rate.insurance_amount, rate.confirmation_amount, rate.other_amount)
                 if m is not None), Decimal(0))
    return RateOption("V2", code, name, service_code,
                      rate.service_type or (info.service_name(service_code) if info else service_code),
                      rate.package_type or GENERIC_PACKAGE, rate.shipping_amount.amount, other, rate.total,
                      rate.delivery_days,
                      rate.estimated_delivery_date.date() if rate.estimated_delivery_date else None,
                      bool(rate.guaranteed_service), rate.rate_id, rate.carrier_id, shipment_id)


def _invalid(catalog: RateCatalog, rate: Rate) -> CarrierProblem:
    code, name = _carrier(catalog, rate)
    service = rate.service_type or rate.service_code or "?"
    why = "; ".join(rate.error_messages) or "?"
    return CarrierProblem("V2", code, name, Words(CTX, QT_TRANSLATE_NOOP("Rating", "%1 %2 could not be rated: %3"),
                                                  (name, service, why)))
