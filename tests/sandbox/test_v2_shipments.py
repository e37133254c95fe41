"""V2 shipments over real HTTP: create, external ids, list filters, cancel rules, tags."""

from __future__ import annotations

from v2_ship_data import (
    SEATTLE,
    UPS,
    WAREHOUSE,
    abroad,
    buy,
    create_shipment,
    error,
    ok,
    shipment,
)


def test_create_shipments_and_read_them_back(v2):
    body = shipment(external_shipment_id="ord-1", shipment_number="1001", carrier_id=UPS, service_code="ups_ground",
                    items=[{"name": "Canvas Tote Bag", "sku": "TOTE-01", "quantity": 2}], confirmation="signature")
    from_london = {**shipment(ship_from=abroad()["ship_to"]), "warehouse_id": None}
    result = ok(v2.post("/v2/shipments", json={"shipments": [body, from_london]}))
    assert result["has_errors"] is False and len(result["shipments"]) == 2
    first, second = result["shipments"]
    assert first["shipment_id"].startswith("se-") and first["shipment_status"] == "pending"
    assert first["errors"] == [] and first["address_validation"] is None
    assert first["ship_from"]["city_locality"] == "Austin" and first["warehouse_id"] == WAREHOUSE
    assert first["return_to"]["postal_code"] == "78701"
    assert first["total_weight"] == {"value": 1, "unit": "pound"}
    assert second["ship_from"]["country_code"] == "GB" and second["warehouse_id"] is None
    fetched = ok(v2.get(f"/v2/shipments/{first['shipment_id']}"))
    assert {k: fetched[k] for k in ("ship_to", "packages", "items", "confirmation", "carrier_id", "service_code")} \
        == {k: first[k] for k in ("ship_to", "packages", "items", "confirmation", "carrier_id", "service_code")}
    assert error(v2.get("/v2/shipments/se-424242"), 404)[1] == "invalid_identifier"


def test_external_shipment_ids_are_unique_and_searchable(v2):
    created = create_shipment(v2, external_shipment_id="bench-7/42")
    found = ok(v2.get("/v2/shipments/external_shipment_id/bench-7%2F42"))
    assert found["shipment_id"] == created["shipment_id"]
    assert error(v2.get("/v2/shipments/external_shipment_id/never-sent"), 404)[1] == "invalid_identifier"
    again = v2.post("/v2/shipments", json={"shipments": [shipment(external_shipment_id="fresh-1"),
                                                         shipment(external_shipment_id="bench-7/42")]})
    assert error(again)[:2] == ("validation", "identifier_conflict")
    twice = v2.post("/v2/shipments", json={"shipments": [shipment(external_shipment_id="x-1"),
                                                         shipment(external_shipment_id="x-1")]})
    assert error(twice)[1] == "identifier_conflict"
    assert ok(v2.get("/v2/shipments"))["total"] == 1  # refused requests created nothing
    label_body = {"shipment": shipment(external_shipment_id="bench-7/42", carrier_id=UPS, service_code="ups_ground")}
    assert error(v2.post("/v2/labels", json=label_body))[1] == "identifier_conflict"
    too_long = v2.post("/v2/shipments", json={"shipments": [shipment(external_shipment_id="x" * 51)]})
    assert error(too_long)[1] == "invalid_string_length"


def test_list_filters_sorting_and_paging(v2, admin):
    made = []
    for i, name in enumerate(["Ann Archer", "Ben Baker", "Cat Cole", "Dan Dale"]):
        made.append(create_shipment(v2, ship_to={**SEATTLE, "name": name}, external_shipment_id=f"e-{i}",
                                    items=[{"name": f"Thing {i}", "sku": f"SKU-{i}", "quantity": 1}]))
        admin.post("/clock", json={"advance_seconds": 60})
    ids = [s["shipment_id"] for s in made]
    listing = ok(v2.get("/v2/shipments", params={"page_size": 3}))
    assert (listing["total"], listing["pages"]) == (4, 2)
    assert [s["shipment_id"] for s in listing["shipments"]] == ids[::-1][:3]
    assert listing["links"]["next"]["href"].endswith("page=2&page_size=3")
    asc = ok(v2.get("/v2/shipments", params={"sort_dir": "asc", "sort_by": "modified_at"}))
    assert [s["shipment_id"] for s in asc["shipments"]] == ids
    assert [s["shipment_id"] for s in ok(v2.get("/v2/shipments", params={"ship_to_name": "baker"}))["shipments"]] \
        == [ids[1]]
    assert ok(v2.get("/v2/shipments", params={"external_shipment_id": "e-2"}))["shipments"][0]["shipment_id"] \
        == ids[2]
    assert ok(v2.get("/v2/shipments", params={"item_keyword": "sku-3"}))["shipments"][0]["shipment_id"] == ids[3]
    ok(v2.put(f"/v2/shipments/{ids[0]}/cancel"), 204)
    cancelled = ok(v2.get("/v2/shipments", params={"shipment_status": "cancelled", "pickup_id": "ignored"}))
    assert [s["shipment_id"] for s in cancelled["shipments"]] == [ids[0]]
    start = made[2]["created_at"]
    assert ok(v2.get("/v2/shipments", params={"created_at_start": start}))["total"] == 2
    assert error(v2.get("/v2/shipments", params={"shipment_status": "lost"}))[1] == "invalid_field_value"
    assert error(v2.get("/v2/shipments", params={"created_at_start": "yesterday"}))[1] == "invalid_field_value"


def test_address_validation_findings_set_has_errors(v2):
    good = shipment(validate_address="validate_and_clean")
    bad = shipment(ship_to={**SEATTLE, "postal_code": "9810"}, validate_address="validate_only")
    result = ok(v2.post("/v2/shipments", json={"shipments": [good, bad]}))
    assert result["has_errors"] is True
    checked, failed = result["shipments"]
    assert checked["address_validation"]["status"] == "verified" and checked["errors"] == []
    assert checked["address_validation"]["matched_address"]["city_locality"] == "SEATTLE"
    assert failed["address_validation"]["status"] == "error" and failed["errors"]
    assert failed["address_validation"]["messages"][0]["detail_code"] == "invalid_postal_code"


def test_shipment_request_errors(v2):
    assert error(v2.post("/v2/shipments", json={"shipments": []}))[1] == "field_value_required"
    assert error(v2.post("/v2/shipments", content=b"", headers={"Content-Type": "application/json"}))[1] \
        == "request_body_required"
    no_origin = {k: v for k, v in shipment().items() if k != "warehouse_id"}
    assert error(v2.post("/v2/shipments", json={"shipments": [no_origin]}))[1] == "field_value_required"
    no_phone = shipment(ship_to={k: v for k, v in SEATTLE.items() if k != "phone"})
    assert error(v2.post("/v2/shipments", json={"shipments": [no_phone]}))[1] == "field_value_required"


def test_cancel_is_refused_while_a_label_is_live(v2):
    label = buy(v2)
    shipment_id = label["shipment_id"]
    kind, code, _ = error(v2.put(f"/v2/shipments/{shipment_id}/cancel"))
    assert (kind, code) == ("business_rules", "invalid_status")
    ok(v2.put(f"/v2/labels/{label['label_id']}/void"))
    assert v2.put(f"/v2/shipments/{shipment_id}/cancel").status_code == 204
    assert v2.put(f"/v2/shipments/{shipment_id}/cancel").status_code == 204  # idempotent
    assert ok(v2.get(f"/v2/shipments/{shipment_id}"))["shipment_status"] == "cancelled"
    assert error(v2.post(f"/v2/labels/shipment/{shipment_id}", json={}))[:2] == ("business_rules", "invalid_status")
    assert error(v2.put("/v2/shipments/se-424242/cancel"), 404)[1] == "invalid_identifier"


def test_tags_go_on_and_come_off(v2):
    created = create_shipment(v2)
    url = f"/v2/shipments/{created['shipment_id']}/tags"
    assert ok(v2.post(f"{url}/Rush")) == {"shipment_id": created["shipment_id"], "tag": {"name": "Rush"}}
    ok(v2.post(f"{url}/rush"))  # case-insensitive, and tagging twice is harmless
    assert ok(v2.get(f"/v2/shipments/{created['shipment_id']}"))["tags"] == [{"name": "Rush"}]
    assert v2.delete(f"{url}/Rush").status_code == 204
    assert v2.delete(f"{url}/Rush").status_code == 204
    assert ok(v2.get(f"/v2/shipments/{created['shipment_id']}"))["tags"] == []
    assert error(v2.post(f"{url}/NoSuchTag"), 404)[1] == "invalid_identifier"
