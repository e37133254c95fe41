"""Stock rules behind the V2 Inventory API: the adjustment body, the four transaction types, and levels.

`inventory.py` holds the routes; this module holds what they do to `world.stock` (a list of
`StockLot`s, one per SKU x location x condition x lot x cost x usable dates). Every transaction either
applies completely or raises before touching anything, so a refused request leaves the stock as it was.

Semantics (the spec describes them in one line each; where it is silent, the choice is noted):

* increment: adds `quantity` (> 0) in `condition` (default sellable) with `lot`/`cost`/usable dates,
  merging into an identical lot. Without `cost` the new units take the SKU's current average cost at
  that location (so the average does not move). Any SKU string is accepted.
* decrement: removes `quantity` (> 0) from the lots at the location that match every filter given
  (`condition`, `lot`, `cost`, usable dates), oldest lot first; fewer units than asked -> 400, nothing
  removed. A lot's `allocated` is capped at what is left in it.
* adjust: the SKU's on-hand at the location (all conditions) becomes exactly `quantity` (>= 0); the
  difference is added in, or removed from, the condition given (any condition when none is given).
* modify: takes `quantity` (> 0) units selected like decrement and gives them
  `new_inventory_location_id` / `new_cost` / `new_condition` (at least one required).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from . import v2_errors
from .http import HttpError
from .state import StockLot, World
from .timefmt import parse_v2_datetime

TRANSACTION_TYPES = ("increment", "decrement", "adjust", "modify")
CONDITIONS = ("sellable", "damaged", "expired", "qa_hold")
DEFAULT_CONDITION = "sellable"
DEFAULT_CURRENCY = "USD"


@dataclass(frozen=True)
class Cost:
    amount: float
    currency: str


@dataclass(frozen=True)
class Adjustment:
    """A validated POST /v2/inventory body."""

    transaction_type: str
    sku: str
    location_id: str
    warehouse_id: str
    quantity: int
    cost: Cost | None
    condition: str | None
    lot: str | None
    usable_start: datetime | None
    usable_end: datetime | None
    new_location_id: str | None
    new_warehouse_id: str | None
    new_cost: Cost | None
    new_condition: str | None


# -- validation -------------------------------------------------------------------------------------


def _string(body: dict[str, Any], name: str, required: bool = False) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise v2_errors.field_required(f"'{name}' is required.")
        return None
    if not isinstance(value, str) or not value.strip():
        raise v2_errors.invalid_field(f"'{name}' must be a non-empty string.")
    return value


def _enum(body: dict[str, Any], name: str, allowed: tuple[str, ...]) -> str | None:
    value = _string(body, name)
    if value is not None and value not in allowed:
        raise v2_errors.invalid_field(f"'{name}' must be one of {', '.join(allowed)}, not '{value}'.")
    return value


def _cost(body: dict[str, Any], name: str) -> Cost | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise v2_errors.invalid_field(f"'{name}' must be an object with 'amount' and 'currency'.")
    amount = value.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        raise v2_errors.invalid_field(f"'{name}.amount' must be a number.")
    if amount < 0:
        raise v2_errors.invalid_field(f"'{name}.amount' must not be negative.")
    currency = value.get("currency", DEFAULT_CURRENCY)
    if not isinstance(currency, str) or len(currency.strip()) != 3:
        raise v2_errors.invalid_field(f"'{name}.currency' must be a three-letter ISO 4217 code.")
    return Cost(float(amount), currency.strip().upper())


def _when(body: dict[str, Any], name: str) -> datetime | None:
    value = body.get(name)
    if value is None:
        return None
    parsed = parse_v2_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        raise v2_errors.invalid_field(f"'{name}' must be an ISO-8601 date-time, not {value!r}.")
    return parsed


def _quantity(body: dict[str, Any], transaction_type: str) -> int:
    value = body.get("quantity")
    if value is None:
        raise v2_errors.field_required("'quantity' is required.")
    if isinstance(value, bool) or not isinstance(value, int):
        raise v2_errors.invalid_field(f"'quantity' must be a whole number, not {value!r}.")
    minimum = 0 if transaction_type == "adjust" else 1
    if value < minimum:
        what = "zero or more" if minimum == 0 else "greater than zero"
        raise v2_errors.invalid_field(f"'quantity' must be {what} for a {transaction_type} transaction.")
    return value


def location_warehouse(world: World, location_id: str, field: str) -> str:
    """The warehouse of a location named in a request body; an unknown location is a 400."""
    location = world.inv_locations.get(location_id)
    if location is None:
        raise v2_errors.v2_error(400, "validation", "invalid_identifier",
                                 f"'{field}': inventory location '{location_id}' was not found.")
    return str(location["inventory_warehouse_id"])


def parse_adjustment(world: World, body: Any) -> Adjustment:
    if not isinstance(body, dict):
        raise v2_errors.v2_error(400, "validation", "invalid_object", "The request body must be a JSON object.")
    transaction_type = _string(body, "transaction_type", required=True)
    if transaction_type not in TRANSACTION_TYPES:
        raise v2_errors.invalid_field(
            f"'transaction_type' must be one of {', '.join(TRANSACTION_TYPES)}, not '{transaction_type}'.")
    sku = _string(body, "sku", required=True)
    location_id = _string(body, "inventory_location_id", required=True)
    quantity = _quantity(body, transaction_type)
    assert sku is not None and location_id is not None
    for name in ("reason", "notes"):
        if body.get(name) is not None and not isinstance(body[name], str):
            raise v2_errors.invalid_field(f"'{name}' must be a string.")
    _when(body, "effective_at")  # validated; the sandbox applies every change immediately
    adjustment = Adjustment(
        transaction_type=transaction_type, sku=sku, location_id=location_id,
        warehouse_id=location_warehouse(world, location_id, "inventory_location_id"), quantity=quantity,
        cost=_cost(body, "cost"), condition=_enum(body, "condition", CONDITIONS), lot=_string(body, "lot"),
        usable_start=_when(body, "usable_start_date"), usable_end=_when(body, "usable_end_date"),
        new_location_id=_string(body, "new_inventory_location_id"), new_warehouse_id=None,
        new_cost=_cost(body, "new_cost"), new_condition=_enum(body, "new_condition", CONDITIONS),
    )
    modify_fields = ("new_inventory_location_id", "new_cost", "new_condition")
    given = [name for name in modify_fields if body.get(name) is not None]
    if transaction_type != "modify" and given:
        raise v2_errors.invalid_field(f"'{given[0]}' is only allowed with transaction_type 'modify'.")
    if transaction_type == "modify":
        if not given:
            raise v2_errors.field_required(
                "A modify transaction needs at least one of 'new_inventory_location_id', 'new_cost' "
                "or 'new_condition'.")
        if adjustment.new_location_id is not None:
            new_warehouse = location_warehouse(world, adjustment.new_location_id, "new_inventory_location_id")
            adjustment = replace(adjustment, new_warehouse_id=new_warehouse)
    return adjustment


# -- applying ---------------------------------------------------------------------------------------


def apply(world: World, adj: Adjustment) -> None:
    {"increment": _increment, "decrement": _decrement, "adjust": _adjust, "modify": _modify}[
        adj.transaction_type](world, adj)


def _at_location(world: World, adj: Adjustment) -> list[StockLot]:
    return [s for s in world.stock if s.sku == adj.sku and s.inventory_location_id == adj.location_id]


def _matches(lot: StockLot, adj: Adjustment, condition: str | None) -> bool:
    """The decrement/modify filters: every filter given must match; absent filters match anything."""
    if condition is not None and lot.condition != condition:
        return False
    if adj.lot is not None and lot.lot != adj.lot:
        return False
    if adj.cost is not None and (round(lot.cost_amount, 4) != round(adj.cost.amount, 4)
                                 or lot.cost_currency.upper() != adj.cost.currency):
        return False
    if adj.usable_start is not None and lot.usable_start_date != adj.usable_start:
        return False
    return adj.usable_end is None or lot.usable_end_date == adj.usable_end


def _describe(adj: Adjustment, condition: str | None) -> str:
    parts = [f"SKU '{adj.sku}' at inventory location '{adj.location_id}'"]
    if condition:
        parts.append(f"condition '{condition}'")
    if adj.lot is not None:
        parts.append(f"lot '{adj.lot}'")
    if adj.cost is not None:
        parts.append(f"cost {adj.cost.amount:.2f} {adj.cost.currency}")
    if adj.usable_start is not None or adj.usable_end is not None:
        parts.append("the given usable dates")
    return ", ".join(parts)


def _take(lots: list[StockLot], quantity: int, adj: Adjustment, condition: str | None,
          verb: str) -> list[tuple[StockLot, int]]:
    """Plan to take `quantity` units from `lots` (oldest first) or refuse with a 400; changes nothing."""
    held = sum(lot.on_hand for lot in lots)
    if held < quantity:
        raise v2_errors.v2_error(
            400, "business_rules", "invalid_field_value",
            f"Cannot {verb} {quantity} of {_describe(adj, condition)}: only {held} on hand match. "
            "Nothing was changed.")
    plan: list[tuple[StockLot, int]] = []
    left = quantity
    for lot in lots:
        if left == 0:
            break
        taken = min(lot.on_hand, left)
        if taken:
            plan.append((lot, taken))
            left -= taken
    return plan


def _remove(plan: list[tuple[StockLot, int]]) -> None:
    for lot, taken in plan:
        lot.on_hand -= taken
        lot.allocated = min(lot.allocated, lot.on_hand)


def average_cost(lots: Iterable[StockLot]) -> tuple[Decimal, str]:
    """Unit cost weighted by quantity on hand (plain mean when nothing is on hand), to the cent."""
    rows = list(lots)
    currency = rows[0].cost_currency if rows else DEFAULT_CURRENCY
    units = sum(max(lot.on_hand, 0) for lot in rows)
    if units:
        total = sum(Decimal(str(lot.cost_amount)) * lot.on_hand for lot in rows)
        value = total / units
    elif rows:
        value = sum(Decimal(str(lot.cost_amount)) for lot in rows) / len(rows)
    else:
        value = Decimal(0)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), currency


def _add(world: World, adj: Adjustment, quantity: int, condition: str) -> None:
    """Put `quantity` units at the adjustment's location, merging into an identical lot when there is one."""
    cost = adj.cost
    if cost is None:  # no cost given: new stock keeps the SKU's current average cost there
        here = _at_location(world, adj) or [s for s in world.stock if s.sku == adj.sku]
        amount, currency = average_cost(here)
        cost = Cost(float(amount), currency)
    for lot in _at_location(world, adj):
        if (lot.condition == condition and lot.lot == adj.lot and lot.usable_start_date == adj.usable_start
                and lot.usable_end_date == adj.usable_end and round(lot.cost_amount, 4) == round(cost.amount, 4)
                and lot.cost_currency.upper() == cost.currency.upper()):
            lot.on_hand += quantity
            return
    world.stock.append(StockLot(
        sku=adj.sku, inventory_location_id=adj.location_id, inventory_warehouse_id=adj.warehouse_id,
        on_hand=quantity, condition=condition, lot=adj.lot, cost_amount=cost.amount, cost_currency=cost.currency,
        usable_start_date=adj.usable_start, usable_end_date=adj.usable_end))


def _increment(world: World, adj: Adjustment) -> None:
    _add(world, adj, adj.quantity, adj.condition or DEFAULT_CONDITION)


def _decrement(world: World, adj: Adjustment) -> None:
    lots = [lot for lot in _at_location(world, adj) if _matches(lot, adj, adj.condition)]
    _remove(_take(lots, adj.quantity, adj, adj.condition, "decrement"))


def _adjust(world: World, adj: Adjustment) -> None:
    """On hand of the SKU at the location becomes exactly `quantity`, added or removed in the condition given."""
    here = _at_location(world, adj)
    delta = adj.quantity - sum(lot.on_hand for lot in here)
    if delta > 0:
        _add(world, adj, delta, adj.condition or DEFAULT_CONDITION)
    elif delta < 0:
        lots = [lot for lot in here if adj.condition is None or lot.condition == adj.condition]
        _remove(_take(lots, -delta, adj, adj.condition, "adjust away"))


def _modify(world: World, adj: Adjustment) -> None:
    """Move `quantity` matching units to a new location and/or give them a new cost or condition."""
    lots = [lot for lot in _at_location(world, adj) if _matches(lot, adj, adj.condition)]
    plan = _take(lots, adj.quantity, adj, adj.condition, "modify")
    _remove(plan)
    for lot, taken in plan:
        target = StockLot(
            sku=lot.sku,
            inventory_location_id=adj.new_location_id or lot.inventory_location_id,
            inventory_warehouse_id=adj.new_warehouse_id or lot.inventory_warehouse_id,
            on_hand=taken, condition=adj.new_condition or lot.condition, lot=lot.lot,
            cost_amount=adj.new_cost.amount if adj.new_cost else lot.cost_amount,
            cost_currency=adj.new_cost.currency if adj.new_cost else lot.cost_currency,
            usable_start_date=lot.usable_start_date, usable_end_date=lot.usable_end_date)
        _merge(world, target)


def _merge(world: World, new: StockLot) -> None:
    for lot in world.stock:
        if (lot.sku, lot.inventory_location_id, lot.condition, lot.lot, lot.usable_start_date,
                lot.usable_end_date, lot.cost_currency) == (
                new.sku, new.inventory_location_id, new.condition, new.lot, new.usable_start_date,
                new.usable_end_date, new.cost_currency) and round(lot.cost_amount, 4) == round(new.cost_amount, 4):
            lot.on_hand += new.on_hand
            return
    world.stock.append(new)


# -- levels -----------------------------------------------------------------------------------------


def levels(lots: Iterable[StockLot], group_by: str | None) -> list[dict[str, Any]]:
    """Inventory levels: per SKU per location, or per SKU per warehouse with `group_by=warehouse`."""
    groups: dict[tuple[str, ...], list[StockLot]] = {}
    for lot in lots:
        key = (lot.sku, lot.inventory_warehouse_id) if group_by == "warehouse" else \
            (lot.sku, lot.inventory_warehouse_id, lot.inventory_location_id)
        groups.setdefault(key, []).append(lot)
    rows = []
    for key in sorted(groups):
        members = groups[key]
        on_hand = sum(lot.on_hand for lot in members)
        allocated = sum(lot.allocated for lot in members)
        amount, currency = average_cost(members)
        row: dict[str, Any] = {"sku": key[0], "on_hand": on_hand, "allocated": allocated,
                               "available": on_hand - allocated,
                               "average_cost": {"amount": amount, "currency": currency},
                               "inventory_warehouse_id": key[1]}
        if group_by != "warehouse":
            row["inventory_location_id"] = key[2]
        rows.append(row)
    return rows


def holds_stock(world: World, *, warehouse_id: str | None = None, location_id: str | None = None) -> int:
    """Units on hand in a warehouse or location (what blocks deleting it without remove_inventory=1)."""
    return sum(lot.on_hand for lot in world.stock
               if (warehouse_id is None or lot.inventory_warehouse_id == warehouse_id)
               and (location_id is None or lot.inventory_location_id == location_id))


def refuse(message: str) -> HttpError:
    return v2_errors.v2_error(400, "business_rules", "invalid_status", message)
