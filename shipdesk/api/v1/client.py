"""The ShipStation API V1 client: every V1 endpoint ShipDesk uses, typed both ways.

    client = V1Client(V1Credentials(key, secret), base_url=sandbox.url)
    for order in client.iter_orders(order_status="awaiting_shipment"):
        ...

Thread-safe (one pooled httpx client underneath); calls wait for the rate limit instead of being refused,
reads retry on 5xx/resets/timeouts, label purchases never retry. Errors come from `shipdesk.api.errors`.
"""

from __future__ import annotations

from .account import AccountApi
from .client_base import DEFAULT_BASE_URL, V1ClientBase
from .orders import OrdersApi
from .shipments import ShipmentsApi

__all__ = ["DEFAULT_BASE_URL", "V1Client"]


class V1Client(OrdersApi, ShipmentsApi, AccountApi, V1ClientBase):
    def __enter__(self) -> V1Client:
        return self
