"""Merging a few new rows into rows already on screen in a table's sort order, without sorting them again.

The order is the one a stable sort of rows in order-id order gives: by the key (descending when asked),
ties in ascending order id. A sync page brings 500 orders; finding each one's place by halving the shown
rows takes ~log2(n) key calls, where sorting everything again takes n (bench P6: 100,000 cached orders).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Row = tuple[Any, ...]


def merge_sorted(shown: list[Row], new: list[Row], key: Callable[[Row], Any], descending: bool,
                 order_id: Callable[[Row], int]) -> list[Row]:
    """`shown` and `new` each in the order above (and no order in both); all of them, in that order."""
    if not new:
        return shown
    if not shown:
        return new
    merged: list[Row] = []
    start = 0
    for row in new:
        at = _place(shown, row, key, descending, order_id, start)
        merged.extend(shown[start:at])
        merged.append(row)
        start = at
    merged.extend(shown[start:])
    return merged


def _place(shown: list[Row], row: Row, key: Callable[[Row], Any], descending: bool,
           order_id: Callable[[Row], int], low: int) -> int:
    """The first position at or after `low` whose row comes after `row`."""
    k, oid = key(row), order_id(row)
    high = len(shown)
    while low < high:
        mid = (low + high) // 2
        other = shown[mid]
        ok = key(other)
        if ok == k:
            before = oid < order_id(other)
        else:
            before = k > ok if descending else k < ok
        if before:
            high = mid
        else:
            low = mid + 1
    return low
