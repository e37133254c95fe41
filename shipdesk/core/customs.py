"""ShipDesk's customs declaration: what is in an international package, checked in packer words. No Qt.

One model for both APIs: built from a V1 order (its `internationalOptions`, else its item lines), edited by
the packer, then sent as V1 `internationalOptions` (createlabelfororder) or as V2 `customs` plus
`packages[0].products` (the spec deprecates `customs.customs_items` in favour of the package's products).
Values are per unit, as on a CN22 (line value = quantity x value).

International means the ship-to country differs from the ship-from country: the rule ShipStation's help
centre gives ("a country other than your account's home country") and the one the sandbox applies. US
territories with their own ISO codes (PR, GU, VI, AS, MP...) therefore count as international and need a
declaration. Military addresses (APO/FPO/DPO) carry country US, so ShipDesk does not require one; the shared
API notes say nothing about either case. A declaration the packer adds to such a label is still checked
and sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..api.v1.models import CustomsItem as V1CustomsItem
from ..api.v1.models import InternationalOptions, Order
from ..api.v2.models import CustomsOptions, MonetaryValue, PackageProduct, Shipment, ShipmentRequest
from .countries import is_country_code
from .text import is_roman

# (value, words) in the order a customs editor lists them; V1 has no "other".
CONTENTS = (("merchandise", "Merchandise"), ("gift", "Gift"), ("documents", "Documents"),
            ("returned_goods", "Returned goods"), ("sample", "Commercial sample"), ("other", "Other"))
NON_DELIVERY = (("return_to_sender", "Return to sender"), ("treat_as_abandoned", "Treat as abandoned"))
V1_CONTENTS = frozenset(value for value, _ in CONTENTS if value != "other")
MAX_DESCRIPTION = 100  # V2's limit for a customs line's description
_HS_CODE = re.compile(r"^\d[\d.]*\d$")


@dataclass
class CustomsLine:
    """One kind of item in the package. `value` is per unit, in `currency`."""

    description: str
    quantity: int
    value: Decimal
    currency: str = "USD"
    hs_code: str | None = None  # harmonized tariff number, e.g. 6109.10
    country_of_origin: str | None = None  # two-letter code of the country where it was made
    sku: str | None = None
    v1_item_id: int | None = None  # V1 customsItemId: sent back so V1 updates that line instead of adding one

    @property
    def line_value(self) -> Decimal:
        return self.value * self.quantity


@dataclass
class CustomsDeclaration:
    contents: str = "merchandise"
    non_delivery: str = "return_to_sender"
    items: list[CustomsLine] = field(default_factory=list)
    contents_explanation: str | None = None  # what "other" contents are
    from_order_items: bool = False  # guessed from the order's lines: the packer should check it

    @property
    def total_value(self) -> Decimal:
        return sum((item.line_value for item in self.items), Decimal(0))


def is_international(ship_from_country: str | None, ship_to_country: str | None) -> bool:
    """Ship-to country differs from ship-from; a missing ship-to country means the ship-from one (V1's rule)."""
    origin = (ship_from_country or "US").strip().upper()
    return (ship_to_country or origin).strip().upper() != origin


# -- from ShipStation ------------------------------------------------------------------------------


def declaration_from_order(order: Order) -> CustomsDeclaration | None:
    """The order's customs lines, else one line per physical item (to be checked: no HS code or origin);
    None when the order has neither."""
    intl = order.international_options
    contents = (intl.contents if intl else None) or "merchandise"
    non_delivery = (intl.non_delivery if intl else None) or "return_to_sender"
    if intl is not None and intl.customs_items:
        lines = [CustomsLine(description=c.description or "", quantity=c.quantity or 0, value=c.value or Decimal(0),
                             hs_code=c.harmonized_tariff_code, country_of_origin=c.country_of_origin,
                             v1_item_id=c.customs_item_id) for c in intl.customs_items]
        return CustomsDeclaration(contents, non_delivery, lines)
    lines = [CustomsLine(description=i.name or i.sku or "", quantity=i.quantity or 0,
                         value=i.unit_price or Decimal(0), sku=i.sku)
             for i in order.items or () if not i.adjustment]
    if not lines:
        return None
    return CustomsDeclaration(contents, non_delivery, lines, from_order_items=True)


def declaration_from_v2(shipment: ShipmentRequest | Shipment) -> CustomsDeclaration | None:
    """What a V2 shipment declares (legacy `customs_items` and the packages' products); None when nothing."""
    customs = shipment.customs
    lines: list[CustomsLine] = []
    for c in (customs.customs_items if customs else None) or ():
        lines.append(CustomsLine(description=c.description or "", quantity=c.quantity,
                                 value=c.value if c.value is not None else Decimal(0),
                                 currency=(c.value_currency or "USD").upper(), hs_code=c.harmonized_tariff_code,
                                 country_of_origin=c.country_of_origin, sku=c.sku))
    for package in shipment.packages:
        for p in package.products or ():
            lines.append(CustomsLine(description=p.description or "", quantity=p.quantity,
                                     value=p.value.amount if p.value else Decimal(0),
                                     currency=(p.value.currency if p.value else "USD").upper(),
                                     hs_code=p.harmonized_tariff_code, country_of_origin=p.country_of_origin,
                                     sku=p.sku))
    if customs is None and not lines:
        return None
    if customs is None:
        return CustomsDeclaration(items=lines)
    return CustomsDeclaration(customs.contents, customs.non_delivery, lines, customs.contents_explanation)


# -- to ShipStation --------------------------------------------------------------------------------


def to_v1(declaration: CustomsDeclaration) -> InternationalOptions:
    """V1 `internationalOptions` (values in USD: `validate(..., api="v1")` says so when they are not)."""
    return InternationalOptions(contents=declaration.contents, non_delivery=declaration.non_delivery,
                                customs_items=[V1CustomsItem(
                                    customs_item_id=line.v1_item_id, description=line.description.strip(),
                                    quantity=line.quantity, value=line.value, harmonized_tariff_code=_hs(line),
                                    country_of_origin=_origin(line)) for line in declaration.items])


def to_v2(declaration: CustomsDeclaration) -> tuple[CustomsOptions, list[PackageProduct]]:
    """V2 `customs` (contents, non-delivery) and the customs lines as package products."""
    options = CustomsOptions(contents=declaration.contents, non_delivery=declaration.non_delivery,
                             contents_explanation=(declaration.contents_explanation or "").strip() or None)
    products = [PackageProduct(description=line.description.strip(), quantity=line.quantity,
                               value=MonetaryValue(currency=line.currency.lower(), amount=line.value),
                               harmonized_tariff_code=_hs(line), country_of_origin=_origin(line), sku=line.sku)
                for line in declaration.items]
    return options, products


def with_customs(shipment: ShipmentRequest, declaration: CustomsDeclaration) -> ShipmentRequest:
    """A copy of `shipment` carrying the declaration: lines on the first package, none anywhere else."""
    options, products = to_v2(declaration)
    packages = [p.model_copy(update={"products": products if n == 0 else None})
                for n, p in enumerate(shipment.packages)]
    return shipment.model_copy(update={"customs": options, "packages": packages})


def _hs(line: CustomsLine) -> str | None:
    return (line.hs_code or "").strip() or None


def _origin(line: CustomsLine) -> str | None:
    return (line.country_of_origin or "").strip().upper() or None


# -- checking --------------------------------------------------------------------------------------


def validate(declaration: CustomsDeclaration | None, ship_from_country: str | None, ship_to_country: str | None,
             *, api: str | None = None) -> list[str]:
    """What must be fixed before buying, one sentence each, in packer words; [] when nothing.

    A missing declaration is a problem only for an international shipment. With `api="v1"` the limits of
    ShipStation V1 are checked too (no "other" contents, US dollars, Roman letters on the form)."""
    if declaration is None:
        if not is_international(ship_from_country, ship_to_country):
            return []
        return ["There is no customs declaration: add each kind of item in the package with its description, "
                "quantity, value and the country where it was made."]
    problems: list[str] = []
    kinds = dict(CONTENTS)
    if declaration.contents not in kinds:
        problems.append("Choose what the package contains: " + _choices(kinds.values()) + ".")
    elif api == "v1" and declaration.contents not in V1_CONTENTS:
        problems.append("ShipStation V1 has no \u201cOther\u201d contents type: choose "
                        + _choices(kinds[k] for k in kinds if k in V1_CONTENTS) + ".")
    elif declaration.contents == "other" and not (declaration.contents_explanation or "").strip():
        problems.append("The contents are \u201cOther\u201d: say in a few words what they are.")
    if declaration.non_delivery not in dict(NON_DELIVERY):
        problems.append("Choose what happens if the package can't be delivered: return to sender or treat as "
                        "abandoned.")
    if not declaration.items:
        problems.append("The customs declaration lists no items: add each kind of item in the package.")
    for n, line in enumerate(declaration.items, start=1):
        problems.extend(_line_problems(n, line, api))
    return problems


def _line_problems(n: int, line: CustomsLine, api: str | None) -> list[str]:
    description = (line.description or "").strip()
    name = f"Item {n} ({description})" if description else f"Item {n}"
    problems: list[str] = []
    if not description:
        problems.append(f"{name}: enter a description of what it is, like \u201cCotton t-shirt\u201d.")
    elif len(description) > MAX_DESCRIPTION:
        problems.append(f"Item {n}: shorten the description to {MAX_DESCRIPTION} characters or fewer.")
    elif api == "v1" and not is_roman(description):
        problems.append(f"Item {n}: ShipStation V1 would print the description as ???; write it in Roman "
                        "letters.")
    if line.quantity is None or line.quantity < 1:
        problems.append(f"{name}: the quantity must be at least 1.")
    if not _positive(line.value):
        problems.append(f"{name}: enter its value per item; it must be more than zero.")
    currency = (line.currency or "").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        problems.append(f"{name}: choose the currency of its value, like USD.")
    elif api == "v1" and currency != "USD":
        problems.append(f"{name}: ShipStation V1 takes customs values in US dollars only; enter the value in USD.")
    hs = (line.hs_code or "").strip()
    digits = hs.replace(".", "")
    if hs and (not _HS_CODE.match(hs) or not 6 <= len(digits) <= 10):
        problems.append(f"{name}: the HS code \u201c{hs}\u201d is not right: use 6 to 10 digits, dots allowed "
                        "(like 6109.10).")
    origin = (line.country_of_origin or "").strip()
    if not origin:
        problems.append(f"{name}: enter the country where it was made, as a 2-letter code (like US or CN).")
    elif not is_country_code(origin):
        problems.append(f"{name}: the country of origin \u201c{origin}\u201d is not a 2-letter country code: "
                        "use one like US or CN.")
    return problems


def _positive(value: object) -> bool:
    try:
        return value is not None and Decimal(str(value)) > 0
    except InvalidOperation:
        return False


def _choices(words: Iterable[str]) -> str:
    items = [w.lower() for w in words]
    return ", ".join(items[:-1]) + " or " + items[-1]


def same_declaration(a: CustomsDeclaration | None, b: CustomsDeclaration | None) -> bool:
    """Equal as ShipStation would print them (ids, SKUs and the guess flag don't count)."""
    def key(d: CustomsDeclaration | None) -> object:
        if d is None:
            return None
        lines = sorted((line.description.strip(), line.quantity, Decimal(str(line.value)).normalize(),
                        line.currency.upper(), _hs(line) or "", _origin(line) or "") for line in d.items)
        return d.contents, d.non_delivery, (d.contents_explanation or "").strip(), lines
    return key(a) == key(b)
