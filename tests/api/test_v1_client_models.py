"""V1 models and query helpers without a server: tolerance of nulls, Pacific time, and what must fail."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from shipdesk.api.v1 import models as m
from shipdesk.api.v1.orders import delta_lower_bound
from shipdesk.api.v1.query import OrderFilters, query

RESPONSE_MODELS: list[type[BaseModel]] = [
    m.Order, m.OrderPage, m.OrderItem, m.Address, m.Weight, m.Dimensions, m.AdvancedOptions,
    m.InternationalOptions, m.CustomsItem, m.InsuranceOptions, m.Shipment, m.ShipmentPage, m.Rate, m.LabelResult,
    m.VoidResult, m.Carrier, m.Service, m.Package, m.Warehouse, m.Store, m.Marketplace, m.Product, m.ProductPage,
    m.Tag, m.User, m.Fulfillment, m.FulfillmentPage, m.CreateOrdersResult, m.MarkShippedResult, m.SuccessResult,
]


def test_an_order_of_nulls_needs_only_what_shipstation_always_sends():
    order = m.Order.model_validate({
        "orderId": 1, "orderNumber": "A-1", "orderKey": "k", "orderStatus": "awaiting_shipment",
        "orderDate": None, "shipTo": None, "billTo": {"name": None}, "items": None, "weight": None,
        "advancedOptions": {"mergedIds": None}, "internationalOptions": {"customsItems": None}, "tagIds": None,
    })
    assert order.items is None and order.bill_to == m.Address() and order.is_open
    with pytest.raises(ValidationError):
        m.Order.model_validate({"orderNumber": "A-1", "orderKey": "k", "orderStatus": "shipped"})  # no id


def test_pacific_strings_become_aware_instants_across_dst():
    summer = m.Shipment.model_validate({"shipmentId": 1, "createDate": "2024-07-04T11:00:00.1234567",
                                        "shipDate": "2024-07-04T00:00:00.0000000", "voidDate": None})
    assert summer.create_date == datetime(2024, 7, 4, 18, 0, 0, 123456, tzinfo=UTC)  # PDT is UTC-7
    assert summer.ship_date == date(2024, 7, 4)  # a date-only field sent with a midnight time
    winter = m.Shipment.model_validate({"shipmentId": 1, "createDate": "2024-12-24T10:00:00.033"})
    assert winter.create_date == datetime(2024, 12, 24, 18, 0, 0, 33000, tzinfo=UTC)  # PST is UTC-8
    wire = m.NewOrder(order_number="1", order_date=datetime(2024, 12, 24, 18, 0, tzinfo=UTC),
                      order_status="awaiting_shipment", bill_to=m.Address(), ship_to=m.Address()).wire()
    assert wire["orderDate"] == "2024-12-24 10:00:00"  # V1's request format, in Pacific time


def test_money_and_weights_are_decimal_in_memory_and_numbers_on_the_wire():
    rate = m.Rate.model_validate({"serviceName": "x", "serviceCode": "s", "shipmentCost": 7.1, "otherCost": 0.2})
    assert rate.total == Decimal("7.3")
    weight = m.Weight.model_validate({"value": 12.5, "units": "ounces", "WeightUnits": 1})
    assert weight.weight_units == 1 and weight.wire() == {"value": 12.5, "units": "ounces", "WeightUnits": 1}
    product = m.Product.model_validate({"productId": 1, "thumbnailURL": "https://x/y.png", "price": "9.99"})
    assert product.thumbnail_url == "https://x/y.png" and product.wire()["thumbnailURL"] == "https://x/y.png"
    assert product.wire()["price"] == 9.99


def test_a_label_that_cannot_be_decoded_is_refused_while_reading():
    good = base64.b64encode(b"%PDF-1.4 label").decode()
    label = m.LabelResult.model_validate({"shipmentId": 5, "labelData": good, "formData": None})
    assert label.pdf_bytes() == b"%PDF-1.4 label" and label.form_pdf_bytes() is None
    with pytest.raises(ValidationError):
        m.LabelResult.model_validate({"shipmentId": 5, "labelData": "not base64!!!"})
    with pytest.raises(ValidationError):
        m.LabelResult.model_validate({"shipmentId": 5, "labelData": None})
    with pytest.raises(ValueError):
        m.Shipment.model_validate({"shipmentId": 5}).pdf_bytes()  # lists never carry the label


def test_delta_bound_steps_back_only_in_the_repeated_hour():
    plain = datetime(2024, 7, 4, 18, 0, tzinfo=UTC)
    assert delta_lower_bound(plain) == plain
    for repeated in (datetime(2024, 11, 3, 8, 30, tzinfo=UTC), datetime(2024, 11, 3, 9, 30, tzinfo=UTC)):
        # 01:30 PDT and 01:30 PST print the same; an hour earlier is safe whichever one V1 reads
        bound = delta_lower_bound(repeated)
        assert bound == repeated.replace(hour=repeated.hour - 1)


def test_query_names_and_values():
    params = query({"order_status": "shipped", "modify_date_start": datetime(2024, 7, 4, 18, 0, tzinfo=UTC),
                    "store_id": None}, OrderFilters, page=2, page_size=50)
    assert params == {"orderStatus": "shipped", "modifyDateStart": "2024-07-04 11:00:00", "page": 2,
                      "pageSize": 50}
    with pytest.raises(TypeError):
        query({"status": "shipped"}, OrderFilters)
    with pytest.raises(ValueError):
        query({"order_date_start": datetime(2024, 7, 4)}, OrderFilters)


date_like = st.from_regex(r"\A\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}:\d{2}(\.\d{0,8})?([+-]\d{2}:\d{2}|Z)?)?\Z")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20) | date_like,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def wire_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_body_either_fits_a_model_or_is_a_validation_error(data):
    model = data.draw(st.sampled_from(RESPONSE_MODELS))
    names = wire_names(model)
    body = data.draw(json_values | st.dictionaries(st.sampled_from(names), json_values, max_size=len(names)))
    try:
        model.model_validate(body)
    except ValidationError:
        pass  # the transport turns this into InvalidResponse (or OutcomeUnknown for a purchase)
