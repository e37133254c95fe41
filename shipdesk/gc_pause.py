"""Cyclic garbage collection held off while a worker turns a large answer into objects (bench P6).

A 500-order page is ~100,000 short-lived containers (the parsed JSON, then the models). Collections that run
while they are alive walk all of them with the GIL held: CPython's full passes during a sync's pages took
40-60 ms each, on the worker, and the UI thread waited for them (every call from Qt into Python needs the
GIL). Held off until the page's objects are dropped, they die by reference counting and the next
collection walks only what lives on. Only cycles made meanwhile wait, for the length of one page's work.
Threads may overlap: collections come back when the last of them is done, if they were on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collections_paused() -> Iterator[None]:
    """No cyclic collection inside the block (any thread); drop what the block built before it ends."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
