"""V2 rate shopping over real HTTP: POST /v2/rates, GET /v2/rates/{id}, estimates, shipment rates."""

from __future__ import annotations

from v2_ship_data import (
    ALL_CARRIERS,
    FEDEX,
    UPS,
    USPS,
    abroad,
    create_shipment,
    error,
    ok,
    package,
    rate,
    shipment,
)

from shipdesk.sandbox.catalog import CARRIERS


def test_rate_shopping_returns_rates_from_every_carrier_asked(v2):
    created = create_shipment(v2)
    response = rate(v2, created["shipment_id"])
    assert response["status"] == "completed" and response["errors"] == []
    assert response["shipment_id"] == created["shipment_id"]
    assert {r["carrier_id"] for r in response["rates"]} == set(ALL_CARRIERS)
    for r in response["rates"]:
        assert r["rate_type"] == "shipment"
        assert r["shipping_amount"]["currency"] == "usd" and r["shipping_amount"]["amount"] > 0
        assert r["delivery_days"] >= 1 and r["package_type"] == "package"
    codes = {r["service_code"] for r in response["rates"]}
    assert {"usps_priority_mail", "ups_ground", "fedex_ground"} <= codes
    assert not any("international" in c for c in codes)  # a domestic shipment gets domestic services


def test_rates_are_stored_and_read_back_by_id(v2):
    created = create_shipment(v2)
    first = rate(v2, created["shipment_id"], [UPS])["rates"][0]
    assert ok(v2.get(f"/v2/rates/{first['rate_id']}")) == first
    assert error(v2.get("/v2/rates/se-999999"), 404)[1] == "invalid_identifier"


def test_rating_a_shipment_object_creates_the_shipment(v2):
    body = {"shipment": shipment(external_shipment_id="rate-obj-1"),
            "rate_options": {"carrier_ids": [FEDEX], "service_codes": ["fedex_ground", "fedex_2day"]}}
    result = ok(v2.post("/v2/rates", json=body))
    assert result["external_shipment_id"] == "rate-obj-1" and result["shipment_status"] == "pending"
    assert sorted(r["service_code"] for r in result["rate_response"]["rates"]) == ["fedex_2day", "fedex_ground"]
    stored = ok(v2.get(f"/v2/shipments/{result['shipment_id']}"))
    assert stored["ship_to"]["postal_code"] == "98101"


def test_flat_rate_packaging_only_rates_where_the_carrier_has_it(v2):
    created = create_shipment(v2)
    response = rate(v2, created["shipment_id"], package_types=["flat_rate_envelope"])
    assert response["status"] == "partial"
    assert {r["carrier_id"] for r in response["rates"]} == {USPS}
    assert {r["package_type"] for r in response["rates"]} == {"flat_rate_envelope"}
    assert {e["error_code"] for e in response["errors"]} == {"no_rates_returned"}
    assert len(response["errors"]) == 2  # UPS and FedEx


def test_prices_are_deterministic_and_grow_with_weight(v2):
    light = create_shipment(v2)
    heavy = create_shipment(v2, packages=[package(12)])
    again = create_shipment(v2)

    def price(shipment_id):
        rates = rate(v2, shipment_id, [UPS], service_codes=["ups_ground"])["rates"]
        return rates[0]["shipping_amount"]["amount"]

    assert price(light["shipment_id"]) == price(again["shipment_id"])
    assert price(heavy["shipment_id"]) > price(light["shipment_id"])


def test_international_shipments_get_international_services(v2):
    created = create_shipment(v2, **{k: v for k, v in abroad().items() if k in ("ship_to", "customs")})
    codes = {r["service_code"] for r in rate(v2, created["shipment_id"])["rates"]}
    abroad_codes = {s.code for c in CARRIERS for s in c.services if s.international}
    assert codes == abroad_codes


def test_rate_request_errors(v2):
    created = create_shipment(v2)
    no_options = v2.post("/v2/rates", json={"shipment_id": created["shipment_id"]})
    assert error(no_options)[:2] == ("validation", "field_value_required")
    unknown_carrier = v2.post("/v2/rates", json={"shipment_id": created["shipment_id"],
                                                 "rate_options": {"carrier_ids": ["se-424242"]}})
    assert error(unknown_carrier)[1] == "invalid_identifier"
    unknown_shipment = v2.post("/v2/rates", json={"shipment_id": "se-1", "rate_options": {"carrier_ids": [UPS]}})
    assert error(unknown_shipment)[1] == "invalid_identifier"
    assert error(v2.post("/v2/rates", content=b"not json", headers={"Content-Type": "application/json"}))[1] \
        == "invalid_object"


def test_shipment_rates_endpoint_answers_the_latest_rate_response(v2):
    created = create_shipment(v2)
    fresh = ok(v2.get(f"/v2/shipments/{created['shipment_id']}/rates"))  # never rated: rated now
    assert {r["carrier_id"] for r in fresh["rates"]} == set(ALL_CARRIERS)
    latest = rate(v2, created["shipment_id"], [FEDEX])
    again = ok(v2.get(f"/v2/shipments/{created['shipment_id']}/rates"))
    assert again["rate_request_id"] == latest["rate_request_id"] != fresh["rate_request_id"]
    assert [r["rate_id"] for r in again["rates"]] == [r["rate_id"] for r in latest["rates"]]


def test_estimate_is_a_bare_array_without_rate_ids(v2):
    body = {"from_country_code": "US", "from_postal_code": "78701", "from_city_locality": "Austin",
            "from_state_province": "TX", "to_country_code": "US", "to_postal_code": "98101",
            "to_city_locality": "Seattle", "to_state_province": "WA", "weight": {"value": 2, "unit": "pound"},
            "ship_date": "2030-01-15"}
    estimates = ok(v2.post("/v2/rates/estimate", json=body))
    assert isinstance(estimates, list) and estimates
    assert all("rate_id" not in e and e["rate_type"] == "check" for e in estimates)
    assert {e["carrier_id"] for e in estimates} == set(ALL_CARRIERS)
    only_ups = ok(v2.post("/v2/rates/estimate", json={**body, "carrier_ids": [UPS]}))
    assert {e["carrier_id"] for e in only_ups} == {UPS}
    assert error(v2.post("/v2/rates/estimate", json={**body, "weight": {"value": 0, "unit": "pound"}}))[1] \
        == "invalid_field_value"
    missing = {k: v for k, v in body.items() if k != "to_postal_code"}
    assert error(v2.post("/v2/rates/estimate", json=missing))[1] == "field_value_required"
