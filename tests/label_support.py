"""Real labels for the printing tests: bought from a test sandbox through ShippingService, journal and all.

The purchase helpers (`make_session`, `label_request`, `labels_bought`, the CRASH script) live with the
journal tests in tests/core/test_purchase_journal.py; this module reaches them by name so the printing
tests buy exactly the way those tests do.
"""

from __future__ import annotations

import importlib
import itertools
from types import ModuleType

from shipdesk.core.journal import JournalEntry
from shipdesk.core.session import Session
from shipdesk.core.shipping import ShippingService
from shipdesk.sandbox import Sandbox

_orders = itertools.count(5001)


def journal_tests() -> ModuleType:
    return importlib.import_module("core.test_purchase_journal")


def buy_label(session: Session, box: Sandbox, fmt: str = "zpl", *, api: str = "v2",
              print_on_purchase: bool = True) -> JournalEntry:
    """One label bought from `box` in `fmt` (a fresh V2 order each time), as the app buys it."""
    request = journal_tests().label_request(box, session, api)
    if api == "v2":
        n = next(_orders)
        request.order_id, request.order_number = f"web-{n}", str(n)
    request.label_format = fmt
    request.print_on_purchase = print_on_purchase
    entry = ShippingService(session, station="bench-1", reconcile_delays=(0.0,)).buy_label(request)
    assert entry.has_label and entry.label_bytes, entry
    return entry
