"""Which inventory warehouse or location a packer meant, by name or by id. No Qt, no I/O.

Names are matched without regard to case or surrounding spaces; an id always wins over a name. A name
that two places share is refused with words that say how to tell them apart, never guessed.
"""

from __future__ import annotations

from ..api.v2.models_inventory import InventoryLocation, InventoryWarehouse
from . import inventory_words as W
from .inventory import InventorySnapshot
from .words import Words


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def resolve_warehouse(snapshot: InventorySnapshot,
                      text: str) -> tuple[InventoryWarehouse | None, Words | None]:
    text = text.strip()
    by_id = snapshot.warehouse(text)
    if by_id is not None:
        return by_id, None
    named = [w for w in snapshot.warehouses if _same(w.name, text)]
    if len(named) == 1:
        return named[0], None
    if named:
        return None, W.words(W.WAREHOUSE_AMBIGUOUS, len(named), text,
                             ", ".join(w.inventory_warehouse_id for w in named))
    return None, W.words(W.WAREHOUSE_UNKNOWN, text)


def resolve_location(snapshot: InventorySnapshot, warehouse_text: str,
                     location_text: str) -> tuple[InventoryLocation | None, Words | None]:
    """The location named in `location_text`, inside the warehouse `warehouse_text` when one is given."""
    warehouse = None
    if warehouse_text.strip():
        warehouse, problem = resolve_warehouse(snapshot, warehouse_text)
        if problem is not None:
            return None, problem
    text = location_text.strip()
    if not text:
        return None, W.words(W.LOCATION_MISSING)
    by_id = snapshot.location(text)
    if by_id is not None:
        if warehouse is not None and by_id.inventory_warehouse_id != warehouse.inventory_warehouse_id:
            return None, W.words(W.LOCATION_ELSEWHERE, by_id.name,
                                 snapshot.warehouse_name(by_id.inventory_warehouse_id), warehouse.name)
        return by_id, None
    pool = snapshot.locations_of(warehouse.inventory_warehouse_id) if warehouse else snapshot.locations
    named = [loc for loc in pool if _same(loc.name, text)]
    if len(named) == 1:
        return named[0], None
    if named:
        return None, W.words(W.LOCATION_AMBIGUOUS, len(named), text)
    if warehouse is not None:
        return None, W.words(W.LOCATION_NOT_IN_WAREHOUSE, warehouse.name, text)
    return None, W.words(W.LOCATION_UNKNOWN, text)
