"""Whatever bytes come back, a V1 call ends in a typed error — never a KeyError, TypeError or the like.

httpx.MockTransport here only varies the bytes on the wire to reach every parse path; the behaviour
tests talk to the sandbox."""

import json
from datetime import date

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shipdesk.api.credentials import V1Credentials
from shipdesk.api.errors import InvalidResponse, OutcomeUnknown
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.client import V1Client
from shipdesk.api.v1.models import Weight

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner,
                                                                                max_size=4), max_leaves=12)
KEYS = st.sampled_from(["orders", "orderId", "orderNumber", "orderKey", "orderStatus", "orderDate", "total",
                        "page", "pages", "shipments", "shipmentId", "labelData", "trackingNumber", "shipTo",
                        "items", "weight", "code", "name", "serviceCode", "shipmentCost", "createDate"])
SHAPED = st.dictionaries(KEYS, JSON, max_size=8)
BODIES = st.binary(max_size=40) | (JSON | SHAPED | st.lists(SHAPED, max_size=3)).map(lambda v: json.dumps(v).encode())

CALLS = {
    "list_orders": lambda c: c.list_orders(),
    "get_order": lambda c: c.get_order(1),
    "list_shipments": lambda c: c.list_shipments(),
    "list_carriers": lambda c: c.list_carriers(),
    "list_services": lambda c: c.list_services("ups"),
    "list_warehouses": lambda c: c.list_warehouses(),
    "list_stores": lambda c: c.list_stores(),
    "list_products": lambda c: c.list_products(),
    "list_users": lambda c: c.list_users(),
    "list_tags": lambda c: c.list_tags(),
    "get_rates": lambda c: c.get_rates("stamps_com", from_postal_code="78701", to_country="US",
                                       to_postal_code="10001", weight=Weight(value=16, units="ounces")),
    "hold_until": lambda c: c.hold_until(1, date(2030, 1, 1)),
}


def client_answering(body: bytes) -> V1Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return V1Client(V1Credentials("key-1234", "secret-5678"), base_url="http://ssapi.test",
                    governor=RateGovernor("t"), settings=TransportSettings(retries=0),
                    http_transport=httpx.MockTransport(handler))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(CALLS)), body=BODIES)
def test_reads_end_in_a_result_or_invalid_response(name, body):
    with client_answering(body) as client:
        try:
            CALLS[name](client)
        except InvalidResponse as exc:
            assert exc.call is not None and "cannot read" in str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES)
def test_an_unreadable_purchase_answer_is_outcome_unknown(body):
    with client_answering(body) as client:
        try:
            result = client.create_label_for_order(1, "stamps_com", "usps_priority_mail")
        except OutcomeUnknown as exc:
            assert "cannot tell" in str(exc)
        else:
            assert result.tracking_number is not None or result.label_data
