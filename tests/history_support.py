"""A packing bench for the label history tests: a sandbox, a session on it, and station bench-1's purchase
service, plus the look-ups those tests share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from api.v1_support import open_order_id
from label_support import journal_tests

from shipdesk.core.history import HistoryRow, LabelHistory
from shipdesk.core.journal import JournalEntry
from shipdesk.core.session import Session
from shipdesk.core.shipping import LabelRequest, ShippingService
from shipdesk.sandbox import Sandbox

STATION = "bench-1"


def by_tracking(rows: list[HistoryRow], tracking: str | None) -> HistoryRow:
    found = [r for r in rows if r.tracking_number == tracking]
    assert len(found) == 1, f"{tracking}: {len(found)} rows"
    return found[0]


def v1_request(box: Sandbox) -> LabelRequest:
    order_id = open_order_id(box)  # the next order still waiting for a label
    return LabelRequest("v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
                        service="usps_priority_mail", package="package", shown_cost="8.70")


@dataclass
class Bench:
    box: Sandbox
    session: Session
    service: ShippingService  # station bench-1, on the session's journal

    def request(self, api: str) -> LabelRequest:
        return v1_request(self.box) if api == "v1" else journal_tests().label_request(self.box, self.session, api)

    def buy(self, api: str) -> JournalEntry:
        return self.service.buy_label(self.request(api))

    def history(self, **options: object) -> LabelHistory:
        return LabelHistory(self.session, station=STATION, **options)  # type: ignore[arg-type]

    def row(self, entry: JournalEntry) -> HistoryRow:
        """The history's row for a label, read fresh from the journal and ShipStation."""
        return by_tracking(self.history().load().rows, entry.tracking_number)


def start_sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(window_seconds=2)  # a short rate-limit window: a test buys many labels in a row


@contextmanager
def open_bench(make_sandbox: Callable[..., Sandbox], profile: Path) -> Iterator[Bench]:
    box = start_sandbox(make_sandbox)
    session = journal_tests().make_session(box, profile)
    try:
        yield Bench(box, session, ShippingService(session, station=STATION, reconcile_delays=(0.0,)))
    finally:
        session.close()
