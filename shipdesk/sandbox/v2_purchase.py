"""Buying, voiding, returning and tracking V2 labels (shared by the label and batch routes).

A label is kept in `world.v2_labels` in the spec's `label` shape plus private keys: `_rate_id`,
`_warehouse_id`, `_modified_at`, `_delivery_days`, `_cost`, `_test_label`, `_outbound_label_id`,
`_manifest_id`.

Behaviour chosen where the spec is silent:
* A shipment may get more than one label (ShipStation does not stop a second purchase); each purchase
  counts in `world.counters`, which is how tests catch an app that buys twice after a lost response.
* `batch_id` is `""` on a label outside a batch, as ShipEngine's sample label sends it (erratum
  `label-batch-id-empty-string`).
* Funded carriers (`requires_funded_account`, i.e. stamps_com) pay from `world.carrier_balances`; a
  label that costs more than the balance is 400 `business_rules`/`insufficient_funds`; a void refunds it.
* International shipments (ship-to country differs from ship-from) need customs lines, in
  `customs.customs_items` or `packages[].products`: otherwise 400 `validation`/`customs_items_required`.
* Tracking moves with the sandbox clock: accepted 6 h after the later of purchase and ship date, in
  transit from then, delivered on the ship date plus the rate's delivery days, 15:00 UTC. Status codes
  follow the spec's `tracking_status_detail_code` enum (the notes' two-letter `UN/AC/IT/DE` codes are not
  in the spec). A label the carrier has accepted cannot be voided (`label_already_used`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from . import v2_errors
from .catalog import Carrier, Service, carrier_by_v2_id
from .seed import tracking_number
from .state import Record, World
from .v2_errors import invalid_field
from .v2_label_files import customs_lines, download_links, inline_download, store_customs_form, store_label
from .v2_label_files import href as file_href
from .v2_quotes import Priced, price
from .v2_ship_build import touch
from .v2_ship_shapes import choice, is_international, money, public, text

LABEL_FORMATS = ("pdf", "png", "zpl")
LAYOUTS = ("4x6", "letter")
DOWNLOAD_TYPES = ("url", "inline")
DISPLAY_SCHEMES = ("label", "qr_code", "label_and_qr_code", "paperless", "label_and_paperless")
CHARGE_EVENTS = ("carrier_default", "on_creation", "on_carrier_acceptance")
VALIDATE_ADDRESS = ("no_validation", "validate_only", "validate_and_clean")
TRACKING_URLS = {"stamps_com": "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
                 "ups": "https://www.ups.com/track?tracknum={}",
                 "fedex": "https://www.fedex.com/fedextrack/?trknbr={}"}


@dataclass(frozen=True)
class LabelOptions:
    label_format: str = "pdf"
    label_layout: str = "4x6"
    download_type: str = "url"
    display_scheme: str = "label"
    charge_event: str = "carrier_default"
    is_return_label: bool = False
    rma_number: str | None = None
    test_label: bool = False


def label_options(data: dict[str, Any]) -> LabelOptions:
    """Label options from a request body; `letter` works only with `pdf` (400 otherwise)."""
    fmt = choice(data, "label_format", LABEL_FORMATS, "pdf")
    layout = choice(data, "label_layout", LAYOUTS, "4x6")
    if layout == "letter" and fmt != "pdf":
        raise invalid_field(f"'label_layout' letter is only supported with label_format pdf, not {fmt}.")
    choice(data, "validate_address", VALIDATE_ADDRESS, "no_validation")
    for flag in ("is_return_label", "test_label"):
        if data.get(flag) is not None and not isinstance(data[flag], bool):
            raise invalid_field(f"'{flag}' must be true or false.")
    return LabelOptions(fmt, layout, choice(data, "label_download_type", DOWNLOAD_TYPES, "url"),
                        choice(data, "display_scheme", DISPLAY_SCHEMES, "label"),
                        choice(data, "charge_event", CHARGE_EVENTS, "carrier_default"),
                        bool(data.get("is_return_label", False)), text(data, "rma_number"),
                        bool(data.get("test_label", False)))


def _charge(world: World, carrier: Carrier, amount: Decimal) -> None:
    if not carrier.requires_funded_account:
        return
    balance = Decimal(world.carrier_balances.get(carrier.code) or 0)
    if balance < amount:
        raise v2_errors.v2_error(400, "business_rules", "insufficient_funds",
                                 f"Insufficient funds: the {carrier.friendly_name} balance is {balance:.2f} USD "
                                 f"and this label costs {amount:.2f} USD. Add funds to the carrier account.")
    world.carrier_balances[carrier.code] = balance - amount


def check_purchasable(shipment: Record) -> None:
    if shipment["shipment_status"] == "cancelled":
        raise v2_errors.v2_error(400, "business_rules", "invalid_status",
                                 f"Shipment {shipment['shipment_id']} is cancelled; labels cannot be bought for it.")
    if is_international(shipment) and not customs_lines(shipment):
        raise v2_errors.v2_error(400, "validation", "customs_items_required",
                                 "International shipments need customs: set 'customs' with customs_items "
                                 "(or packages[].products).")


def _packages(world: World, shipment: Record, numbers: list[str], links: Record, form: Record | None) -> list[Record]:
    out = []
    for n, (package, tracking) in enumerate(zip(shipment["packages"], numbers, strict=True), start=1):
        item: Record = {"package_id": world.next_id("label_package", 1000001),
                        "package_code": package["package_code"], "weight": package["weight"],
                        "dimensions": package["dimensions"], "insured_value": package["insured_value"],
                        "tracking_number": tracking, "label_download": dict(links),
                        "form_download": dict(form) if form else {}, "qr_code_download": {},
                        "paperless_download": {}, "label_messages": package["label_messages"]}
        if package.get("external_package_id"):
            item["external_package_id"] = package["external_package_id"]
        item.update({"content_description": package.get("content_description"), "sequence": n,
                     "has_label_documents": True, "has_form_documents": form is not None,
                     "has_qr_code_documents": False, "has_paperless_label_documents": False,
                     "alternative_identifiers": []})
        out.append(item)
    return out


def _rate_details(priced: Priced) -> list[Record]:
    details = [{"rate_detail_type": "shipping", "carrier_description": "Shipping", "carrier_billing_code": "BaseRate",
                "carrier_memo": "", "amount": money(priced.shipping), "billing_source": "Carrier"}]
    if priced.confirmation:
        details.append({"rate_detail_type": "delivery_confirmation", "carrier_description": "Delivery Confirmation",
                        "carrier_billing_code": "Confirmation", "carrier_memo": "",
                        "amount": money(priced.confirmation), "billing_source": "Carrier"})
    return details


def buy_label(world: World, shipment: Record, carrier: Carrier, service: Service, package_code: str | None,
              opts: LabelOptions, base_url: str, *, rate_id: str | None = None, batch_id: str | None = None,
              outbound_label_id: str | None = None) -> Record:
    """Buy a label for a stored shipment: charge, number, file, count; the stored label record."""
    check_purchasable(shipment)
    priced = price(shipment, carrier, service, package_code)
    _charge(world, carrier, priced.total)
    label_id = world.se_id("label")
    rng = random.Random(f"{world.config.seed}:{label_id}")
    numbers = [tracking_number(rng, carrier.code) for _ in shipment["packages"]]
    now = world.clock.now()
    intl = is_international(shipment)
    label: Record = {
        "label_id": label_id, "status": "completed", "shipment_id": shipment["shipment_id"],
        "external_shipment_id": shipment.get("external_shipment_id"),
        "external_order_id": shipment.get("external_order_id"), "ship_date": shipment["ship_date"],
        "created_at": now, "shipment_cost": money(priced.total), "insurance_cost": money(0),
        "tracking_number": numbers[0], "is_return_label": opts.is_return_label or bool(shipment.get("is_return")),
        "rma_number": opts.rma_number, "is_international": intl, "batch_id": batch_id or "",
        "carrier_id": carrier.v2_id, "charge_event": opts.charge_event, "service_code": service.code,
        "package_code": priced.package.code, "voided": False, "voided_at": None,
        "label_format": opts.label_format, "display_scheme": opts.display_scheme, "label_layout": opts.label_layout,
        "trackable": True, "label_image_id": None, "carrier_code": carrier.code,
        "confirmation": shipment["confirmation"], "tracking_status": "unknown",
        "label_download": {}, "form_download": None, "qr_code_download": None, "paperless_download": None,
        "insurance_claim": None, "packages": [], "alternative_identifiers": [],
        "rate_details": _rate_details(priced), "tracking_url": TRACKING_URLS[carrier.code].format(numbers[0]),
        "ship_to": shipment["ship_to"],
        "_rate_id": rate_id, "_warehouse_id": shipment.get("warehouse_id"), "_modified_at": now,
        "_delivery_days": priced.days, "_cost": priced.total, "_test_label": opts.test_label,
        "_outbound_label_id": outbound_label_id, "_manifest_id": None,
    }
    world.v2_labels[label_id] = label
    store_label(world, label, opts.label_format)
    label["label_download"] = download_links(world, label, base_url)
    if intl:
        label["form_download"] = {"href": file_href(base_url, store_customs_form(world, label))}
    label["packages"] = _packages(world, shipment, numbers, label["label_download"], label["form_download"])
    shipment.update(carrier_id=carrier.v2_id, service_code=service.code)
    touch(world, shipment, "label_purchased")
    world.counters.labels_by_shipment[shipment["shipment_id"]] += 1
    if shipment.get("external_shipment_id"):
        world.counters.labels_by_external_id[shipment["external_shipment_id"]] += 1
    return label


def label_out(world: World, label: Record, download_type: str = "url") -> Record:
    refresh_tracking(world, label)
    out = public(label)
    if download_type == "inline":
        out["label_download"] = inline_download(world, label)
    return out


def service_of(label_or_shipment: Record) -> tuple[Carrier, Service]:
    carrier = carrier_by_v2_id(str(label_or_shipment.get("carrier_id")))
    service = carrier.service(str(label_or_shipment.get("service_code"))) if carrier else None
    if carrier is None or service is None:
        raise v2_errors.field_required("The shipment needs a carrier_id and a service_code to buy a label.")
    return carrier, service


# -- void -------------------------------------------------------------------------------------------


def void_label(world: World, label: Record) -> Record:
    if label["voided"]:
        return {"approved": False, "message": "This label has already been voided.",
                "reason_code": "label_already_voided"}
    if refresh_tracking(world, label) != "unknown":
        return {"approved": False, "message": "The carrier has already scanned this package; it cannot be voided.",
                "reason_code": "label_already_used"}
    now = world.clock.now()
    label.update(voided=True, voided_at=now, status="voided", _modified_at=now)
    carrier = carrier_by_v2_id(label["carrier_id"])
    if carrier is not None and carrier.requires_funded_account:
        world.carrier_balances[carrier.code] = Decimal(world.carrier_balances.get(carrier.code) or 0) + label["_cost"]
    shipment = world.v2_shipments.get(label["shipment_id"])
    if shipment is not None and not any(
            lb["shipment_id"] == shipment["shipment_id"] and not lb["voided"] for lb in world.v2_labels.values()):
        touch(world, shipment, "pending")
    return {"approved": True, "message": "Request for refund submitted.  This label has been voided."}


# -- tracking ---------------------------------------------------------------------------------------


def _milestones(label: Record) -> tuple[datetime, datetime]:
    accepted = max(label["created_at"], label["ship_date"]) + timedelta(hours=6)
    delivered = label["ship_date"] + timedelta(days=label["_delivery_days"], hours=15)
    return accepted, max(delivered, accepted + timedelta(hours=18))


def refresh_tracking(world: World, label: Record) -> str:
    """Bring `tracking_status` up to the sandbox clock; returns it."""
    if label["voided"]:
        return str(label["tracking_status"])
    accepted, delivered = _milestones(label)
    now = world.clock.now()
    status = "delivered" if now >= delivered else ("in_transit" if now >= accepted else "unknown")
    label["tracking_status"] = status
    return status


def _event(when: datetime, address: Record, code: str, description: str, carrier_code: str) -> Record:
    return {"occurred_at": when, "carrier_occurred_at": when, "description": description,
            "city_locality": str(address.get("city_locality") or ""),
            "state_province": str(address.get("state_province") or address["country_code"]),
            "postal_code": str(address.get("postal_code") or ""), "country_code": address["country_code"],
            "company_name": "", "signer": "", "event_code": carrier_code, "carrier_detail_code": carrier_code,
            "status_code": code, "status_description": description, "carrier_status_code": carrier_code,
            "carrier_status_description": description}


def tracking_info(world: World, label: Record) -> Record:
    """The spec's `tracking_information` for a label, as of the sandbox clock."""
    status = refresh_tracking(world, label)
    carrier = carrier_by_v2_id(label["carrier_id"])
    shipment = world.v2_shipments[label["shipment_id"]]
    accepted, delivered = _milestones(label)
    events = [_event(label["created_at"], shipment["ship_from"], "ELEC_ADVICE_RECD_BY_CARRIER",
                     "Shipping label created, carrier awaiting item", "GX")]
    if label["voided"]:
        code, text_ = "CANCELLED", "Label voided"
        events.append(_event(label["voided_at"], shipment["ship_from"], code, text_, "VD"))
    elif status == "unknown":
        code, text_ = "ELEC_ADVICE_RECD_BY_CARRIER", "Shipping label created, carrier awaiting item"
    else:
        events.append(_event(accepted, shipment["ship_from"], "RECEIVED_BY_CARRIER", "Accepted at origin facility",
                             "OA"))
        code, text_ = "IN_TRANSIT", "In transit"
        if status == "delivered":
            code, text_ = "DELIVERED", "Delivered"
            events.append(_event(delivered, label["ship_to"], code, text_, "01"))
    info: Record = {
        "tracking_number": label["tracking_number"], "tracking_url": label["tracking_url"],
        "status_code": code, "status_detail_code": code, "carrier_code": label["carrier_code"],
        "carrier_id": carrier.v1_provider_id if carrier else 0, "status_description": text_,
        "status_detail_description": text_, "carrier_status_code": events[-1]["carrier_status_code"],
        "carrier_detail_code": events[-1]["carrier_detail_code"], "carrier_status_description": text_,
        "ship_date": label["ship_date"], "estimated_delivery_date": delivered,
    }
    if status == "delivered" and not label["voided"]:
        info["actual_delivery_date"] = delivered
    info.update(exception_description="", events=list(reversed(events)))
    return info
