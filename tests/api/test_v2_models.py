"""V2 models on their own: inline label files, aware datetimes, Decimal money, unknown fields kept, and
random or malformed bodies only ever failing as a typed error through the transport."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from shipdesk.api.credentials import V2Credentials
from shipdesk.api.errors import InvalidResponse, OutcomeUnknown
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v2.client import V2Client
from shipdesk.api.v2.models import (
    Batch,
    BatchErrors,
    CarrierList,
    CreateShipmentsResult,
    InlineLabelUnreadable,
    Label,
    LabelDownload,
    LabelList,
    ManifestResult,
    PackageType,
    ProductList,
    RatedShipment,
    RateEstimate,
    Shipment,
    ShipmentRequest,
    TrackingInfo,
    UserList,
    VoidResult,
    Warehouse,
    Weight,
)

PDF = b"%PDF-1.4 tiny"


def test_inline_label_from_data_uri_bare_base64_or_url():
    data_uri = LabelDownload(href="data:application/pdf;base64," + base64.b64encode(PDF).decode())
    assert data_uri.is_inline and data_uri.inline_bytes() == PDF and data_uri.url_for() is None
    bare = LabelDownload(href=base64.b64encode(PDF).decode())
    assert bare.is_inline and bare.inline_bytes() == PDF
    url = LabelDownload(href="https://api.shipstation.com/v2/downloads/1/x/label-1.pdf",
                        zpl="https://api.shipstation.com/v2/downloads/1/x/label-1.zpl")
    assert not url.is_inline and url.inline_bytes() is None
    assert url.url_for("zpl", ).endswith(".zpl") and url.url_for("png") is None
    with pytest.raises(InlineLabelUnreadable):
        LabelDownload(href="data:application/pdf;base64,***not base64***").inline_bytes()


def test_label_file_bytes_fetches_only_when_it_must():
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return b"from " + url.encode()

    inline = Label(label_id="se-1", label_format="pdf", label_download=LabelDownload(
        href="data:application/pdf;base64," + base64.b64encode(PDF).decode()))
    assert inline.file_bytes(fetch) == PDF and fetched == []
    with pytest.raises(LookupError):
        inline.file_bytes(fetch, "zpl")  # an inline label carries one format only
    linked = Label(label_id="se-2", label_format="pdf", label_download=LabelDownload(
        href="https://h/l.pdf", pdf="https://h/l.pdf", zpl="https://h/l.zpl"))
    assert linked.file_bytes(fetch, "zpl") == b"from https://h/l.zpl" and fetched == ["https://h/l.zpl"]


def test_times_are_aware_money_is_decimal_and_unknown_fields_are_kept():
    label = Label.model_validate({
        "label_id": "se-5", "created_at": "2025-03-09T09:30:00", "voided_at": "2025-03-10T01:00:00-08:00",
        "shipment_cost": {"currency": "usd", "amount": 0.1}, "brand_new_field": {"x": 1}})
    assert label.created_at == datetime(2025, 3, 9, 9, 30, tzinfo=UTC)  # no offset sent: UTC
    assert label.voided_at is not None and label.voided_at.utcoffset() is not None
    assert label.voided_at.astimezone(UTC) == datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    assert label.shipment_cost is not None and label.shipment_cost.amount == Decimal("0.1")
    assert label.model_extra == {"brand_new_field": {"x": 1}}


def test_request_bodies_send_numbers_not_strings():
    request = ShipmentRequest.model_validate({
        "ship_to": {"name": "A", "country_code": "US"}, "warehouse_id": "se-1",
        "packages": [{"weight": {"value": "1.25", "unit": "pound"}, "insured_value": {"amount": "9.99"}}]})
    wire = request.wire()
    assert wire["packages"][0]["weight"] == {"value": 1.25, "unit": "pound"}
    assert wire["packages"][0]["insured_value"] == {"currency": "usd", "amount": 9.99}
    assert "carrier_id" not in wire and json.loads(json.dumps(wire)) == wire
    assert Weight(value=Decimal("16"), unit="ounce").wire() == {"value": 16.0, "unit": "ounce"}


MODELS = [Label, LabelList, VoidResult, TrackingInfo, RatedShipment, RateEstimate, Shipment, CreateShipmentsResult,
          CarrierList, PackageType, Warehouse, UserList, ProductList, Batch, BatchErrors, ManifestResult]
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner,
                                                                                max_size=4), max_leaves=12)
KEYS = st.sampled_from(["label_id", "shipment_id", "rates", "labels", "total", "pages", "amount", "created_at",
                        "label_download", "href", "carriers", "errors", "batch_id", "weight", "value", "users"])
SHAPED = st.dictionaries(KEYS, JSON, max_size=6)


@settings(max_examples=150, deadline=None)
@given(model=st.sampled_from(MODELS), body=JSON | SHAPED)
def test_random_bodies_parse_or_fail_as_validation_errors(model, body):
    try:
        model.model_validate(body)
    except ValidationError:
        pass


def _answering(body: bytes) -> V2Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return V2Client(V2Credentials("k"), base_url="http://shipstation.test", governor=RateGovernor("t"),
                    settings=TransportSettings(retries=0), http_transport=httpx.MockTransport(handler))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=40) | JSON.map(lambda v: json.dumps(v).encode()))
def test_malformed_answers_are_invalid_response_or_outcome_unknown(body):
    # Not a stand-in for the sandbox: only the bytes on the wire vary here, to reach every parse path.
    with _answering(body) as client:
        try:
            client.get_label("se-1")
        except InvalidResponse as exc:
            assert exc.call is not None and exc.status == 200
        try:
            client.create_label_from_rate("se-2")
        except OutcomeUnknown as exc:
            assert "cannot tell" in str(exc)
