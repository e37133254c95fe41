"""V1 building blocks shared by orders and shipments: addresses, weights, option blocks, small answers.

Real V1 responses carry nulls for most fields, so almost everything is optional; unknown fields are kept
(`V1Model` allows extras) so an order read, edited and sent back loses nothing ShipStation added.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer

from ..models_base import Money, V1Model

# Weights and sizes: exact in memory like money, a JSON number on the wire.
Number = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float, when_used="json")]


def _date_part(value: Any) -> Any:
    # Date-only fields are "2015-06-29"; some endpoints send the same date with a midnight time attached.
    if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
        return value[:10]
    return value


V1Date = Annotated[date, BeforeValidator(_date_part)]


def decode_base64(value: str | None, what: str) -> bytes:
    if not value:
        raise ValueError(f"ShipStation sent no {what}")
    try:
        return base64.b64decode("".join(value.split()), validate=True)  # line breaks allowed, nothing else
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"the {what} is not valid base64") from exc


def check_base64(value: str | None) -> str | None:
    """For validators: a label that cannot be decoded is a broken answer, found while reading it."""
    if value is not None:
        decode_base64(value, "file")
    return value


class Address(V1Model):
    name: str | None = None
    company: str | None = None
    street1: str | None = None
    street2: str | None = None
    street3: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    country: str | None = None  # two-letter ISO code
    phone: str | None = None
    residential: bool | None = None
    address_verified: str | None = None  # read-only: "Address validated successfully", ...


class Weight(V1Model):
    value: Number | None = None
    units: str | None = None  # "pounds" | "ounces" | "grams"
    weight_units: int | None = Field(default=None, alias="WeightUnits")  # read-only echo: 0 lb, 1 oz, 2 g


class Dimensions(V1Model):
    length: Number | None = None
    width: Number | None = None
    height: Number | None = None
    units: str | None = None  # "inches" | "centimeters"


class InsuranceOptions(V1Model):
    provider: str | None = None  # "shipsurance" | "carrier" | "provider" | "xcover" | "parcelguard"
    insure_shipment: bool | None = None
    insured_value: Money | None = None


class CustomsItem(V1Model):
    customs_item_id: int | None = None  # send it back to update a line, omit it to add one
    description: str | None = None
    quantity: int | None = None
    value: Money | None = None  # USD
    harmonized_tariff_code: str | None = None
    country_of_origin: str | None = None


class InternationalOptions(V1Model):
    contents: str | None = None  # "merchandise" | "documents" | "gift" | "returned_goods" | "sample"
    customs_items: list[CustomsItem] | None = None
    non_delivery: str | None = None  # "return_to_sender" | "treat_as_abandoned"


class AdvancedOptions(V1Model):
    warehouse_id: int | None = None
    non_machinable: bool | None = None
    saturday_delivery: bool | None = None
    contains_alcohol: bool | None = None
    store_id: int | None = None  # only honoured when the order is created
    custom_field1: str | None = None
    custom_field2: str | None = None
    custom_field3: str | None = None
    source: str | None = None
    merged_or_split: bool | None = None
    merged_ids: list[int] | None = None
    parent_id: int | None = None
    bill_to_party: str | None = None
    bill_to_account: str | None = None
    bill_to_postal_code: str | None = None
    bill_to_country_code: str | None = None
    bill_to_my_other_account: int | None = None


class SuccessResult(V1Model):
    """V1's small `{success, message}` answer (holds, tags, deletes, product updates)."""

    success: bool | None = None
    message: str | None = None
