"""Reading V2 shipping request bodies into wire-shaped shipment dicts, and the small value shapes they share.

Records kept in `world.v2_*` are the V2 wire shape plus private keys that start with `_` (which batch a
shipment is in, which rate bought a label, ...); `public()` strips those before a record goes out.

Spec vs our notes (shared/api/shipstation-v2.md), the spec wins:
* `address` requires `phone` (and `name`, `state_province`) in the spec; the notes list phone as a plain
  field. The sandbox refuses an address without a phone (400 field_value_required). `name` OR
  `company_name` is enough (the spec's own description says so; erratum `address-name-or-company`), and
  `state_province` is only demanded where a country has states (US, CA, AU; erratum
  `address-state-optional`).
* `ship_date` is written as a date-time at midnight UTC: the spec's `date` schema has format date-time,
  and ShipEngine's samples send `2019-07-25T00:00:00.000Z`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from . import v2_errors
from .catalog import Carrier, Service, carrier_by_v2_id
from .http import Request
from .pricing import to_ounces
from .state import Record, World
from .timefmt import money as to_money
from .timefmt import parse_v2_datetime
from .v2_errors import field_required, invalid_field

CURRENCY = "usd"  # real V2 responses use lower-case ISO codes
WEIGHT_UNITS = ("pound", "ounce", "gram", "kilogram")
DIMENSION_UNITS = ("inch", "centimeter")
CONFIRMATIONS = ("none", "delivery", "signature", "adult_signature", "direct_signature", "delivery_mailed",
                 "verbal_confirmation")
INSURANCE_PROVIDERS = ("none", "shipsurance", "carrier", "third_party")
RESIDENTIAL = ("unknown", "yes", "no")
CONTENTS = ("merchandise", "documents", "gift", "returned_goods", "sample", "other")
NON_DELIVERY = ("return_to_sender", "treat_as_abandoned")
STATES_REQUIRED = ("US", "CA", "AU")
CODE_PATTERN = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
SE_ID = re.compile(r"^se(-[a-z0-9]+)+$")
ADVANCED_DEFAULTS: Record = {
    "bill_to_account": None, "bill_to_country_code": None, "bill_to_party": None, "bill_to_postal_code": None,
    "contains_alcohol": False, "delivered_duty_paid": False, "dry_ice": False, "dry_ice_weight": None,
    "non_machinable": False, "saturday_delivery": False, "use_ups_ground_freight_pricing": None,
    "freight_class": None, "custom_field1": None, "custom_field2": None, "custom_field3": None,
    "origin_type": None, "additional_handling": None, "shipper_release": None, "third_party_consignee": False,
    "dangerous_goods": False, "own_document_upload": False, "limited_quantity": False,
    "event_notification": False,
}
ADVANCED_EXTRA = ("fedex_freight", "collect_on_delivery", "dangerous_goods_contact", "windsor_framework_details",
                  "ancillary_endorsements_option", "return_pickup_attempts")
ITEM_FIELDS = ("name", "sales_order_id", "sales_order_item_id", "quantity", "sku", "bundle_sku", "external_order_id",
               "external_order_item_id", "asin", "item_id", "allocation_status", "image_url", "weight",
               "unit_price", "tax_amount", "shipping_amount", "inventory_location", "options", "product_id",
               "fullfilment_sku", "upc")
PRODUCT_FIELDS = ("description", "quantity", "value", "weight", "harmonized_tariff_code", "country_of_origin",
                  "unit_of_measure", "sku", "sku_description", "mid_code", "product_url", "vat_rate")


# -- small values -----------------------------------------------------------------------------------


def public(record: Record) -> Record:
    """The record as it goes on the wire: private `_` keys dropped (one level; nested dicts are wire-only)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def money(amount: Decimal | float | int) -> Record:
    return {"currency": CURRENCY, "amount": to_money(amount)}


def body_object(req: Request) -> dict[str, Any]:
    data = req.json(v2_errors.json_body_error)
    if not isinstance(data, dict):
        raise v2_errors.v2_error(400, "validation", "invalid_object", "The request body must be a JSON object.")
    return data


def optional_body(req: Request) -> dict[str, Any]:
    """A body that may be left out entirely (label options, process options)."""
    return body_object(req) if req.body.strip() else {}


def choice(data: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None, where: str = "") -> Any:
    value = data.get(key)
    if value is None:
        return default
    if value not in allowed:
        raise invalid_field(f"'{where}{key}' must be one of {', '.join(allowed)}, not '{value}'.")
    return value


def text(data: dict[str, Any], key: str, where: str = "", max_len: int | None = None) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid_field(f"'{where}{key}' must be a string.")
    if max_len is not None and len(value) > max_len:
        raise v2_errors.v2_error(400, "validation", "invalid_string_length",
                                 f"'{where}{key}' must be at most {max_len} characters.")
    return value.strip() or None


def number(value: Any, where: str, minimum: float = 0) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise invalid_field(f"'{where}' must be a number.")
    try:
        result = Decimal(str(value))
    except InvalidOperation as exc:
        raise invalid_field(f"'{where}' must be a number.") from exc
    if not result.is_finite() or result < Decimal(str(minimum)):
        raise invalid_field(f"'{where}' must be at least {minimum}.")
    return result


def read_money(value: Any, where: str) -> Decimal:
    """A `{currency, amount}` object (or a bare number) as an amount."""
    if isinstance(value, dict):
        return number(value.get("amount"), f"{where}.amount")
    return number(value, where)


def se_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not SE_ID.match(value):
        raise invalid_field(f"'{where}' must be an id like se-123456, not {value!r}.")
    return value


def ship_datetime(value: Any, today: date, where: str = "ship_date") -> datetime:
    """A ship date (date or date-time) as midnight UTC of that day; the clock's today when absent."""
    if value is None or value == "":
        day = today
    elif isinstance(value, str) and (parsed := parse_v2_datetime(value)) is not None:
        day = parsed.date()
    else:
        raise invalid_field(f"'{where}' must be an ISO-8601 date such as 2025-01-15, not {value!r}.")
    return datetime.combine(day, time(0), tzinfo=UTC)


def query_datetime(req: Request, name: str) -> datetime | None:
    raw = req.q(name)
    if raw is None or raw == "":
        return None
    when = parse_v2_datetime(raw)
    if when is None:
        raise invalid_field(f"'{name}' must be an ISO-8601 date-time, not '{raw}'.")
    return when


# -- addresses --------------------------------------------------------------------------------------


def parse_address(value: Any, where: str, extra: tuple[str, ...] = ("instructions",)) -> Record:
    """A V2 address from a request, with the defaults ShipStation fills in; 400 when it cannot ship."""
    if value is None:
        raise field_required(f"'{where}' is required.")
    if not isinstance(value, dict):
        raise invalid_field(f"'{where}' must be an address object.")
    prefix = where + "."
    name, company = text(value, "name", prefix), text(value, "company_name", prefix)
    if name is None and company is None:
        raise field_required(f"'{where}': either name or company_name must be set.")
    for key in ("phone", "address_line1", "city_locality", "postal_code", "country_code"):
        if text(value, key, prefix) is None:
            raise field_required(f"'{prefix}{key}' is required.")
    country = str(value["country_code"]).strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise invalid_field(f"'{prefix}country_code' must be a two-letter ISO 3166-1 code, not '{country}'.")
    state = text(value, "state_province", prefix)
    if state is None and country in STATES_REQUIRED:
        raise field_required(f"'{prefix}state_province' is required for {country} addresses.")
    if country == "US" and state is not None and (len(state) != 2 or not state.isalpha()):
        raise invalid_field(f"'{prefix}state_province' must be a two-letter state code for US addresses.")
    address: Record = {}
    if name is not None:
        address["name"] = name
    address.update({
        "phone": text(value, "phone", prefix), "email": text(value, "email", prefix), "company_name": company,
        "address_line1": text(value, "address_line1", prefix),
        "address_line2": text(value, "address_line2", prefix),
        "address_line3": text(value, "address_line3", prefix),
        "city_locality": text(value, "city_locality", prefix),
    })
    if state is not None:
        address["state_province"] = state.upper() if country == "US" else state
    address["postal_code"] = text(value, "postal_code", prefix)
    address["country_code"] = country
    address["address_residential_indicator"] = choice(value, "address_residential_indicator", RESIDENTIAL,
                                                      "unknown", prefix)
    if "instructions" in extra:
        address["instructions"] = text(value, "instructions", prefix)
    return address


def warehouse_address(world: World, warehouse_id: str, which: str = "originAddress") -> Record:
    """The V2 shape of a V1 warehouse's origin (or return) address."""
    source = world.warehouses[int(warehouse_id[3:])][which]
    address: Record = {"name": source["name"], "phone": source.get("phone") or "512-555-0100", "email": None,
                       "company_name": source.get("company"), "address_line1": source["street1"],
                       "address_line2": source.get("street2"), "address_line3": source.get("street3"),
                       "city_locality": source["city"]}
    if source.get("state"):
        address["state_province"] = source["state"]
    residential = source.get("residential")
    address.update({"postal_code": source["postalCode"], "country_code": source["country"],
                    "address_residential_indicator": "unknown" if residential is None else
                    ("yes" if residential else "no"), "instructions": None})
    return address


def find_warehouse(world: World, value: Any, where: str = "warehouse_id") -> str:
    ident = se_id(value, where)
    number_part = ident[3:]
    if not number_part.isdigit() or int(number_part) not in world.warehouses:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"warehouse '{ident}' was not found.")
    return ident


def default_warehouse_id(world: World) -> str:
    default = next((w for w in world.warehouses.values() if w.get("isDefault")), None)
    chosen = default or next(iter(world.warehouses.values()))
    return f"se-{chosen['warehouseId']}"


# -- carriers ---------------------------------------------------------------------------------------


def find_carrier(value: Any, where: str = "carrier_id") -> Carrier:
    carrier = carrier_by_v2_id(se_id(value, where))
    if carrier is None:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier", f"carrier '{value}' was not found.")
    return carrier


def find_service(carrier: Carrier, code: Any, where: str = "service_code") -> Service:
    service = carrier.service(code) if isinstance(code, str) else None
    if service is None:
        raise invalid_field(f"'{where}' '{code}' is not a service of {carrier.friendly_name} ({carrier.v2_id}).")
    return service


def is_international(shipment: Record) -> bool:
    return bool(shipment["ship_to"]["country_code"] != shipment["ship_from"]["country_code"])


# -- packages and customs ---------------------------------------------------------------------------


def parse_weight(value: Any, where: str) -> Record:
    if not isinstance(value, dict) or value.get("value") is None:
        raise field_required(f"'{where}' is required: {{value, unit}} with a value greater than 0.")
    amount = number(value.get("value"), f"{where}.value")
    if amount <= 0:
        raise invalid_field(f"'{where}.value' must be greater than 0.")
    unit = choice(value, "unit", WEIGHT_UNITS, None, where + ".")
    if unit is None:
        raise field_required(f"'{where}.unit' is required ({', '.join(WEIGHT_UNITS)}).")
    return {"value": amount, "unit": unit}


def parse_dimensions(value: Any, where: str) -> Record | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise invalid_field(f"'{where}' must be an object.")
    dims: Record = {"unit": choice(value, "unit", DIMENSION_UNITS, "inch", where + ".")}
    for key in ("length", "width", "height"):
        dims[key] = number(value.get(key, 0), f"{where}.{key}")
    return dims


def _products(value: Any, where: str) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid_field(f"'{where}' must be an array.")
    products = []
    for n, raw in enumerate(value):
        if not isinstance(raw, dict):
            raise invalid_field(f"'{where}[{n}]' must be an object.")
        product = {k: raw[k] for k in PRODUCT_FIELDS if raw.get(k) is not None}
        product["quantity"] = int(number(raw.get("quantity", 1), f"{where}[{n}].quantity", 1))
        if "value" in raw:
            product["value"] = money(read_money(raw["value"], f"{where}[{n}].value"))
        products.append(product)
    return products


def parse_packages(world: World, value: Any, where: str = "packages") -> list[Record]:
    if not isinstance(value, list) or not value:
        raise field_required(f"'{where}' is required: at least one package with a weight.")
    packages = []
    for n, raw in enumerate(value):
        at = f"{where}[{n}]"
        if not isinstance(raw, dict):
            raise invalid_field(f"'{at}' must be an object.")
        code = raw.get("package_code") or "package"
        if not isinstance(code, str) or not CODE_PATTERN.match(code):
            raise invalid_field(f"'{at}.package_code' is not a package code: {code!r}.")
        messages = raw.get("label_messages") if isinstance(raw.get("label_messages"), dict) else {}
        package: Record = {"shipment_package_id": world.se_id("shipment_package", 700000)}
        if raw.get("package_id") is not None:
            package["package_id"] = se_id(raw["package_id"], f"{at}.package_id")
        package.update({
            "package_code": code, "weight": parse_weight(raw.get("weight"), f"{at}.weight"),
            "dimensions": parse_dimensions(raw.get("dimensions"), f"{at}.dimensions")
            or {"unit": "inch", "length": Decimal(0), "width": Decimal(0), "height": Decimal(0)},
            "insured_value": money(read_money(raw.get("insured_value", 0), f"{at}.insured_value")),
            "label_messages": {f"reference{i}": text(messages, f"reference{i}", f"{at}.label_messages.")
                               for i in (1, 2, 3)},
            "content_description": text(raw, "content_description", at + ".", 35),
            "products": _products(raw.get("products"), f"{at}.products"),
        })
        if text(raw, "external_package_id") is not None:
            package["external_package_id"] = text(raw, "external_package_id")
        packages.append(package)
    return packages


def parse_customs(world: World, value: Any) -> Record | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise invalid_field("'customs' must be an object.")
    customs: Record = {"contents": choice(value, "contents", CONTENTS, "merchandise", "customs."),
                       "non_delivery": choice(value, "non_delivery", NON_DELIVERY, "return_to_sender", "customs.")}
    for key in ("contents_explanation", "declaration", "terms_of_trade_code"):
        if text(value, key) is not None:
            customs[key] = text(value, key)
    items = value.get("customs_items") or []
    if not isinstance(items, list):
        raise invalid_field("'customs.customs_items' must be an array.")
    customs["customs_items"] = []
    for n, raw in enumerate(items):
        where = f"customs.customs_items[{n}]"
        if not isinstance(raw, dict):
            raise invalid_field(f"'{where}' must be an object.")
        item: Record = {"customs_item_id": world.se_id("customs_item", 800000),
                        "description": text(raw, "description", where + ".", 100),
                        "quantity": int(number(raw.get("quantity", 1), f"{where}.quantity", 1)),
                        "value": read_money(raw.get("value", 0), f"{where}.value"),
                        "value_currency": CURRENCY,
                        "harmonized_tariff_code": text(raw, "harmonized_tariff_code"),
                        "country_of_origin": text(raw, "country_of_origin"), "unit_of_measure": None,
                        "sku": text(raw, "sku"), "sku_description": None}
        if raw.get("weight") is not None:
            item["weight"] = parse_weight(raw["weight"], f"{where}.weight")
        customs["customs_items"].append(item)
    return customs


def total_weight(packages: list[Record]) -> Record:
    units = {p["weight"]["unit"] for p in packages}
    if len(units) == 1:
        return {"value": sum((p["weight"]["value"] for p in packages), Decimal(0)), "unit": units.pop()}
    ounces = sum(to_ounces(float(p["weight"]["value"]), p["weight"]["unit"]) for p in packages)
    return {"value": Decimal(str(round(ounces, 2))), "unit": "ounce"}


def parse_items(value: Any) -> list[Record]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid_field("'items' must be an array.")
    return [{k: raw[k] for k in ITEM_FIELDS if k in raw} for raw in value if isinstance(raw, dict)]


def parse_advanced(value: Any) -> Record:
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise invalid_field("'advanced_options' must be an object.")
    options = {k: value.get(k, default) for k, default in ADVANCED_DEFAULTS.items()}
    options.update({k: value[k] for k in ADVANCED_EXTRA if value.get(k) is not None})
    return options
