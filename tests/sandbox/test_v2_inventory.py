"""The V2 Inventory API over real HTTP: levels, the four stock transactions, warehouses and locations.

Every response goes through the `v2` client, so it is also checked against ShipStation's OpenAPI file.
"""

from collections import defaultdict

import httpx
import pytest

SKU = "BENCH-TEST-01"


def all_levels(v2, **params):
    r = v2.get("/v2/inventory", params={"page_size": 1000, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["inventory"])
    return body["inventory"]


def level(v2, sku, location_id):
    rows = all_levels(v2, sku=sku, inventory_location_id=location_id)
    assert len(rows) <= 1
    return rows[0] if rows else None


def adjust(v2, **body):
    return v2.post("/v2/inventory", json=body)


def ok(response):
    assert response.status_code == 204, response.text
    assert response.content == b""


def error_of(response, status=400):
    assert response.status_code == status, response.text
    return response.json()["errors"][0]


@pytest.fixture
def bench(v2):
    """A fresh warehouse with two empty locations: (warehouse_id, location_a, location_b)."""
    wh = v2.post("/v2/inventory_warehouses", json={"name": "Bench Test Warehouse"})
    assert wh.status_code == 200, wh.text
    wh_id = wh.json()["inventory_warehouse_id"]
    locations = []
    for name in ("T-01-01-01", "T-01-01-02"):
        r = v2.post("/v2/inventory_locations", json={"name": name, "inventory_warehouse_id": wh_id})
        assert r.status_code == 200, r.text
        locations.append(r.json()["inventory_location_id"])
    return wh_id, locations[0], locations[1]


# -- levels -----------------------------------------------------------------------------------------


def test_levels_cover_the_seeded_stock_and_available_is_on_hand_minus_allocated(sandbox, v2):
    rows = all_levels(v2)
    pairs = {(lot.sku, lot.inventory_location_id) for lot in sandbox.world.stock}
    assert {(r["sku"], r["inventory_location_id"]) for r in rows} == pairs
    assert len(rows) == len(pairs) > 0
    for row in rows:
        assert row["available"] == row["on_hand"] - row["allocated"]
        assert row["on_hand"] >= row["allocated"] >= 0
        assert row["inventory_warehouse_id"].startswith("iw-")
        assert set(row["average_cost"]) == {"amount", "currency"}
    assert all_levels(v2, group_by="location") == rows


def test_group_by_warehouse_sums_the_locations(v2):
    by_location = all_levels(v2)
    sums = defaultdict(lambda: [0, 0])
    for row in by_location:
        key = (row["sku"], row["inventory_warehouse_id"])
        sums[key][0] += row["on_hand"]
        sums[key][1] += row["allocated"]
    by_warehouse = all_levels(v2, group_by="warehouse")
    assert len(by_warehouse) == len(sums)
    for row in by_warehouse:
        assert "inventory_location_id" not in row
        on_hand, allocated = sums[(row["sku"], row["inventory_warehouse_id"])]
        assert (row["on_hand"], row["allocated"], row["available"]) == (on_hand, allocated, on_hand - allocated)


def test_filters_by_sku_warehouse_and_location(v2):
    rows = all_levels(v2)
    sku, other = rows[0]["sku"], rows[-1]["sku"]
    assert {r["sku"] for r in all_levels(v2, sku=sku)} == {sku}
    assert {r["sku"] for r in all_levels(v2, sku=f"{sku},{other}")} == {sku, other}
    warehouse = rows[0]["inventory_warehouse_id"]
    assert {r["inventory_warehouse_id"] for r in all_levels(v2, inventory_warehouse_id=warehouse)} == {warehouse}
    location = rows[0]["inventory_location_id"]
    only_here = all_levels(v2, inventory_location_id=location)
    assert only_here == [r for r in rows if r["inventory_location_id"] == location]
    assert all_levels(v2, sku="NO-SUCH-SKU") == []
    assert error_of(v2.get("/v2/inventory", params={"group_by": "bin"}))["error_code"] == "invalid_field_value"


def test_paging_accepts_limit_and_page_size(v2):
    everything = all_levels(v2)
    r = v2.get("/v2/inventory", params={"limit": 5})
    body = r.json()
    assert r.status_code == 200 and body["inventory"] == everything[:5]
    assert (body["total"], body["page"], body["pages"]) == (len(everything), 1, -(-len(everything) // 5))
    assert "limit=5" in body["links"]["next"]["href"] and "page=2" in body["links"]["next"]["href"]
    assert body["links"]["prev"] == {}
    second = v2.get("/v2/inventory", params={"page_size": 5, "page": 2}).json()
    assert second["inventory"] == everything[5:10]
    assert "page_size=5" in second["links"]["prev"]["href"]
    followed = v2.get(body["links"]["next"]["href"]).json()
    assert followed["inventory"] == everything[5:10]
    assert len(v2.get("/v2/inventory").json()["inventory"]) == min(25, len(everything))
    assert v2.get("/v2/inventory", params={"limit": 0}).status_code == 400


# -- transactions -----------------------------------------------------------------------------------


def test_increment_creates_stock_and_averages_cost_by_quantity(v2, bench):
    _, loc, _ = bench
    assert level(v2, SKU, loc) is None
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=10,
              cost={"amount": 2.0, "currency": "USD"}))
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=30,
              cost={"amount": 4.0, "currency": "USD"}, lot="L-2", usable_end_date="2027-01-01T00:00:00Z"))
    row = level(v2, SKU, loc)
    assert (row["on_hand"], row["allocated"], row["available"]) == (40, 0, 40)
    assert row["average_cost"] == {"amount": 3.5, "currency": "USD"}  # (10*2 + 30*4) / 40
    assert row["inventory_warehouse_id"] == bench[0]


def test_decrement_is_all_or_nothing(v2, bench):
    _, loc, _ = bench
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=40))
    before = all_levels(v2)
    error = error_of(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=41))
    assert "only 40" in error["message"] and "Nothing was changed" in error["message"]
    error = error_of(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=1,
                            condition="damaged"))
    assert "condition 'damaged'" in error["message"]
    assert all_levels(v2) == before
    ok(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=15))
    assert level(v2, SKU, loc)["on_hand"] == 25
    ok(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=25))
    assert level(v2, SKU, loc)["on_hand"] == 0


def test_decrement_spans_lots_but_honours_filters(v2, bench):
    _, loc, _ = bench
    for lot, qty in (("A", 3), ("B", 4)):
        ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=qty, lot=lot))
    assert error_of(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=4,
                           lot="A"))["error_type"] == "business_rules"
    ok(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=loc, quantity=6))
    assert level(v2, SKU, loc)["on_hand"] == 1


def test_adjust_sets_on_hand_exactly(v2, bench):
    _, loc, _ = bench
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=7))
    assert level(v2, SKU, loc)["on_hand"] == 7
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=12))
    assert level(v2, SKU, loc)["on_hand"] == 12
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=0))
    assert level(v2, SKU, loc)["on_hand"] == 0


def test_adjust_counts_every_condition_and_changes_only_the_one_given(v2, bench):
    _, loc, _ = bench
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=10))
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=5,
              condition="damaged"))
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=12,
              condition="damaged"))  # 15 -> 12 by removing 3 damaged units
    assert level(v2, SKU, loc)["on_hand"] == 12
    before = all_levels(v2)
    error = error_of(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=0,
                            condition="damaged"))  # would need 12 damaged units; only 2 are
    assert "only 2" in error["message"]
    assert all_levels(v2) == before


def test_modify_moves_stock_and_re_attributes_it(v2, bench):
    _, here, there = bench
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=here, quantity=10,
              cost={"amount": 5.0, "currency": "USD"}))
    ok(adjust(v2, transaction_type="modify", sku=SKU, inventory_location_id=here, quantity=4,
              new_inventory_location_id=there))
    assert level(v2, SKU, here)["on_hand"] == 6
    moved = level(v2, SKU, there)
    assert moved["on_hand"] == 4 and moved["average_cost"]["amount"] == 5.0
    ok(adjust(v2, transaction_type="modify", sku=SKU, inventory_location_id=here, quantity=3,
              new_cost={"amount": 9.0, "currency": "USD"}))
    assert level(v2, SKU, here)["average_cost"]["amount"] == 7.0  # (3*5 + 3*9) / 6
    ok(adjust(v2, transaction_type="modify", sku=SKU, inventory_location_id=here, quantity=2,
              cost={"amount": 9.0, "currency": "USD"}, new_condition="damaged"))
    ok(adjust(v2, transaction_type="decrement", sku=SKU, inventory_location_id=here, quantity=2,
              condition="damaged"))
    assert level(v2, SKU, here)["on_hand"] == 4
    before = all_levels(v2)
    error_of(adjust(v2, transaction_type="modify", sku=SKU, inventory_location_id=here, quantity=5,
                    new_condition="qa_hold"))
    assert all_levels(v2) == before


VALID = {"transaction_type": "increment", "sku": SKU, "quantity": 1}


@pytest.mark.parametrize(("changes", "code"), [
    ({"transaction_type": None}, "field_value_required"),
    ({"transaction_type": "restock"}, "invalid_field_value"),
    ({"sku": None}, "field_value_required"),
    ({"sku": ""}, "invalid_field_value"),
    ({"quantity": None}, "field_value_required"),
    ({"quantity": "3"}, "invalid_field_value"),
    ({"quantity": 2.5}, "invalid_field_value"),
    ({"quantity": True}, "invalid_field_value"),
    ({"quantity": 0}, "invalid_field_value"),
    ({"transaction_type": "decrement", "quantity": -1}, "invalid_field_value"),
    ({"transaction_type": "adjust", "quantity": -1}, "invalid_field_value"),
    ({"inventory_location_id": None}, "field_value_required"),
    ({"inventory_location_id": "il-nope"}, "invalid_identifier"),
    ({"condition": "broken"}, "invalid_field_value"),
    ({"cost": {"amount": "cheap"}}, "invalid_field_value"),
    ({"cost": {"amount": -1, "currency": "USD"}}, "invalid_field_value"),
    ({"usable_end_date": "next tuesday"}, "invalid_field_value"),
    ({"new_condition": "damaged"}, "invalid_field_value"),
    ({"transaction_type": "modify"}, "field_value_required"),
    ({"transaction_type": "modify", "new_inventory_location_id": "il-nope"}, "invalid_identifier"),
])
def test_adjustment_validation_refuses_and_changes_nothing(v2, bench, changes, code):
    body = {**VALID, "inventory_location_id": bench[1], **changes}
    body = {k: v for k, v in body.items() if v is not None}
    before = all_levels(v2)
    error = error_of(adjust(v2, **body))
    assert (error["error_type"], error["error_code"]) == ("validation", code)
    assert all_levels(v2) == before


def test_adjust_may_be_zero_but_not_other_types(v2, bench):
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=bench[1], quantity=0))
    for kind in ("increment", "decrement", "modify"):
        assert adjust(v2, transaction_type=kind, sku=SKU, inventory_location_id=bench[1], quantity=0,
                      new_condition="damaged" if kind == "modify" else None).status_code == 400


def test_body_must_be_a_json_object(v2):
    empty = v2.post("/v2/inventory", content=b"", headers={"Content-Type": "application/json"})
    assert error_of(empty)["error_code"] == "request_body_required"
    assert error_of(v2.post("/v2/inventory", content=b"{nope"))["error_code"] == "invalid_object"
    assert error_of(v2.post("/v2/inventory", json=[VALID]))["error_code"] == "invalid_object"


# -- warehouses and locations -----------------------------------------------------------------------


def test_inventory_warehouse_crud(v2, admin):
    created = v2.post("/v2/inventory_warehouses", json={"name": "Overflow Annex"})
    assert created.status_code == 200
    wh = created.json()
    assert set(wh) == {"inventory_warehouse_id", "name", "created_at", "updated_at"}
    assert wh["name"] == "Overflow Annex" and wh["created_at"] == wh["updated_at"]
    path = f"/v2/inventory_warehouses/{wh['inventory_warehouse_id']}"
    assert v2.get(path).json() == wh
    listed = v2.get("/v2/inventory_warehouses").json()
    assert wh in listed["inventory_warehouses"] and listed["total"] == len(listed["inventory_warehouses"])
    admin.post("/clock", json={"advance_seconds": 90}).raise_for_status()
    ok(v2.put(path, json={"name": "Annex B"}))
    renamed = v2.get(path).json()
    assert renamed["name"] == "Annex B" and renamed["updated_at"] > wh["updated_at"]
    assert renamed["created_at"] == wh["created_at"]
    ok(v2.put(path, json={}))  # the spec's PUT body has no required field: nothing changes
    assert v2.get(path).json() == renamed
    assert error_of(v2.put(path, json={"name": ""}))["error_code"] == "invalid_field_value"
    assert error_of(v2.post("/v2/inventory_warehouses", json={}))["error_code"] == "field_value_required"
    for method in ("GET", "PUT", "DELETE"):
        missing = v2.request(method, "/v2/inventory_warehouses/iw-nope", json={"name": "x"})
        assert error_of(missing, 404)["error_code"] == "invalid_identifier"


def test_paging_inventory_warehouses_and_locations(v2):
    for n in range(3):
        v2.post("/v2/inventory_warehouses", json={"name": f"Extra {n}"}).raise_for_status()
    first = v2.get("/v2/inventory_warehouses", params={"limit": 2}).json()
    assert len(first["inventory_warehouses"]) == 2 and first["total"] == 5 and first["pages"] == 3
    last = v2.get("/v2/inventory_warehouses", params={"page_size": 2, "page": 3}).json()
    assert [w["name"] for w in last["inventory_warehouses"]] == ["Extra 2"]
    locations = v2.get("/v2/inventory_locations", params={"limit": 4}).json()
    assert len(locations["inventory_locations"]) == 4 and locations["total"] == 6


def test_deleting_a_stocked_warehouse_needs_remove_inventory(v2, bench):
    wh, loc, other = bench
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=3))
    path = f"/v2/inventory_warehouses/{wh}"
    for params in ({}, {"remove_inventory": "0"}):
        error = error_of(v2.delete(path, params=params))
        assert "3 units on hand" in error["message"] and "remove_inventory=1" in error["message"]
    assert error_of(v2.delete(path, params={"remove_inventory": "yes"}))["error_code"] == "invalid_field_value"
    assert v2.get(path).status_code == 200 and level(v2, SKU, loc)["on_hand"] == 3
    ok(v2.delete(path, params={"remove_inventory": "1"}))
    assert v2.get(path).status_code == 404
    for location in (loc, other):
        assert v2.get(f"/v2/inventory_locations/{location}").status_code == 404
    assert all_levels(v2, inventory_warehouse_id=wh) == []


def test_an_empty_warehouse_deletes_with_its_locations(v2, bench):
    wh, loc, _ = bench
    ok(adjust(v2, transaction_type="adjust", sku=SKU, inventory_location_id=loc, quantity=0))
    ok(v2.delete(f"/v2/inventory_warehouses/{wh}"))
    assert v2.get(f"/v2/inventory_locations/{loc}").status_code == 404


def test_inventory_location_crud(v2, admin, bench):
    wh, _, _ = bench
    created = v2.post("/v2/inventory_locations", json={"name": "T-09-01-01", "inventory_warehouse_id": wh})
    assert created.status_code == 200
    loc = created.json()
    assert set(loc) == {"inventory_location_id", "name", "inventory_warehouse_id", "created_at", "updated_at"}
    path = f"/v2/inventory_locations/{loc['inventory_location_id']}"
    assert v2.get(path).json() == loc
    assert loc in v2.get("/v2/inventory_locations", params={"page_size": 100}).json()["inventory_locations"]
    admin.post("/clock", json={"advance_seconds": 60}).raise_for_status()
    ok(v2.put(path, json={"name": "T-09-01-02"}))
    renamed = v2.get(path).json()
    assert renamed["name"] == "T-09-01-02" and renamed["updated_at"] > loc["updated_at"]
    missing_wh = v2.post("/v2/inventory_locations", json={"name": "X"})
    assert error_of(missing_wh)["error_code"] == "field_value_required"
    unknown_wh = v2.post("/v2/inventory_locations", json={"name": "X", "inventory_warehouse_id": "iw-nope"})
    assert error_of(unknown_wh)["error_code"] == "invalid_identifier"
    assert error_of(v2.get("/v2/inventory_locations/il-nope"), 404)["error_code"] == "invalid_identifier"


def test_deleting_a_stocked_location_needs_remove_inventory(v2, admin, bench):
    wh, loc, other = bench
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=loc, quantity=2))
    ok(adjust(v2, transaction_type="increment", sku=SKU, inventory_location_id=other, quantity=5))
    path = f"/v2/inventory_locations/{loc}"
    assert "2 units on hand" in error_of(v2.delete(path))["message"]
    assert level(v2, SKU, loc)["on_hand"] == 2
    warehouse_before = v2.get(f"/v2/inventory_warehouses/{wh}").json()
    admin.post("/clock", json={"advance_seconds": 30}).raise_for_status()
    ok(v2.delete(path, params={"remove_inventory": "1"}))
    assert v2.get(path).status_code == 404
    assert level(v2, SKU, loc) is None and level(v2, SKU, other)["on_hand"] == 5
    assert v2.get(f"/v2/inventory_warehouses/{wh}").json()["updated_at"] > warehouse_before["updated_at"]
    assert error_of(v2.delete(path), 404)["error_code"] == "invalid_identifier"


# -- plans ------------------------------------------------------------------------------------------


def test_inventory_only_plan_reaches_inventory_and_nothing_else(make_sandbox, v2_contract, contract_failures):
    from conftest import v2_client

    box = make_sandbox(plan="inventory_only")
    with v2_client(box.url, box.config.v2_key, v2_contract, contract_failures) as client:
        assert client.get("/v2/inventory").status_code == 200
        assert client.get("/v2/inventory_warehouses").status_code == 200
        assert client.get("/v2/inventory_locations").status_code == 200
        location = client.get("/v2/inventory_locations").json()["inventory_locations"][0]["inventory_location_id"]
        ok(client.post("/v2/inventory", json={**VALID, "inventory_location_id": location}))
        for path in ("/v2/carriers", "/v2/labels", "/v2/warehouses"):
            refused = client.get(path)
            assert refused.status_code == 403, path
            assert refused.json()["errors"][0]["error_code"] == "invalid_billing_plan"
    v1 = httpx.get(box.url + "/orders", auth=(box.config.v1_key, box.config.v1_secret))
    assert v1.status_code == 403


def test_plan_none_refuses_inventory(make_sandbox, v2_contract, contract_failures):
    from conftest import v2_client

    box = make_sandbox(plan="none")
    with v2_client(box.url, box.config.v2_key, v2_contract, contract_failures) as client:
        assert client.get("/v2/inventory").status_code == 403
