"""The V2 Inventory client against the sandbox over loopback: levels and paging, the four stock
transactions, warehouses and locations, refusals, plans, and no blind re-send of a stock change.

Every V2 response the client receives is also checked against ShipStation's OpenAPI file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from decimal import Decimal

import httpx
import pytest
from pydantic import ValidationError

from shipdesk.api.credentials import V2Credentials
from shipdesk.api.errors import NotFound, OutcomeUnknown, PlanError, ServerError, ValidationFailed
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v2.client import V2Client
from shipdesk.api.v2.models_inventory import (
    InventoryAdjustment,
    InventoryCost,
    InventoryLevel,
    InventoryLocation,
    InventoryWarehouse,
)
from shipdesk.sandbox import Sandbox

SKU = "BENCH-CLIENT-01"


class ContractTransport(httpx.HTTPTransport):
    """Real HTTP, plus the OpenAPI check of every response (as the shared `v2` fixture does); the 5xx
    answers the tests inject on purpose are not ShipStation's to document."""

    def __init__(self, contract: object, failures: list[str]) -> None:
        from contract.openapi_contract import httpx_hook

        super().__init__()
        self._hook = httpx_hook(contract, failures, ignore=lambda r: r.status_code >= 500)  # type: ignore[arg-type]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.request = request
        self._hook(response)
        return response


@pytest.fixture
def connect(v2_contract: object, contract_failures: list[str]) -> Iterator[Callable[..., V2Client]]:
    clients: list[V2Client] = []

    def make(box: Sandbox, key: str | None = None) -> V2Client:
        client = V2Client(V2Credentials(key or box.config.v2_key), base_url=box.url,
                          governor=RateGovernor("test"), settings=TransportSettings(backoff=0.01),
                    http_transport=ContractTransport(v2_contract, contract_failures))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def inv(sandbox: Sandbox, connect: Callable[..., V2Client]) -> V2Client:
    return connect(sandbox)


@pytest.fixture
def bench(inv: V2Client) -> tuple[str, str, str]:
    """A fresh warehouse with two empty locations: (warehouse_id, location_a, location_b)."""
    wh = inv.create_inventory_warehouse("Client Test Warehouse")
    a = inv.create_inventory_location("C-01-01-01", wh.inventory_warehouse_id)
    b = inv.create_inventory_location("C-01-01-02", wh.inventory_warehouse_id)
    return wh.inventory_warehouse_id, a.inventory_location_id, b.inventory_location_id


def on_hand(inv: V2Client, sku: str, location_id: str) -> int:
    rows = inv.list_inventory(sku=sku, inventory_location_id=location_id).inventory
    return sum(r.on_hand for r in rows)


def posts(inv: V2Client) -> list[int | None]:
    return [r.status for r in inv.call_log.last() if r.method == "POST" and r.url.endswith("/v2/inventory")]


# -- levels and paging ------------------------------------------------------------------------------


def test_levels_are_typed_and_cover_the_seeded_stock(sandbox, inv):
    page = inv.list_inventory(page_size=1000)
    pairs = {(lot.sku, lot.inventory_location_id) for lot in sandbox.world.stock}
    assert page.total == len(page.inventory) == len(pairs) > 0
    assert {(r.sku, r.inventory_location_id) for r in page.inventory} == pairs
    for row in page.inventory:
        assert isinstance(row, InventoryLevel)
        assert row.available == row.on_hand - row.allocated
        assert row.average_cost is not None and isinstance(row.average_cost.amount, Decimal)
    assert page.page == page.pages == 1 and page.next_href() is None


def test_iter_inventory_walks_every_page_in_order(inv):
    everything = inv.list_inventory(page_size=1000).inventory
    first = inv.list_inventory(page=1, page_size=7)
    assert first.pages == -(-len(everything) // 7) > 2
    assert len(first.inventory) == 7 and first.page < first.pages
    assert first.links is not None and first.links.next is not None and first.links.next.href
    walked = list(inv.iter_inventory(page_size=7))
    assert [(r.sku, r.inventory_location_id) for r in walked] == [(r.sku, r.inventory_location_id)
                                                                   for r in everything]
    pages = [r.url for r in inv.call_log.last() if "/v2/inventory?" in r.url and "page_size=7" in r.url]
    assert len(pages) == 1 + first.pages


def test_filters_by_sku_warehouse_and_location(sandbox, inv):
    lots = sandbox.world.stock
    one, two = lots[0].sku, lots[-1].sku
    assert {r.sku for r in inv.iter_inventory(sku=one)} == {one}
    assert {r.sku for r in inv.iter_inventory(sku=[one, two])} == {one, two}
    wh = lots[0].inventory_warehouse_id
    assert {r.inventory_warehouse_id for r in inv.iter_inventory(inventory_warehouse_id=wh)} == {wh}
    loc = lots[0].inventory_location_id
    rows = list(inv.iter_inventory(inventory_location_id=loc))
    assert rows and {r.inventory_location_id for r in rows} == {loc}


def test_group_by_warehouse_sums_locations_and_has_no_location(inv):
    sums: dict[tuple[str, str | None], int] = defaultdict(int)
    for row in inv.iter_inventory():
        sums[(row.sku, row.inventory_warehouse_id)] += row.on_hand
    grouped = list(inv.iter_inventory(group_by="warehouse"))
    assert {(r.sku, r.inventory_warehouse_id): r.on_hand for r in grouped} == dict(sums)
    assert all(r.inventory_location_id is None for r in grouped)


def test_a_bad_group_by_from_the_wire_is_validation_failed(inv):
    with pytest.raises(ValidationFailed) as err:
        inv.list_inventory(group_by="shelf")  # type: ignore[arg-type]
    assert err.value.status == 400 and "group_by" in str(err.value)


# -- stock changes ----------------------------------------------------------------------------------


def test_increment_decrement_set_and_move(inv, bench):
    _, a, b = bench
    inv.increment_inventory(SKU, a, 10, cost=InventoryCost(amount=Decimal("2.50")), reason="received PO 17")
    assert on_hand(inv, SKU, a) == 10
    inv.decrement_inventory(SKU, a, 3, reason="damaged in transit")
    assert on_hand(inv, SKU, a) == 7
    inv.set_inventory_quantity(SKU, a, 12, reason="cycle count")
    assert on_hand(inv, SKU, a) == 12
    inv.set_inventory_quantity(SKU, a, 12)  # a stock count repeated changes nothing
    assert on_hand(inv, SKU, a) == 12
    inv.move_inventory(SKU, a, b, 5)
    assert (on_hand(inv, SKU, a), on_hand(inv, SKU, b)) == (7, 5)
    inv.set_inventory_quantity(SKU, b, 0)
    assert on_hand(inv, SKU, b) == 0


def test_conditions_and_recost(inv, bench):
    _, a, _ = bench
    inv.increment_inventory(SKU, a, 4, condition="damaged", cost=InventoryCost(amount=Decimal("1.00")))
    inv.increment_inventory(SKU, a, 6, cost=InventoryCost(amount=Decimal("1.00")))
    inv.recost_inventory(SKU, a, 6, Decimal("3.00"), condition="sellable")
    [row] = inv.list_inventory(sku=SKU, inventory_location_id=a).inventory
    assert (row.on_hand, row.average_cost.amount) == (10, Decimal("2.20"))  # (4×1 + 6×3) / 10
    with pytest.raises(ValidationFailed):
        inv.decrement_inventory(SKU, a, 5, condition="damaged")
    inv.decrement_inventory(SKU, a, 4, condition="damaged")
    assert on_hand(inv, SKU, a) == 6


def test_decrement_is_all_or_nothing_and_says_why(inv, bench):
    _, a, _ = bench
    inv.increment_inventory(SKU, a, 2)
    with pytest.raises(ValidationFailed) as err:
        inv.decrement_inventory(SKU, a, 5)
    assert err.value.status == 400
    assert "only 2 on hand" in str(err.value) and "Nothing was changed" in str(err.value)
    assert err.value.fields and any("only 2 on hand" in m for ms in err.value.fields.values() for m in ms)
    assert on_hand(inv, SKU, a) == 2
    assert posts(inv) == [204, 400]  # refused once, not re-sent


def test_an_unknown_location_is_refused_by_shipstation(inv):
    with pytest.raises(ValidationFailed) as err:
        inv.increment_inventory(SKU, "il-nope", 1)
    assert "il-nope" in str(err.value) and err.value.code == "invalid_identifier"


def test_impossible_changes_are_refused_before_sending(inv):
    with pytest.raises(ValidationError):
        InventoryAdjustment(transaction_type="modify", sku=SKU, inventory_location_id="il-0101", quantity=1)
    with pytest.raises(ValidationError):
        inv.decrement_inventory(SKU, "il-0101", 0)
    with pytest.raises(ValidationError):
        InventoryAdjustment(transaction_type="increment", sku=SKU, inventory_location_id="il-0101",
                            quantity=1, new_condition="damaged")
    with pytest.raises(ValidationError):  # a misspelt field is not sent silently
        InventoryAdjustment.model_validate({"transaction_type": "increment", "sku": SKU,
                                            "inventory_location_id": "il-0101", "quantity": 1, "qty": 2})
    assert posts(inv) == []


def test_a_failed_increment_is_not_sent_again(inv, bench, admin):
    _, a, _ = bench
    admin.post("/faults", json={"kind": "500", "method": "POST", "path": "/v2/inventory", "times": 1})
    with pytest.raises(ServerError):
        inv.increment_inventory(SKU, a, 3)
    assert posts(inv) == [500]
    assert on_hand(inv, SKU, a) == 0


def test_a_lost_answer_to_an_increment_is_outcome_unknown_and_counted_once(inv, bench, admin):
    _, a, _ = bench
    admin.post("/faults", json={"kind": "commit_then_drop", "method": "POST", "path": "/v2/inventory"})
    with pytest.raises(OutcomeUnknown) as err:
        inv.increment_inventory(SKU, a, 3)
    assert "stock" in str(err.value) and SKU in str(err.value)
    assert posts(inv) == [None]
    assert on_hand(inv, SKU, a) == 3  # committed once, never twice


def test_a_stock_count_is_safe_to_repeat_after_a_server_error(inv, bench, admin):
    _, a, _ = bench
    admin.post("/faults", json={"kind": "503", "method": "POST", "path": "/v2/inventory", "times": 1})
    inv.set_inventory_quantity(SKU, a, 9)
    assert posts(inv) == [503, 204]
    assert on_hand(inv, SKU, a) == 9


# -- warehouses and locations -----------------------------------------------------------------------


def test_inventory_warehouse_crud(inv):
    seeded = list(inv.iter_inventory_warehouses(page_size=1))
    assert len(seeded) == 2 and all(isinstance(w, InventoryWarehouse) for w in seeded)
    made = inv.create_inventory_warehouse("Denver Annex")
    assert made.name == "Denver Annex" and made.created_at is not None and made.created_at.tzinfo
    assert inv.get_inventory_warehouse(made.inventory_warehouse_id) == made
    inv.rename_inventory_warehouse(made.inventory_warehouse_id, "Denver Annex 2")
    renamed = inv.get_inventory_warehouse(made.inventory_warehouse_id)
    assert renamed.name == "Denver Annex 2" and renamed.updated_at >= made.updated_at
    page = inv.list_inventory_warehouses()
    assert page.total == 3 and made.inventory_warehouse_id in {w.inventory_warehouse_id
                                                              for w in page.inventory_warehouses}
    inv.delete_inventory_warehouse(made.inventory_warehouse_id)
    with pytest.raises(NotFound):
        inv.get_inventory_warehouse(made.inventory_warehouse_id)


def test_a_stocked_warehouse_is_deleted_only_with_remove_inventory(inv, bench):
    wh, a, _ = bench
    inv.increment_inventory(SKU, a, 4)
    with pytest.raises(ValidationFailed) as err:
        inv.delete_inventory_warehouse(wh)
    assert "4 units" in str(err.value)
    assert inv.get_inventory_warehouse(wh).inventory_warehouse_id == wh
    inv.delete_inventory_warehouse(wh, remove_inventory=True)
    assert list(inv.iter_inventory(sku=SKU)) == []
    with pytest.raises(NotFound):
        inv.get_inventory_location(a)  # the warehouse's locations go with it


def test_inventory_location_crud(inv, bench):
    wh, a, b = bench
    mine = list(inv.iter_inventory_locations(inventory_warehouse_id=wh, page_size=2))
    assert {loc.inventory_location_id for loc in mine} == {a, b}
    assert all(isinstance(loc, InventoryLocation) and loc.inventory_warehouse_id == wh for loc in mine)
    assert inv.list_inventory_locations(page_size=1000).total == 6 + 2
    inv.rename_inventory_location(a, "C-09-09-09")
    assert inv.get_inventory_location(a).name == "C-09-09-09"
    inv.increment_inventory(SKU, a, 1)
    with pytest.raises(ValidationFailed):
        inv.delete_inventory_location(a)
    inv.delete_inventory_location(a, remove_inventory=True)
    inv.delete_inventory_location(b)
    with pytest.raises(NotFound):
        inv.get_inventory_location(b)
    with pytest.raises(NotFound):
        inv.delete_inventory_location(b)  # a first-attempt 404 is a real "not there"
    with pytest.raises(ValidationFailed):
        inv.create_inventory_location("X", "iw-nope")


def test_ids_are_sent_escaped(inv):
    with pytest.raises(NotFound) as err:
        inv.get_inventory_warehouse("a/b c")
    assert "/v2/inventory_warehouses/a%2Fb%20c" in err.value.call.url


def test_a_delete_whose_answer_was_lost_is_done(inv, bench, admin):
    _, _, b = bench
    admin.post("/faults", json={"kind": "commit_then_drop", "method": "DELETE",
                                "path": "/v2/inventory_locations/*"})
    inv.delete_inventory_location(b)  # resent after the drop, the 404 means the first one went through
    with pytest.raises(NotFound):
        inv.get_inventory_location(b)


# -- plans ------------------------------------------------------------------------------------------


def test_inventory_only_plan_reaches_inventory_and_nothing_else(make_sandbox, connect):
    box = make_sandbox(plan="inventory_only")
    inv = connect(box)
    assert len(list(inv.iter_inventory())) > 0
    wh = inv.create_inventory_warehouse("Plan Test")
    loc = inv.create_inventory_location("P-1", wh.inventory_warehouse_id)
    inv.increment_inventory(SKU, loc.inventory_location_id, 2)
    assert on_hand(inv, SKU, loc.inventory_location_id) == 2
    with pytest.raises(PlanError) as err:
        inv.list_carriers()
    assert err.value.status == 403 and "Gold" in str(err.value)


def test_plan_none_refuses_inventory_with_the_plan_in_words(make_sandbox, connect):
    inv = connect(make_sandbox(plan="none"))
    with pytest.raises(PlanError) as err:
        inv.list_inventory()
    assert "V2 Inventory API" in str(err.value) and err.value.code == "invalid_billing_plan"
