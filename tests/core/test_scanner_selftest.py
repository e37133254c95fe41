"""What a scan of a self-test code says about the set-up (shipdesk/core/scanner_selftest.py)."""

from __future__ import annotations

import pytest

from shipdesk.core.keyboard_layouts import LAYOUTS, US, mangle
from shipdesk.core.scan_burst import Burst, BurstSettings
from shipdesk.core.scanner_selftest import (
    TEST_CODES,
    LayoutEvidence,
    diagnose,
    diagnose_interrupted,
    diagnose_typed,
)

CODE = {t.key: t.text for t in TEST_CODES}


def words(result) -> str:
    return " | ".join(w.text for w in result.findings)


def burst(text: str, gaps: tuple[float, ...], terminator: str = "enter") -> Burst:
    return Burst(text, text, terminator, gaps, 0.0)


def test_exact_at_scanner_speed_is_ok():
    result = diagnose(CODE["upc"], burst(CODE["upc"], (5.0,) * 12))
    assert result.ok and result.code.key == "upc"
    assert "Arrived exactly as printed." in words(result) and "Ended with Enter" in words(result)


@pytest.mark.parametrize("host", ["gb", "de", "fr", "be", "ch", "es", "it"])
def test_a_us_scanner_on_another_layout_is_named_with_both_fixes(host):
    arrived = mangle(CODE["scan-to-view"], US, LAYOUTS[host])
    result = diagnose(arrived)
    assert result.code.key == "scan-to-view" and not result.ok
    named = f"as if the keyboard were US, but this computer uses {LAYOUTS[host].name}"
    maybe = f"It could also be a scanner typing US on a computer using {LAYOUTS[host].name}"
    assert named in words(result) or maybe in words(result)  # French and Belgian type this code alike
    evidence = LayoutEvidence()
    for code in TEST_CODES:  # together the test codes tell every modelled pair apart
        evidence.add(code.text, mangle(code.text, US, LAYOUTS[host]))
    assert evidence.found == (US, LAYOUTS[host])


def test_intact_codes_rule_pairs_out_and_unexplained_ones_say_nothing():
    evidence = LayoutEvidence()
    evidence.add(CODE["upper"], mangle(CODE["upper"], US, LAYOUTS["de"]))  # Y/Z swapped: four pairs fit
    assert len(evidence.pairs) == 4 and evidence.found is None
    evidence.add(CODE["digits"], "0123")  # lost characters: no evidence either way
    assert len(evidence.pairs) == 4
    evidence.add(CODE["scan-to-view"], mangle(CODE["scan-to-view"], LAYOUTS["de"], US))
    assert evidence.found == (LAYOUTS["de"], US)
    agree = LayoutEvidence()
    for code in TEST_CODES:
        agree.add(code.text, code.text)
    assert agree.pairs == {None} and agree.found is None


def test_a_local_scanner_on_a_us_computer_is_named_too():
    arrived = mangle(CODE["digits"], LAYOUTS["fr"], US)  # AZERTY digits are shifted: !@#$%^&*()
    assert arrived == ")!@#$%^&*("
    result = diagnose(arrived)
    assert result.code.key == "digits" and result.layout == (LAYOUTS["fr"], US)


@pytest.mark.parametrize(("arrived", "finding"), [
    ("1z999aa10123456784", "Caps Lock is on"),
    ("^#¹a2b3c4d", "combined ^ with the next character"),  # X11 compose: ^1 is ¹, the last ^ is lost
    ("#1a2b3c4d", "The ^ characters were lost"),
    ("01234789", "2 of 10 characters were lost"),
    ("NW_100234", "Arrived differently"),
    ("hello", "not one of the test codes"),
])
def test_other_differences_are_explained(arrived, finding):
    assert finding in words(diagnose(arrived))


def test_timing_close_to_the_limit_no_terminator_and_too_slow_are_said():
    near = diagnose(CODE["digits"], burst(CODE["digits"], (30.0,) * 10), BurstSettings())
    assert not near.ok and "close to the limit of 35 ms" in words(near)
    gap = diagnose(CODE["digits"], burst(CODE["digits"], (5.0,) * 9, "gap"), BurstSettings(end_on_gap=True))
    assert "without Enter or Tab" in words(gap)
    cut = diagnose_interrupted("0123", 90.0, BurstSettings())
    assert "then a pause of 90 ms" in words(cut)
    typed = diagnose_typed(CODE["digits"], [60.0] * 9, BurstSettings())
    assert "up to 60 ms apart, slower than the limit of 35 ms" in words(typed) and "about 90 ms" in words(typed)
    assert diagnose_typed("0123", [20.0] * 3, BurstSettings()).findings == diagnose("0123").findings
