"""Buying V1 labels (shared by /orders/createlabelfororder and /shipments/createlabel) and quoting rates.

Money rules: a test label costs nothing and ships nothing; a funded carrier (Stamps.com) pays from its balance
in `world.carrier_balances` and an empty balance refuses the purchase; voiding gives the postage back.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from . import v1_errors
from .catalog import Carrier, PackageType, Service, carrier_by_code
from .labels import CustomsLine, LabelContent, customs_form_pdf, label_pdf, roman_only
from .pricing import quote, zone
from .seed import tracking_number
from .state import Record, World
from .timefmt import money
from .v1_state import v1
from .v1_values import invalid, strict_bool

ZERO = Decimal("0.00")
INSURANCE_RATE = Decimal("0.0125")  # per dollar insured, minimum one dollar (sandbox price)


@dataclass(frozen=True)
class Choice:
    carrier: Carrier
    service: Service
    package: PackageType


def test_label_flag(body: dict[str, Any]) -> bool:
    # Real V1 refuses 0/1 here with a 400 filed under request.testLabel (ship-station issue #9).
    return bool(strict_bool(body.get("testLabel"), "request.testLabel", False))


def is_international(ship_to: Record | None, ship_from: Record | None = None) -> bool:
    origin = ((ship_from or {}).get("country") or "US").upper()
    return ((ship_to or {}).get("country") or origin).upper() != origin


def choose(carrier_code: Any, service_code: Any, package_code: Any, international: bool) -> Choice:
    """Carrier, service and package for a label, refused the way V1 does: a 500 naming the bad code."""
    carrier = carrier_by_code(str(carrier_code or ""))
    if carrier is None:
        raise v1_errors.server_error("Invalid carrierCode")
    service = carrier.service(str(service_code or ""))
    if service is None:
        raise v1_errors.server_error("Invalid serviceCode")
    package = carrier.package(str(package_code or "package"))
    if package is None:
        raise v1_errors.server_error("Invalid packageCode")
    where = "international" if international else "domestic"
    if not (service.international if international else service.domestic):
        raise v1_errors.server_error(f"The service {service.code} is not available for {where} shipments.")
    if not (package.international if international else package.domestic):
        raise v1_errors.server_error(f"The package {package.code} is not available for {where} shipments.")
    return Choice(carrier, service, package)


def insurance_cost(options: Record | None) -> Decimal:
    """Shipsurance/carrier cover costs money; "provider" means insured elsewhere, which ShipStation doesn't bill."""
    if not options or not options.get("insureShipment") or options.get("provider") == "provider":
        return ZERO
    insured = Decimal(str(options.get("insuredValue") or 0))
    return money(max(Decimal(1), insured * INSURANCE_RATE)) if insured > 0 else ZERO


def address_lines(a: Record | None) -> tuple[str, ...]:
    """What a label prints for an address, mangled the way V1 mangles non-Roman script."""
    if not a:
        return ()
    city_line = " ".join(p for p in (f"{a.get('city') or ''}," if a.get("city") else "", a.get("state") or "",
                                     a.get("postalCode") or "") if p)
    lines = [a.get("name"), a.get("company"), a.get("street1"), a.get("street2"), a.get("street3"), city_line,
             a.get("country")]
    return tuple(roman_only(str(line)) for line in lines if line)


def weight_text(ounces: float) -> str:
    if ounces < 16:
        return f"{ounces:g} oz"
    pounds, rest = divmod(ounces, 16)
    return f"{int(pounds)} lb {rest:g} oz" if rest else f"{int(pounds)} lb"


def customs_lines(order: Record | None, intl: Record | None) -> list[CustomsLine]:
    declared = (intl or {}).get("customsItems") or []
    if declared:
        return [CustomsLine(roman_only(c["description"] or "Merchandise"), int(c["quantity"] or 0),
                            Decimal(str(c["value"] or 0)), c["harmonizedTariffCode"] or "",
                            c["countryOfOrigin"] or "US") for c in declared]
    items = (order or {}).get("items") or []
    return [CustomsLine(roman_only(i["name"]), int(i["quantity"] or 0), Decimal(str(i["unitPrice"] or 0)), "", "US")
            for i in items if not i.get("adjustment")]


@dataclass
class Purchase:
    shipment: Record  # the Shipment record (labelData/formData null, as lists show them)
    label: bytes
    form: bytes | None
    stored: bool


def buy(world: World, choice: Choice, *, ounces: float, confirmation: str | None, ship_from: Record,
        ship_to: Record, ship_date: date, test_label: bool, insurance_options: Record | None,
        intl: Record | None, order: Record | None, extra: Record) -> Purchase:
    """Price, charge, render and (unless a test label) store one label; `extra` fills the Shipment fields."""
    if ounces <= 0:
        raise v1_errors.server_error("The shipment weight must be greater than zero.")
    international = is_international(ship_to, ship_from)
    price = quote(choice.carrier, choice.service, choice.package, ounces,
                  zone(ship_from.get("postalCode") or "", ship_to.get("postalCode") or "",
                       ship_to.get("country") or "US"), confirmation)
    cost = ZERO if test_label else price.shipment_cost + price.other_cost
    insured = ZERO if test_label else insurance_cost(insurance_options)
    if choice.carrier.requires_funded_account and cost > 0:
        balance = world.carrier_balances.get(choice.carrier.code) or ZERO
        if balance < cost:
            raise v1_errors.server_error(
                f"Insufficient funds: your {choice.carrier.name} balance is ${balance:.2f} and this label costs "
                f"${cost:.2f}. Add funds to the {choice.carrier.name} account and try again.")
        world.carrier_balances[choice.carrier.code] = money(balance - cost)
    tracking = tracking_number(v1(world).rng, choice.carrier.code)
    content = LabelContent(
        tracking_number=tracking, carrier_name=choice.carrier.friendly_name,
        service_name=roman_only(choice.service.name), ship_from=address_lines(ship_from),
        ship_to=address_lines(ship_to), ship_date=ship_date, weight_text=weight_text(ounces),
        reference=roman_only(str((order or {}).get("orderNumber") or "")), test_label=test_label)
    label = label_pdf(content)
    form = None
    if international:
        form = customs_form_pdf(content, customs_lines(order, intl), (intl or {}).get("contents") or "merchandise",
                                (intl or {}).get("nonDelivery") or "return_to_sender")
    shipment_id = world.next_id("shipment", 5000001)
    shipment: Record = {
        "shipmentId": shipment_id, "orderId": None, "orderKey": None, "userId": None, "customerEmail": None,
        "orderNumber": None, "createDate": world.clock.now(), "shipDate": ship_date, "shipmentCost": cost,
        "insuranceCost": insured, "trackingNumber": tracking, "isReturnLabel": False, "batchNumber": None,
        "carrierCode": choice.carrier.code, "serviceCode": choice.service.code, "packageCode": choice.package.code,
        "confirmation": confirmation or "none", "warehouseId": None, "voided": False, "voidDate": None,
        "marketplaceNotified": False, "notifyErrorMessage": None, "shipTo": ship_to, "weight": None,
        "dimensions": None, "insuranceOptions": insurance_options, "advancedOptions": None,
        "shipmentItems": None, "labelData": None, "formData": None,
    }
    shipment.update(extra)
    if not test_label:  # a test label is a sample, not a purchase: nothing is kept or counted
        world.shipments[shipment_id] = shipment
        world.v1_label_files[shipment_id] = label
    return Purchase(shipment, label, form, stored=not test_label)


def b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


def void(world: World, shipment: Record) -> None:
    """Void a stored label: refund a funded carrier, and put its order back in the queue if it shipped by it."""
    shipment["voided"] = True
    shipment["voidDate"] = world.clock.now()
    carrier = carrier_by_code(shipment["carrierCode"] or "")
    if carrier is not None and carrier.requires_funded_account:
        balance = world.carrier_balances.get(carrier.code) or ZERO
        world.carrier_balances[carrier.code] = money(balance + (shipment["shipmentCost"] or ZERO))
    order = world.orders.get(shipment["orderId"]) if shipment["orderId"] is not None else None
    if order is None or order["orderStatus"] != "shipped":
        return
    still_shipped = any(s["orderId"] == order["orderId"] and not s["voided"] for s in world.shipments.values())
    if not still_shipped and not any(f["orderId"] == order["orderId"] and not f["voided"]
                                     for f in world.fulfillments.values()):
        order["orderStatus"] = "awaiting_shipment"
        order["shipDate"] = None
        order["modifyDate"] = world.clock.now()


# ---- rates --------------------------------------------------------------------------------------


def rate_rows(carrier: Carrier, service_code: str | None, package_code: str | None, international: bool,
              ounces: float, zone_no: int, confirmation: str | None) -> list[Record]:
    """getrates rows: one per service, or per service x package (package in the name) when no packageCode."""
    if service_code:
        service = carrier.service(service_code)
        if service is None:
            raise v1_errors.server_error("Invalid serviceCode")
        services: Sequence[Service] = [service]
    else:
        services = carrier.services
    if package_code:
        package = carrier.package(package_code)
        if package is None:
            raise v1_errors.server_error("Invalid packageCode")
        packages: Sequence[PackageType] = [package]
    else:
        packages = carrier.packages
    rows = []
    for service in services:
        # UPS Ground Saver (rated=False) is never rated by V1 getrates: ShipDesk has to fall back by hand.
        if not service.rated or not (service.international if international else service.domestic):
            continue
        for package in packages:
            if not (package.international if international else package.domestic):
                continue
            price = quote(carrier, service, package, ounces, zone_no, confirmation)
            name = service.name if package_code else f"{service.name} - {package.name}"
            rows.append({"serviceName": name, "serviceCode": service.code,
                         "shipmentCost": price.shipment_cost, "otherCost": price.other_cost})
    return rows


def required_fields(body: dict[str, Any], names: Sequence[str]) -> None:
    missing = {f"request.{n}": [f"The {n} field is required."] for n in names
               if body.get(n) is None or (isinstance(body.get(n), str) and not body[n].strip())}
    if missing:
        raise v1_errors.bad_request(missing)


def reject_non_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise invalid("request", "Cannot deserialize the current JSON array because the type requires a JSON object.")
    return body
