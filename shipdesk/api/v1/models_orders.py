"""V1 orders: the order and its lines as ShipStation sends them, the create body, and the order answers."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from ..models_base import Money, V1Model
from .models_common import (
    Address,
    AdvancedOptions,
    Dimensions,
    InsuranceOptions,
    InternationalOptions,
    V1Date,
    Weight,
)
from .pacific import PacificDateTime

ORDER_STATUSES = ("awaiting_payment", "awaiting_shipment", "pending_fulfillment", "shipped", "on_hold", "cancelled")
OPEN_STATUSES = frozenset({"awaiting_payment", "awaiting_shipment", "pending_fulfillment", "on_hold"})


class ItemOption(V1Model):
    name: str | None = None
    value: str | None = None


class OrderItem(V1Model):
    order_item_id: int | None = None  # read-only
    line_item_key: str | None = None
    sku: str | None = None
    name: str | None = None
    image_url: str | None = None
    weight: Weight | None = None
    quantity: int | None = None
    unit_price: Money | None = None
    tax_amount: Money | None = None
    shipping_amount: Money | None = None
    warehouse_location: str | None = None
    options: list[ItemOption] | None = None
    product_id: int | None = None
    fulfillment_sku: str | None = None
    adjustment: bool | None = None  # a non-physical line such as a discount
    upc: str | None = None
    create_date: PacificDateTime | None = None
    modify_date: PacificDateTime | None = None


class _OrderFields(V1Model):
    """Every Order field, all optional; `Order` and `NewOrder` say which ones must be there."""

    order_id: int | None = None
    order_number: str | None = None
    order_key: str | None = None
    order_date: PacificDateTime | None = None
    create_date: PacificDateTime | None = None
    modify_date: PacificDateTime | None = None
    payment_date: PacificDateTime | None = None
    ship_by_date: PacificDateTime | None = None
    order_status: str | None = None
    customer_id: int | None = None
    customer_username: str | None = None
    customer_email: str | None = None
    bill_to: Address | None = None
    ship_to: Address | None = None
    items: list[OrderItem] | None = None
    order_total: Money | None = None
    amount_paid: Money | None = None
    tax_amount: Money | None = None
    shipping_amount: Money | None = None
    customer_notes: str | None = None
    internal_notes: str | None = None
    gift: bool | None = None
    gift_message: str | None = None
    payment_method: str | None = None
    requested_shipping_service: str | None = None
    carrier_code: str | None = None
    service_code: str | None = None
    package_code: str | None = None
    confirmation: str | None = None
    ship_date: V1Date | None = None
    hold_until_date: V1Date | None = None
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    insurance_options: InsuranceOptions | None = None
    international_options: InternationalOptions | None = None
    advanced_options: AdvancedOptions | None = None
    tag_ids: list[int] | None = None
    user_id: str | None = None  # GUID of the assigned user; read-only (assign_user sets it)
    externally_fulfilled: bool | None = None
    externally_fulfilled_by: str | None = None
    externally_fulfilled_by_id: int | None = None
    externally_fulfilled_by_name: str | None = None
    label_messages: Any = None


class Order(_OrderFields):
    """An order as ShipStation sends it. Send it back through `create_order` to update it (whole resource)."""

    order_id: int
    order_number: str
    order_key: str
    order_status: str

    @property
    def is_open(self) -> bool:
        """Still editable: shipped and cancelled orders are locked."""
        return self.order_status in OPEN_STATUSES


class NewOrder(_OrderFields):
    """A createorder body: what V1 requires to create an order (it updates the order with the same key)."""

    order_number: str
    order_date: PacificDateTime
    order_status: str
    bill_to: Address
    ship_to: Address


class OrderPage(V1Model):
    orders: list[Order] = Field(default_factory=list)
    total: int
    page: int
    pages: int

    @field_validator("orders", mode="before")
    @classmethod
    def _order_by_order(cls, value: Any) -> Any:
        # One pydantic call over a 500-order page holds the GIL for ~60 ms, and the UI thread waits that long
        # while a sync runs (bench P6); one call per order lets it in between. Same checks, same errors.
        if isinstance(value, list):
            return [Order.model_validate(item) if isinstance(item, dict) else item for item in value]
        return value

    @property
    def items(self) -> list[Order]:
        return self.orders


class CreateOrderLine(V1Model):
    """One line of a createorders answer: one order saved, or the reason it wasn't."""

    order_id: int | None = None
    order_number: str | None = None
    order_key: str | None = None
    success: bool
    error_message: str | None = None


class CreateOrdersResult(V1Model):
    has_errors: bool
    results: list[CreateOrderLine] = Field(default_factory=list)

    @property
    def failed(self) -> list[CreateOrderLine]:
        return [line for line in self.results if not line.success]


class MarkShippedResult(V1Model):
    order_id: int
    order_number: str | None = None
