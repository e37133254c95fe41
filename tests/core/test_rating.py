"""Rate shopping against the sandbox: V1 per carrier plus V2, merged; failures and gaps in words; presets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from shipdesk.api.capabilities import SurfaceStatus, detect
from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.api.v1.models import Weight
from shipdesk.config import RatePreset, Settings
from shipdesk.core.rate_catalog import RateCatalog, load_catalog
from shipdesk.core.rate_presets import apply_preset, delete_preset, find_preset, preset_from, save_preset
from shipdesk.core.rating import rate_shipment, shipment_from_order, sort_options
from shipdesk.core.session import Session, SessionOptions, open_session
from shipdesk.sandbox import Sandbox

US_ORDER = 100002  # Atlanta GA, 22 oz, ships from the main warehouse (seed 7)
FR_ORDER = 100012  # Paris, no state: UPS can't be rated through V1


@pytest.fixture
def session(make_sandbox: Callable[..., Sandbox], tmp_path) -> Iterator[Session]:
    box = make_sandbox(v1_limit=400)
    cfg = box.config
    opened = open_session(SessionOptions(
        api_base_v1=box.url, api_base_v2=box.url, profile_dir=str(tmp_path / "profile"),
        v1_credentials=V1Credentials(cfg.v1_key, cfg.v1_secret), v2_credentials=V2Credentials(cfg.v2_key)))
    yield opened
    opened.close()


@pytest.fixture
def catalog(session: Session) -> RateCatalog:
    return load_catalog(session)


def without_v2_shipping(session: Session) -> None:
    caps = detect(session.v1, session.v2)
    session.capabilities = dataclasses.replace(caps, v2_shipping=SurfaceStatus(
        False, "Not included in the account's plan: the V2 shipping API is off.", "plan", 403))


def test_catalog_has_carriers_services_packages_and_warehouses(catalog):
    assert [c.code for c in catalog.carriers] == ["stamps_com", "ups", "fedex"]
    ups = catalog.carrier("ups")
    assert ups is not None and ups.v2_id and any(s.code == "ups_ground_saver" for s in ups.services)
    assert catalog.carrier_name("stamps_com") == "USPS"  # V2's friendly name wins over "Stamps.com"
    assert {w.warehouse_id for w in catalog.warehouses} == {501, 502}
    assert catalog.packages()[0][1].code == "package" and catalog.problems == []


def test_v1_and_v2_rates_merge_with_the_same_totals_as_direct_calls(session, catalog):
    order = session.v1.get_order(US_ORDER)
    shipment = shipment_from_order(order, catalog)
    result = rate_shipment(session, catalog, shipment)
    assert result.problems == [] and result.blockers == []
    assert {o.source for o in result.options} == {"V1", "V2"}
    origin = catalog.warehouse(shipment.warehouse_id).origin_address
    for carrier in ("stamps_com", "ups", "fedex"):
        direct = session.v1.get_rates(carrier, from_postal_code=origin.postal_code, to_country="US",
                                      to_state=order.ship_to.state, to_postal_code=order.ship_to.postal_code,
                                      weight=Weight(value=order.weight.value, units="ounces"), package_code="package",
                                      confirmation="none")
        ours = {o.service_code: o.total for o in result.options if o.source == "V1" and o.carrier_code == carrier}
        assert ours == {r.service_code: r.total for r in direct}
    v2_rows = [o for o in result.options if o.source == "V2"]
    assert v2_rows and all(o.rate_id and o.delivery_days and o.estimated_delivery for o in v2_rows)
    assert all(o.total == o.shipment_cost + o.other_cost for o in result.options)
    # V2 rates UPS Ground Saver, so nothing is left unrated.
    assert any(o.service_code == "ups_ground_saver" for o in v2_rows) and result.unrated == []


def test_sort_by_price_and_by_speed(session, catalog):
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    options = rate_shipment(session, catalog, shipment).options
    by_price = sort_options(options, "price")
    assert [o.total for o in by_price] == sorted(o.total for o in options)
    by_speed = sort_options(options, "speed")
    known = [o.delivery_days for o in by_speed if o.delivery_days is not None]
    assert known == sorted(known) and known[0] == 1
    assert all(o.delivery_days is None for o in by_speed[len(known):])  # V1 says nothing about speed: last


def test_ups_ground_saver_is_unrated_with_a_reason_when_v2_is_off(session, catalog):
    without_v2_shipping(session)
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    result = rate_shipment(session, catalog, shipment)
    assert {o.source for o in result.options} == {"V1"}
    saver = [u for u in result.unrated if u.service_code == "ups_ground_saver"]
    assert len(saver) == 1 and saver[0].carrier_name == "UPS"
    assert "never include this service" in saver[0].reason.text and "V2" in saver[0].reason.text
    assert any("V2 rates are not used" in n.text and "plan" in n.text for n in result.notes)
    assert len(result.unrated) == 1  # every other listed domestic service was priced


def test_one_carrier_failing_keeps_the_others(session, catalog):
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    shipment.ship_to = shipment.ship_to.model_copy(update={"state": None})
    without_v2_shipping(session)
    result = rate_shipment(session, catalog, shipment)
    assert [p.carrier_code for p in result.problems] == ["ups"]
    words = result.problems[0].message.text
    assert "UPS" in words and "toState" in words
    assert {o.carrier_code for o in result.options} == {"stamps_com", "fedex"}
    assert not any(u.carrier_code == "ups" for u in result.unrated)  # a failed carrier is a problem, not gaps


def test_international_order_without_state_rates_ups_through_v2(session, catalog):
    order = session.v1.get_order(FR_ORDER)
    assert order.ship_to.country == "FR" and not order.ship_to.state
    result = rate_shipment(session, catalog, shipment_from_order(order, catalog))
    assert [(p.source, p.carrier_code) for p in result.problems] == [("V1", "ups")]
    assert any(o.carrier_code == "ups" and o.source == "V2" for o in result.options)
    assert any(o.carrier_code == "stamps_com" and o.source == "V1" and "Intl" in o.service_name
               for o in result.options)


def test_heavier_parcel_costs_more(session, catalog):
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    light = {(o.source, o.service_code): o.total for o in rate_shipment(session, catalog, shipment).options}
    heavy_shipment = dataclasses.replace(shipment, weight=Decimal(5), weight_unit="pounds")
    heavy = {(o.source, o.service_code): o.total for o in rate_shipment(session, catalog, heavy_shipment).options}
    assert heavy.keys() == light.keys()
    assert heavy[("V1", "ups_ground")] > light[("V1", "ups_ground")]
    assert heavy[("V2", "fedex_ground")] > light[("V2", "fedex_ground")]


def test_a_carrier_package_asks_only_that_carrier(session, catalog):
    shipment = dataclasses.replace(shipment_from_order(session.v1.get_order(US_ORDER), catalog),
                                   package_code="flat_rate_envelope")
    result = rate_shipment(session, catalog, shipment)
    assert {o.carrier_code for o in result.options} == {"stamps_com"}
    assert any("UPS" in n.text and "Flat Rate Envelope" in n.text for n in result.notes)


def test_a_shipment_without_weight_asks_nobody(session, catalog):
    shipment = dataclasses.replace(shipment_from_order(session.v1.get_order(US_ORDER), catalog), weight=Decimal(0))
    calls = len(session.call_log.last())
    result = rate_shipment(session, catalog, shipment)
    assert result.options == [] and result.problems == []
    assert any("weight" in w.text for w in result.blockers)
    assert len(session.call_log.last()) == calls


def test_presets_save_apply_replace_and_survive_a_reload(session, catalog):
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    option = next(o for o in rate_shipment(session, catalog, shipment).options if o.service_code == "fedex_2day")
    shipment.confirmation = "signature"
    preset, problem = preset_from("  Fast signed ", shipment, option)
    assert problem is None and preset == RatePreset(name="Fast signed", carrier_code="fedex",
                                                    service_code="fedex_2day", confirmation="signature")
    save_preset(session.settings, preset)
    save_preset(session.settings, preset.model_copy(update={"name": "FAST SIGNED", "insure": True}))
    session.save_settings()
    loaded = Settings.load(session.paths.settings)
    assert [p.name for p in loaded.rate_presets] == ["FAST SIGNED"] and loaded.rate_presets[0].insure
    assert loaded.selected_preset == "FAST SIGNED"
    fresh = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    applied = apply_preset(fresh, find_preset(loaded, "fast signed"))
    assert (applied.carrier_code, applied.service_code, applied.confirmation, applied.insure) == (
        "fedex", "fedex_2day", "signature", True)
    assert applied.weight == fresh.weight and applied.ship_to == fresh.ship_to
    assert delete_preset(loaded, "Fast Signed") and loaded.rate_presets == [] and loaded.selected_preset == ""


def test_a_preset_needs_a_name_and_a_service(session, catalog):
    shipment = dataclasses.replace(shipment_from_order(session.v1.get_order(US_ORDER), catalog),
                                   carrier_code=None, service_code=None)
    assert preset_from("", shipment, None)[1].text == "Give the preset a name."
    assert "Choose a rate" in preset_from("Mine", shipment, None)[1].text


def test_a_refused_v2_request_is_one_problem_in_words_and_v1_still_rates(session, catalog):
    shipment = shipment_from_order(session.v1.get_order(US_ORDER), catalog)
    shipment.ship_to = shipment.ship_to.model_copy(update={"phone": None})  # V2 wants a ship-to phone
    result = rate_shipment(session, catalog, shipment)
    assert [(p.source, p.carrier_code) for p in result.problems] == [("V2", "")]
    assert "V2 rates could not be fetched" in result.problems[0].message.text
    assert "phone" in result.problems[0].message.text
    assert {o.source for o in result.options} == {"V1"} and len({o.carrier_code for o in result.options}) == 3
