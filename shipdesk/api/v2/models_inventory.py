"""V2 Inventory API models: stock levels, inventory warehouses and locations, the stock-change request.

Inventory warehouses (stock-keeping buildings, opaque ids) are not the V2 ship-from `/v2/warehouses`
(`se-` ids). Ids here are plain strings: the spec gives them no pattern.
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import AwareDatetime, ConfigDict, Field, model_validator

from ..models_base import Money, V2Model
from .models_common import MonetaryValue, Paged, V2DateTime

TransactionType = Literal["increment", "decrement", "adjust", "modify"]
StockCondition = Literal["sellable", "damaged", "expired", "qa_hold"]
GroupBy = Literal["warehouse", "location"]


class InventoryCost(MonetaryValue):
    """Wholesale unit cost; the inventory examples spell the currency "USD" (compare case-insensitively)."""

    amount: Money
    currency: str = "USD"


class InventoryLevel(V2Model):
    sku: str
    on_hand: int
    allocated: int = 0  # reserved for orders
    available: int = 0  # on_hand - allocated
    average_cost: InventoryCost | None = None
    inventory_warehouse_id: str | None = None
    inventory_location_id: str | None = None  # absent with group_by=warehouse


class InventoryWarehouse(V2Model):
    inventory_warehouse_id: str
    name: str
    created_at: V2DateTime | None = None
    updated_at: V2DateTime | None = None


class InventoryLocation(V2Model):
    inventory_location_id: str
    name: str
    inventory_warehouse_id: str
    created_at: V2DateTime | None = None
    updated_at: V2DateTime | None = None


class InventoryLevelPage(Paged):
    inventory: list[InventoryLevel] = Field(default_factory=list)


class InventoryWarehousePage(Paged):
    inventory_warehouses: list[InventoryWarehouse] = Field(default_factory=list)


class InventoryLocationPage(Paged):
    inventory_locations: list[InventoryLocation] = Field(default_factory=list)


_MODIFY_ONLY = ("new_inventory_location_id", "new_cost", "new_condition")


class InventoryAdjustment(V2Model):
    """The body of POST /v2/inventory: one stock transaction.

    increment adds `quantity`; decrement removes `quantity` from the stock matching the filters (cost,
    condition, lot, usable dates) all or nothing; adjust sets on hand to `quantity`; modify moves or
    re-costs/re-conditions `quantity` matching units (needs one of the `new_*` fields). Checked here so a
    mistake is caught before it reaches ShipStation.
    """

    model_config = ConfigDict(extra="forbid")  # a misspelt field would otherwise go out silently

    transaction_type: TransactionType
    inventory_location_id: str = Field(min_length=1)
    sku: str = Field(min_length=1)
    quantity: int = Field(ge=0)
    cost: InventoryCost | None = None
    condition: StockCondition | None = None
    lot: str | None = None
    usable_start_date: AwareDatetime | None = None
    usable_end_date: AwareDatetime | None = None
    effective_at: AwareDatetime | None = None
    reason: str | None = None
    notes: str | None = None
    new_inventory_location_id: str | None = None
    new_cost: InventoryCost | None = None
    new_condition: StockCondition | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.transaction_type != "adjust" and self.quantity < 1:
            raise ValueError(f"quantity must be at least 1 for {self.transaction_type}")
        given = [name for name in _MODIFY_ONLY if getattr(self, name) is not None]
        if self.transaction_type == "modify" and not given:
            raise ValueError("modify needs new_inventory_location_id, new_cost or new_condition")
        if self.transaction_type != "modify" and given:
            raise ValueError(f"{given[0]} is only allowed with transaction_type 'modify'")
        return self
