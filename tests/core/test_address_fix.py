"""Transliteration written back to the V1 order: the next V1 label prints the Roman spelling, and the rest of
the order survives the whole-order round trip (read from the sandbox's own record, before and after)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from core.test_customs import pdf_text, service

from shipdesk.api.v1.models import Address, CustomsItem, InternationalOptions, NewOrder, OrderItem, Weight
from shipdesk.core.address_fix import AddressNotSaved, accept_transliteration, write_roman_ship_to
from shipdesk.core.journal import BOUGHT
from shipdesk.core.order_cache import OrderCache
from shipdesk.core.session import Session
from shipdesk.core.shipping import LabelRequest, NonRomanAddress
from shipdesk.sandbox import Sandbox

# V1 request dates go to the second (its documented format), so sub-second parts can't survive a rewrite.
DATES = ("orderDate", "paymentDate", "shipByDate")


def order_abroad(box: Sandbox, country: str) -> int:
    """A seeded order to this country that has no label yet, made ready to ship."""
    with box.world.lock:
        for order in box.world.orders.values():
            if (order["shipTo"] or {}).get("country") == country and order["orderStatus"] != "shipped":
                order["orderStatus"] = "awaiting_shipment"
                return int(order["orderId"])
    raise AssertionError(f"the seed has no unshipped order to {country}")


def japanese_order(session: Session) -> int:
    """A new order to Tokyo, written in Japanese as a shop would send it (no table spells it in Roman)."""
    assert session.v1 is not None
    ship_to = Address(name="山田 太郎", street1="千代田区丸の内1-9-1", city="東京都", postal_code="100-0005",
                      country="JP", phone="+81 3 5555 0100")
    order = session.v1.create_order(NewOrder(
        order_number="JP-5001", order_key="jp-5001", order_date=datetime.now(UTC), order_status="awaiting_shipment",
        bill_to=Address(name="山田 太郎"), ship_to=ship_to, weight=Weight(value=Decimal(8), units="ounces"),
        items=[OrderItem(sku="TEE-01", name="Organic Cotton T-Shirt", quantity=1, unit_price=Decimal("24.00"))],
        international_options=InternationalOptions(contents="merchandise", non_delivery="return_to_sender",
                                                   customs_items=[CustomsItem(
                                                       description="Cotton t-shirt", quantity=1,
                                                       value=Decimal("24.00"), harmonized_tariff_code="6109.10",
                                                       country_of_origin="US")])))
    return order.order_id


def request(order_id: int) -> LabelRequest:
    return LabelRequest("v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
                        service="usps_first_class_mail_international", package="package")


def record(box: Sandbox, order_id: int) -> dict[str, Any]:
    with box.world.lock:
        return copy.deepcopy(box.world.orders[order_id])


def comparable(order: dict[str, Any]) -> dict[str, Any]:
    """The order without what a rewrite changes by nature: modify times and sub-second date parts."""
    out = copy.deepcopy(order)
    out.pop("modifyDate")
    for item in out["items"]:
        item.pop("modifyDate")
    for name in DATES:
        if isinstance(out[name], datetime):
            out[name] = out[name].replace(microsecond=0)
    return out


def refusal(box: Sandbox, session: Session, order_id: int) -> NonRomanAddress:
    with pytest.raises(NonRomanAddress) as caught:
        service(session).buy_label(request(order_id))
    return caught.value


def createorder_calls(session: Session) -> int:
    assert session.v1 is not None
    return sum(1 for r in session.v1.call_log.last() if r.url.lower().endswith("/orders/createorder"))


def test_cyrillic_ship_to_is_written_back_and_the_v1_label_prints_it(box: Sandbox, session: Session) -> None:
    order_id = order_abroad(box, "RU")
    before = record(box, order_id)
    err = refusal(box, session, order_id)
    fixed = accept_transliteration(session, order_id, err)
    assert fixed.ship_to is not None
    assert (fixed.ship_to.name, fixed.ship_to.street1, fixed.ship_to.city) == (
        "Ivan Petrov", "ul. Tverskaya, d. 7", "Moskva")
    after = record(box, order_id)
    assert (after["shipTo"]["name"], after["shipTo"]["street1"], after["shipTo"]["city"]) == (
        "Ivan Petrov", "ul. Tverskaya, d. 7", "Moskva")
    expected = comparable(before)
    expected["shipTo"].update(name="Ivan Petrov", street1="ul. Tverskaya, d. 7", city="Moskva")
    assert comparable(after) == expected  # items, customs lines and their ids, options, notes: all kept
    cached = OrderCache(session.db).get_order(order_id)
    assert cached is not None and cached.ship_to is not None and cached.ship_to.name == "Ivan Petrov"

    entry = service(session).buy_label(request(order_id))
    assert entry.state == BOUGHT and entry.label_bytes is not None
    printed = pdf_text(entry.label_bytes)
    assert "Ivan Petrov" in printed and "Moskva" in printed and "?" not in printed


def test_a_name_that_needs_a_person_is_written_as_the_packer_typed_it(box: Sandbox, session: Session) -> None:
    order_id = japanese_order(session)
    err = refusal(box, session, order_id)
    assert err.suggestions == {}
    with pytest.raises(AddressNotSaved) as caught:
        accept_transliteration(session, order_id, err)  # nothing offered, nothing typed
    assert str(caught.value) == "There is no Roman spelling to write: type the address in Roman letters first."
    typed = {name: f"Roman {name}" for name, _ in err.problems}
    fixed = accept_transliteration(session, order_id, err, typed)
    assert fixed.ship_to is not None and fixed.ship_to.name == "Roman name"
    assert service(session).buy_label(request(order_id)).state == BOUGHT


def test_an_order_changed_meanwhile_is_not_overwritten(box: Sandbox, session: Session) -> None:
    order_id = order_abroad(box, "RU")
    err = refusal(box, session, order_id)
    with box.world.lock:  # someone fixed the name in ShipStation after ShipDesk asked the packer
        box.world.orders[order_id]["shipTo"]["name"] = "Ivan A. Petrov"
    with pytest.raises(AddressNotSaved) as caught:
        accept_transliteration(session, order_id, err)
    assert "was changed in ShipStation meanwhile (it now reads \u201cIvan A. Petrov\u201d)" in str(caught.value)
    assert record(box, order_id)["shipTo"]["city"] == "Москва" and createorder_calls(session) == 0


def test_spellings_that_v1_would_still_mangle_are_refused(box: Sandbox, session: Session) -> None:
    order_id = order_abroad(box, "RU")
    with pytest.raises(AddressNotSaved) as caught:
        write_roman_ship_to(session, order_id, {"city": "Moskва"})
    assert str(caught.value) == ("The new city \u201cMoskва\u201d still has letters ShipStation V1 prints as "
                                 "???: type it in Roman letters.")
    with pytest.raises(AddressNotSaved):
        write_roman_ship_to(session, order_id, {"name": "  "})
    assert createorder_calls(session) == 0 and record(box, order_id)["shipTo"]["city"] == "Москва"


def test_a_shipped_order_keeps_its_address(box: Sandbox, session: Session) -> None:
    order_id = order_abroad(box, "RU")
    with box.world.lock:
        box.world.orders[order_id]["orderStatus"] = "shipped"
    with pytest.raises(AddressNotSaved) as caught:
        write_roman_ship_to(session, order_id, {"city": "Moskva"})
    assert "is shipped, so ShipStation no longer lets its address change" in str(caught.value)
    assert createorder_calls(session) == 0
