"""Rate shopping for one shipment: V1 getrates per carrier plus V2 /v2/rates, merged into one list. No Qt.

The packer edits the shipment (ship-to, weight, dimensions, package, confirmation, ship-from) and asks
for rates. Every carrier is asked on its own, so one carrier failing (UPS without a ship-to state) only
adds a `CarrierProblem` in words; the others still show. Services a carrier lists but nobody priced
(V1 getrates never prices UPS Ground Saver) come back as `Unrated` with the reason, never silently missing.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from typing import Literal

from ..api.errors import ApiError
from ..api.v1.models import Address, Dimensions, Order, Rate, Weight
from .rate_catalog import CTX, GENERIC_PACKAGE, CarrierInfo, RateCatalog
from .rate_types import CarrierProblem, RateOption, RatingResult, ShipmentToRate, Source, Unrated
from .rate_v2 import V2Outcome, rate_with_v2
from .session import Session
from .words import QT_TRANSLATE_NOOP, Words

__all__ = ["CarrierProblem", "RateOption", "RatingResult", "ShipmentToRate", "Source", "Unrated",
           "SortKey", "check_shipment", "rate_shipment", "shipment_from_order", "sort_options"]

SortKey = Literal["price", "speed"]
WEIGHT_UNITS = ("ounces", "pounds", "grams")
DIMENSION_UNITS = ("inches", "centimeters")
CONFIRMATIONS = ("none", "delivery", "signature", "adult_signature", "direct_signature")
# Services ShipStation lists but documents as never priced by V1 getrates.
V1_NEVER_RATES = frozenset({"ups_ground_saver"})


def shipment_from_order(order: Order, catalog: RateCatalog | None = None) -> ShipmentToRate:
    """The order's own values: weight, dimensions, package, confirmation, its ship-from warehouse."""
    weight = order.weight.value if order.weight and order.weight.value is not None else Decimal(0)
    unit = (order.weight.units if order.weight else None) or "ounces"
    dims = order.dimensions
    warehouse_id = order.advanced_options.warehouse_id if order.advanced_options else None
    if catalog is not None and warehouse_id is None and catalog.default_warehouse() is not None:
        warehouse_id = catalog.default_warehouse().warehouse_id  # type: ignore[union-attr]
    return ShipmentToRate(
        ship_to=(order.ship_to or Address()).model_copy(deep=True),
        weight=Decimal(weight), weight_unit=unit if unit in WEIGHT_UNITS else "ounces",
        length=Decimal(dims.length or 0) if dims else Decimal(0),
        width=Decimal(dims.width or 0) if dims else Decimal(0),
        height=Decimal(dims.height or 0) if dims else Decimal(0),
        dimension_unit=(dims.units if dims and dims.units in DIMENSION_UNITS else "inches"),
        package_code=order.package_code or GENERIC_PACKAGE,
        confirmation=order.confirmation if order.confirmation in CONFIRMATIONS else "none",
        warehouse_id=warehouse_id, carrier_code=order.carrier_code, service_code=order.service_code,
        insure=bool(order.insurance_options and order.insurance_options.insure_shipment),
        order_id=order.order_id, order_number=order.order_number)


def check_shipment(shipment: ShipmentToRate, catalog: RateCatalog) -> list[Words]:
    """What must be fixed before asking anyone: said once here rather than once per carrier."""
    problems: list[Words] = []
    if shipment.weight <= 0:
        problems.append(Words(CTX, QT_TRANSLATE_NOOP("Rating", "Enter the weight: it must be more than zero.")))
    to = shipment.ship_to
    if not (to.postal_code or "").strip() or not (to.country or "").strip():
        problems.append(Words(CTX, QT_TRANSLATE_NOOP("Rating", "The ship-to address needs a postal code and a country.")))
    if catalog.warehouse(shipment.warehouse_id) is None:
        problems.append(Words(CTX, QT_TRANSLATE_NOOP("Rating", "Choose a ship-from location.")))
    return problems


def is_international(shipment: ShipmentToRate, catalog: RateCatalog) -> bool:
    origin = catalog.warehouse(shipment.warehouse_id)
    home = (origin.origin_address.country if origin and origin.origin_address else None) or "US"
    return (shipment.ship_to.country or home).upper() != home.upper()


def rate_shipment(session: Session, catalog: RateCatalog, shipment: ShipmentToRate) -> RatingResult:
    """Ask every carrier through V1 (one call each, side by side) and, when usable, V2 in one call.

    Runs on a worker thread. Never raises for a carrier's failure: those are `problems`.
    """
    result = RatingResult()
    blockers = check_shipment(shipment, catalog)
    if blockers:
        result.blockers = blockers
        return result
    v1_carriers = [c for c in catalog.carriers if c.has_package(shipment.package_code)] if session.v1 else []
    skipped = [c for c in catalog.carriers if c not in v1_carriers]
    if skipped and session.v1 is not None:
        result.notes.append(Words(CTX, QT_TRANSLATE_NOOP("Rating", "Not asked: %1 (the package \"%2\" is not theirs)."),
                                  (", ".join(c.name for c in skipped), catalog.package_name(shipment.package_code))))
    use_v2, v2_note = _v2_usable(session)
    if v2_note is not None:
        result.notes.append(v2_note)
    pool = _pool()
    v2_job = pool.submit(rate_with_v2, session, catalog, shipment) if use_v2 else None  # first: the slowest
    v1_jobs = [(c, pool.submit(_rate_v1, session, catalog, shipment, c)) for c in v1_carriers]
    for carrier, job in v1_jobs:
        try:
            result.options.extend(job.result())
        except ApiError as exc:
            result.problems.append(CarrierProblem("V1", carrier.code, carrier.name, Words(
                CTX, QT_TRANSLATE_NOOP("Rating", "No V1 rates from %1: %2"), (carrier.name, str(exc))), exc))
    outcome = v2_job.result() if v2_job is not None else V2Outcome()
    result.options.extend(outcome.options)
    result.problems.extend(outcome.problems)
    result.unrated = _unrated(catalog, shipment, result, v1_carriers, use_v2, set(outcome.asked))
    result.options = sort_options(result.options, "price")
    return result


@functools.cache
def _pool() -> ThreadPoolExecutor:
    """The rating threads, kept between ratings: starting four threads per rating cost ~8 ms, each start
    waiting for the GIL while the others already talk to ShipStation (bench P3). Enough of them that two
    ratings at once (Rates tab and a scan) don't wait for each other."""
    return ThreadPoolExecutor(max_workers=12, thread_name_prefix="rates")


def _v2_usable(session: Session) -> tuple[bool, Words | None]:
    if session.v2 is None:
        return False, None
    caps = session.capabilities
    if caps is not None and not caps.v2_shipping.usable:
        return False, Words(CTX, QT_TRANSLATE_NOOP("Rating", "V2 rates are not used: %1"), (caps.v2_shipping.reason,))
    return True, None


def _rate_v1(session: Session, catalog: RateCatalog, shipment: ShipmentToRate,
             carrier: CarrierInfo) -> list[RateOption]:
    assert session.v1 is not None
    origin = catalog.warehouse(shipment.warehouse_id)
    source = origin.origin_address if origin and origin.origin_address else Address()
    to = shipment.ship_to
    dims = Dimensions(length=shipment.length, width=shipment.width, height=shipment.height,
                      units=shipment.dimension_unit) if shipment.has_dimensions else None
    rates = session.v1.get_rates(
        carrier.code, from_postal_code=source.postal_code or "", from_city=source.city, from_state=source.state,
        from_warehouse_id=origin.warehouse_id if origin else None, to_country=(to.country or "").upper(),
        to_postal_code=to.postal_code or "", to_state=(to.state or "").strip() or None, to_city=to.city,
        weight=Weight(value=shipment.weight, units=shipment.weight_unit), dimensions=dims,
        package_code=shipment.package_code, confirmation=shipment.confirmation, residential=to.residential)
    return [_v1_option(carrier, shipment.package_code, r) for r in rates]


def _v1_option(carrier: CarrierInfo, package_code: str, rate: Rate) -> RateOption:
    other = rate.other_cost or Decimal(0)
    return RateOption("V1", carrier.code, carrier.name, rate.service_code,
                      rate.service_name or carrier.service_name(rate.service_code), package_code,
                      rate.shipment_cost, other, rate.shipment_cost + other)


def _unrated(catalog: RateCatalog, shipment: ShipmentToRate, result: RatingResult,
             v1_carriers: list[CarrierInfo], used_v2: bool, v2_asked: set[str]) -> list[Unrated]:
    """Listed services that no source priced, for carriers that did answer (a failed carrier is a problem)."""
    abroad = is_international(shipment, catalog)
    rated = {(o.carrier_code, o.service_code) for o in result.options}
    failed_v1 = {p.carrier_code for p in result.problems if p.source == "V1"}
    out: list[Unrated] = []
    for carrier in v1_carriers:
        if carrier.code in failed_v1 and carrier.v2_id not in v2_asked:
            continue
        for service in carrier.services:
            goes = service.international if abroad else service.domestic
            if goes is False or (carrier.code, service.code) in rated:
                continue
            name = service.name or service.code
            out.append(Unrated(carrier.code, carrier.name, service.code, name,
                               _reason(service.code, carrier.v2_id in v2_asked, used_v2)))
    return out


def _reason(service_code: str, v2_asked: bool, v2_on: bool) -> Words:
    if service_code in V1_NEVER_RATES:
        if v2_asked:
            return Words(CTX, QT_TRANSLATE_NOOP(
                "Rating", "ShipStation's V1 rates never include this service (a documented ShipStation limit), and "
                     "the V2 API returned no rate for it either. Check the price in ShipStation."))
        if not v2_on:
            return Words(CTX, QT_TRANSLATE_NOOP(
                "Rating", "ShipStation's V1 rates never include this service (a documented ShipStation limit), and "
                     "V2 rates are not available for these keys. Check the price in ShipStation."))
        return Words(CTX, QT_TRANSLATE_NOOP(
            "Rating", "ShipStation's V1 rates never include this service (a documented ShipStation limit). "
                 "Check the price in ShipStation."))
    return Words(CTX, QT_TRANSLATE_NOOP(
        "Rating", "ShipStation returned no rate for this service with this package, weight and address."))


def sort_options(options: list[RateOption], by: SortKey) -> list[RateOption]:
    """Cheapest first, or fastest first (unknown delivery times last, then by price)."""
    if by == "speed":
        return sorted(options, key=lambda o: (o.delivery_days is None, o.delivery_days or 0,
                                              o.estimated_delivery or date.max, o.total, o.carrier_name,
                                              o.service_name))
    return sorted(options, key=lambda o: (o.total, o.delivery_days is None, o.delivery_days or 0,
                                          o.carrier_name, o.service_name, o.source))
