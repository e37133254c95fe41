"""Fixtures and helpers for the V2 client tests (imported by the test modules that use them)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from shipdesk.api.credentials import V2Credentials
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v2.client import V2Client
from shipdesk.api.v2.models import Address, Label, ShipmentPackage, ShipmentRequest, Weight
from shipdesk.sandbox import Sandbox

FAST = TransportSettings(retries=3, backoff=0.01, max_wait=30)


def make_client(box: Sandbox, *, key: str | None = None, settings: TransportSettings = FAST,
                governor: RateGovernor | None = None) -> V2Client:
    # Own governor per client: the process-wide one per key would carry one test's 429 into the next.
    return V2Client(V2Credentials(key or box.config.v2_key), base_url=box.url,
                    governor=governor or RateGovernor("test-v2"), settings=settings)


def customer(**overrides: Any) -> Address:
    fields: dict[str, Any] = {"name": "Ann Buyer", "phone": "512-555-0199", "address_line1": "1 Main St",
                              "city_locality": "Brooklyn", "state_province": "NY", "postal_code": "11201",
                              "country_code": "US", "address_residential_indicator": "yes"}
    return Address(**{**fields, **overrides})


def shipment(warehouse_id: str, *, external_id: str | None = None, ounces: float = 12,
             carrier_id: str | None = None, service_code: str | None = None, **extra: Any) -> ShipmentRequest:
    return ShipmentRequest(ship_to=customer(), warehouse_id=warehouse_id, external_shipment_id=external_id,
                           packages=[ShipmentPackage(weight=Weight(value=Decimal(str(ounces)), unit="ounce"))],
                           carrier_id=carrier_id, service_code=service_code, **extra)


def buy(client: V2Client, external_id: str | None = None) -> Label:
    """A stored shipment from warehouse 1, rated with USPS, labelled with its cheapest rate."""
    warehouse = client.list_warehouses()[0].warehouse_id
    usps = next(c for c in client.list_carriers().carriers if c.carrier_code == "stamps_com")
    rated = client.get_rates(shipment(warehouse, external_id=external_id), carrier_ids=[usps.carrier_id])
    cheapest = rated.rate_response.cheapest()
    assert cheapest is not None
    return client.create_label_from_rate(cheapest.rate_id)


def last_body(client: V2Client) -> Any:
    """The JSON the client's last call received (from its own call log)."""
    record = client.call_log.last(1)[0]
    assert record.response_body is not None
    return json.loads(record.response_body)


def assert_same(parsed: Any, raw: Any, path: str = "$") -> None:
    """Every value of the wire JSON is in the parsed model, with the same meaning (nothing lost)."""
    if isinstance(parsed, BaseModel):
        assert isinstance(raw, dict), f"{path}: model for {raw!r}"
        extra = parsed.model_extra or {}
        for key, value in raw.items():
            if key in type(parsed).model_fields:
                assert_same(getattr(parsed, key), value, f"{path}.{key}")
            else:
                assert key in extra, f"{path}.{key} was dropped"
                assert extra[key] == value, f"{path}.{key}: {extra[key]!r} != {value!r}"
    elif isinstance(raw, list):
        assert isinstance(parsed, list) and len(parsed) == len(raw), f"{path}: {parsed!r} != {raw!r}"
        for n, (p, r) in enumerate(zip(parsed, raw, strict=True)):
            assert_same(p, r, f"{path}[{n}]")
    elif raw is None or isinstance(raw, bool):
        assert parsed is raw, f"{path}: {parsed!r} != {raw!r}"
    elif isinstance(raw, int | float):
        assert Decimal(str(parsed)) == Decimal(str(raw)), f"{path}: {parsed!r} != {raw!r}"
    elif isinstance(parsed, datetime):
        assert parsed.tzinfo is not None, f"{path}: naive datetime"
        assert parsed == datetime.fromisoformat(raw.replace("Z", "+00:00")), f"{path}: {parsed!r} != {raw!r}"
    elif isinstance(parsed, date):
        assert parsed == date.fromisoformat(raw[:10]), f"{path}: {parsed!r} != {raw!r}"
    else:
        assert parsed == raw, f"{path}: {parsed!r} != {raw!r}"
