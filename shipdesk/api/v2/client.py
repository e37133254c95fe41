"""The V2 client: one object with every V2 call, grouped into one mixin per resource."""

from __future__ import annotations

from .account import AccountMixin
from .batches import BatchesMixin
from .client_base import V2ClientBase
from .inventory import InventoryMixin
from .labels import LabelsMixin
from .rates import RatesMixin
from .shipments import ShipmentsMixin


class V2Client(InventoryMixin, RatesMixin, LabelsMixin, ShipmentsMixin, AccountMixin, BatchesMixin, V2ClientBase):
    """ShipStation API V2 (`API-Key`). Thread-safe: share one per key.

    Label purchases (`create_label*`, `create_return_label`, batch processing) are never re-sent: a lost
    answer raises OutcomeUnknown, and the caller reconciles (e.g. `get_shipment_by_external_id`).
    """

    def __enter__(self) -> V2Client:
        return self
