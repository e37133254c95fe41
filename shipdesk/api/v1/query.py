"""V1 query strings and page walking, shared by the resource mixins.

Filters arrive as snake_case keyword arguments and leave as V1's camelCase parameters; date-times are
sent in Pacific wall time (what V1 reads them as), dates as `YYYY-MM-DD`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal, Protocol, TypedDict

from pydantic.alias_generators import to_camel

from ..transport import Transport
from .pacific import to_v1, to_v1_date

MAX_PAGE_SIZE = 500  # V1's ceiling; the rate budget (40 calls a minute) makes big pages the right default
SortDir = Literal["ASC", "DESC"]
OrderStatus = Literal["awaiting_payment", "awaiting_shipment", "pending_fulfillment", "shipped", "on_hold",
                      "cancelled"]


class OrderFilters(TypedDict, total=False):
    customer_name: str
    item_keyword: str  # searches SKU, description and options
    create_date_start: datetime
    create_date_end: datetime
    modify_date_start: datetime
    modify_date_end: datetime
    order_date_start: datetime
    order_date_end: datetime
    order_number: str  # "starts with"
    order_status: OrderStatus
    payment_date_start: datetime
    payment_date_end: datetime
    store_id: int
    sort_by: Literal["OrderDate", "ModifyDate", "CreateDate"]
    sort_dir: SortDir


class ShipmentFilters(TypedDict, total=False):
    recipient_name: str
    recipient_country_code: str
    order_number: str
    order_id: int
    carrier_code: str
    service_code: str
    tracking_number: str
    create_date_start: datetime
    create_date_end: datetime
    ship_date_start: date | datetime
    ship_date_end: date | datetime
    void_date_start: datetime
    void_date_end: datetime
    store_id: int
    batch_id: int  # undocumented, but SHIP_NOTIFY webhook URLs use it
    include_shipment_items: bool
    sort_by: Literal["ShipDate", "CreateDate"]
    sort_dir: SortDir


class FulfillmentFilters(TypedDict, total=False):
    fulfillment_id: int
    order_id: int
    order_number: str
    tracking_number: str
    recipient_name: str
    create_date_start: datetime
    create_date_end: datetime
    ship_date_start: date | datetime
    ship_date_end: date | datetime
    sort_by: Literal["ShipDate", "CreateDate"]
    sort_dir: SortDir


class ProductFilters(TypedDict, total=False):
    sku: str
    name: str
    product_category_id: int
    product_type_id: int
    tag_id: int
    start_date: datetime  # created-date range
    end_date: datetime
    show_inactive: bool
    sort_by: Literal["SKU", "ModifyDate", "CreateDate"]
    sort_dir: SortDir


def query(filters: Mapping[str, Any], allowed: type, **extra: Any) -> dict[str, Any]:
    """V1 query parameters from keyword filters; an unknown filter is a mistake, not something to drop."""
    names = allowed.__annotations__
    unknown = sorted(set(filters) - set(names))
    if unknown:
        raise TypeError(f"unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    return {to_camel(name): wire_value(name, value) for name, value in {**filters, **extra}.items()
            if value is not None}


def wire_value(name: str, value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # a naive time would silently be read as Pacific wall time
            raise ValueError(f"{name} must be a timezone-aware datetime")
        return to_v1(value)
    if isinstance(value, date):
        return to_v1_date(value)
    if isinstance(value, Enum):
        return value.value
    return value


def check_page_size(page_size: int) -> int:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    return page_size


class Page[T](Protocol):
    @property
    def items(self) -> Sequence[T]: ...

    @property
    def pages(self) -> int: ...


def walk[T](fetch: Callable[[int], Page[T]], key: Callable[[T], Hashable]) -> Iterator[T]:
    """Every item across the pages, each once: a record that moves while the pages are read is not repeated."""
    seen: set[Hashable] = set()
    page_no = 1
    while True:
        page = fetch(page_no)
        for item in page.items:
            ident = key(item)
            if ident not in seen:
                seen.add(ident)
                yield item
        if not page.items or page_no >= page.pages:
            return
        page_no += 1


class HasTransport:
    """What the resource mixins need from the client they are mixed into."""

    transport: Transport
