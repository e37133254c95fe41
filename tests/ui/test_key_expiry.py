"""The expiry countdown and warnings on the app's (moved) clock: a banner from 30 days on, a dialog at 30,
14, 7 and 1 days and never twice a day (not even across a restart), and the wizard once it expired."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from key_support import FakeClock, Keys, close_window
from PySide6.QtWidgets import QMessageBox

from shipdesk.core.keys import NewKey

WAIT = 15_000


def days_before(expires, days: int) -> datetime:
    return datetime.combine(expires - timedelta(days=days), time(9, 0)).astimezone()


def look(qtbot, window, clock, expires, days: int) -> QMessageBox | None:
    """Move the bench's clock to `days` before expiry, let the hourly check run; the new dialog, if any."""
    manager = window.key_manager
    before = manager.expiry.warning_box
    clock.now = days_before(expires, days)
    with qtbot.waitSignal(manager.keys_changed, timeout=WAIT):
        manager.reload()
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=WAIT)  # the warning is recorded
    box = manager.expiry.warning_box
    if box is before or box is None:
        return None
    assert box.isVisible()
    box.done(0)
    return box


def test_countdown_banner_and_a_dialog_at_each_threshold(qtbot, key_window):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    expires = today + timedelta(days=60)
    window = key_window(keys, clock, saved=[NewKey("v1", "Bench", keys.v1_key, keys.v1_secret, today, expires)],
                        start=False)
    label, banners = window.key_label, window.banners
    assert look(qtbot, window, clock, expires, 35) is None
    assert label.text() == "V1 key: 35 days left" and banners.banner("key-expiry") is None
    dialogs = {}
    for days in (30, 30, 29, 15, 14, 13, 8, 7, 6, 2, 1):
        box = look(qtbot, window, clock, expires, days)
        if box is not None:
            dialogs[days] = box.text()
        assert banners.banner("key-expiry") is not None, days  # the banner is always there from 30 days on
        assert label.text() == (f"V1 key: {days} days left" if days > 1 else "V1 key expires tomorrow")
    assert list(dialogs) == [30, 14, 7, 1]
    assert "expires in 30 days, on " + expires.isoformat() in dialogs[30]
    assert "expires tomorrow" in dialogs[1]
    assert banners.banner("key-expiry").level == "error"  # a week or less: red
    assert look(qtbot, window, clock, expires, 0) is None  # expired: no warning, the wizard
    assert window.key_manager.wizard_open()
    assert label.text() == f"V1 key expired on {expires.isoformat()}"


def test_one_dialog_a_day_even_across_a_restart_and_rotate_now_opens_the_wizard(qtbot, key_window, tmp_path):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    expires = today + timedelta(days=20)
    profile = tmp_path / "bench"
    first = key_window(keys, clock, saved=[NewKey("v1", "Bench", keys.v1_key, keys.v1_secret, today, expires)],
                       profile=profile, start=False)
    box = look(qtbot, first, clock, expires, 14)
    assert box is not None
    close_window(first)
    again = key_window(keys, clock, sandbox=first.sandbox, profile=profile, start=False)  # same day, restarted
    assert look(qtbot, again, clock, expires, 14) is None
    assert again.banners.banner("key-expiry") is not None
    clock.advance(1)
    assert look(qtbot, again, clock, expires, 13) is None  # 14-day warning already given
    box = look(qtbot, again, clock, expires, 7)
    assert box is not None
    rotate = next(b for b in box.buttons() if b.text() == "Rotate now…")
    box.setVisible(True)
    rotate.click()
    qtbot.waitUntil(again.key_manager.wizard_open, timeout=WAIT)
    assert again.key_manager.wizard.api == "v1"
