"""P4: a run of V1 label purchases against a sandbox whose rate window is compressed: does the governor keep
ShipDesk at ShipStation's ceiling without the packer ever seeing a 429?

The real ShippingService (journal first, never twice: it reads the order and its shipments, then buys)
buys one label after another for distinct domestic orders, with the app's own transport settings and its
process-wide V1 governor; V1 allows 40 requests a window, and the window is 2 s here instead of 60. The
throughput counts the requests ShipStation accepted, from the first one to the first one of the last
window: at the ceiling that is exactly (windows − 1) × 40 requests in (windows − 1) × 2 s. 429s are counted
twice: the ones the sandbox sent (the governor should pace so there are none or few), and the ones that
reached the caller as an error (RateLimited: what the packer would see).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .child import Options, child_main, say
from .rows import Row, Target
from .sandbox_session import requests_counted, session_on, start_sandbox

PURCHASES, QUICK_PURCHASES = 200, 40
WINDOW_S, V1_LIMIT = 2.0, 40


def domestic_orders(box: object, count: int) -> list[int]:
    """Open US orders with a Roman-script ship-to, from the sandbox's own records."""
    from shipdesk.core.text import non_roman_fields

    found = []
    world = box.world  # type: ignore[attr-defined]
    with world.lock:
        for order in world.orders.values():
            to = order["shipTo"] or {}
            if order["orderStatus"] == "awaiting_shipment" and to.get("country") == "US" \
                    and not non_roman_fields(to):
                found.append(int(order["orderId"]))
    if len(found) < count:
        raise RuntimeError(f"the seed has only {len(found)} open domestic orders, {count} wanted")
    return found[:count]


def ceiling_share(accepted_at: list[float]) -> float:
    """Accepted requests per second ÷ the ceiling, from the first request to the first of the last window."""
    last_window_start = V1_LIMIT * ((len(accepted_at) - 1) // V1_LIMIT)
    if last_window_start == 0:
        raise RuntimeError("the run fits in one rate window: nothing to pace")
    span = accepted_at[last_window_start] - accepted_at[0]
    return (last_window_start / span) / (V1_LIMIT / WINDOW_S)


def one_run(count: int, run: int) -> tuple[float, int, int, int, float, int]:
    """(share of the ceiling, 429s shown, 429s sent, other errors, seconds, requests) of `count` purchases on
    a fresh sandbox, with keys of their own so the process-wide governor starts fresh too."""
    from shipdesk.api.calllog import CallRecord
    from shipdesk.api.errors import RateLimited
    from shipdesk.core.shipping import LabelRequest, ShippingService
    from shipdesk.sandbox.timefmt import money

    box = start_sandbox(orders=max(1500, count * 6), window_seconds=WINDOW_S, v1_limit=V1_LIMIT,
                        v1_key=f"bench-v1-{run}", v1_secret=f"bench-secret-{run}", v2_key=f"bench-v2-{run}")
    with box.world.lock:  # a funded Stamps.com account: 200 labels cost more than the seeded $1,000
        box.world.carrier_balances["stamps_com"] = money(100_000)
    shown_429 = other_errors = 0
    accepted: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p4-") as tmp:
            session = session_on(box, Path(tmp))

            def logged(record: CallRecord) -> None:
                if record.api == "v1" and record.status is not None and record.status != 429:
                    accepted.append(record.started_at.timestamp())

            session.call_log.subscribe(logged)
            service = ShippingService(session, station="bench-p4")
            started = time.monotonic()
            for order_id in domestic_orders(box, count):
                request = LabelRequest("v1", order_id=str(order_id), order_number=str(order_id),
                                       carrier="stamps_com", service="usps_priority_mail", package="package",
                                       shown_cost="8.70", ship_from_country="US")
                try:
                    service.buy_label(request)
                except RateLimited:
                    shown_429 += 1
                except Exception as exc:
                    other_errors += 1
                    say(f"P4: order {order_id}: {type(exc).__name__}: {exc}")
            elapsed = time.monotonic() - started
            session.close()
        sent_429 = requests_counted(box).get("rate_limited", 0)
    finally:
        box.stop()
    return ceiling_share(sorted(accepted)), shown_429, sent_429, other_errors, elapsed, len(accepted)


def measure(options: Options) -> list[Row]:
    count = QUICK_PURCHASES if options.quick else PURCHASES
    runs = min(options.repeat, 3)  # 200 purchases pace through ~15 windows: a few runs say enough
    ceiling = V1_LIMIT / WINDOW_S
    pace = Row("P4 pace", f"V1 requests accepted per second over {count} label purchases", "req/s",
               Target("ratio_min", 0.95, "≥ 95 % of the ceiling"),
               floor_what=f"the rate ceiling: {V1_LIMIT} requests / {WINDOW_S:.0f} s window")
    shown = Row("P4 429s", "429s shown to the packer (RateLimited raised to the caller)", "429s",
                Target("value_max", 0, "0 shown"), show_ratio=False)
    sent, errors, seconds, requests = [], 0, [], []
    for run in range(runs):
        share, shown_429, sent_429, other, elapsed, calls = one_run(count, run)
        pace.samples.append(share * ceiling)
        pace.floor.append(ceiling)
        shown.samples.append(shown_429)
        sent.append(sent_429)
        errors += other
        seconds.append(elapsed)
        requests.append(calls)
        say(f"P4 run {run + 1}: {count} purchases in {elapsed:.1f} s, {calls} V1 requests, {share:.1%} of the "
            f"ceiling, 429s sent {sent_429}, shown {shown_429}, other errors {other}")
    pace.note = (f"{count} labels a run in {min(seconds):.1f}–{max(seconds):.1f} s, {max(requests)} requests "
                 f"({max(requests) / count:.1f} a purchase: order, its shipments, the purchase); "
                 f"{errors} other errors")
    shown.note = f"429s the sandbox sent, per run: {', '.join(map(str, sent))} (the transport waits and re-sends)"
    return [pace, shown]


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
