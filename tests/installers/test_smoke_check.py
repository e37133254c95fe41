"""installer/smoke.py, the check every frozen build must pass on every platform, run on the source app (no
build needed): the same checks the bundle gets, against the printing tests' private CUPS and, when
gnome-keyring is installed, a real Secret Service."""

from __future__ import annotations

import json

from installers.installer_support import load, run_smoke

QUEUES = {"ZebraRaw", "ZebraPaused", "PdfTest", "PdfLetterOnly"}


def test_source_app_passes_the_smoke_check(cups, tmp_path):
    result = run_smoke("source", tmp_path, "--expect-printer", "ZebraRaw", "--expect-printer", "PdfTest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Result: OK" in result.stdout
    checks = json.loads((tmp_path / "smoke.json").read_text())["selftest"]["checks"]
    assert checks["window"]["orders"] > 0
    label = checks["label"]
    assert label["size_px"] == [812, 1218]  # 4x6 in at 203 dpi
    assert label["decoded"] == [label["tracking_number"]]
    assert (tmp_path / "smoke" / "selftest-label.png").stat().st_size > 10_000
    assert set(checks["printers"]["printers"]) == QUEUES
    keyring = checks["keyring"]
    assert keyring["usable"] == ("SecretService" in keyring["backend"])
    if keyring["usable"]:
        assert keyring["roundtrip"] is True


def test_smoke_check_fails_when_the_app_does_not_list_the_cups_queues(cups, capsys):
    # What a bundle without Qt's CUPS plugin looks like from outside: an empty printer list.
    smoke = load("smoke")
    verdicts = smoke.Verdicts()
    smoke.check_printers(verdicts, {"checks": {"printers": {"printers": []}}}, smoke.app_env(), ["ZebraRaw"])
    assert not verdicts.ok
    out = capsys.readouterr().out
    assert "FAIL printers = OS" in out and "ZebraRaw" in out
    assert "FAIL printers expected" in out
