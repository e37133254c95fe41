"""Every V2 shipping model in one import (`from shipdesk.api.v2.models import Label, Rate, ...`)."""

from .models_account import (
    Carrier,
    CarrierList,
    CarrierOption,
    CarrierService,
    PackageType,
    Product,
    ProductCategory,
    ProductList,
    User,
    UserList,
    Warehouse,
)
from .models_batches import Batch, BatchError, BatchErrors, BatchList, Manifest, ManifestList, ManifestResult
from .models_common import (
    Address,
    Dimensions,
    ErrorEnvelope,
    Link,
    MonetaryValue,
    Paged,
    PageLinks,
    Tag,
    V2DateTime,
    V2Error,
    Weight,
)
from .models_labels import (
    InlineLabelUnreadable,
    Label,
    LabelDownload,
    LabelList,
    LabelPackage,
    PaperlessDownload,
    TrackingEvent,
    TrackingInfo,
    VoidResult,
)
from .models_rates import Rate, RatedShipment, RateEstimate, RateResponse
from .models_shipments import (
    AddressValidation,
    AdvancedOptions,
    CreatedShipment,
    CreateShipmentsResult,
    CustomsItem,
    CustomsOptions,
    LabelMessages,
    PackageProduct,
    Shipment,
    ShipmentItem,
    ShipmentList,
    ShipmentPackage,
    ShipmentRequest,
    ShipmentTagResult,
)

__all__ = [
    "Address", "AddressValidation", "AdvancedOptions", "Batch", "BatchError", "BatchErrors", "BatchList",
    "Carrier", "CarrierList", "CarrierOption", "CarrierService", "CreateShipmentsResult", "CreatedShipment",
    "CustomsItem", "CustomsOptions", "Dimensions", "ErrorEnvelope", "InlineLabelUnreadable", "Label",
    "LabelDownload", "LabelList", "LabelMessages", "LabelPackage", "Link", "Manifest", "ManifestList",
    "ManifestResult", "MonetaryValue", "PackageProduct", "PackageType", "PageLinks", "Paged",
    "PaperlessDownload", "Product", "ProductCategory", "ProductList", "Rate", "RateEstimate", "RateResponse",
    "RatedShipment", "Shipment", "ShipmentItem", "ShipmentList", "ShipmentPackage", "ShipmentRequest",
    "ShipmentTagResult", "Tag", "TrackingEvent", "TrackingInfo", "User", "UserList", "V2DateTime", "V2Error",
    "VoidResult", "Warehouse", "Weight",
]
