"""P5: how many requests the order sync makes: a first sync of 10,000 orders, then a re-sync with nothing changed.

The real OrderSync (what the Orders tab runs on its worker) on a fresh profile against a sandbox seeded with
10,000 orders; the requests are counted by the sandbox itself. The floors are what paging allows: one
request per 500-order page, ceil(orders / 500), and one request for a delta that finds nothing. The three
name lookups a start-up sync also makes (stores, tags, users) are counted apart, in the note.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from .child import Options, child_main, say
from .rows import Row, Target
from .sandbox_session import requests_counted, session_on, start_sandbox

ORDERS = 10_000


def measure(options: Options) -> list[Row]:
    from shipdesk.core.order_cache import OrderCache
    from shipdesk.core.sync import PAGE_SIZE, OrderSync

    box = start_sandbox(orders=ORDERS)
    try:
        with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p5-") as tmp:
            session = session_on(box, Path(tmp))
            try:
                assert session.v1 is not None
                sync = OrderSync(session.v1, OrderCache(session.db))
                before = requests_counted(box).get("v1", 0)
                sync.fetch_lookups()
                after_lookups = requests_counted(box).get("v1", 0)
                first = sync.run()
                after_first = requests_counted(box).get("v1", 0)
                again = sync.run()
                after_again = requests_counted(box).get("v1", 0)
                listed = OrderCache(session.db).count()
            finally:
                session.close()
    finally:
        box.stop()
    say(f"P5: first sync {after_first - after_lookups} requests for {first.fetched:,} orders, "
        f"re-sync {after_again - after_first} ({again.fetched} orders)")
    lookups = after_lookups - before
    rows = [
        Row("P5 first", f"requests for the first sync of {ORDERS:,} orders", "requests",
            Target("equal_floor", text="= floor"), samples=[after_first - after_lookups],
            floor=[math.ceil(listed / PAGE_SIZE)], floor_what=f"ceil({listed:,} / {PAGE_SIZE})",
            note=f"{first.fetched:,} orders cached; plus {lookups} name lookups (stores, tags, users) at start-up"),
        Row("P5 re-sync", "requests for a re-sync with nothing changed", "requests",
            Target("equal_floor", text="= floor"), samples=[after_again - after_first], floor=[1],
            floor_what="one delta request", note=f"{again.fetched} orders re-read (modified since the cursor)"),
    ]
    return [r for r in rows if options.wants("P5") or options.wants(r.id)]


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
