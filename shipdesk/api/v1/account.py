"""V1 account resources: warehouses (Ship From Locations), stores, marketplaces, products, users, tags."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Unpack

from .models import (
    Address,
    Marketplace,
    Product,
    ProductPage,
    Store,
    SuccessResult,
    Tag,
    User,
    Warehouse,
)
from .query import HasTransport, ProductFilters, check_page_size, query, walk


class AccountApi(HasTransport):
    # ---- warehouses ----------------------------------------------------------------------------

    def list_warehouses(self) -> list[Warehouse]:
        return self.transport.call("List ship-from locations", "GET", "/warehouses", into=list[Warehouse])

    def get_warehouse(self, warehouse_id: int) -> Warehouse:
        return self.transport.call("Get ship-from location", "GET", f"/warehouses/{int(warehouse_id)}",
                                   into=Warehouse)

    def create_warehouse(self, origin_address: Address, *, warehouse_name: str | None = None,
                         return_address: Address | None = None, is_default: bool = False) -> Warehouse:
        """A new Ship From Location; without a return address the origin is used."""
        body = {"warehouseName": warehouse_name, "originAddress": origin_address.wire(),
                "returnAddress": return_address.wire() if return_address else None, "isDefault": is_default}
        return self.transport.call("Create ship-from location", "POST", "/warehouses/createwarehouse",
                                   body={k: v for k, v in body.items() if v is not None}, into=Warehouse)

    def update_warehouse(self, warehouse: Warehouse) -> Warehouse:
        """Replace a Ship From Location with this one (the whole resource is sent)."""
        return self.transport.call("Update ship-from location", "PUT", f"/warehouses/{warehouse.warehouse_id}",
                                   body=warehouse.wire(), into=Warehouse)

    def delete_warehouse(self, warehouse_id: int) -> SuccessResult:
        return self.transport.call("Delete ship-from location", "DELETE", f"/warehouses/{int(warehouse_id)}",
                                   into=SuccessResult)

    # ---- stores --------------------------------------------------------------------------------

    def list_stores(self, *, show_inactive: bool = False, marketplace_id: int | None = None) -> list[Store]:
        params = {"showInactive": show_inactive, "marketplaceId": marketplace_id}
        return self.transport.call("List stores", "GET", "/stores", params=params, into=list[Store])

    def get_store(self, store_id: int) -> Store:
        return self.transport.call("Get store", "GET", f"/stores/{int(store_id)}", into=Store)

    def list_marketplaces(self) -> list[Marketplace]:
        return self.transport.call("List marketplaces", "GET", "/stores/marketplaces", into=list[Marketplace])

    # ---- products ------------------------------------------------------------------------------

    def list_products(self, *, page: int = 1, page_size: int = 100,
                      **filters: Unpack[ProductFilters]) -> ProductPage:
        params = query(filters, ProductFilters, page=page, page_size=check_page_size(page_size))
        return self.transport.call("List products", "GET", "/products", params=params, into=ProductPage)

    def iter_products(self, *, page_size: int = 500, **filters: Unpack[ProductFilters]) -> Iterator[Product]:
        return walk(lambda n: self.list_products(page=n, page_size=page_size, **filters), lambda p: p.product_id)

    def get_product(self, product_id: int) -> Product:
        return self.transport.call("Get product", "GET", f"/products/{int(product_id)}", into=Product)

    def update_product(self, product: Product) -> SuccessResult:
        """Replace a product with this one (no partial updates: read it, change it, send it back)."""
        return self.transport.call("Update product", "PUT", f"/products/{product.product_id}", body=product.wire(),
                                   into=SuccessResult)

    # ---- users and tags ------------------------------------------------------------------------

    def list_users(self, *, show_inactive: bool = False) -> list[User]:
        return self.transport.call("List users", "GET", "/users", params={"showInactive": show_inactive},
                                   into=list[User])

    def list_tags(self) -> list[Tag]:
        return self.transport.call("List tags", "GET", "/accounts/listtags", into=list[Tag])
