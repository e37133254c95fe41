"""Non-Roman ship-to text caught before any V1 purchase, transliteration tables, and money-shaped errors in
words, each from a real sandbox refusal where the sandbox makes one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from shipdesk.api.calllog import CallLog
from shipdesk.api.errors import ApiError, PlanError, ServerError, ValidationFailed
from shipdesk.api.redact import Redactor
from shipdesk.api.v1.models import Address
from shipdesk.config import Paths, Settings
from shipdesk.core.db import Database
from shipdesk.core.money_words import ADDRESS, BALANCE, OTHER, PACKAGE, PLAN, money_words
from shipdesk.core.session import Session
from shipdesk.core.shipping import LabelRequest, NonRomanAddress, ShippingService, non_roman_error
from shipdesk.core.text import NEEDS_PERSON, non_roman_fields, scripts_of, transliterate, v1_printed
from shipdesk.sandbox import Sandbox
from shipdesk.sandbox.labels import roman_only


def make_session(box: Sandbox, profile: Path, *, v2: bool = False) -> Session:
    from api.v1_support import make_client as v1_client
    from api.v2_support import make_client as v2_client

    paths = Paths(profile)
    return Session(paths, Settings(), Database(paths.database), CallLog(), Redactor(), v1_client(box),
                   v2_client(box) if v2 else None, demo=False)


def service(session: Session) -> ShippingService:
    return ShippingService(session, station="bench-1", reconcile_delays=(0.0,), sleep=lambda _: None)


def order_abroad(box: Sandbox, country: str) -> int:
    """A seeded order shipping to this country, made ready to ship (the seed's are paid, held or shipped)."""
    with box.world.lock:
        for order in box.world.orders.values():
            if (order["shipTo"] or {}).get("country") == country:
                order["orderStatus"] = "awaiting_shipment"
                return int(order["orderId"])
    raise AssertionError(f"the seed has no order to {country}")


def v1_request(order_id: int, package: str = "package", ship_to: Address | None = None) -> LabelRequest:
    return LabelRequest("v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
                        service="usps_priority_mail", package=package, shown_cost="8.70", ship_to=ship_to)


def counters(box: Sandbox) -> dict[str, Any]:
    return httpx.get(box.url + "/__sandbox/counters", timeout=10).json()


def purchase_calls(session: Session) -> list[str]:
    assert session.v1 is not None
    return [r.url for r in session.v1.call_log.last() if "createlabelfororder" in r.url.lower()]


# -- detection -----------------------------------------------------------------------------------------


def test_detection_matches_the_sandbox_rule_over_seeded_orders(sandbox: Sandbox) -> None:
    from api.v1_support import make_client

    client = make_client(sandbox)
    try:
        orders = list(client.iter_orders())
    finally:
        client.close()
    flagged = {}
    for order in orders:
        problems = non_roman_fields(order.ship_to)
        for name in ("name", "company", "street1", "street2", "street3", "city", "state", "postal_code"):
            text = getattr(order.ship_to, name) or ""
            assert ((name, text) in problems) == (roman_only(text) != text), (order.order_id, name, text)
        if problems:
            flagged[order.order_id] = (order.ship_to.country, problems)
    assert flagged, "the seed has non-Roman orders"
    assert {country for country, _ in flagged.values()} <= {"JP", "CN", "RU", "UA"}
    for _, problems in flagged.values():
        assert {name for name, _ in problems} >= {"name", "city"}
        assert all("?" in v1_printed(text) for _, text in problems)
    # Roman-script addresses abroad (Chloé, Friedrichstraße, Montréal) are Latin-1: V1 prints them.
    assert any(o.ship_to.country in ("FR", "DE", "CA") for o in orders if o.order_id not in flagged)


def test_detection_of_an_address_model() -> None:
    address = Address(name="Иван Петров", company="Acme", street1="ул. Тверская, д. 7", city="Москва",
                      postal_code="125009", country="RU")
    assert non_roman_fields(address) == [("name", "Иван Петров"), ("street1", "ул. Тверская, д. 7"),
                                         ("city", "Москва")]
    assert non_roman_fields(Address(name="Chloé Dubois", city="Montréal", street1="Friedrichstraße 43")) == []
    assert non_roman_fields({"name": "Dvořák"}) == [("name", "Dvořák")]


# -- transliteration -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Иван Петров", None, "Ivan Petrov"),
    ("Москва", "RU", "Moskva"),
    ("ул. Тверская, д. 7", "RU", "ul. Tverskaya, d. 7"),
    ("Щукин Юрий", "RU", "Shchukin Yuriy"),
    ("Жанна Хабарова", "RU", "Zhanna Khabarova"),
    ("МОСКВА", "RU", "MOSKVA"),
    ("Київ", None, "Kyiv"),
    ("Олена Коваленко", "UA", "Olena Kovalenko"),
    ("вул. Хрещатик, 22", "UA", "vul. Khreshchatyk, 22"),
    ("Юрій Єрмоленко", "UA", "Yurii Yermolenko"),
    ("Αθήνα", "GR", "Athina"),
    ("Θεσσαλονίκη", "GR", "Thessaloniki"),
    ("Ευάγγελος Παπαδόπουλος", "GR", "Evangelos Papadopoulos"),
    ("Łódź", "PL", "Lódz"),
    ("Antonín Dvořák", "CZ", "Antonín Dvorák"),
    ("Chloé Dubois", "FR", "Chloé Dubois"),
])
def test_transliteration_tables(text: str, country: str | None, expected: str) -> None:
    result = transliterate(text, country)
    assert result.text == expected and result.reason is None
    assert v1_printed(result.text) == result.text


@pytest.mark.parametrize(("text", "country", "script"), [
    ("山田 太郎", "JP", "Japanese"),
    ("東京都", "JP", "Japanese"),
    ("やまだ たろう", None, "Japanese"),
    ("王 伟", "CN", "Chinese"),
    ("浦东新区世纪大道100号", "CN", "Chinese"),
])
def test_japanese_and_chinese_are_not_faked(text: str, country: str | None, script: str) -> None:
    result = transliterate(text, country)
    assert result.text is None
    assert result.reason is not None and NEEDS_PERSON in result.reason and script in result.reason


def test_scripts_of() -> None:
    assert scripts_of("Иван") == ["Cyrillic"]
    assert scripts_of("山田 たろう") == ["Japanese"]
    assert scripts_of("Chloé") == []


# -- buy_label refuses before any purchase call ---------------------------------------------------------


@pytest.mark.parametrize("pass_ship_to", [True, False])
def test_cyrillic_order_is_refused_before_any_purchase(sandbox: Sandbox, tmp_path: Path, pass_ship_to: bool) -> None:
    session = make_session(sandbox, tmp_path)
    order_id = order_abroad(sandbox, "RU")
    ship_to = None
    if pass_ship_to:
        assert session.v1 is not None
        ship_to = session.v1.get_order(order_id).ship_to
    before = counters(sandbox)
    with pytest.raises(NonRomanAddress) as caught:
        service(session).buy_label(v1_request(order_id, ship_to=ship_to))
    err = caught.value
    assert str(err) == ("The ship-to name, street and city are in Cyrillic script; ShipStation V1 would print "
                        "them as ???. Transliterate them (Ivan Petrov, ul. Tverskaya, d. 7, Moskva) or buy this "
                        "label through V2.")
    assert err.suggestions == {"name": "Ivan Petrov", "street1": "ul. Tverskaya, d. 7", "city": "Moskva"}
    assert err.reasons == {}
    after = counters(sandbox)
    assert after["labels_total"] == before["labels_total"] == 0
    assert purchase_calls(session) == []
    assert service(session).journal.for_order("v1", str(order_id)) == []  # no intent row either
    if pass_ship_to:  # the only call was the test's own read of the order
        assert session.v1 is not None and len(session.v1.call_log.last()) == 1


def test_japanese_order_is_refused_without_a_faked_spelling(sandbox: Sandbox, tmp_path: Path) -> None:
    session = make_session(sandbox, tmp_path)
    order_id = order_abroad(sandbox, "JP")
    with pytest.raises(NonRomanAddress) as caught:
        service(session).buy_label(v1_request(order_id))
    err = caught.value
    assert "in Japanese script; ShipStation V1 would print them as ???" in str(err)
    assert "buy this label through V2" in str(err)
    assert err.suggestions == {}
    assert set(err.reasons) >= {"name", "street1", "city"}
    assert all(NEEDS_PERSON in reason for reason in err.reasons.values())
    assert counters(sandbox)["labels_total"] == 0
    assert purchase_calls(session) == []


def test_one_field_message() -> None:
    err = non_roman_error(Address(name="Иван Петров", street1="1 Main St", city="Boston", country="US"))
    assert err is not None
    assert str(err) == ("The ship-to name is in Cyrillic script; ShipStation V1 would print it as ???. "
                        "Transliterate it (Ivan Petrov) or buy this label through V2.")
    assert non_roman_error(Address(name="Chloé Dubois", city="Paris", country="FR")) is None
    mixed = non_roman_error(Address(name="Иван Петров", street1="朝阳区建国路88号", city="Москва", country="RU"))
    assert mixed is not None and mixed.suggestions == {"name": "Ivan Petrov", "city": "Moskva"}
    assert "someone who reads Chinese must write the rest" in str(mixed)
    chinese = non_roman_error(Address(name="王 伟", city="上海市", country="CN"))
    assert chinese is not None
    assert str(chinese) == ("The ship-to name and city are in Chinese script; ShipStation V1 would print them as "
                            "???. ShipDesk can't spell them in Roman letters: someone who reads Chinese must write "
                            "them on the order in ShipStation, or buy this label through V2.")


def test_roman_order_still_buys(sandbox: Sandbox, tmp_path: Path) -> None:
    from api.v1_support import open_order_id

    session = make_session(sandbox, tmp_path)
    entry = service(session).buy_label(v1_request(open_order_id(sandbox)))
    assert entry.has_label
    assert len(purchase_calls(session)) == 1


# -- money-shaped errors from real sandbox refusals -------------------------------------------------------


def test_v1_empty_balance(sandbox: Sandbox, tmp_path: Path) -> None:
    from api.v1_support import open_order_id

    with sandbox.world.lock:
        sandbox.world.carrier_balances["stamps_com"] = Decimal("0")
    session = make_session(sandbox, tmp_path)
    with pytest.raises(Exception) as caught:
        service(session).buy_label(v1_request(open_order_id(sandbox)))
    words = money_words(caught.value)
    assert words.kind == BALANCE
    assert words.headline == "Not enough postage: the Stamps.com account is out of funds."
    assert "Add funds to the Stamps.com account" in words.what_to_do
    assert counters(sandbox)["labels_total"] == 0


def test_v2_empty_balance(sandbox: Sandbox, tmp_path: Path) -> None:
    from api.v2_support import shipment

    with sandbox.world.lock:
        sandbox.world.carrier_balances["stamps_com"] = Decimal("0")
    session = make_session(sandbox, tmp_path, v2=True)
    assert session.v2 is not None
    warehouse = session.v2.list_warehouses()[0].warehouse_id
    usps = next(c for c in session.v2.list_carriers().carriers if c.carrier_code == "stamps_com")
    request = LabelRequest("v2", order_id="web-1", order_number="1", carrier="stamps_com",
                           service="usps_priority_mail",
                           shipment=shipment(warehouse, carrier_id=usps.carrier_id, service_code="usps_priority_mail"))
    with pytest.raises(ApiError) as caught:
        service(session).buy_label(request)
    assert caught.value.code == "insufficient_funds"
    words = money_words(caught.value)
    assert words.kind == BALANCE and words.headline.startswith("Not enough postage")


def test_v1_invalid_package(sandbox: Sandbox, tmp_path: Path) -> None:
    from api.v1_support import open_order_id

    session = make_session(sandbox, tmp_path)
    with pytest.raises(Exception) as caught:
        service(session).buy_label(v1_request(open_order_id(sandbox), package="no_such_box"))
    words = money_words(caught.value)
    assert words.kind == PACKAGE
    assert words.headline == "This package type can't be used with this service."
    assert counters(sandbox)["labels_total"] == 0


def test_plan_without_label_api(make_sandbox: Any, tmp_path: Path) -> None:
    from api.v1_support import open_order_id

    box = make_sandbox(plan="inventory_only")
    session = make_session(box, tmp_path)
    with pytest.raises(PlanError) as caught:
        service(session).buy_label(v1_request(open_order_id(box)))
    words = money_words(caught.value)
    assert words.kind == PLAN
    assert "plan" in words.headline and "Gold" in words.what_to_do


def test_address_not_valid() -> None:
    # The sandbox refuses no purchase for its address, so these are ShipStation's shapes, built here.
    v2 = ValidationFailed("ShipStation rejected the request: Invalid ship_to address", code="invalid_address",
                          fields={"ship_to": ["Invalid ship_to address"]})
    v1 = ServerError("ShipStation could not do that: The ship to address could not be validated.")
    for error in (v2, v1):
        words = money_words(error)
        assert words.kind == ADDRESS
        assert words.headline == "ShipStation says the ship-to address is not valid."


def test_v2_invalid_package_field() -> None:
    error = ValidationFailed("ShipStation rejected the request: bad value", code="invalid_field_value",
                             fields={"package_code": ["'tube' is not a valid value"]})
    assert money_words(error).kind == PACKAGE


def test_unknown_errors_keep_their_own_words() -> None:
    words = money_words(ServerError("ShipStation could not do that: The shipment weight must be greater than zero."))
    assert words.kind == OTHER
    assert words.headline == "ShipStation could not do that: The shipment weight must be greater than zero."
    assert words.what_to_do == ""
    assert money_words(ValueError("odd")).headline == "odd"
