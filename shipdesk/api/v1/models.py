"""Every V1 model in one import: `from shipdesk.api.v1.models import Order, Shipment, ...`."""

from .models_account import (
    Marketplace,
    Product,
    ProductCategory,
    ProductPage,
    StatusMapping,
    Store,
    Tag,
    User,
    Warehouse,
)
from .models_common import (
    Address,
    AdvancedOptions,
    CustomsItem,
    Dimensions,
    InsuranceOptions,
    InternationalOptions,
    SuccessResult,
    Weight,
)
from .models_orders import (
    OPEN_STATUSES,
    ORDER_STATUSES,
    CreateOrderLine,
    CreateOrdersResult,
    ItemOption,
    MarkShippedResult,
    NewOrder,
    Order,
    OrderItem,
    OrderPage,
)
from .models_shipping import (
    Carrier,
    Fulfillment,
    FulfillmentPage,
    LabelResult,
    Package,
    Rate,
    Service,
    Shipment,
    ShipmentItem,
    ShipmentPage,
    ShipmentWithLabel,
    VoidResult,
)

__all__ = [
    "OPEN_STATUSES", "ORDER_STATUSES", "Address", "AdvancedOptions", "Carrier", "CreateOrderLine",
    "CreateOrdersResult", "CustomsItem", "Dimensions", "Fulfillment", "FulfillmentPage", "InsuranceOptions",
    "InternationalOptions", "ItemOption", "LabelResult", "MarkShippedResult", "Marketplace", "NewOrder", "Order",
    "OrderItem", "OrderPage", "Package", "Product", "ProductCategory", "ProductPage", "Rate", "Service",
    "Shipment", "ShipmentItem", "ShipmentPage", "ShipmentWithLabel", "StatusMapping", "Store", "SuccessResult",
    "Tag", "User", "VoidResult", "Warehouse", "Weight",
]
