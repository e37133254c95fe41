"""V2 inventory models on their own: Decimal costs, aware times, unknown fields kept, the request's
rules, and random or malformed bodies only ever failing as a typed error."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from shipdesk.api.credentials import V2Credentials
from shipdesk.api.errors import InvalidResponse
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v2.client import V2Client
from shipdesk.api.v2.models_inventory import (
    InventoryAdjustment,
    InventoryCost,
    InventoryLevel,
    InventoryLevelPage,
    InventoryLocation,
    InventoryLocationPage,
    InventoryWarehouse,
    InventoryWarehousePage,
)


def test_levels_keep_money_exact_unknown_fields_and_both_missing_link_spellings():
    page = InventoryLevelPage.model_validate({
        "inventory": [{"sku": "A", "on_hand": 3, "allocated": 1, "available": 2,
                       "average_cost": {"amount": 0.1, "currency": "usd"}, "inventory_warehouse_id": "iw-1",
                       "lot_tracking": True}],
        "total": 1, "page": 1, "pages": 1,
        "links": {"first": {"href": "https://x/v2/inventory?page=1"}, "prev": {}, "next": {"href": None}}})
    [level] = page.inventory
    assert level.average_cost is not None and level.average_cost.amount == Decimal("0.1")
    assert level.inventory_location_id is None and level.model_extra == {"lot_tracking": True}
    assert page.next_href() is None


def test_warehouse_times_are_aware():
    wh = InventoryWarehouse.model_validate({"inventory_warehouse_id": "iw-1", "name": "A",
                                            "created_at": "2025-03-09T09:30:00",
                                            "updated_at": "2025-03-09T01:30:00-08:00"})
    assert wh.created_at == datetime(2025, 3, 9, 9, 30, tzinfo=UTC) == wh.updated_at


def test_adjustment_wire_form():
    adj = InventoryAdjustment(transaction_type="modify", sku="A", inventory_location_id="il-1", quantity=2,
                              cost=InventoryCost(amount=Decimal("1.10")), new_condition="damaged",
                              usable_end_date=datetime(2026, 1, 31, tzinfo=UTC))
    wire = adj.wire()
    assert wire == {"transaction_type": "modify", "sku": "A", "inventory_location_id": "il-1", "quantity": 2,
                    "cost": {"amount": 1.1, "currency": "USD"}, "new_condition": "damaged",
                    "usable_end_date": "2026-01-31T00:00:00Z"}
    assert InventoryAdjustment(transaction_type="adjust", sku="A", inventory_location_id="il-1",
                               quantity=0).wire()["quantity"] == 0
    with pytest.raises(ValidationError):  # a naive time would be read in some unknown zone
        InventoryAdjustment(transaction_type="increment", sku="A", inventory_location_id="il-1", quantity=1,
                            effective_at=datetime(2026, 1, 1))
    with pytest.raises(ValidationError):
        InventoryAdjustment(transaction_type="increment", sku="", inventory_location_id="il-1", quantity=1)


MODELS = [InventoryLevel, InventoryLevelPage, InventoryWarehouse, InventoryWarehousePage, InventoryLocation,
          InventoryLocationPage, InventoryAdjustment, InventoryCost]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)
KEYS = st.sampled_from(["sku", "on_hand", "allocated", "available", "average_cost", "amount", "currency",
                        "inventory", "inventory_warehouses", "inventory_locations", "inventory_warehouse_id",
                        "inventory_location_id", "name", "created_at", "total", "page", "pages", "links",
                        "transaction_type", "quantity", "new_cost"])
SHAPED = st.dictionaries(KEYS, JSON, max_size=7)


@settings(max_examples=200, deadline=None)
@given(model=st.sampled_from(MODELS), body=JSON | SHAPED)
def test_random_bodies_parse_or_fail_as_validation_errors(model, body):
    try:
        model.model_validate(body)
    except ValidationError:
        pass


def _answering(body: bytes) -> V2Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return V2Client(V2Credentials("k-123"), base_url="http://shipstation.test", governor=RateGovernor("t"),
                    settings=TransportSettings(retries=0), http_transport=httpx.MockTransport(handler))


@settings(max_examples=60, deadline=None)
@given(body=st.binary(max_size=40) | (JSON | SHAPED).map(lambda v: json.dumps(v).encode()))
def test_malformed_answers_are_invalid_response(body):
    # Not a stand-in for the sandbox: only the bytes on the wire vary here, to reach every parse path.
    with _answering(body) as client:
        for call in (client.list_inventory, lambda: client.get_inventory_warehouse("iw-1"),
                     lambda: client.create_inventory_location("L", "iw-1"),
                     lambda: list(client.iter_inventory())):
            try:
                call()
            except InvalidResponse as exc:
                assert exc.call is not None and exc.status == 200


def test_an_empty_answer_where_a_page_is_promised_is_invalid_response():
    with _answering(b"") as client, pytest.raises(InvalidResponse):
        client.list_inventory()
