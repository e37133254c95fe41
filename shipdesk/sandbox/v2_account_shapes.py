"""V2 wire shapes for the account-level reads of `v2_account.py`.

Carriers, services, packages and advanced options come from `catalog.CARRIERS`; ship-from
warehouses, users and products are stored V1-shaped (camelCase) and converted here to V2's snake_case
objects. Absent optional address fields are left out (the spec gives them `minLength: 1` and marks
nulls only with `x-nullable`, which OpenAPI 3.1 does not know); product fields the spec marks
`nullable: true` are sent as null, as the real API does (erratum `products-nullable-fields`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .catalog import Carrier, PackageType, Service
from .state import Record, World

# Advanced options per carrier: (name, default value, description). Names are V2 advanced_options fields.
CARRIER_OPTIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "stamps_com": (
        ("non_machinable", "false", "The package cannot go through USPS sorting machines (odd shape or size)."),
        ("delivered_duty_paid", "false", "The shipper pays duties and taxes (international only)."),
    ),
    "ups": (
        ("saturday_delivery", "false", "Deliver on Saturday where the service allows it."),
        ("contains_alcohol", "false", "The package contains alcohol (needs an alcohol agreement with UPS)."),
        ("additional_handling", "false", "The package needs special handling (heavy, long or not boxed)."),
        ("delivered_duty_paid", "false", "The shipper pays duties and taxes (international only)."),
    ),
    "fedex": (
        ("saturday_delivery", "false", "Deliver on Saturday where the service allows it."),
        ("contains_alcohol", "false", "The package contains alcohol (FedEx alcohol shipping agreement)."),
        ("dry_ice", "false", "The package contains dry ice; give dry_ice_weight as well."),
        ("non_machinable", "false", "The package cannot go through automated sorting."),
        ("delivered_duty_paid", "false", "The shipper pays duties and taxes (international only)."),
    ),
}
MULTI_PACKAGE_CARRIERS = frozenset({"ups", "fedex"})


# -- carriers ---------------------------------------------------------------------------------------


def service_json(carrier: Carrier, service: Service) -> Record:
    return {"carrier_id": carrier.v2_id, "carrier_code": carrier.code, "service_code": service.code,
            "name": service.name, "domestic": service.domestic, "international": service.international,
            "is_multi_package_supported": carrier.code in MULTI_PACKAGE_CARRIERS}


def carrier_package_json(package: PackageType) -> Record:
    notes = []
    if package.flat is not None:
        notes.append("Flat-rate packaging: one price whatever the weight.")
    if not package.international:
        notes.append("Domestic shipments only.")
    record: Record = {"package_code": package.code, "name": package.name}
    if notes:
        record["description"] = " ".join(notes)
    return record


def carrier_options(carrier: Carrier) -> list[Record]:
    return [{"name": name, "default_value": default, "description": description}
            for name, default, description in CARRIER_OPTIONS.get(carrier.code, ())]


def carrier_json(world: World, carrier: Carrier, primary: bool) -> Record:
    balance = world.carrier_balances.get(carrier.code)
    return {
        "carrier_id": carrier.v2_id, "carrier_code": carrier.code, "account_number": carrier.account_number,
        "requires_funded_amount": carrier.requires_funded_account,
        "balance": Decimal(balance) if balance is not None else Decimal("0.00"),
        "nickname": carrier.name, "friendly_name": carrier.friendly_name, "primary": primary,
        "has_multi_package_supporting_services": carrier.code in MULTI_PACKAGE_CARRIERS,
        "supports_label_messages": True, "disabled_by_billing_plan": False,
        "services": [service_json(carrier, s) for s in carrier.services],
        "packages": [carrier_package_json(p) for p in carrier.packages],
        "options": carrier_options(carrier),
    }


# -- ship-from warehouses ---------------------------------------------------------------------------


def _residential(value: Any) -> str:
    return "yes" if value is True else "no" if value is False else "unknown"


def v2_address(v1: Record) -> Record:
    """A V1 address (`street1`, `postalCode`, `residential`...) as a V2 address; empty fields left out."""
    mapping = (("name", "name"), ("phone", "phone"), ("company", "company_name"), ("street1", "address_line1"),
               ("street2", "address_line2"), ("street3", "address_line3"), ("city", "city_locality"),
               ("state", "state_province"), ("postalCode", "postal_code"), ("country", "country_code"))
    address: Record = {}
    for v1_name, v2_name in mapping:
        value = v1.get(v1_name)
        if isinstance(value, str) and value.strip():
            address[v2_name] = value
    if "name" not in address and "company_name" in address:
        address["name"] = address["company_name"]
    address["address_residential_indicator"] = _residential(v1.get("residential"))
    return address


def warehouse_v1_id(v2_id: str) -> int | None:
    """`se-501` -> 501; None for anything else."""
    prefix, _, number = v2_id.partition("-")
    return int(number) if prefix == "se" and number.isdigit() else None


def warehouse_json(record: Record) -> Record:
    origin = record["originAddress"]
    return {"warehouse_id": f"se-{record['warehouseId']}", "is_default": bool(record.get("isDefault")),
            "name": record["warehouseName"], "created_at": record["createDate"],
            "origin_address": v2_address(origin), "return_address": v2_address(record.get("returnAddress") or origin)}


# -- users and products -----------------------------------------------------------------------------


def user_json(record: Record) -> Record:
    """V1 users carry id, login and name only; V2 adds email and a status ("Active", as the spec's example)."""
    user: Record = {"user_id": record["userId"], "name": record["name"], "username": record["userName"],
                    "status": record.get("status", "Active")}
    if "@" in str(record["userName"]):
        user["email"] = record["userName"]
    for v1_name, v2_name in (("lastLoginDate", "last_login_at"), ("createDate", "created_at")):
        if record.get(v1_name) is not None:
            user[v2_name] = record[v1_name]
    return user


def _tag(tag: Record) -> Record:
    return {"tag_id": tag.get("tagId"), "name": tag.get("name"), "color": tag.get("color")}


def _alias(alias: Record) -> Record:
    return {"store_id": alias.get("storeId"), "sku_alias": alias.get("skuAlias") or alias.get("sku")}


def product_json(p: Record) -> Record:
    category = p.get("productCategory")
    product: Record = {
        "product_id": p["productId"], "sku": p["sku"], "name": p["name"], "upc": p.get("upc"),
        "thumbnail_url": p.get("thumbnailURL"),
        "price": {"currency": "usd", "amount": p.get("price") or Decimal("0")},
        "internal_notes": p.get("internalNotes"), "fulfillment_sku": p.get("fulfillmentSku"),
        "create_date": p["createDate"], "modify_date": p["modifyDate"], "active": bool(p.get("active")),
        "product_category": {"product_category_id": category.get("categoryId"), "name": category.get("name")}
        if isinstance(category, dict) else None,
        "preset_group": None, "warehouse_location": p.get("warehouseLocation"),
        "default_carrier_code": p.get("defaultCarrierCode"), "default_service_code": p.get("defaultServiceCode"),
        "default_package_code": p.get("defaultPackageCode"),
        "default_intl_carrier_code": p.get("defaultIntlCarrierCode"),
        "default_intl_service_code": p.get("defaultIntlServiceCode"),
        "default_intl_package_code": p.get("defaultIntlPackageCode"),
        "default_confirmation": p.get("defaultConfirmation"),
        "default_intl_confirmation": p.get("defaultIntlConfirmation"),
        "customs_description": p.get("customsDescription"), "customs_value": p.get("customsValue"),
        "customs_tariff_no": p.get("customsTariffNo"), "customs_country_code": p.get("customsCountryCode"),
        "no_customs": bool(p.get("noCustoms")),
        "tags": [_tag(t) for t in p["tags"]] if p.get("tags") else None,
        "aliases": [_alias(a) for a in p["aliases"]] if p.get("aliases") else None,
        "product_type": p.get("productType"), "is_returnable": False, "should_override_name": None,
        "is_bundle": False, "bundle_components": None, "auto_split_option": "do_not_split",
        "auto_split_custom_quantity": None,
    }
    dims = [p.get("length"), p.get("width"), p.get("height")]
    if all(isinstance(d, int | float | Decimal) for d in dims):
        product["dimensions"] = {"unit": "inch", "length": dims[0], "width": dims[1], "height": dims[2]}
    if isinstance(p.get("weightOz"), int | float | Decimal):
        product["weight"] = {"value": p["weightOz"], "unit": "ounce"}
    return product
