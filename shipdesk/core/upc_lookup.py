"""Which SKU a product barcode (UPC/EAN) belongs to, from ShipStation V1's products (each has a sku and a upc).

No Qt. `load_upc_index` reads every product (on a worker); `UpcIndex.skus(code)` answers from memory, matching
a UPC-A however the scanner sent it (as EAN-13 it has a leading 0). Two products may carry the same barcode:
then `skus` returns both and the caller must not guess. `stale` says when a miss is worth reading again: a
product added in ShipStation a minute ago should work, but a random number must not cost a full read each scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..api.v1.account import AccountApi
from ..api.v1.models import Product
from .check_digits import gtin_key

REFRESH_AFTER_S = 60.0  # a miss re-reads the products at most this often


@dataclass(frozen=True)
class UpcIndex:
    by_gtin: dict[str, tuple[str, ...]] = field(default_factory=dict)
    loaded_at: float = 0.0  # time.monotonic() of the read

    def skus(self, code: str) -> tuple[str, ...]:
        key = gtin_key(code)
        return self.by_gtin.get(key, ()) if key else ()

    def stale(self, now: float | None = None) -> bool:
        return (time.monotonic() if now is None else now) - self.loaded_at >= REFRESH_AFTER_S


def index_products(products: Iterable[Product], loaded_at: float | None = None) -> UpcIndex:
    found: dict[str, list[str]] = {}
    for product in products:
        key, sku = gtin_key(product.upc or ""), (product.sku or "").strip()
        if key and sku and sku not in found.setdefault(key, []):
            found[key].append(sku)
    return UpcIndex({k: tuple(v) for k, v in found.items()},
                    time.monotonic() if loaded_at is None else loaded_at)


def load_upc_index(v1: AccountApi, check: Callable[[], None] | None = None) -> UpcIndex:
    """Read every V1 product (pages of 500). Runs on a worker thread; `check` is the job's cancel check."""
    tick = check or (lambda: None)

    def products() -> Iterable[Product]:
        for product in v1.iter_products():
            tick()
            yield product

    return index_products(products())
