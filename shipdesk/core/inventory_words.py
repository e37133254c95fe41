"""What the inventory import says to a packer, as translatable templates (see `words.py`).

Kept in one place so a translator sees them together; `%1`, `%2`... are filled in by the UI after
translation. The literal context "InventoryCsv" is what lupdate files them under.
"""

from __future__ import annotations

from .words import QT_TRANSLATE_NOOP, Words

CTX = "InventoryCsv"


def words(template: str, *args: object) -> Words:
    return Words(CTX, template, tuple(str(a) for a in args))


# -- the file -------------------------------------------------------------------------------------
FILE_EMPTY = QT_TRANSLATE_NOOP(
    "InventoryCsv", "The file is empty. It needs a header row with the columns sku, warehouse, location, "
    "quantity and mode.")
MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "InventoryCsv", "The header row has no %1 column. The columns are: sku, warehouse, location, quantity, "
    "mode (and to_location for a move).")
NO_ROWS = QT_TRANSLATE_NOOP("InventoryCsv", "The file has a header row but no stock rows.")

# -- a row ----------------------------------------------------------------------------------------
SKU_MISSING = QT_TRANSLATE_NOOP("InventoryCsv", "The SKU is missing.")
UNKNOWN_MODE = QT_TRANSLATE_NOOP(
    "InventoryCsv", "Unknown mode \"%1\". Use increment, decrement, adjust (set the count) or modify (move).")
QUANTITY_MISSING = QT_TRANSLATE_NOOP("InventoryCsv", "The quantity is missing.")
QUANTITY_NOT_WHOLE = QT_TRANSLATE_NOOP("InventoryCsv", "The quantity \"%1\" is not a whole number.")
QUANTITY_SET_NEGATIVE = QT_TRANSLATE_NOOP("InventoryCsv", "The quantity to set must be 0 or more, not %1.")
QUANTITY_BELOW_ONE = QT_TRANSLATE_NOOP("InventoryCsv", "The quantity must be 1 or more, not %1.")
MOVE_NEEDS_TARGET = QT_TRANSLATE_NOOP(
    "InventoryCsv", "A move needs the location to move to, in the to_location column.")
MOVE_TO_SAME = QT_TRANSLATE_NOOP("InventoryCsv", "The stock would move to the location it is in.")
BEYOND_ON_HAND = QT_TRANSLATE_NOOP(
    "InventoryCsv", "Cannot take %1 of %2 from %3: only %4 on hand there (after the rows above). "
    "ShipStation would refuse the whole row.")
BEYOND_AVAILABLE = QT_TRANSLATE_NOOP(
    "InventoryCsv", "Cannot take %1 of %2 from %3: only %4 available there; %5 more are allocated to "
    "orders. Use adjust to correct a stock count.")

# -- places (by name or id) -----------------------------------------------------------------------
WAREHOUSE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "InventoryCsv", "%1 warehouses are called \"%2\"; give the warehouse id instead (%3).")
WAREHOUSE_UNKNOWN = QT_TRANSLATE_NOOP("InventoryCsv", "There is no inventory warehouse \"%1\".")
LOCATION_MISSING = QT_TRANSLATE_NOOP("InventoryCsv", "The location is missing.")
LOCATION_ELSEWHERE = QT_TRANSLATE_NOOP(
    "InventoryCsv", "Location \"%1\" is in warehouse \"%2\", not in \"%3\".")
LOCATION_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "InventoryCsv", "%1 locations are called \"%2\"; give the warehouse too, or the location id.")
LOCATION_NOT_IN_WAREHOUSE = QT_TRANSLATE_NOOP("InventoryCsv", "Warehouse \"%1\" has no location \"%2\".")
LOCATION_UNKNOWN = QT_TRANSLATE_NOOP("InventoryCsv", "There is no inventory location \"%1\".")

# -- sending --------------------------------------------------------------------------------------
DONE = QT_TRANSLATE_NOOP("InventoryCsv", "Done.")
STOPPED = QT_TRANSLATE_NOOP("InventoryCsv", "Not sent: the import was stopped.")
UNREACHABLE = QT_TRANSLATE_NOOP("InventoryCsv", "Not sent: ShipStation could not be reached.")
OUTCOME_UNKNOWN = QT_TRANSLATE_NOOP(
    "InventoryCsv", "The connection broke while sending this row, so it may or may not have been recorded. "
    "Check the stock level before sending it again. (%1)")
SHIPSTATION_SAID = "%1"  # ShipStation's own words, passed through untranslated
