"""V1 shipping: shipments, rates, label answers, voids, fulfillments, and the carrier catalogue."""

from __future__ import annotations

from pydantic import Field, field_validator

from ..models_base import Money, V1Model
from .models_common import (
    Address,
    AdvancedOptions,
    Dimensions,
    InsuranceOptions,
    V1Date,
    Weight,
    check_base64,
    decode_base64,
)
from .models_orders import OrderItem
from .pacific import PacificDateTime


class ShipmentItem(OrderItem):
    """A line of a shipment (only with `include_shipment_items=True`)."""


class Shipment(V1Model):
    shipment_id: int
    order_id: int | None = None
    order_key: str | None = None
    user_id: str | None = None
    customer_email: str | None = None
    order_number: str | None = None
    create_date: PacificDateTime | None = None
    ship_date: V1Date | None = None
    shipment_cost: Money | None = None
    insurance_cost: Money | None = None
    tracking_number: str | None = None
    is_return_label: bool | None = None
    batch_number: str | int | None = None
    carrier_code: str | None = None
    service_code: str | None = None
    package_code: str | None = None
    confirmation: str | None = None
    warehouse_id: int | None = None
    voided: bool | None = None
    void_date: PacificDateTime | None = None
    marketplace_notified: bool | None = None
    notify_error_message: str | None = None
    ship_to: Address | None = None
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    insurance_options: InsuranceOptions | None = None
    advanced_options: AdvancedOptions | None = None
    shipment_items: list[ShipmentItem] | None = None
    label_data: str | None = None  # base64 PDF; null in lists
    form_data: str | None = None  # base64 customs form, international only

    @field_validator("label_data", "form_data")
    @classmethod
    def _decodable(cls, value: str | None) -> str | None:
        return check_base64(value)

    def pdf_bytes(self) -> bytes:
        """The label PDF (only on the answer to create_label: lists never carry it)."""
        return decode_base64(self.label_data, "label")


class ShipmentWithLabel(Shipment):
    """The answer to /shipments/createlabel: a Shipment whose label must be there."""

    label_data: str


class ShipmentPage(V1Model):
    shipments: list[Shipment] = Field(default_factory=list)
    total: int
    page: int
    pages: int

    @property
    def items(self) -> list[Shipment]:
        return self.shipments


class Rate(V1Model):
    """One getrates row. With no package code asked for, there is a row per service and package (in the name)."""

    service_name: str | None = None
    service_code: str
    shipment_cost: Money
    other_cost: Money | None = None

    @property
    def total(self) -> Money:
        return self.shipment_cost + (self.other_cost or 0)


class LabelResult(V1Model):
    """The answer to /orders/createlabelfororder. A label that can't be decoded fails while the answer is read."""

    shipment_id: int
    shipment_cost: Money | None = None
    insurance_cost: Money | None = None
    tracking_number: str | None = None
    label_data: str
    form_data: str | None = None

    @field_validator("label_data", "form_data")
    @classmethod
    def _decodable(cls, value: str | None) -> str | None:
        return check_base64(value)

    def pdf_bytes(self) -> bytes:
        return decode_base64(self.label_data, "label")

    def form_pdf_bytes(self) -> bytes | None:
        """The customs form PDF for international labels, else None."""
        return decode_base64(self.form_data, "customs form") if self.form_data else None


class VoidResult(V1Model):
    approved: bool
    message: str | None = None


class Fulfillment(V1Model):
    """A mark-as-shipped record ("external shipment"): listed under /fulfillments, never under /shipments."""

    fulfillment_id: int
    order_id: int | None = None
    order_number: str | None = None
    user_id: str | None = None
    customer_email: str | None = None
    tracking_number: str | None = None
    create_date: PacificDateTime | None = None
    ship_date: V1Date | None = None
    void_date: PacificDateTime | None = None
    delivery_date: PacificDateTime | None = None
    carrier_code: str | None = None
    seller_fill_provider_id: int | None = None
    seller_fill_provider_name: str | None = None
    fulfillment_service_code: str | None = None
    fulfillment_provider_code: str | None = None
    fulfillment_fee: Money | None = None
    void_requested: bool | None = None
    voided: bool | None = None
    marketplace_notified: bool | None = None
    notify_error_message: str | None = None
    ship_to: Address | None = None


class FulfillmentPage(V1Model):
    fulfillments: list[Fulfillment] = Field(default_factory=list)
    total: int
    page: int
    pages: int

    @property
    def items(self) -> list[Fulfillment]:
        return self.fulfillments


class Carrier(V1Model):
    name: str | None = None
    code: str
    account_number: str | None = None
    requires_funded_account: bool | None = None
    balance: Money | None = None
    nickname: str | None = None
    shipping_provider_id: int | None = None  # tells apart two accounts of one carrier
    primary: bool | None = None


class Service(V1Model):
    carrier_code: str | None = None
    code: str
    name: str | None = None
    domestic: bool | None = None
    international: bool | None = None


class Package(V1Model):
    carrier_code: str | None = None
    code: str
    name: str | None = None
    domestic: bool | None = None
    international: bool | None = None
