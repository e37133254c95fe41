"""Why a label was not bought, in packer words: the PurchaseError family (`shipping` re-exports them all).

Each one is raised before or instead of a purchase; `entry` is the journal row when there is one. No Qt.
"""

from __future__ import annotations

from .journal import JournalEntry

# Said wherever a shipped V1 order would need a second label (ShipStation's help: V1 can't reship).
V1_CANNOT_RESHIP = ("ShipStation's V1 API cannot buy a second label for a shipped order; add a V2 API key "
                    "(Settings \u2192 API keys) to reship from ShipDesk, or reship from ShipStation's web app.")


class PurchaseError(Exception):
    """A purchase problem in packer words; `entry` is the journal row when there is one."""

    def __init__(self, message: str, entry: JournalEntry | None = None) -> None:
        super().__init__(message)
        self.entry = entry


class AlreadyHasLabel(PurchaseError):
    """The order already has an active label; buying another must be asked for (`allow_another=True`)."""

    def __init__(self, message: str, existing: list[str]) -> None:
        super().__init__(message)
        self.existing = existing  # tracking numbers (or ids) of the active labels


class NonRomanAddress(PurchaseError):
    """A V1 label whose ship-to has non-Roman text (V1 prints it as ???). `problems` are (field, text);
    `suggestions` maps a field to its Roman-letter spelling where a table gives one; `reasons` maps the
    fields that need a person (Japanese, Chinese...) to why. Nothing was sent to ShipStation."""

    def __init__(self, message: str, problems: list[tuple[str, str]], suggestions: dict[str, str],
                 reasons: dict[str, str]) -> None:
        super().__init__(message)
        self.problems = problems
        self.suggestions = suggestions
        self.reasons = reasons


class CustomsProblem(PurchaseError):
    """An international label without a usable customs declaration. `problems` are the sentences to fix,
    one each. Nothing was sent to ShipStation and no journal row was written."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class OrderNotShippable(PurchaseError):
    """ShipStation V1 buys labels only for orders awaiting shipment or on hold; `status` is the order's."""

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


class LabelNotBought(PurchaseError):
    """The answer was lost and ShipStation confirms no label was bought: buying again is safe."""


class OutcomeStillUnknown(PurchaseError):
    """The answer was lost and ShipStation could not be asked yet; nothing may be bought for this order
    until `recover` (or a later `buy_label`) has reconciled the row."""
