"""V2 value shapes every resource shares: money, weight, dimensions, address, errors, paging envelope.

Enumerations in responses are plain strings (the API adds values; an unknown one must not make a
label unreadable); the request-side Literal aliases below document the values ShipStation accepts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from ..models_base import Money, V2Model


def _aware(value: datetime) -> datetime:
    # V2 documents ISO-8601 with an offset; a missing one is UTC (ShipStation's servers run in UTC).
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


V2DateTime = Annotated[datetime, AfterValidator(_aware)]
# Weights and sizes: Decimal in memory, a JSON number on the wire (the API refuses numbers sent as strings).
Number = Money

LabelFormat = Literal["pdf", "png", "zpl"]
LabelLayout = Literal["4x6", "letter"]
LabelDownloadType = Literal["url", "inline"]
DisplayScheme = Literal["label", "qr_code", "label_and_qr_code", "paperless", "label_and_paperless"]
ValidateAddress = Literal["no_validation", "validate_only", "validate_and_clean"]
ChargeEvent = Literal["carrier_default", "on_creation", "on_carrier_acceptance"]
SortDir = Literal["asc", "desc"]
WeightUnit = Literal["pound", "ounce", "gram", "kilogram"]
DimensionUnit = Literal["inch", "centimeter"]


class MonetaryValue(V2Model):
    """`{currency, amount}`; real responses use lower-case ISO codes (`usd`), compare case-insensitively."""

    currency: str = "usd"
    amount: Money = Decimal(0)


class Weight(V2Model):
    value: Number
    unit: str = "ounce"


class Dimensions(V2Model):
    unit: str = "inch"
    length: Number = Decimal(0)
    width: Number = Decimal(0)
    height: Number = Decimal(0)


class Address(V2Model):
    """A V2 address (also `shipping_address` with `instructions`). Either name or company_name is set."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    company_name: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    address_line3: str | None = None
    city_locality: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    address_residential_indicator: str | None = None
    instructions: str | None = None


class V2Error(V2Model):
    """One item of `errors[]`; `label_id` appears on manifest errors."""

    error_source: str | None = None
    error_type: str | None = None
    error_code: str | None = None
    message: str = ""
    field_name: str | None = None
    label_id: str | None = None


class ErrorEnvelope(V2Model):
    request_id: str | None = None
    errors: list[V2Error] = Field(default_factory=list)


class Link(V2Model):
    """A link; `prev`/`next` are `{}` (or `{"href": null}`) when there is no such page."""

    href: str | None = None
    type: str | None = None


class PageLinks(V2Model):
    first: Link | None = None
    last: Link | None = None
    prev: Link | None = None
    next: Link | None = None


class Paged(V2Model):
    """The paging envelope; each list response subclasses it with its item field."""

    total: int = 0
    page: int = 1
    pages: int = 0
    links: PageLinks | None = None

    def next_href(self) -> str | None:
        return self.links.next.href if self.links and self.links.next and self.links.next.href else None


class Tag(V2Model):
    name: str
