"""Fixtures and helpers for the V1 client tests (imported by the test modules that use them)."""

from __future__ import annotations

from datetime import datetime

from shipdesk.api.credentials import V1Credentials
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.client import V1Client
from shipdesk.api.v1.models import Address
from shipdesk.sandbox import Sandbox

FAST = TransportSettings(retries=3, backoff=0.01, max_wait=30)


def make_client(box: Sandbox, *, key: str | None = None, secret: str | None = None,
                expires_at: datetime | None = None, base_url: str | None = None,
                settings: TransportSettings = FAST) -> V1Client:
    # Own governor per client: the process-wide one per key would carry one sandbox's window into the next.
    cfg = box.config
    credentials = V1Credentials(key or cfg.v1_key, secret or cfg.v1_secret, expires_at)
    return V1Client(credentials, base_url=base_url or box.url, governor=RateGovernor("test-v1"), settings=settings)


def ship_to() -> Address:
    return Address(name="Dana Receiver", street1="1 Main St", city="Boston", state="MA", postal_code="02108",
                   country="US", residential=True)


def ship_from() -> Address:
    return Address(name="Northwind Goods", company="Northwind Goods", street1="400 Congress Ave", city="Austin",
                   state="TX", postal_code="78701", country="US", phone="512-555-0100")


def open_order_id(box: Sandbox, status: str = "awaiting_shipment", *, international: bool = False) -> int:
    """A seeded order in this status (read from the sandbox's own records, not through the client)."""
    with box.world.lock:
        for order in box.world.orders.values():
            abroad = (order["shipTo"] or {}).get("country") != "US"
            if order["orderStatus"] == status and abroad == international:
                return int(order["orderId"])
    raise AssertionError(f"the seed has no {status} order (international={international})")
