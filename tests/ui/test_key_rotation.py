"""Rotation as ShipStation intends it, against a real local ShipStation: the wizard adds the second V1 pair,
checks it, puts it to work without a restart and retires the old one; an expired key (the sandbox's clock
moved past it) fails with 401 and leads straight to the wizard; a refused V1 pair fails over to the
second pair, with the reason."""

from __future__ import annotations

from datetime import timedelta

from key_support import FakeClock, Keys, add_pair_b, admin, sandbox_key_id
from PySide6.QtWidgets import QLabel, QWizard

from shipdesk.core.keys import NewKey

WAIT = 15_000


def sync_now(qtbot, window) -> object:
    """F5 on the Orders tab once any running sync ended; its result (or the error it failed with)."""
    qtbot.waitUntil(window.orders.refresh, timeout=WAIT)
    with qtbot.waitSignal(window.orders.sync_finished, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def test_the_wizard_rotates_the_v1_pair_without_a_gap(qtbot, key_window, memory_keyring):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    window = key_window(keys, clock, saved=[keys.pair_a(today, months=3), keys.v2(today)])
    add_pair_b(window.sandbox, keys)  # made in ShipStation: Settings → Account → API Settings
    qtbot.waitUntil(lambda: window.key_manager.records != [], timeout=WAIT)
    old = next(r for r in window.key_manager.records if r.api == "v1")
    window.rotate_key_action.trigger()  # Settings → Rotate an API key… (the V1 pair expires first)
    wizard = window.key_manager.wizard
    assert wizard.api == "v1" and wizard.old == old
    assert "generate a second V1 key pair" in " ".join(w.text() for w in wizard.intro.findChildren(QLabel))
    wizard.next()
    page = wizard.new_page
    page.form.name.setText("Bench B")
    page.form.key.setText(keys.v1b_key)
    page.form.secret.setText(keys.v1b_secret)
    page.form.set_lifetime(12)
    page.verify_button.click()
    qtbot.waitUntil(lambda: wizard.new_record is not None, timeout=WAIT)
    assert "It works for: V1 API" in page.status.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.activate_page.done, timeout=WAIT)
    assert "now uses Bench B" in wizard.activate_page.status.text()
    # the old pair is deleted in ShipStation: orders keep flowing through the new one, no restart
    admin(window.sandbox, "DELETE", f"/keys/{sandbox_key_id(window.sandbox, keys.v1_key)}")
    assert not isinstance(sync_now(qtbot, window), Exception)
    wizard.next()
    retire = wizard.retire_page
    assert "Settings → Account → API Settings" in " ".join(w.text() for w in retire.findChildren(QLabel))
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # confirm the deletion first
    retire.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: [r.name for r in window.key_manager.records if r.api == "v1"] == ["Bench B"],
                    timeout=WAIT)
    assert keys.v1_key not in memory_keyring.entries.values()
    assert keys.v1_secret not in memory_keyring.entries.values()
    assert window.key_manager.records[0].active


def test_an_expired_key_is_refused_and_leads_to_the_wizard(qtbot, key_window):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    # ShipStation made the pair 30 days ago with 40 days to live (the sandbox's seed); the packer typed the dates
    expiring = NewKey("v1", "Bench", keys.v1_key, keys.v1_secret, today - timedelta(days=30),
                      today + timedelta(days=10))
    window = key_window(keys, clock, saved=[expiring], key_lifetime_days=40)
    assert not isinstance(sync_now(qtbot, window), Exception)
    assert window.key_label.text() == "V1 key: 10 days left"
    admin(window.sandbox, "POST", "/clock", {"advance_days": 11})  # ShipStation's clock passes the expiry
    clock.advance(11)  # and so does the bench's
    sync_now(qtbot, window)
    assert any(r.status == 401 for r in window.session.call_log.last())
    qtbot.waitUntil(lambda: window.key_manager.wizard_open(), timeout=WAIT)
    wizard = window.key_manager.wizard
    expires = (today + timedelta(days=10)).isoformat()
    assert f"expired on {expires}" in wizard.intro.reason.text()
    assert window.key_label.text() == f"V1 key expired on {expires}"
    assert f"expired on {expires}" in window.banners.banner("key-expiry").text


def test_a_refused_v1_pair_fails_over_to_the_second_with_the_reason(qtbot, key_window):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    window = key_window(keys, clock, saved=[keys.pair_a(today), keys.pair_b(today)], start=False)
    add_pair_b(window.sandbox, keys)
    window.start()
    assert not isinstance(sync_now(qtbot, window), Exception)
    admin(window.sandbox, "DELETE", f"/keys/{sandbox_key_id(window.sandbox, keys.v1_key)}")  # someone deleted A
    sync_now(qtbot, window)
    handler = window.key_manager.refusals
    qtbot.waitUntil(lambda: handler.offer_box is not None and handler.offer_box.isVisible(), timeout=WAIT)
    text = handler.offer_box.text()
    assert f"refused the V1 key Bench A (…{keys.v1_key[-4:]})" in text and "deleted or regenerated" in text
    assert f"also keeps Bench B (…{keys.v1b_key[-4:]})" in text
    assert "Bench A" in window.banners.banner("key-refused").text
    handler.use_button.click()
    qtbot.waitUntil(lambda: any(r.active and r.name == "Bench B" for r in window.key_manager.records),
                    timeout=WAIT)
    assert "switched to Bench B" in window.banners.banner("key-refused").text
    assert "now uses the V1 key Bench B" in window.banners.banner("key-switch").text
    assert not isinstance(sync_now(qtbot, window), Exception)  # orders flow again on pair B
    assert not window.key_manager.wizard_open()
