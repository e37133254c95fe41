"""Buying labels, never twice: journal first, check ShipStation first, reconcile every unknown outcome.

Flow of `buy_label`: for V1, refuse a ship-to in non-Roman script (V1 prints it as ???) before any purchase
call (`NonRomanAddress`); refuse when the order already has an active label (unless `allow_another`); write
the intent row; call; store the answer and the label bytes. When the answer is lost (timeout, reset,
5xx, unreadable) the row becomes `unknown` and ShipStation is asked what happened before anything else:
a label found is stored (`reconciled_bought`) and never bought again; none found is `reconciled_none`,
after which the packer may buy again, explicitly. No Qt here.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api.errors import ApiError, NotFound, RateLimited, ServerError, Unreachable
from ..api.v1.models import Address, LabelResult
from ..api.v1.models import Shipment as V1Shipment
from ..api.v2.models import Label, ShipmentRequest
from .journal import (
    BOUGHT,
    FAILED,
    INTENT,
    RECONCILED_BOUGHT,
    RECONCILED_NONE,
    UNKNOWN,
    JournalEntry,
    LabelJournal,
    new_external_id,
)
from .session import Session
from .text import FIELD_WORDS, non_roman_fields, script_words, transliterate

# Said in the row and to the packer: V1 lists shipments without labelData and has no call that returns a
# bought label's file again, so a label reconciled through V1 has no local copy.
V1_NO_REFETCH = ("ShipStation V1 does not send this label's file again: print it from ShipStation's web app "
                 "(Shipments > Reprint), or void it and buy a new one.")


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


class LabelNotBought(PurchaseError):
    """The answer was lost and ShipStation confirms no label was bought: buying again is safe."""


class OutcomeStillUnknown(PurchaseError):
    """The answer was lost and ShipStation could not be asked yet; nothing may be bought for this order
    until `recover` (or a later `buy_label`) has reconciled the row."""


@dataclass
class LabelRequest:
    """What to buy. V1: `order_id` + carrier/service/package (+ `v1_options`, e.g. weight). V2: either
    `rate_id` with the rated `v2_shipment_id`, or a `shipment` object (its external id is set by us)."""

    api: str  # "v1" | "v2"
    order_id: str | None = None
    order_number: str | None = None
    carrier: str | None = None
    service: str | None = None
    package: str | None = None
    shown_cost: str | None = None
    test_label: bool = False
    label_format: str = "pdf"
    print_on_purchase: bool = False  # journaled, so a crash before printing still ends in a printed label
    rate_id: str | None = None
    v2_shipment_id: str | None = None
    shipment: ShipmentRequest | None = None
    v1_options: dict[str, Any] = field(default_factory=dict)
    # V1: the order's ship-to as ShipStation has it (V1 prints that one). Without it ShipDesk reads the order
    # (a GET, never a purchase) to check its script before buying.
    ship_to: Address | None = None


# Called right after the purchase call returns, before its answer is stored (tests simulate a crash here).
AfterCall = Callable[[JournalEntry], None]


class ShippingService:
    def __init__(self, session: Session, journal: LabelJournal | None = None, *, station: str | None = None,
                 reconcile_delays: Sequence[float] = (0.0, 2.0, 5.0), sleep: Callable[[float], None] = time.sleep,
                 after_call: AfterCall | None = None) -> None:
        self.session = session
        self.journal = journal or LabelJournal(session.db)
        self.station = station or socket.gethostname()
        # A request that timed out may still be running at ShipStation: look again after these pauses.
        self.reconcile_delays = tuple(reconcile_delays) or (0.0,)
        self.sleep = sleep
        self.after_call = after_call

    # -- buying ---------------------------------------------------------------------------------

    def buy_label(self, request: LabelRequest, *, allow_another: bool = False) -> JournalEntry:
        """Buy one label; returns its journal row (bought or reconciled_bought). Raises PurchaseError
        subclasses, or the ApiError of a definite refusal (address, balance, plan...)."""
        if request.api not in ("v1", "v2"):
            raise ValueError("api must be v1 or v2")
        if request.api == "v1":
            self._check_roman(request)
        self._settle_unfinished(request)
        known = self._active_labels(request)
        if known and not allow_another:
            shown = ", ".join(tracking for _, tracking in known)
            raise AlreadyHasLabel(f"Order {request.order_number or request.order_id} already has a label "
                                  f"({shown}). Buy another one only if you mean to.", [t for _, t in known])
        entry = self._intent(request, [ident for ident, _ in known])
        try:
            answer = self._call(request, entry)
        except (RateLimited, ServerError, Unreachable) as exc:
            # RateLimited was refused before any work; 5xx and network failures may hide a bought label.
            if isinstance(exc, RateLimited):
                self.journal.mark(entry.id, FAILED, str(exc))
                raise
            self.journal.mark(entry.id, UNKNOWN, f"{exc}\n{exc.detail}".strip())
            return self._reconcile_or_raise(entry.id, exc)
        except ApiError as exc:
            self.journal.mark(entry.id, FAILED, f"{exc}\n{exc.detail}".strip())
            raise
        if self.after_call is not None:
            self.after_call(entry)
        return self._store_answer(entry, answer)

    def _check_roman(self, request: LabelRequest) -> None:
        """ShipStation V1 prints non-Roman script as ???: refuse before anything is bought."""
        ship_to = request.ship_to
        if ship_to is None and request.order_id is not None:
            ship_to = self._v1().get_order(int(request.order_id)).ship_to
        if ship_to is None:
            return
        error = non_roman_error(ship_to)
        if error is not None:
            raise error

    def _settle_unfinished(self, request: LabelRequest) -> None:
        """An earlier attempt for this order with an unknown outcome is reconciled before a new purchase."""
        if request.order_id is None:
            return
        for entry in self.journal.for_order(request.api, request.order_id):
            if entry.state in (INTENT, UNKNOWN):
                found = self.reconcile(entry)
                if found.state in (INTENT, UNKNOWN):
                    raise OutcomeStillUnknown(
                        f"ShipDesk cannot yet tell whether the last label for order "
                        f"{request.order_number or request.order_id} was bought, so it will not buy another. "
                        "Check the connection to ShipStation and try again.", found)

    def _active_labels(self, request: LabelRequest) -> list[tuple[str, str]]:
        """(id, tracking) of active labels: the journal's, then ShipStation's for this order/shipment."""
        found: dict[str, str] = {}
        if request.order_id is not None:
            for entry in self.journal.for_order(request.api, request.order_id):
                if entry.has_label:
                    key = entry.shipment_id if request.api == "v1" else entry.label_id
                    found[str(key)] = entry.tracking_number or str(key)
        if request.api == "v1" and request.order_id is not None:
            for shipment in self._v1_shipments(request.order_id):
                if not shipment.voided:
                    found[str(shipment.shipment_id)] = shipment.tracking_number or str(shipment.shipment_id)
        elif request.api == "v2" and request.v2_shipment_id:
            for label in self._v2().iter_labels(shipment_id=request.v2_shipment_id):
                if not label.voided and label.status != "voided":
                    found[label.label_id] = label.tracking_number or label.label_id
        return list(found.items())

    def _intent(self, request: LabelRequest, known_ids: list[str]) -> JournalEntry:
        external_id = new_external_id() if request.api == "v2" and request.shipment is not None else None
        return self.journal.add_intent(
            station=self.station, api=request.api, order_id=request.order_id, order_number=request.order_number,
            carrier=request.carrier, service=request.service, package=request.package,
            shown_cost=request.shown_cost, test_label=request.test_label, external_id=external_id,
            rate_id=request.rate_id, v2_shipment_id=request.v2_shipment_id, known_ids=known_ids,
            label_format=request.label_format, print_on_purchase=request.print_on_purchase)

    def _call(self, request: LabelRequest, entry: JournalEntry) -> LabelResult | Label:
        if request.api == "v1":
            if request.order_id is None or not request.carrier or not request.service:
                raise ValueError("a V1 label needs order_id, carrier and service")
            return self._v1().create_label_for_order(
                int(request.order_id), request.carrier, request.service, package_code=request.package,
                test_label=request.test_label, **request.v1_options)
        # The V2 client's label options have no test flag yet: the journal records it, the request can't.
        if request.rate_id:
            return self._v2().create_label_from_rate(request.rate_id, label_format=request.label_format)
        if request.shipment is None:
            raise ValueError("a V2 label needs rate_id or a shipment")
        shipment = request.shipment.model_copy(update={"external_shipment_id": entry.external_id})
        return self._v2().create_label(shipment, label_format=request.label_format)  # type: ignore[arg-type]

    def _store_answer(self, entry: JournalEntry, answer: LabelResult | Label) -> JournalEntry:
        if isinstance(answer, LabelResult):
            return self.journal.record_label(
                entry.id, state=BOUGHT, shipment_id=str(answer.shipment_id), label_id=None,
                tracking_number=answer.tracking_number, cost=_money(answer.shipment_cost),
                label_bytes=answer.pdf_bytes(), label_format="pdf")
        return self._store_v2(entry, answer, BOUGHT)

    def _store_v2(self, entry: JournalEntry, label: Label, state: str) -> JournalEntry:
        fmt = label.label_format or entry.label_format or "pdf"
        data, note = None, None
        try:
            data = self._v2().download_label(label)
        except ApiError as exc:
            note = f"The label was bought but its file could not be downloaded yet: {exc}"
        cost = label.shipment_cost.amount if label.shipment_cost is not None else None
        return self.journal.record_label(
            entry.id, state=state, shipment_id=label.shipment_id, label_id=label.label_id,
            tracking_number=label.tracking_number, cost=_money(cost), label_bytes=data, label_format=fmt,
            label_note=note)

    # -- reconciling ----------------------------------------------------------------------------

    def _reconcile_or_raise(self, entry_id: int, cause: ApiError) -> JournalEntry:
        entry = self.reconcile(self.journal.get(entry_id))
        if entry.has_label:
            return entry
        if entry.state == RECONCILED_NONE:
            raise LabelNotBought(f"{cause} ShipStation confirms no label was bought; you can try again.", entry)
        raise OutcomeStillUnknown(f"{cause} ShipDesk could not check with ShipStation yet; nothing will be "
                                  "bought for this order until it has.", entry)

    def reconcile(self, entry: JournalEntry) -> JournalEntry:
        """Ask ShipStation what became of an unfinished row; store what it says. Never buys."""
        if entry.state not in (INTENT, UNKNOWN):
            return entry
        if entry.state == INTENT:
            entry = self.journal.mark(entry.id, UNKNOWN, "ShipDesk stopped before the answer was stored.")
        for pause in self.reconcile_delays:
            if pause:
                self.sleep(pause)
            try:
                found = self._find_v1(entry) if entry.api == "v1" else self._find_v2(entry)
            except ApiError:
                return entry  # still unknown: ShipStation could not be asked; try again later
            if found is not None:
                return found
        return self.journal.mark(entry.id, RECONCILED_NONE, entry.error)

    def _find_v1(self, entry: JournalEntry) -> JournalEntry | None:
        if entry.order_id is None:
            return None
        taken = set(entry.known_ids) | self.journal.claimed_ids("v1")
        fresh = [s for s in self._v1_shipments(entry.order_id)
                 if not s.voided and str(s.shipment_id) not in taken]
        if not fresh:
            return None
        shipment = max(fresh, key=lambda s: s.shipment_id)  # the newest one is the one we sent
        return self.journal.record_label(
            entry.id, state=RECONCILED_BOUGHT, shipment_id=str(shipment.shipment_id), label_id=None,
            tracking_number=shipment.tracking_number, cost=_money(shipment.shipment_cost), label_bytes=None,
            label_format="pdf", label_note=V1_NO_REFETCH)

    def _find_v2(self, entry: JournalEntry) -> JournalEntry | None:
        v2 = self._v2()
        shipment_id = entry.v2_shipment_id
        if entry.external_id:
            try:
                shipment_id = v2.get_shipment_by_external_id(entry.external_id).shipment_id
            except NotFound:
                return None  # the shipment was never created, so no label either
        if not shipment_id:
            return None
        taken = set(entry.known_ids) | self.journal.claimed_ids("v2")
        fresh = [label for label in v2.iter_labels(shipment_id=shipment_id)
                 if not label.voided and label.label_id not in taken]
        if not fresh:
            return None
        return self._store_v2(entry, fresh[-1], RECONCILED_BOUGHT)

    # -- helpers --------------------------------------------------------------------------------

    def _v1_shipments(self, order_id: str) -> list[V1Shipment]:
        return list(self._v1().iter_shipments(order_id=int(order_id)))

    def _v1(self) -> Any:
        if self.session.v1 is None:
            raise PurchaseError("This station has no ShipStation V1 key, so it cannot buy V1 labels.")
        return self.session.v1

    def _v2(self) -> Any:
        if self.session.v2 is None:
            raise PurchaseError("This station has no ShipStation V2 key, so it cannot buy V2 labels.")
        return self.session.v2


def non_roman_error(ship_to: Address) -> NonRomanAddress | None:
    """The NonRomanAddress refusal for this ship-to, in packer words; None when V1 prints it all."""
    problems = non_roman_fields(ship_to)
    if not problems:
        return None
    suggestions: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for name, text in problems:
        result = transliterate(text, ship_to.country)
        if result.text is not None:
            suggestions[name] = result.text
        else:
            reasons[name] = result.reason or "needs a person or V2"
    words: list[str] = []
    for name, _ in problems:
        if FIELD_WORDS[name] not in words:
            words.append(FIELD_WORDS[name])
    fields = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
    pronoun = "it" if len(problems) == 1 else "them"
    verb = "is" if len(problems) == 1 else "are"
    script = script_words([text for _, text in problems], ship_to.country)
    hard = [text for name, text in problems if name in reasons]
    reader = script_words(hard, ship_to.country).replace(" scripts", "").replace(" script", "")
    message = f"The ship-to {fields} {verb} in {script}; ShipStation V1 would print {pronoun} as ???. "
    if not reasons:
        shown = ", ".join(suggestions[name] for name, _ in problems)
        message += f"Transliterate {pronoun} ({shown}) or buy this label through V2."
    elif suggestions:
        shown = ", ".join(suggestions.values())
        message += (f"ShipDesk can transliterate part ({shown}), but someone who reads {reader} must write the "
                    "rest in Roman letters on the order in ShipStation; or buy this label through V2.")
    else:
        message += (f"ShipDesk can't spell {pronoun} in Roman letters: someone who reads {reader} must write "
                    f"{pronoun} on the order in ShipStation, or buy this label through V2.")
    return NonRomanAddress(message, problems, suggestions, reasons)


def _money(value: object) -> str | None:
    return None if value is None else str(value)


def recover(session: Session, journal: LabelJournal | None = None, **service_options: Any) -> list[JournalEntry]:
    """At start-up: reconcile every row a crash or a lost answer left unfinished. Returns the rows after."""
    service = ShippingService(session, journal, **service_options)
    return [service.reconcile(entry) for entry in service.journal.unfinished()]
