"""V2 rates: a shipment's rate response, single rates, and the address-only estimates."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from ..models_base import V2Model
from .models_common import MonetaryValue, V2DateTime, V2Error
from .models_shipments import Shipment


class RateEstimate(V2Model):
    """A price without a rate id (POST /v2/rates/estimate); the four amounts add up to the total."""

    rate_type: str | None = None  # check, shipment
    carrier_id: str | None = None
    shipping_amount: MonetaryValue
    insurance_amount: MonetaryValue | None = None
    confirmation_amount: MonetaryValue | None = None
    other_amount: MonetaryValue | None = None
    tax_amount: MonetaryValue | None = None
    requested_comparison_amount: MonetaryValue | None = None
    zone: int | None = None
    package_type: str | None = None
    delivery_days: int | None = None
    guaranteed_service: bool | None = None
    estimated_delivery_date: V2DateTime | None = None
    carrier_delivery_days: str | None = None
    ship_date: V2DateTime | None = None
    negotiated_rate: bool | None = None
    service_type: str | None = None
    service_code: str | None = None
    trackable: bool | None = None
    carrier_code: str | None = None
    carrier_nickname: str | None = None
    carrier_friendly_name: str | None = None
    validation_status: str | None = None
    warning_messages: list[str] = Field(default_factory=list)
    error_messages: list[str] = Field(default_factory=list)

    @property
    def total(self) -> Decimal:
        """What the label will cost: shipping + insurance + confirmation + other (tax is separate)."""
        parts = (self.shipping_amount, self.insurance_amount, self.confirmation_amount, self.other_amount)
        return sum((p.amount for p in parts if p is not None), Decimal(0))


class Rate(RateEstimate):
    rate_id: str


class RateResponse(V2Model):
    """`rates_information`: status working, completed, partial or error; carrier failures in `errors`."""

    rates: list[Rate] = Field(default_factory=list)
    invalid_rates: list[Rate] = Field(default_factory=list)
    rate_request_id: str | None = None
    shipment_id: str | None = None
    created_at: V2DateTime | None = None
    status: str | None = None
    errors: list[V2Error] = Field(default_factory=list)

    def cheapest(self) -> Rate | None:
        return min(self.rates, key=lambda r: r.total, default=None)


class RatedShipment(Shipment):
    """POST /v2/rates answers the shipment (created when a shipment object was sent) with its rates."""

    rate_response: RateResponse
