"""V1 account resources: ship-from warehouses, stores and marketplaces, products, tags and users."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ..models_base import Money, V1Model
from .models_common import Address, Number
from .pacific import PacificDateTime


class Warehouse(V1Model):
    """A Ship From Location. Updating it sends the whole resource (a missing return address becomes the origin)."""

    warehouse_id: int
    warehouse_name: str | None = None
    origin_address: Address | None = None
    return_address: Address | None = None
    create_date: PacificDateTime | None = None
    is_default: bool | None = None


class StatusMapping(V1Model):
    order_status: str | None = None
    status_key: str | None = None


class Store(V1Model):
    store_id: int
    store_name: str | None = None
    marketplace_id: int | None = None
    marketplace_name: str | None = None
    account_name: str | None = None
    email: str | None = None
    integration_url: str | None = None
    active: bool | None = None
    company_name: str | None = None
    phone: str | None = None
    public_email: str | None = None
    website: str | None = None
    refresh_date: PacificDateTime | None = None
    last_refresh_attempt: PacificDateTime | None = None
    create_date: PacificDateTime | None = None
    modify_date: PacificDateTime | None = None
    auto_refresh: bool | None = None
    status_mappings: list[StatusMapping] | None = None


class Marketplace(V1Model):
    name: str | None = None
    marketplace_id: int
    can_refresh: bool | None = None
    supports_custom_mappings: bool | None = None
    supports_custom_statuses: bool | None = None
    can_confirm_shipments: bool | None = None


class Tag(V1Model):
    tag_id: int
    name: str | None = None
    color: str | None = None  # "#RRGGBB"; absent on product tags


class User(V1Model):
    user_id: str  # a GUID
    user_name: str | None = None
    name: str | None = None


class ProductCategory(V1Model):
    category_id: int | None = None
    name: str | None = None


class Product(V1Model):
    """A product. Updates send the whole resource: read it, change it, send it back."""

    product_id: int
    sku: str | None = None
    name: str | None = None
    price: Money | None = None
    default_cost: Money | None = None
    length: Number | None = None  # in whatever unit the account uses
    width: Number | None = None
    height: Number | None = None
    weight_oz: Number | None = None
    internal_notes: str | None = None
    fulfillment_sku: str | None = None
    create_date: PacificDateTime | None = None
    modify_date: PacificDateTime | None = None
    active: bool | None = None
    product_category: ProductCategory | None = None
    product_type: Any = None
    warehouse_location: str | None = None
    default_carrier_code: str | None = None
    default_service_code: str | None = None
    default_package_code: str | None = None
    default_intl_carrier_code: str | None = None
    default_intl_service_code: str | None = None
    default_intl_package_code: str | None = None
    default_confirmation: str | None = None
    default_intl_confirmation: str | None = None
    customs_description: str | None = None
    customs_value: Money | None = None
    customs_tariff_no: str | None = None
    customs_country_code: str | None = None
    no_customs: bool | None = None
    tags: list[Tag] | None = None
    aliases: Any = None
    upc: str | None = None
    thumbnail_url: str | None = Field(default=None, alias="thumbnailURL")


class ProductPage(V1Model):
    products: list[Product] = Field(default_factory=list)
    total: int
    page: int
    pages: int

    @property
    def items(self) -> list[Product]:
        return self.products
