"""Account-level V2 reads and the custom package types: carriers, warehouses, tags, users, products."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .models_account import (
    Carrier,
    CarrierList,
    CarrierOption,
    CarrierOptions,
    CarrierService,
    CarrierServices,
    PackageType,
    PackageTypes,
    Product,
    ProductList,
    TagList,
    User,
    UserList,
    Warehouse,
    WarehouseList,
)
from .models_common import Dimensions, Tag
from .paging import V2Calls, query, seg


class AccountMixin(V2Calls):
    # -- carriers -----------------------------------------------------------------------------------

    def list_carriers(self) -> CarrierList:
        """The connected carriers; `errors` lists carriers ShipStation could not load (a 207)."""
        return self.transport.call("List carriers", "GET", "/v2/carriers", into=CarrierList)

    def get_carrier(self, carrier_id: str) -> Carrier:
        return self.transport.call("Get carrier", "GET", f"/v2/carriers/{seg(carrier_id)}", into=Carrier)

    def list_carrier_services(self, carrier_id: str) -> list[CarrierService]:
        result = self.transport.call("List carrier services", "GET", f"/v2/carriers/{seg(carrier_id)}/services",
                                     into=CarrierServices)
        return result.services

    def list_carrier_packages(self, carrier_id: str) -> list[PackageType]:
        result = self.transport.call("List carrier packages", "GET", f"/v2/carriers/{seg(carrier_id)}/packages",
                                     into=PackageTypes)
        return result.packages

    def list_carrier_options(self, carrier_id: str) -> list[CarrierOption]:
        result = self.transport.call("List carrier options", "GET", f"/v2/carriers/{seg(carrier_id)}/options",
                                     into=CarrierOptions)
        return result.options

    # -- ship-from warehouses and tags ----------------------------------------------------------------

    def list_warehouses(self) -> list[Warehouse]:
        return self.transport.call("List warehouses", "GET", "/v2/warehouses", into=WarehouseList).warehouses

    def get_warehouse(self, warehouse_id: str) -> Warehouse:
        return self.transport.call("Get warehouse", "GET", f"/v2/warehouses/{seg(warehouse_id)}", into=Warehouse)

    def list_tags(self) -> list[Tag]:
        return self.transport.call("List tags", "GET", "/v2/tags", into=TagList).tags

    def create_tag(self, name: str) -> Tag:
        return self.transport.call("Create tag", "POST", f"/v2/tags/{seg(name)}", into=Tag)

    # -- users and products ---------------------------------------------------------------------------

    def list_users(self, *, status: str | None = None, page: int | None = None,
                   page_size: int | None = None) -> UserList:
        params = query({"status": status, "page": page, "page_size": page_size})
        return self.transport.call("List users", "GET", "/v2/users", params=params, into=UserList)

    def iter_users(self, *, status: str | None = None, page_size: int | None = 100) -> Iterator[User]:
        return self.iter_pages("List users", "/v2/users", UserList, lambda p: p.users, params={"status": status},
                               page_size=page_size)

    def list_products(self, *, sku: str | None = None, name: str | None = None, active: bool | None = None,
                      page: int | None = None, page_size: int | None = None) -> ProductList:
        params = query({"sku": sku, "name": name, "active": active, "page": page, "page_size": page_size})
        return self.transport.call("List products", "GET", "/v2/products", params=params, into=ProductList)

    def iter_products(self, *, sku: str | None = None, name: str | None = None, active: bool | None = None,
                      page_size: int | None = 100) -> Iterator[Product]:
        return self.iter_pages("List products", "/v2/products", ProductList, lambda p: p.products,
                               params={"sku": sku, "name": name, "active": active}, page_size=page_size)

    # -- custom package types -------------------------------------------------------------------------

    def list_package_types(self) -> list[PackageType]:
        return self.transport.call("List package types", "GET", "/v2/packages", into=PackageTypes).packages

    def get_package_type(self, package_id: str) -> PackageType:
        return self.transport.call("Get package type", "GET", f"/v2/packages/{seg(package_id)}", into=PackageType)

    def create_package_type(self, package_code: str, name: str, *, dimensions: Dimensions | None = None,
                            description: str | None = None) -> PackageType:
        body = _package_body(package_code, name, dimensions, description)
        return self.transport.call("Create package type", "POST", "/v2/packages", body=body, into=PackageType)

    def update_package_type(self, package_id: str, package_code: str, name: str, *,
                            dimensions: Dimensions | None = None, description: str | None = None) -> None:
        """Replace the package type (ShipStation's update takes the whole object)."""
        body = _package_body(package_code, name, dimensions, description)
        self.transport.call("Update package type", "PUT", f"/v2/packages/{seg(package_id)}", body=body)

    def delete_package_type(self, package_id: str) -> None:
        self.transport.call("Delete package type", "DELETE", f"/v2/packages/{seg(package_id)}")


def _package_body(package_code: str, name: str, dimensions: Dimensions | None,
                  description: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"package_code": package_code, "name": name}
    if dimensions is not None:
        body["dimensions"] = dimensions.wire()
    if description is not None:
        body["description"] = description
    return body
