"""V2 Inventory API: stock levels, stock changes, inventory warehouses and inventory locations.

A mixin of `V2Client` (it only needs `self.transport`). These endpoints are their own surface: an account
below Gold/Accelerate with the Inventory API add-on reaches them and nothing else of V2.

Stock changes (POST /v2/inventory) are not purchases, but increment, decrement and modify are not
idempotent either: a second send after a lost answer would count the units twice. They are never re-sent;
a lost answer raises `OutcomeUnknown` and the caller looks at the level before trying again. Only `adjust`
(set on hand to a number) may be re-sent safely.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..errors import NotFound, OutcomeUnknown
from ..transport import Transport
from .models_inventory import (
    GroupBy,
    InventoryAdjustment,
    InventoryCost,
    InventoryLevel,
    InventoryLevelPage,
    InventoryLocation,
    InventoryLocationPage,
    InventoryWarehouse,
    InventoryWarehousePage,
    StockCondition,
)
from .paging import V2Calls, query, seg

ITER_PAGE_SIZE = 100


def _page_params(page: int | None, page_size: int | None) -> dict[str, Any]:
    # The saved spec calls the page size `limit`, the live API `page_size`: send both, they agree.
    return {"page": page, "page_size": page_size, "limit": page_size}


def _level_filters(sku: str | Sequence[str] | None, inventory_warehouse_id: str | None,
                   inventory_location_id: str | None, group_by: str | None) -> dict[str, Any]:
    return query({"sku": [sku] if isinstance(sku, str) else sku, "group_by": group_by,
                  "inventory_warehouse_id": inventory_warehouse_id,
                  "inventory_location_id": inventory_location_id})


class InventoryMixin(V2Calls):

    # -- levels ---------------------------------------------------------------------------------------

    def list_inventory(self, *, sku: str | Sequence[str] | None = None,
                       inventory_warehouse_id: str | None = None, inventory_location_id: str | None = None,
                       group_by: GroupBy | None = None, page: int | None = None,
                       page_size: int | None = None) -> InventoryLevelPage:
        """One page of stock levels: per SKU per location, or per SKU per warehouse (group_by="warehouse")."""
        params = {**_level_filters(sku, inventory_warehouse_id, inventory_location_id, group_by),
                  **query(_page_params(page, page_size))}
        return self.transport.call("List inventory levels", "GET", "/v2/inventory", params=params,
                                   into=InventoryLevelPage)

    def iter_inventory(self, *, sku: str | Sequence[str] | None = None,
                       inventory_warehouse_id: str | None = None, inventory_location_id: str | None = None,
                       group_by: GroupBy | None = None,
                       page_size: int = ITER_PAGE_SIZE) -> Iterator[InventoryLevel]:
        """Every stock level over all pages."""
        params = _level_filters(sku, inventory_warehouse_id, inventory_location_id, group_by)
        return self.iter_pages("List inventory levels", "/v2/inventory", InventoryLevelPage,
                               lambda p: p.inventory, params={**params, "limit": page_size},
                               page_size=page_size)

    # -- stock changes --------------------------------------------------------------------------------

    def adjust_inventory(self, adjustment: InventoryAdjustment) -> None:
        """Send one stock transaction. A refused one (decrement of more than is on hand) changes nothing and
        raises ValidationFailed with ShipStation's reason."""
        try:
            self.transport.call(f"Change stock of {adjustment.sku} ({adjustment.transaction_type})", "POST",
                                "/v2/inventory", body=adjustment.wire(),
                                idempotent=adjustment.transaction_type == "adjust")
        except OutcomeUnknown as exc:
            raise OutcomeUnknown(
                f"The connection broke while changing the stock of {adjustment.sku}, so ShipDesk cannot tell "
                "whether the change was recorded. Check the stock level before trying again.",
                detail=exc.detail, status=exc.status, call=exc.call, code=exc.code) from exc

    def increment_inventory(self, sku: str, inventory_location_id: str, quantity: int, *,
                            cost: InventoryCost | None = None, condition: StockCondition | None = None,
                            lot: str | None = None, usable_start_date: datetime | None = None,
                            usable_end_date: datetime | None = None, effective_at: datetime | None = None,
                            reason: str | None = None, notes: str | None = None) -> None:
        """Add `quantity` units at a location (received stock)."""
        self.adjust_inventory(InventoryAdjustment(
            transaction_type="increment", sku=sku, inventory_location_id=inventory_location_id,
            quantity=quantity, cost=cost, condition=condition, lot=lot, usable_start_date=usable_start_date,
            usable_end_date=usable_end_date, effective_at=effective_at, reason=reason, notes=notes))

    def decrement_inventory(self, sku: str, inventory_location_id: str, quantity: int, *,
                            cost: InventoryCost | None = None, condition: StockCondition | None = None,
                            lot: str | None = None, usable_start_date: datetime | None = None,
                            usable_end_date: datetime | None = None, effective_at: datetime | None = None,
                            reason: str | None = None, notes: str | None = None) -> None:
        """Remove `quantity` units matching the filters, all or nothing (ValidationFailed when too few)."""
        self.adjust_inventory(InventoryAdjustment(
            transaction_type="decrement", sku=sku, inventory_location_id=inventory_location_id,
            quantity=quantity, cost=cost, condition=condition, lot=lot, usable_start_date=usable_start_date,
            usable_end_date=usable_end_date, effective_at=effective_at, reason=reason, notes=notes))

    def set_inventory_quantity(self, sku: str, inventory_location_id: str, quantity: int, *,
                               cost: InventoryCost | None = None, condition: StockCondition | None = None,
                               reason: str | None = None, notes: str | None = None) -> None:
        """Make on hand at the location exactly `quantity` (a stock count); safe to repeat."""
        self.adjust_inventory(InventoryAdjustment(
            transaction_type="adjust", sku=sku, inventory_location_id=inventory_location_id,
            quantity=quantity, cost=cost, condition=condition, reason=reason, notes=notes))

    def move_inventory(self, sku: str, from_location_id: str, to_location_id: str, quantity: int, *,
                       condition: StockCondition | None = None, lot: str | None = None,
                       cost: InventoryCost | None = None, new_condition: StockCondition | None = None,
                       reason: str | None = None, notes: str | None = None) -> None:
        """Move `quantity` matching units to another location (a modify transaction), all or nothing."""
        self.adjust_inventory(InventoryAdjustment(
            transaction_type="modify", sku=sku, inventory_location_id=from_location_id, quantity=quantity,
            condition=condition, lot=lot, cost=cost, new_inventory_location_id=to_location_id,
            new_condition=new_condition, reason=reason, notes=notes))

    def recost_inventory(self, sku: str, inventory_location_id: str, quantity: int,
                         new_cost: Decimal | float, *, currency: str = "USD",
                         condition: StockCondition | None = None, reason: str | None = None) -> None:
        """Give `quantity` units a new unit cost (a modify transaction)."""
        self.adjust_inventory(InventoryAdjustment(
            transaction_type="modify", sku=sku, inventory_location_id=inventory_location_id,
            quantity=quantity, condition=condition, reason=reason,
            new_cost=InventoryCost(amount=Decimal(str(new_cost)), currency=currency)))

    # -- inventory warehouses -------------------------------------------------------------------------

    def list_inventory_warehouses(self, *, page: int | None = None,
                                  page_size: int | None = None) -> InventoryWarehousePage:
        return self.transport.call("List inventory warehouses", "GET", "/v2/inventory_warehouses",
                                   params=query(_page_params(page, page_size)), into=InventoryWarehousePage)

    def iter_inventory_warehouses(self, *, page_size: int = ITER_PAGE_SIZE) -> Iterator[InventoryWarehouse]:
        return self.iter_pages("List inventory warehouses", "/v2/inventory_warehouses",
                               InventoryWarehousePage, lambda p: p.inventory_warehouses,
                               params={"limit": page_size}, page_size=page_size)

    def get_inventory_warehouse(self, inventory_warehouse_id: str) -> InventoryWarehouse:
        path = f"/v2/inventory_warehouses/{seg(inventory_warehouse_id)}"
        return self.transport.call("Look up inventory warehouse", "GET", path, into=InventoryWarehouse)

    def create_inventory_warehouse(self, name: str) -> InventoryWarehouse:
        return self.transport.call("Create inventory warehouse", "POST", "/v2/inventory_warehouses",
                                   body={"name": name}, into=InventoryWarehouse)

    def rename_inventory_warehouse(self, inventory_warehouse_id: str, name: str) -> None:
        self.transport.call("Rename inventory warehouse", "PUT",
                            f"/v2/inventory_warehouses/{seg(inventory_warehouse_id)}", body={"name": name})

    def delete_inventory_warehouse(self, inventory_warehouse_id: str, *,
                                   remove_inventory: bool = False) -> None:
        """Delete; with stock on hand ShipStation refuses (ValidationFailed) unless `remove_inventory`."""
        _delete(self.transport, "Delete inventory warehouse",
                f"/v2/inventory_warehouses/{seg(inventory_warehouse_id)}", remove_inventory)

    # -- inventory locations --------------------------------------------------------------------------

    def list_inventory_locations(self, *, page: int | None = None,
                                 page_size: int | None = None) -> InventoryLocationPage:
        return self.transport.call("List inventory locations", "GET", "/v2/inventory_locations",
                                   params=query(_page_params(page, page_size)), into=InventoryLocationPage)

    def iter_inventory_locations(self, *, inventory_warehouse_id: str | None = None,
                                 page_size: int = ITER_PAGE_SIZE) -> Iterator[InventoryLocation]:
        """Every location; `inventory_warehouse_id` is filtered here (the API has no such filter)."""
        every = self.iter_pages("List inventory locations", "/v2/inventory_locations", InventoryLocationPage,
                                lambda p: p.inventory_locations, params={"limit": page_size},
                                page_size=page_size)
        return (loc for loc in every
                if inventory_warehouse_id is None or loc.inventory_warehouse_id == inventory_warehouse_id)

    def get_inventory_location(self, inventory_location_id: str) -> InventoryLocation:
        path = f"/v2/inventory_locations/{seg(inventory_location_id)}"
        return self.transport.call("Look up inventory location", "GET", path, into=InventoryLocation)

    def create_inventory_location(self, name: str, inventory_warehouse_id: str) -> InventoryLocation:
        return self.transport.call("Create inventory location", "POST", "/v2/inventory_locations",
                                   body={"name": name, "inventory_warehouse_id": inventory_warehouse_id},
                                   into=InventoryLocation)

    def rename_inventory_location(self, inventory_location_id: str, name: str) -> None:
        self.transport.call("Rename inventory location", "PUT",
                            f"/v2/inventory_locations/{seg(inventory_location_id)}", body={"name": name})

    def delete_inventory_location(self, inventory_location_id: str, *,
                                  remove_inventory: bool = False) -> None:
        """Delete; with stock on hand ShipStation refuses (ValidationFailed) unless `remove_inventory`."""
        _delete(self.transport, "Delete inventory location",
                f"/v2/inventory_locations/{seg(inventory_location_id)}", remove_inventory)


def _delete(transport: Transport, action: str, path: str, remove_inventory: bool) -> None:
    try:
        # "1"/"0" as the spec's enum: the transport would spell a bool "true"/"false".
        transport.call(action, "DELETE", path, params={"remove_inventory": "1" if remove_inventory else "0"})
    except NotFound as exc:
        if exc.call is not None and exc.call.attempt > 1:
            return  # an earlier attempt deleted it but its answer was lost: the delete is done
        raise
