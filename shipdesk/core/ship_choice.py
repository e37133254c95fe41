"""Scan to ship without a person choosing: which rate to buy for an order, and whether it may be bought at all.

No Qt. `choose_rate` takes the station's preset (its carrier and service, cheapest source), or else the
cheapest rate delivering within `within_days` (None: the cheapest overall); a ZPL station takes V2 rates
only, since V1 labels are PDF. `ship_refusal` holds every check the Buy button asks a question about; with
no one to answer, each one stops the scan with its words (`Words`), and nothing is bought.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..api.v1.models import Order
from ..config import RatePreset
from .customs import CustomsDeclaration, declaration_from_order, validate
from .label_request import Purchase
from .non_roman import non_roman_error
from .rate_types import RateOption
from .words import QT_TRANSLATE_NOOP, Words

CTX = "ScanToShip"


def _words(template: str, *args: str) -> Words:
    return Words(CTX, template, tuple(args))


@dataclass(frozen=True)
class Choice:
    option: RateOption | None
    problem: Words | None = None


NON_ROMAN = QT_TRANSLATE_NOOP(
    "ScanToShip", "the ship-to address is in letters ShipStation V1 can't print. Open it in the Rates "
                  "tab to write it in Roman letters or buy through V2.")


def choose_rate(options: list[RateOption], *, preset: RatePreset | None, within_days: int | None,
                label_format: str, non_roman: bool = False) -> Choice:
    """The rate a scan buys. A non-Roman ship-to only takes V2 rates: V1 would print it as ???, and a
    scan can't stop to ask about transliterating."""
    usable = [o for o in options if o.source == "V2" and o.rate_id] if label_format == "zpl" else \
        [o for o in options if o.source == "V1" or o.rate_id]
    if non_roman:
        usable = [o for o in usable if o.source == "V2"]
        if not usable:
            return Choice(None, _words(NON_ROMAN))
    if preset is not None:
        same = [o for o in usable if (o.carrier_code, o.service_code) == (preset.carrier_code, preset.service_code)]
        if not same:
            return Choice(None, _words(QT_TRANSLATE_NOOP(
                "ScanToShip", "the preset %1 (%2) has no rate for this order that this station can print. Buy "
                              "it from the Rates tab."), preset.name, preset.service_code))
        return Choice(min(same, key=lambda o: o.total))
    if within_days is not None:
        usable = [o for o in usable if o.delivery_days is not None and o.delivery_days <= within_days]
        if not usable:
            return Choice(None, _words(QT_TRANSLATE_NOOP(
                "ScanToShip", "no rate delivers within %1 days. Buy it from the Rates tab."), str(within_days)))
    if not usable:
        return Choice(None, _words(QT_TRANSLATE_NOOP(
            "ScanToShip", "no rate this station can print was offered. Buy it from the Rates tab.")))
    return Choice(min(usable, key=lambda o: (o.total, o.delivery_days or 99)))


def ship_refusal(order: Order, purchase: Purchase) -> Words | None:
    """Why this purchase must not go ahead on a scan alone, or None."""
    if order.order_status == "cancelled":
        return _words(QT_TRANSLATE_NOOP("ScanToShip", "the order is cancelled: no label is bought."))
    if order.order_status == "shipped":
        return _words(QT_TRANSLATE_NOOP(
            "ScanToShip", "the order is already shipped. A second label (reship) is bought from the Rates tab, "
                          "where it asks first."))
    if purchase.option.source == "V1" and order.ship_to is not None and non_roman_error(order.ship_to) is not None:
        return _words(NON_ROMAN)
    return None


def checked_customs(purchase: Purchase, api: str, known: CustomsDeclaration | None) -> tuple[
        CustomsDeclaration | None, Words | None]:
    """The declaration of an international label, or the words that stop the scan (a person must fix it)."""
    if not purchase.international:
        return None, None
    declaration = known or declaration_from_order(purchase.order)
    problems = validate(declaration, purchase.ship_from_country, purchase.shipment.ship_to.country, api=api)
    if problems:
        return None, _words(QT_TRANSLATE_NOOP(
            "ScanToShip", "the customs declaration is not complete (%1). Fix it with Edit customs… in the Rates "
                          "tab, then scan again."), "; ".join(p.rstrip(".") for p in problems))  # no ".)."
    return declaration, None
