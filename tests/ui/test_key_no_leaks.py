"""No secret leaks: a whole scripted day at the bench — add keys, rotate, sync, buy, fail, support report,
a crash — and then every file under the profile, the log output, stdout/stderr, the support report, the
crash output, the banners and the process command lines are searched for every key and secret."""

from __future__ import annotations

import base64
import io
import logging
import os
import sys
import threading
from pathlib import Path

from api.v1_support import open_order_id
from key_support import FakeClock, Keys, add_pair_b, admin, close_window, sandbox_key_id
from PySide6.QtWidgets import QWizard

from shipdesk.api.calllog import support_report
from shipdesk.core import crash
from shipdesk.core.journal import BOUGHT
from shipdesk.core.shipping import LabelRequest, ShippingService

WAIT = 20_000


def add_key(qtbot, dialog, api: str, key: str, secret: str = "") -> None:
    rows = dialog.table.rowCount()
    add = dialog.add()
    add.form.api.setCurrentIndex(add.form.api.findData(api))
    add.form.key.setText(key)
    add.form.secret.setText(secret)
    add.save_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows + 1, timeout=WAIT)


def synced(qtbot, window) -> object:
    qtbot.waitUntil(window.orders.refresh, timeout=WAIT)  # F5 once any running sync ended
    with qtbot.waitSignal(window.orders.sync_finished, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def process_command_lines() -> str:
    """This process's command line and its children's (Linux /proc; elsewhere just sys.argv)."""
    lines = [" ".join(sys.argv)]
    proc = Path("/proc")
    if proc.is_dir():
        me = str(os.getpid())
        for entry in proc.iterdir():
            try:
                status = (entry / "status").read_text()
                parent = next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
                if entry.name == me or parent == me:
                    lines.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
            except (OSError, StopIteration):
                continue
    return "\n".join(lines)


def test_a_full_day_leaves_no_secret_anywhere(qtbot, key_window, make_sandbox, caplog, capfd, tmp_path):
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    keys, clock = Keys(), FakeClock()
    box = make_sandbox(orders=20, **keys.sandbox())
    add_pair_b(box, keys)
    profile = tmp_path / "bench"
    seen: list[str] = []  # texts the packer saw: banners, dialogs, the support report

    # 1. add: the first start has no keys (demo); Settings → API keys → add V1 pair A and the V2 key
    first = key_window(keys, clock, sandbox=box, profile=profile, start=False)
    dialog = first.key_manager.open_keys_dialog()
    refused = dialog.add()  # a typo first: ShipStation refuses it, and the refusal is in the call log
    refused.form.key.setText(keys.v1_key)
    refused.form.secret.setText("wrong-" + keys.v1_secret)
    refused.save_button.click()
    qtbot.waitUntil(lambda: "refused this key" in refused.status.text(), timeout=WAIT)
    seen.append(refused.status.text())
    refused.reject()
    add_key(qtbot, dialog, "v1", keys.v1_key, keys.v1_secret)
    add_key(qtbot, dialog, "v2", keys.v2_key)
    seen += [b.text for b in map(first.banners.banner, first.banners.keys()) if b is not None]
    seen.append(support_report(first.session.call_log.last()))
    close_window(first)

    # 2. the next start uses them; rotate pair A → pair B with the wizard
    window = key_window(keys, clock, sandbox=box, profile=profile)
    assert not isinstance(synced(qtbot, window), Exception)
    window.rotate_key_action.trigger()
    wizard = window.key_manager.wizard
    wizard.next()
    wizard.new_page.form.key.setText(keys.v1b_key)
    wizard.new_page.form.secret.setText(keys.v1b_secret)
    wizard.new_page.verify_button.click()
    qtbot.waitUntil(lambda: wizard.new_record is not None, timeout=WAIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.activate_page.done, timeout=WAIT)
    wizard.next()
    admin(box, "DELETE", f"/keys/{sandbox_key_id(box, keys.v1_key)}")
    wizard.retire_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)

    # 3. sync, 4. buy a label on the rotated pair
    assert not isinstance(synced(qtbot, window), Exception)
    order_id = open_order_id(box)
    entry = ShippingService(window.session).buy_label(LabelRequest(
        "v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
        service="usps_priority_mail", package="package", shown_cost="8.70"))
    assert entry.state == BOUGHT and entry.label_bytes

    # 5. fail: ShipStation errors on the order list, then refuses the V2 key (deleted in ShipStation)
    admin(box, "POST", "/faults", {"kind": "500", "method": "GET", "path": "/orders", "times": None})
    assert isinstance(synced(qtbot, window), Exception)
    admin(box, "DELETE", "/faults")
    admin(box, "DELETE", f"/keys/{sandbox_key_id(box, keys.v2_key)}")
    window.start()  # probes the keys again: the V2 refusal leads to the wizard
    qtbot.waitUntil(window.key_manager.wizard_open, timeout=WAIT)
    seen.append(window.key_manager.wizard.intro.reason.text())
    window.key_manager.wizard.reject()

    # 6. the support report, 7. a crash while a secret is in the air, 8. a setting saved
    report = window.show_support_report()
    seen.append(report.text.toPlainText())
    seen.append(support_report(window.session.call_log.last()))
    crash_out = io.StringIO()
    hooks = sys.excepthook, threading.excepthook
    crash.install(window.session.redactor, crash_out)
    try:
        try:
            raise RuntimeError(f"bug while holding {keys.v1b_secret} and {keys.v2_key}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        worker = threading.Thread(target=lambda: 1 / 0 if keys.v1b_key else None)
        worker.start()
        worker.join()
    finally:
        sys.excepthook, threading.excepthook = hooks
    assert "RuntimeError: bug while holding «redacted» and «redacted»" in crash_out.getvalue()
    assert "ZeroDivisionError" in crash_out.getvalue()
    window.set_language("fr")
    qtbot.waitUntil(lambda: (profile / "settings.json").exists(), timeout=WAIT)
    seen += [b.text for b in map(window.banners.banner, window.banners.keys()) if b is not None]
    close_window(window)

    # the search: every file under the profile, then everything else that was said or written
    files = {p: p.read_bytes() for p in profile.rglob("*") if p.is_file()}
    assert profile / "shipdesk.sqlite3" in files and profile / "settings.json" in files
    everything = b"".join(files.values())
    assert keys.v1b_key[-4:].encode() in everything  # the search does reach the key list (last four only)
    assert b"label_journal" in everything
    out, err = capfd.readouterr()
    texts = {"log": caplog.text, "stdout": out, "stderr": err, "crash": crash_out.getvalue(),
             "command lines": process_command_lines(), "seen": "\n".join(seen)}
    assert "HTTP Request" in caplog.text or "send_request" in caplog.text  # the log did record the calls
    secrets = [*keys.all(), "wrong-" + keys.v1_secret]
    secrets += [base64.b64encode(f"{k}:{s}".encode()).decode()
                for k, s in ((keys.v1_key, keys.v1_secret), (keys.v1b_key, keys.v1b_secret))]
    for value in secrets:
        for path, data in files.items():
            assert value.encode() not in data, f"a secret is in {path.relative_to(profile)}"
            assert value.encode("utf-16-le") not in data, f"a secret is in {path.relative_to(profile)}"
        for where, text in texts.items():
            assert value not in text, f"a secret is in the {where}"
