"""Purchase errors that cost or block money, in packer words: a short headline and what to do.

Recognised: insufficient carrier balance (V2 `insufficient_funds`; V1's ExceptionMessage about funds or
balance), a package the service does not take (V1 "Invalid packageCode" / "The package ... is not
available"; V2 `invalid_field_value` on a package field), an address ShipStation will not ship to (V2
`invalid_address` and friends; V1 address messages) and a plan without the label API (PlanError).
Anything else keeps the error's own message. V1 sends its refusals as HTTP 500, which the purchase flow
reconciles before raising LabelNotBought: the ShipStation error is then found in the exception chain.
No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..api.errors import ApiError, PlanError, ValidationFailed

BALANCE = "balance"
PACKAGE = "package"
ADDRESS = "address"
PLAN = "plan"
OTHER = "other"

_FUNDS = re.compile(r"insufficient (funds|balance)|not enough (funds|balance|postage)|add funds|"
                    r"balance is too low|low balance", re.I)
_PACKAGE = re.compile(r"invalid packagecode|invalid package|package\b.*\bnot (available|supported|valid)|"
                      r"package (type|code)\b.*\b(invalid|not)", re.I)
_ADDRESS = re.compile(r"address\b.*\b(invalid|not valid|could not be (validated|verified)|not found|unknown)|"
                      r"invalid\b.*\b(address|postal ?code|zip ?code|city|state)|"
                      r"(postal ?code|zip ?code)\b.*\b(invalid|not valid|does not match)", re.I)
_ADDRESS_CODES = {"invalid_address", "address_not_found", "invalid_postal_code", "unverified_address",
                  "invalid_country_code", "invalid_state_province"}


@dataclass(frozen=True)
class MoneyWords:
    kind: str  # balance | package | address | plan | other
    headline: str
    what_to_do: str

    def __str__(self) -> str:
        return f"{self.headline} {self.what_to_do}".strip()


def _chain(error: BaseException) -> list[BaseException]:
    """The error, then what caused it (LabelNotBought carries the ShipStation refusal as its context)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _texts(error: BaseException) -> list[str]:
    texts = [str(error)]
    if isinstance(error, ValidationFailed):
        texts += [f"{name}: {m}" for name, msgs in error.fields.items() for m in msgs]
    return texts


def _package_field(error: ApiError) -> bool:
    if isinstance(error, ValidationFailed) and any("package" in name.lower() for name in error.fields):
        return True
    return "package" in str(error).lower()


def _kind(error: BaseException) -> str | None:
    if isinstance(error, PlanError):
        return PLAN
    code = error.code if isinstance(error, ApiError) else None
    if code == "insufficient_funds":
        return BALANCE
    if code in _ADDRESS_CODES:
        return ADDRESS
    if code == "invalid_field_value" and isinstance(error, ApiError) and _package_field(error):
        return PACKAGE
    if not isinstance(error, ApiError):
        return None
    texts = _texts(error)
    if any(_FUNDS.search(t) for t in texts):
        return BALANCE
    if any(_PACKAGE.search(t) for t in texts):
        return PACKAGE
    if any(_ADDRESS.search(t) for t in texts):
        return ADDRESS
    return None


def _carrier(text: str) -> str | None:
    found = re.search(r"(?:your|the) (.+?) balance is", text, re.I)
    return found.group(1) if found else None


def money_words(error: BaseException) -> MoneyWords:
    """Headline + what to do for a purchase error; unknown errors keep their own message."""
    for link in _chain(error):
        kind = _kind(link)
        if kind is None:
            continue
        text = str(link)
        if kind == BALANCE:
            carrier = _carrier(text)
            where = f"the {carrier} account" if carrier else "the carrier account"
            return MoneyWords(BALANCE, f"Not enough postage: {where} is out of funds.",
                              f"Add funds to {where} in ShipStation (Settings > Carriers), then buy the label "
                              "again. Nothing was charged.")
        if kind == PACKAGE:
            return MoneyWords(PACKAGE, "This package type can't be used with this service.",
                              "Pick another package (or another service) on the Rates tab and buy again. "
                              "Nothing was charged.")
        if kind == ADDRESS:
            return MoneyWords(ADDRESS, "ShipStation says the ship-to address is not valid.",
                              "Check the street, city, state and postal code with the customer, correct the "
                              "order, then buy again. Nothing was charged.")
        return MoneyWords(PLAN, "This ShipStation plan can't buy labels through the API.",
                          "Ask the account owner to move to a plan with API access (Gold or higher); until "
                          "then buy labels in ShipStation's web app.")
    return MoneyWords(OTHER, str(error), "")
