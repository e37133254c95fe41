"""Settings → API keys as a packer uses it: add (checked with ShipStation before saving), see, remove; and
what they are told when the machine has no usable keyring."""

from __future__ import annotations

import keyring
from key_support import FakeClock, Keys
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from shipdesk.core.key_vault import SERVICE
from shipdesk.core.keys import add_months

WAIT = 15_000


def table_rows(dialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_add_checks_the_key_with_shipstation_and_saves_only_an_accepted_one(qtbot, key_window, make_sandbox,
                                                                            memory_keyring):
    keys, clock = Keys(), FakeClock()
    box = make_sandbox(orders=5, **keys.sandbox())
    window = key_window(keys, clock, sandbox=box)  # nothing saved yet: demo mode
    assert window.session.demo
    window.keys_action.trigger()  # Settings → API keys…
    dialog = window.key_manager.keys_dialog
    qtbot.waitUntil(lambda: "system keyring" in dialog.where.text(), timeout=WAIT)
    add = dialog.add()
    add.form.key.setText(keys.v1_key)
    add.form.secret.setText("typo-" + keys.v1_secret)
    add.save_button.click()
    qtbot.waitUntil(lambda: "refused this key, so it was not saved" in add.status.text(), timeout=WAIT)
    assert memory_keyring.entries == {} and table_rows(dialog) == []

    add.form.name.setText("Bench")
    add.form.secret.setText(keys.v1_secret)
    add.form.set_lifetime(6)
    add.save_button.click()
    qtbot.waitUntil(lambda: len(table_rows(dialog)) == 1, timeout=WAIT)
    today = clock.today()
    expires = add_months(today, 6)
    name, api, last4, created, expiry, status = table_rows(dialog)[0]
    assert (name, api, last4, created, status) == ("Bench", "V1", "…" + keys.v1_key[-4:], today.isoformat(), "In use")
    assert expiry.startswith(expires.isoformat())
    assert sorted(memory_keyring.entries.values()) == sorted([keys.v1_key, keys.v1_secret])
    assert all(service == SERVICE for service, _ in memory_keyring.entries)
    assert add.form.key.text() == "" and add.form.secret.text() == ""  # no secret left in the widgets
    assert "Restart ShipDesk to leave demo mode" in window.banners.banner("key-switch").text
    assert f"V1 key: {(expires - today).days} days left" in window.key_label.text()

    v2 = dialog.add()
    v2.form.api.setCurrentIndex(v2.form.api.findData("v2"))
    assert v2.form.secret.isHidden()  # a V2 key is one value
    v2.form.key.setText(keys.v2_key)
    v2.form.set_exact(add_months(today, 3))
    v2.save_button.click()
    qtbot.waitUntil(lambda: len(table_rows(dialog)) == 2, timeout=WAIT)
    assert table_rows(dialog)[1][1:3] == ["V2", "…" + keys.v2_key[-4:]]
    assert len(memory_keyring.entries) == 3

    # remove the V2 key: confirmed, gone from the keyring and the list, with the ShipStation reminder
    dialog.select(window.key_manager.records[1].id)
    box_ = dialog.remove_selected()
    assert "ShipStation still accepts the key until you delete it there too" in box_.text()
    box_.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(table_rows(dialog)) == 1, timeout=WAIT)
    assert keys.v2_key not in memory_keyring.entries.values() and len(memory_keyring.entries) == 2
    assert "delete it in ShipStation too" in window.banners.banner("key-removed").text


def test_saved_keys_are_used_at_the_next_start(qtbot, key_window, tmp_path):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    window = key_window(keys, clock, saved=[keys.pair_a(today), keys.v2(today)])
    assert not window.session.demo and window.session.key_source == "store"
    qtbot.waitUntil(lambda: window.session.capabilities is not None, timeout=WAIT)
    assert window.session.capabilities.v1.usable and window.session.capabilities.v2_inventory.usable
    qtbot.waitUntil(lambda: "V2 key: " in window.key_label.text(), timeout=WAIT)
    assert window.key_label.text().startswith("V1 key: ")


def test_no_keyring_tells_how_to_fix_it_and_never_falls_back(qtbot, key_window, tmp_path):
    keys, clock = Keys(), FakeClock()
    today = clock.today()
    profile = tmp_path / "saved-then-keyring-gone"
    window_ok = key_window(keys, clock, saved=[keys.pair_a(today)], profile=profile, start=False)
    window_ok.session.close()
    window_ok.closed_for_test = True
    keyring.set_keyring(fail.Keyring())  # as on a headless Linux box: no Secret Service
    window = key_window(keys, clock, profile=profile, start=False)
    assert window.session.demo  # the saved keys can't be read: nothing works with the account...
    text = window.banners.banner("keyring").text
    assert "saved API keys but cannot read them" in text and "No system keyring is available" in text
    assert "gnome-keyring" in text  # ...and the packer is told how to fix it
    window.keys_action.trigger()
    dialog = window.key_manager.keys_dialog
    qtbot.waitUntil(lambda: "No system keyring" in dialog.where.text(), timeout=WAIT)
    assert not dialog.add_button.isEnabled()
    assert not list(tmp_path.rglob("*.keyring")) and not list(tmp_path.rglob("*.cfg"))
