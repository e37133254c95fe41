"""V2 shipments: what a shipment is made of, the request that creates or rates one, and the results."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from ..models_base import V2Model
from .models_common import Address, Dimensions, MonetaryValue, Number, Paged, Tag, V2DateTime, Weight


class LabelMessages(V2Model):
    reference1: str | None = None
    reference2: str | None = None
    reference3: str | None = None


class PackageProduct(V2Model):
    """A customs line inside a package (`packages[].products`), the place the spec now wants them."""

    description: str | None = None
    quantity: int = 1
    value: MonetaryValue | None = None
    weight: Weight | None = None
    harmonized_tariff_code: str | None = None
    country_of_origin: str | None = None
    sku: str | None = None
    sku_description: str | None = None


class ShipmentPackage(V2Model):
    weight: Weight
    package_code: str | None = None
    package_id: str | None = None
    shipment_package_id: str | None = None
    package_name: str | None = None
    dimensions: Dimensions | None = None
    insured_value: MonetaryValue | None = None
    label_messages: LabelMessages | None = None
    external_package_id: str | None = None
    tracking_number: str | None = None
    content_description: str | None = None
    products: list[PackageProduct] | None = None


class CustomsItem(V2Model):
    """Legacy customs line (`customs.customs_items`, deprecated by the spec but still answered)."""

    description: str | None = None
    quantity: int = 1
    value: Number | None = None
    value_currency: str | None = None
    weight: Weight | None = None
    harmonized_tariff_code: str | None = None
    country_of_origin: str | None = None
    sku: str | None = None
    customs_item_id: str | None = None


class CustomsOptions(V2Model):
    contents: str = "merchandise"
    non_delivery: str = "return_to_sender"
    contents_explanation: str | None = None
    terms_of_trade_code: str | None = None
    declaration: str | None = None
    customs_items: list[CustomsItem] | None = None


class AdvancedOptions(V2Model):
    """The common options; any other option ShipStation knows can be passed as an extra keyword."""

    contains_alcohol: bool | None = None
    delivered_duty_paid: bool | None = None
    dry_ice: bool | None = None
    dry_ice_weight: Weight | None = None
    non_machinable: bool | None = None
    saturday_delivery: bool | None = None
    additional_handling: bool | None = None
    custom_field1: str | None = None
    custom_field2: str | None = None
    custom_field3: str | None = None


class ShipmentItem(V2Model):
    name: str | None = None
    sku: str | None = None
    quantity: int | None = None
    external_order_id: str | None = None
    external_order_item_id: str | None = None
    unit_price: MonetaryValue | None = None


class ShipmentRequest(V2Model):
    """A shipment to create, rate or buy a label for. Give `ship_from` or `warehouse_id`."""

    ship_to: Address
    packages: list[ShipmentPackage]
    ship_from: Address | None = None
    warehouse_id: str | None = None
    return_to: Address | None = None
    carrier_id: str | None = None
    service_code: str | None = None
    external_shipment_id: str | None = Field(default=None, max_length=50)
    external_order_id: str | None = None
    shipment_number: str | None = None
    ship_date: date | None = None  # ShipStation moves it past days the carrier doesn't work
    confirmation: str | None = None
    customs: CustomsOptions | None = None
    advanced_options: AdvancedOptions | None = None
    insurance_provider: str | None = None
    is_return: bool | None = None
    items: list[ShipmentItem] | None = None
    tags: list[Tag] | None = None
    validate_address: str | None = None


class Shipment(V2Model):
    shipment_id: str
    shipment_status: str | None = None  # pending, processing, label_purchased, cancelled
    carrier_id: str | None = None
    service_code: str | None = None
    external_shipment_id: str | None = None
    external_order_id: str | None = None
    shipment_number: str | None = None
    ship_date: V2DateTime | None = None
    created_at: V2DateTime | None = None
    modified_at: V2DateTime | None = None
    ship_to: Address | None = None
    ship_from: Address | None = None
    warehouse_id: str | None = None
    return_to: Address | None = None
    is_return: bool | None = None
    confirmation: str | None = None
    customs: CustomsOptions | None = None
    advanced_options: AdvancedOptions | None = None
    insurance_provider: str | None = None
    tags: list[Tag] = Field(default_factory=list)
    packages: list[ShipmentPackage] = Field(default_factory=list)
    total_weight: Weight | None = None
    items: list[ShipmentItem] | None = None
    store_id: str | None = None
    amount_paid: MonetaryValue | None = None
    shipping_paid: MonetaryValue | None = None
    tax_paid: MonetaryValue | None = None
    zone: int | None = None


class AddressValidationMessage(V2Model):
    code: str | None = None
    message: str = ""
    type: str | None = None
    detail_code: str | None = None


class AddressValidation(V2Model):
    status: str  # unverified, verified, warning, error
    original_address: Address | None = None
    matched_address: Address | None = None
    messages: list[AddressValidationMessage] = Field(default_factory=list)


class CreatedShipment(Shipment):
    """One result of POST /v2/shipments: the shipment plus its own errors and address check."""

    errors: list[str] | None = None
    address_validation: AddressValidation | None = None


class CreateShipmentsResult(V2Model):
    has_errors: bool
    shipments: list[CreatedShipment]


class ShipmentList(Paged):
    shipments: list[Shipment]


class ShipmentTagResult(V2Model):
    shipment_id: str
    tag: Tag
