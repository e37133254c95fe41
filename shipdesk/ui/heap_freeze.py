"""Keep the cyclic garbage collector's full passes short: what start-up built is frozen out of them.

CPython's full collection walks every tracked object while holding the GIL. With ShipDesk's start-up heap
(modules, classes, pydantic models, widgets: ~80,000 objects) each full pass during a first sync took
70-100 ms, in whichever thread allocated, and the UI thread stalled that long (bench P6). Those objects live
as long as the app, so `gc.freeze()` moves them out of every later pass (to ~30 ms); objects still die by
reference counting as before. One full collection first, so that garbage of the moment is freed rather
than kept forever; it runs once, where start-up already keeps the UI thread busy building the tabs.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_start_up_heap() -> None:
    """Once per process, when start-up is over: later calls do nothing, so no later garbage is frozen."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
