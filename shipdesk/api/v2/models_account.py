"""V2 account-level resources: carriers and their services, package types, options; ship-from
warehouses; tags; users; products."""

from __future__ import annotations

from pydantic import Field

from ..models_base import Money, V2Model
from .models_common import Address, Dimensions, MonetaryValue, Number, Paged, Tag, V2DateTime, V2Error, Weight


class CarrierService(V2Model):
    carrier_id: str | None = None
    carrier_code: str | None = None
    service_code: str
    name: str | None = None
    domestic: bool | None = None
    international: bool | None = None
    is_multi_package_supported: bool | None = None


class PackageType(V2Model):
    """A carrier's package type, or a custom one (`/v2/packages`, which has a `package_id`)."""

    package_code: str
    package_id: str | None = None
    name: str | None = None
    dimensions: Dimensions | None = None
    description: str | None = None


class CarrierOption(V2Model):
    name: str
    default_value: str | None = None
    description: str | None = None


class Carrier(V2Model):
    carrier_id: str
    carrier_code: str | None = None
    account_number: str | None = None
    requires_funded_amount: bool | None = None
    balance: Money | None = None
    nickname: str | None = None
    friendly_name: str | None = None
    funding_source_id: str | None = None
    primary: bool | None = None
    has_multi_package_supporting_services: bool | None = None
    supports_label_messages: bool | None = None
    disabled_by_billing_plan: bool | None = None
    services: list[CarrierService] = Field(default_factory=list)
    packages: list[PackageType] = Field(default_factory=list)
    options: list[CarrierOption] = Field(default_factory=list)


class CarrierList(V2Model):
    """GET /v2/carriers may answer 207 with some carriers and `errors` for the ones that failed."""

    carriers: list[Carrier]
    request_id: str | None = None
    errors: list[V2Error] = Field(default_factory=list)


class CarrierServices(V2Model):
    services: list[CarrierService]


class PackageTypes(V2Model):
    packages: list[PackageType]


class CarrierOptions(V2Model):
    options: list[CarrierOption]


class Warehouse(V2Model):
    """A ship-from warehouse (`se-` id), not an inventory warehouse."""

    warehouse_id: str
    name: str | None = None
    is_default: bool | None = None
    created_at: V2DateTime | None = None
    origin_address: Address | None = None
    return_address: Address | None = None


class WarehouseList(V2Model):
    warehouses: list[Warehouse]


class TagList(V2Model):
    tags: list[Tag]


class User(V2Model):
    user_id: str
    name: str | None = None
    username: str | None = None
    email: str | None = None
    status: str | None = None  # the spec's example says "Active"; compare case-insensitively
    last_login_at: V2DateTime | None = None
    created_at: V2DateTime | None = None


class UserList(Paged):
    users: list[User]


class ProductCategory(V2Model):
    product_category_id: int | str | None = None
    name: str | None = None


class Product(V2Model):
    product_id: int
    sku: str
    name: str | None = None
    upc: str | None = None
    thumbnail_url: str | None = None
    price: MonetaryValue | None = None
    dimensions: Dimensions | None = None
    weight: Weight | None = None
    internal_notes: str | None = None
    fulfillment_sku: str | None = None
    create_date: V2DateTime | None = None
    modify_date: V2DateTime | None = None
    active: bool | None = None
    product_category: ProductCategory | None = None
    warehouse_location: str | None = None
    default_carrier_code: str | None = None
    default_service_code: str | None = None
    default_package_code: str | None = None
    default_confirmation: str | None = None
    customs_description: str | None = None
    customs_value: Number | MonetaryValue | None = None
    customs_tariff_no: str | None = None
    customs_country_code: str | None = None


class ProductList(Paged):
    products: list[Product]
