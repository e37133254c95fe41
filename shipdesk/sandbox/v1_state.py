"""Bookkeeping the V1 routes need beyond the wire records: a random source, soft-deleted records, holds.

Kept beside the world rather than in it so the shared `World` stays small. A reset (`World.clear`) makes new
record dicts, and `v1(world)` notices that and starts fresh, so nothing here outlives the data it describes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from .state import Record, World
from .timefmt import PACIFIC

# Statuses a createorder update may still touch; shipped and cancelled orders are locked (V1 docs).
OPEN_STATUSES = frozenset({"awaiting_payment", "awaiting_shipment", "pending_fulfillment", "on_hold"})
ORDER_STATUSES = ("awaiting_payment", "awaiting_shipment", "pending_fulfillment", "shipped", "on_hold", "cancelled")


@dataclass
class V1Extras:
    orders_ref: dict[int, Record]  # the world's orders dict this bookkeeping belongs to
    rng: random.Random
    first_order_id: int
    first_item_id: int
    deleted_orders: dict[int, Record] = field(default_factory=dict)
    deleted_warehouses: dict[int, Record] = field(default_factory=dict)
    holds: dict[int, date] = field(default_factory=dict)  # on_hold orderId -> holdUntilDate


def v1(world: World) -> V1Extras:
    """The V1 bookkeeping of this world, built on first use after a seed or reset (call with the lock held)."""
    extras: V1Extras | None = getattr(world, "_v1_extras", None)
    if extras is not None and extras.orders_ref is world.orders:
        return extras
    top_item = 900000
    holds: dict[int, date] = {}
    for order in world.orders.values():
        for item in order["items"] or ():
            top_item = max(top_item, item["orderItemId"] or 0)
        if order["orderStatus"] == "on_hold" and order["holdUntilDate"] is not None:
            holds[order["orderId"]] = order["holdUntilDate"]
    extras = V1Extras(
        orders_ref=world.orders,
        # Its own stream, so label tracking numbers don't depend on how much data the seed drew.
        rng=random.Random(world.config.seed * 7919 + 101),
        first_order_id=max(world.orders, default=100000) + 1,
        first_item_id=top_item + 1,
        holds=holds,
    )
    world._v1_extras = extras  # type: ignore[attr-defined]
    return extras


def new_order_id(world: World) -> int:
    return world.next_id("v1_order", v1(world).first_order_id)


def new_order_item_id(world: World) -> int:
    return world.next_id("v1_order_item", v1(world).first_item_id)


def pacific_today(world: World) -> date:
    return world.clock.now().astimezone(PACIFIC).date()


def pacific_midnight(day: date) -> datetime:
    """The first moment of a Pacific calendar day, in UTC like every stored time."""
    return datetime.combine(day, time(0), tzinfo=PACIFIC).astimezone(UTC)


def release_due_holds(world: World) -> None:
    """Orders held until a date go back to awaiting_shipment once the sandbox's Pacific date reaches it.

    Evaluated lazily on each order read or write instead of by a timer, so moving the clock is enough.
    """
    extras = v1(world)
    if not extras.holds:
        return
    today = pacific_today(world)
    for order_id, until in list(extras.holds.items()):
        if until > today:
            continue
        del extras.holds[order_id]
        order = world.orders.get(order_id)
        if order is None or order["orderStatus"] != "on_hold" or order["holdUntilDate"] != until:
            continue  # changed since it was held
        order["orderStatus"] = "awaiting_shipment"
        order["holdUntilDate"] = None
        # Stamped with when the hold ran out, not when someone happened to look (never earlier than the hold).
        order["modifyDate"] = max(order["modifyDate"], pacific_midnight(until))


def set_hold(world: World, order: Record, until: date | None) -> None:
    extras = v1(world)
    if order["orderStatus"] == "on_hold" and until is not None:
        extras.holds[order["orderId"]] = until
    else:
        extras.holds.pop(order["orderId"], None)
