"""Writing a Roman-letter ship-to back to a V1 order, so the next V1 label prints it. No Qt.

When `buy_label` refuses a V1 label with `NonRomanAddress` and the packer accepts the transliteration,
the spelling goes onto the order itself: V1 prints the order's ship-to, not ours. V1 has no partial update
(the shared V1 notes: createorder upserts by orderKey and replaces the whole order), so the order is read
fresh, only the accepted ship-to fields are changed, and the whole order goes back with its orderKey and
orderId; items, customs lines (with their ids), options and notes travel unchanged. The local order cache
takes the answer, so the Orders tab shows what ShipStation now has.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..api.v1.models import Order
from .order_cache import OrderCache
from .purchase_errors import NonRomanAddress
from .session import Session
from .text import ADDRESS_FIELDS, FIELD_WORDS, is_roman


class AddressNotSaved(Exception):
    """The spelling was not written to the order; the message says why and what to do. Nothing changed."""


def accept_transliteration(session: Session, order_id: int, refusal: NonRomanAddress,
                           spellings: Mapping[str, str] | None = None) -> Order:
    """Write the refusal's suggestions (or the packer's edited `spellings`) onto the order's ship-to.

    Only fields the refusal named are written, and only while the order still has the text the packer saw.
    Returns the order as ShipStation saved it. Fields that need a person (`refusal.reasons`) stay as they
    are unless `spellings` covers them; the next `buy_label` says so again if any is left."""
    chosen = dict(refusal.suggestions if spellings is None else spellings)
    seen = dict(refusal.problems)
    unknown = [name for name in chosen if name not in seen]
    if unknown:
        raise ValueError(f"not among the refused ship-to fields: {', '.join(unknown)}")
    return write_roman_ship_to(session, order_id, chosen, expected={name: seen[name] for name in chosen})


def write_roman_ship_to(session: Session, order_id: int, spellings: Mapping[str, str], *,
                        expected: Mapping[str, str] | None = None) -> Order:
    """Change these ship-to fields of a V1 order (field name -> Roman text) and nothing else.

    `expected` holds the text each field had when the packer decided: if ShipStation's order says something
    else now, nothing is written (someone changed it meanwhile). Raises AddressNotSaved in packer words."""
    if session.v1 is None:
        raise AddressNotSaved("This station has no ShipStation V1 key, so it cannot change the order.")
    bad = [name for name in spellings if name not in ADDRESS_FIELDS]
    if bad:
        raise ValueError(f"not ship-to fields: {', '.join(bad)}")
    if not spellings:
        raise AddressNotSaved("There is no Roman spelling to write: type the address in Roman letters first.")
    for name, text in spellings.items():
        word = FIELD_WORDS[name]
        if not text.strip():
            raise AddressNotSaved(f"The new {word} is empty: type it in Roman letters.")
        if not is_roman(text):
            raise AddressNotSaved(f"The new {word} \u201c{text}\u201d still has letters ShipStation V1 prints as "
                                  "???: type it in Roman letters.")
    order = session.v1.get_order(order_id)
    if not order.is_open:
        raise AddressNotSaved(f"Order {order.order_number} is {order.order_status.replace('_', ' ')}, so "
                              "ShipStation no longer lets its address change.")
    ship_to = order.ship_to
    if ship_to is None:
        raise AddressNotSaved(f"Order {order.order_number} has no ship-to address to change.")
    for name, was in (expected or {}).items():
        now = getattr(ship_to, name)
        if now != was:
            raise AddressNotSaved(
                f"The ship-to {FIELD_WORDS[name]} of order {order.order_number} was changed in ShipStation "
                f"meanwhile (it now reads \u201c{now or ''}\u201d). Open the order again before changing it.")
    fixed = order.model_copy(update={"ship_to": ship_to.model_copy(update=dict(spellings))})
    saved = session.v1.create_order(fixed)
    if saved.order_id != order.order_id:
        # An upsert that missed the key makes a second order: say so rather than print for the wrong one.
        raise AddressNotSaved(f"ShipStation saved the new address as another order ({saved.order_number}, id "
                              f"{saved.order_id}) instead of changing order {order.order_number}. Delete the "
                              "copy in ShipStation and fix the address there.")
    OrderCache(session.db).upsert([saved])
    return saved
