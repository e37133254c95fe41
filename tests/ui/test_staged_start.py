"""The staged start (ui/staged_start.py): the cached orders first, the rest after; nothing typed meanwhile is lost.

The real start of `main.py` in-process on a demo profile: the Orders tab shows before the session exists, then
the session, the other tabs and the scanner filter join it. Keys that come in between are held and given back
through the scanner filter once it is installed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shipdesk.app import build_parser
from shipdesk.core.scan_decoder import Scan
from shipdesk.ui.staged_start import StagedStart

WAIT = 30_000


@pytest.fixture
def staged(qtbot, tmp_path, monkeypatch) -> Iterator[list[StagedStart]]:
    """Makes staged starts on a demo profile (a second start on the same profile finds its cache)."""
    for name in ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"):
        monkeypatch.delenv(name, raising=False)
    made: list[StagedStart] = []
    yield made
    for start in made:
        start.hold.release()  # never leave an app-wide filter behind a failed test
        start.runner.cancel_all()
        start.runner.wait(10_000)
        start.window.close()
        if start.session is not None:
            start.session.close()
        else:
            start.db.close()


def begin(qtbot, staged: list[StagedStart], profile: str) -> StagedStart:
    start = StagedStart(QApplication.instance(), build_parser().parse_args(
        ["--demo", "--lang", "en", "--profile-dir", profile]))
    staged.append(start)
    qtbot.addWidget(start.window)
    return start


def finish(qtbot, start: StagedStart) -> None:
    with qtbot.waitSignal(start.started, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: start.window.orders.last_sync is not None, timeout=WAIT)


def test_cached_orders_are_painted_before_the_session_and_the_rest_of_the_window(qtbot, staged, tmp_path):
    finish(qtbot, begin(qtbot, staged, str(tmp_path)))  # a first start fills the cache
    start = begin(qtbot, staged, str(tmp_path))
    window = start.window
    assert not window.attached and window.tabs.count() == 1  # the Orders tab alone so far
    seen: list[tuple[int, bool]] = []  # connected before stage 2 is: runs first
    start.orders_painted.connect(lambda count: seen.append((count, start.session is None)))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    count, no_session = seen[0]
    assert no_session  # the orders on screen came from the cache, before the API layer
    assert count == window.orders.model.rowCount() > 0
    finish(qtbot, start)
    assert window.attached and window.tabs.count() == 4
    assert window.menuBar().actions()[0].menu().actions()  # the File menu is filled
    assert "Demo" in window.windowTitle() and window.banners.banner("demo") is not None


def test_a_scan_and_typing_before_the_scanner_filter_exists_are_not_lost(qtbot, staged, tmp_path):
    start = begin(qtbot, staged, str(tmp_path))
    window = start.window
    search = window.orders.search
    routed: list[Scan] = []
    start.started.connect(lambda: window.scanning.scan_routed.connect(routed.append))
    assert not window.attached
    # A scanner's burst ending in Enter, then a person's text, typed while only the Orders tab exists.
    QTest.keyClicks(search, "100123")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == ""  # held, not typed
    finish(qtbot, start)
    qtbot.waitUntil(lambda: len(routed) == 1, timeout=WAIT)
    assert routed[0].raw.strip() == "100123"  # went to the scanner workflows...
    assert search.text() == ""  # ...and not into the search box
    QTest.keyClicks(search, "smith")  # the filter is installed: a person types as usual
    qtbot.waitUntil(lambda: search.text() == "smith", timeout=WAIT)


def test_keys_typed_before_the_scanner_filter_reach_their_widget_in_order(qtbot, staged, tmp_path):
    start = begin(qtbot, staged, str(tmp_path))
    search = start.window.orders.search
    QTest.keyClicks(search, "gre")
    QTest.keyClicks(search, "en")
    assert search.text() == ""
    finish(qtbot, start)
    qtbot.waitUntil(lambda: search.text() == "green", timeout=WAIT)  # no terminator: typed text, not a scan
