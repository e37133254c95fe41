"""A private cupsd for the tests that print (shared/notes/platform.md §4, §9), one per test session.

The cupsd and its queues are tests/private_cups.py (the benchmarks start the same one): ZebraRaw and
ZebraPaused are raw `socket://` queues to an in-process TCP sink that plays a networked Zebra; PdfTest and
PdfLetterOnly are the Generic PDF PPD on `file:` devices, PdfTest with label media added.

Registered once for the whole suite by tests/conftest.py (`pytest_plugins`): libcups keeps the first
server a process talks to, so the printing, UI and crash tests must all share one cupsd.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from print_sink import Sink
from private_cups import Cups, CupsFailed, CupsUnavailable, PrivateCups

__all__ = ["Cups", "cups", "zpl_sink"]


@pytest.fixture(scope="session")
def zpl_sink() -> Iterator[Sink]:
    sink = Sink()
    yield sink
    sink.close()


@pytest.fixture(scope="session")
def cups(zpl_sink: Sink) -> Iterator[Cups]:
    server = PrivateCups(zpl_sink.port)
    try:
        ctx = server.start()
    except CupsUnavailable as exc:
        pytest.skip(str(exc))
    except CupsFailed as exc:
        pytest.fail(str(exc))
    try:
        yield ctx
    finally:
        server.stop()
