"""The shipping-route errata: real sandbox bodies pass with them, fail without them, and wrong bodies still fail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract.errata import ENABLED_ERRATA
from contract.openapi_contract import ContractViolation, V2Contract, default_contract

JSON = "application/json"
UPS = "se-1000202"
TO = {"name": "Jane Doe", "phone": "206-555-0100", "address_line1": "1200 Pine St", "city_locality": "Seattle",
      "state_province": "WA", "postal_code": "98101", "country_code": "US"}
PACKAGES = [{"weight": {"value": 1, "unit": "pound"}}]


@pytest.fixture(scope="module")
def real() -> Iterator[dict[str, Any]]:
    """Bodies the sandbox really sends (fetched without the contract hook)."""
    from shipdesk.sandbox import Sandbox, SandboxConfig

    with Sandbox(SandboxConfig(orders=0, seed=3, v2_key="k")) as box, \
            httpx.Client(base_url=box.url, headers={"API-Key": "k"}, timeout=10) as v2:
        shipment = {"ship_to": TO, "warehouse_id": "se-501", "packages": PACKAGES, "carrier_id": UPS,
                    "service_code": "ups_ground"}
        label = v2.post("/v2/labels", json={"shipment": shipment}).json()
        shipment_id = v2.post("/v2/shipments", json={"shipments": [shipment]}).json()["shipments"][0]["shipment_id"]
        rates = v2.post("/v2/rates", json={"shipment_id": shipment_id,
                                           "rate_options": {"carrier_ids": [UPS]}}).json()["rate_response"]
        yield {"label": label, "shipment": v2.get(f"/v2/shipments/{shipment_id}").json(), "rates": rates,
               "rate": v2.get(f"/v2/rates/{rates['rates'][0]['rate_id']}").json(), "shipment_id": shipment_id}


def without(*ids: str) -> V2Contract:
    return V2Contract(errata=[e for e in ENABLED_ERRATA if e.id not in ids])


def problems(contract: V2Contract, method: str, path: str, body: Any) -> str:
    try:
        contract.check(method, path, 200, JSON, json.dumps(body).encode())
    except ContractViolation as exc:
        return str(exc)
    return ""


def test_real_shipping_bodies_pass(real):
    contract = default_contract()
    assert problems(contract, "POST", "/v2/labels", real["label"]) == ""
    assert problems(contract, "GET", f"/v2/shipments/{real['shipment_id']}", real["shipment"]) == ""
    assert problems(contract, "GET", "/v2/rates/se-1", real["rate"]) == ""
    assert problems(contract, "GET", f"/v2/shipments/{real['shipment_id']}/rates", real["rates"]) == ""


def test_rate_by_id_is_one_rate(real):
    assert "'rates' is a required property" in problems(without("rate-by-id-required-list"), "GET", "/v2/rates/se-1",
                                                         real["rate"])
    no_id = {k: v for k, v in real["rate"].items() if k != "rate_id"}
    assert "'rate_id' is a required property" in problems(default_contract(), "GET", "/v2/rates/se-1", no_id)


def test_rate_response_created_at_is_a_date_time(real):
    path = f"/v2/shipments/{real['shipment_id']}/rates"
    assert "does not match '^se" in problems(without("rate-response-created-at-se-id"), "GET", path, real["rates"])
    assert "created_at" in problems(default_contract(), "GET", path, {**real["rates"], "created_at": "se-1"})


def test_label_batch_id_may_be_empty(real):
    assert real["label"]["batch_id"] == ""
    assert "batch_id" in problems(without("label-batch-id-empty-string"), "POST", "/v2/labels", real["label"])
    assert problems(default_contract(), "POST", "/v2/labels", {**real["label"], "batch_id": "se-500000"}) == ""
    assert "batch_id" in problems(default_contract(), "POST", "/v2/labels", {**real["label"], "batch_id": "b1"})


def test_shipping_nulls_and_closed_objects(real):
    label = real["label"]
    assert label["voided_at"] is None
    assert "None is not of type" in problems(without("shipping-nullable-fields"), "POST", "/v2/labels", label)
    assert "Additional properties" in problems(without("shipping-closed-allof"), "GET",
                                               f"/v2/shipments/{real['shipment_id']}", real["shipment"])
    typo = {**real["shipment"], "shipment_stauts": "pending"}
    assert "'shipment_stauts' was unexpected" in problems(default_contract(), "GET", "/v2/shipments/se-1", typo)
    assert "label_id" in problems(default_contract(), "POST", "/v2/labels", {**label, "label_id": None})


def test_addresses_need_a_name_or_company_but_no_state_abroad(real):
    path = f"/v2/shipments/{real['shipment_id']}"
    ship_to = {k: v for k, v in real["shipment"]["ship_to"].items() if k != "name"}
    company = {**real["shipment"], "ship_to": {**ship_to, "company_name": "Pine Street Books"}}
    assert problems(default_contract(), "GET", path, company) == ""
    assert "'name' is a required property" in problems(without("address-name-or-company"), "GET", path, company)
    nobody = {**real["shipment"], "ship_to": {**ship_to, "company_name": None}}
    assert problems(default_contract(), "GET", path, nobody) != ""
    stateless = {k: v for k, v in real["shipment"]["ship_to"].items() if k != "state_province"}
    london = {**real["shipment"], "ship_to": {**stateless, "country_code": "GB", "postal_code": "NW1 6XE"}}
    assert problems(default_contract(), "GET", path, london) == ""
    assert "'state_province' is a required property" in problems(without("address-state-optional"), "GET", path,
                                                                 london)
    assert "state_province" in problems(default_contract(), "GET", path,
                                        {**london, "ship_to": {**london["ship_to"], "state_province": ""}})
