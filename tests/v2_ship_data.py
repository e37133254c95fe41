"""Request bodies and small helpers shared by the V2 shipping tests (rates, labels, shipments, batches)."""

from __future__ import annotations

import copy
from typing import Any

import httpx

USPS, UPS, FEDEX = "se-1000101", "se-1000202", "se-1000303"
ALL_CARRIERS = [USPS, UPS, FEDEX]
WAREHOUSE = "se-501"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

SEATTLE: dict[str, Any] = {
    "name": "Jane Doe", "phone": "206-555-0100", "address_line1": "1200 Pine St", "address_line2": "Apt 4",
    "city_locality": "Seattle", "state_province": "WA", "postal_code": "98101", "country_code": "US",
    "address_residential_indicator": "yes",
}
LONDON: dict[str, Any] = {
    "name": "Oliver Hughes", "phone": "+44 20 5555 0100", "address_line1": "221B Baker Street",
    "city_locality": "London", "postal_code": "NW1 6XE", "country_code": "GB",
}
CUSTOMS: dict[str, Any] = {
    "contents": "merchandise", "non_delivery": "return_to_sender",
    "customs_items": [{"description": "Stoneware mug", "quantity": 2, "value": {"currency": "usd", "amount": 16.5},
                       "harmonized_tariff_code": "6912.00", "country_of_origin": "US", "sku": "MUG-01"}],
}


def package(value: float = 1, unit: str = "pound", **extra: Any) -> dict[str, Any]:
    return {"weight": {"value": value, "unit": unit},
            "dimensions": {"unit": "inch", "length": 10, "width": 8, "height": 4}, **extra}


def shipment(**overrides: Any) -> dict[str, Any]:
    """A domestic shipment from the main warehouse to Seattle, 1 lb; keyword arguments replace fields."""
    body: dict[str, Any] = {"ship_to": copy.deepcopy(SEATTLE), "warehouse_id": WAREHOUSE, "packages": [package()]}
    body.update(overrides)
    return body


def abroad(**overrides: Any) -> dict[str, Any]:
    return shipment(ship_to=copy.deepcopy(LONDON), customs=copy.deepcopy(CUSTOMS), **overrides)


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, f"{response.status_code}: {response.text[:500]}"
    return response.json() if response.content else None


def error(response: httpx.Response, status: int = 400) -> tuple[str, str, str]:
    """(error_type, error_code, message) of a V2 error envelope with the expected status."""
    assert response.status_code == status, f"{response.status_code}: {response.text[:500]}"
    first = response.json()["errors"][0]
    return first["error_type"], first["error_code"], first["message"]


def create_shipments(v2: httpx.Client, *bodies: dict[str, Any]) -> list[dict[str, Any]]:
    result = ok(v2.post("/v2/shipments", json={"shipments": list(bodies)}))
    return list(result["shipments"])


def create_shipment(v2: httpx.Client, **overrides: Any) -> dict[str, Any]:
    return create_shipments(v2, shipment(**overrides))[0]


def buy(v2: httpx.Client, carrier_id: str = UPS, service_code: str = "ups_ground", options: dict[str, Any] | None = None,
        **overrides: Any) -> dict[str, Any]:
    """Buy a label with POST /v2/labels for a new shipment (`overrides` change the shipment)."""
    body = {"shipment": shipment(carrier_id=carrier_id, service_code=service_code, **overrides), **(options or {})}
    return dict(ok(v2.post("/v2/labels", json=body)))


def rate(v2: httpx.Client, shipment_id: str, carrier_ids: list[str] | None = None, **options: Any) -> dict[str, Any]:
    body = {"shipment_id": shipment_id, "rate_options": {"carrier_ids": carrier_ids or ALL_CARRIERS, **options}}
    return dict(ok(v2.post("/v2/rates", json=body))["rate_response"])
