"""The scanner self-test: the test codes on the command sheet, and what a scan of one says about the set-up.

No Qt. Each test code covers one class of characters a packer's scans contain. `diagnose(arrived, ...)`
finds which test code was scanned (the closest), compares, and explains a difference in words: a keyboard
layout mismatch (which one, and the two ways to fix it), Caps Lock, dead keys, dropped characters, a
missing terminator, or keys too slow for the scan timing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .keyboard_layouts import PAIRS, Layout, explain, explain_all, mangle, repair_dead_keys
from .scan_burst import Burst, BurstSettings
from .words import QT_TRANSLATE_NOOP, Words

CTX = "ScannerSelfTest"
NEAR_LIMIT = 0.8  # a key gap this close to the limit will sometimes cross it


@dataclass(frozen=True)
class TestCode:
    key: str
    name: str  # English; translated in context "ScannerSelfTest"
    text: str


TEST_CODES = (
    TestCode("digits", QT_TRANSLATE_NOOP("ScannerSelfTest", "Digits"), "0123456789"),
    TestCode("upper", QT_TRANSLATE_NOOP("ScannerSelfTest", "Capital letters"), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    TestCode("lower", QT_TRANSLATE_NOOP("ScannerSelfTest", "Small letters"), "abcdefghijklmnopqrstuvwxyz"),
    TestCode("scan-to-view", QT_TRANSLATE_NOOP("ScannerSelfTest", "Scan-to-view code (^ # ^)"), "^#^1a2b3c4d^"),
    TestCode("order-number", QT_TRANSLATE_NOOP("ScannerSelfTest", "Order number with a dash"), "NW-100234"),
    TestCode("upc", QT_TRANSLATE_NOOP("ScannerSelfTest", "Product barcode (UPC-A)"), "036000291452"),
    TestCode("tracking", QT_TRANSLATE_NOOP("ScannerSelfTest", "Tracking number (UPS)"), "1Z999AA10123456784"),
)


@dataclass(frozen=True)
class Diagnosis:
    code: TestCode | None  # the test code this most likely was (None: nothing close)
    ok: bool  # arrived exactly as printed, at scanner speed, with a terminator
    findings: tuple[Words, ...]
    layout: tuple[Layout, Layout] | None = None  # (scanner, computer) when a layout mismatch explains it


def _w(template: str, *args: str) -> Words:
    return Words(CTX, template, tuple(args))


_EXACT = QT_TRANSLATE_NOOP("ScannerSelfTest", "Arrived exactly as printed.")
_LAYOUT = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "The scanner types as if the keyboard were %1, but this computer uses %2: set the "
                       "scanner to %2 (see its manual's keyboard country barcodes), or set this computer's "
                       "keyboard layout to %1.")
_ALSO = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "It could also be a scanner typing %1 on a computer using %2: scan the other test "
                       "codes to tell them apart.")
_CAPS = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "Capital and small letters are swapped: Caps Lock is on (on this computer, or set in "
                       "the scanner).")
_DEAD = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "This computer's layout has ^ as a dead key, and it combined ^ with the next "
                       "character. ShipDesk reads around it, but set the scanner to send a space after ^, or "
                       "use a layout without dead keys.")
_LOST_CARET = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "The ^ characters were lost: ^ is a dead key on this computer's layout. Set the "
                       "scanner to send a space after ^, or use a layout without dead keys.")
_DROPPED = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "%1 of %2 characters were lost on the way: the scanner types faster than this "
                       "computer takes keys. Set a character delay in the scanner.")
_DIFFERENT = QT_TRANSLATE_NOOP("ScannerSelfTest", "Arrived differently: printed %1, arrived %2.")
_UNKNOWN = QT_TRANSLATE_NOOP("ScannerSelfTest", "This is not one of the test codes (arrived: %1).")
_NEAR = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "Some keys came %1 ms apart, close to the limit of %2 ms: raise the limit a little.")
_NO_TERMINATOR = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "The scan ended without Enter or Tab. Set the scanner to end each scan with Enter, or "
                       "choose \"no terminator\" below.")
_TOO_SLOW = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "%1 characters came fast, then a pause of %2 ms: the scanner stalled or sent no Enter "
                       "or Tab, so it went into the text field as typing. Set the scanner to end scans with "
                       "Enter, or raise the time between keys above %3 ms.")
_SLOW = QT_TRANSLATE_NOOP(
    "ScannerSelfTest", "Keys came up to %1 ms apart, slower than the limit of %2 ms, so this went into the "
                       "field as typing. If it was the scanner, raise the limit to about %3 ms.")
_ENDED = {
    "enter": QT_TRANSLATE_NOOP("ScannerSelfTest", "Ended with Enter; slowest gap between keys %1 ms (limit %2 ms)."),
    "tab": QT_TRANSLATE_NOOP("ScannerSelfTest", "Ended with Tab; slowest gap between keys %1 ms (limit %2 ms)."),
    "suffix": QT_TRANSLATE_NOOP("ScannerSelfTest", "Ended with the suffix; slowest gap between keys %1 ms (limit %2 ms)."),
    "gap": QT_TRANSLATE_NOOP("ScannerSelfTest", "Ended by a pause; slowest gap between keys %1 ms (limit %2 ms)."),
}


def closest(arrived: str) -> TestCode | None:
    """The test code `arrived` most likely is: exact, then through a layout, Caps Lock or dead keys, then the
    most similar text."""
    exact = next((code for code in TEST_CODES if code.text == arrived), None)
    if exact is not None:
        return exact
    for code in TEST_CODES:
        if arrived == code.text.swapcase() or _dead_keys_explain(code.text, arrived) \
                or explain(code.text, arrived) or explain(code.text.swapcase(), arrived):
            return code
    scored = [(difflib.SequenceMatcher(None, code.text, arrived).ratio(), code) for code in TEST_CODES]
    best, code = max(scored, key=lambda pair: pair[0])
    return code if best >= 0.5 else None


def _dead_keys_explain(expected: str, arrived: str) -> bool:
    """^ composed with the next character (and a last ^ before Enter lost) turns `expected` into `arrived`."""
    repaired = repair_dead_keys(arrived)
    return repaired != arrived and repaired in (expected, expected.removesuffix("^"))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def diagnose(arrived: str, burst: Burst | None = None, settings: BurstSettings | None = None) -> Diagnosis:
    """What a scan of a test code says. `burst` (timing, terminator) when the scan filter took it as a scan."""
    code = closest(arrived)
    findings: list[Words] = []
    layout = None
    same = code is not None and arrived == code.text
    if code is None:
        findings.append(_w(_UNKNOWN, arrived))
    elif same:
        findings.append(_w(_EXACT))
    else:
        expected = code.text
        layout = None if arrived == expected.swapcase() else \
            explain(expected, arrived) or explain(expected.swapcase(), arrived)
        if arrived == expected.swapcase():
            findings.append(_w(_CAPS))
        elif layout is not None:
            findings.append(_w(_LAYOUT, layout[0].name, layout[1].name))
            if explain(expected, arrived) is None:
                findings.append(_w(_CAPS))
            others = [p for p in explain_all(expected, arrived) or explain_all(expected.swapcase(), arrived)
                      if p != layout]
            for scanner, host in others:
                findings.append(_w(_ALSO, scanner.name, host.name))
        elif _dead_keys_explain(expected, arrived):
            findings.append(_w(_DEAD))
        elif arrived == expected.replace("^", ""):
            findings.append(_w(_LOST_CARET))
        elif len(arrived) < len(expected) and _is_subsequence(arrived, expected):
            findings.append(_w(_DROPPED, str(len(expected) - len(arrived)), str(len(expected))))
        else:
            findings.append(_w(_DIFFERENT, expected, arrived))
    timing_ok = True
    if burst is not None:
        cfg = settings or BurstSettings()
        slowest = max(burst.gaps_ms, default=0.0)
        findings.append(_w(_ENDED.get(burst.terminator, _ENDED["gap"]), f"{slowest:.0f}", f"{cfg.max_gap_ms:.0f}"))
        if burst.terminator == "gap":
            findings.append(_w(_NO_TERMINATOR))
        if slowest > NEAR_LIMIT * cfg.max_gap_ms:
            timing_ok = False
            findings.append(_w(_NEAR, f"{slowest:.0f}", f"{cfg.max_gap_ms:.0f}"))
    return Diagnosis(code, same and timing_ok and burst is not None, tuple(findings), layout)


class LayoutEvidence:
    """Which (scanner, computer) layout pairs fit every test code scanned so far. One code often fits several
    (Y/Z swap the same way for a US scanner on German and a German scanner on US); a code that arrives intact
    rules out every pair that would have changed it."""

    def __init__(self) -> None:
        self.pairs: set[tuple[Layout, Layout] | None] = {None, *PAIRS}  # None: scanner and computer agree

    def add(self, expected: str, arrived: str) -> None:
        fits = {None} if arrived in (expected, expected.swapcase()) else set()
        fits |= {p for p in PAIRS if arrived in (mangle(expected, *p), mangle(expected.swapcase(), *p))}
        if fits & self.pairs:
            self.pairs &= fits  # a scan that fits nothing (lost characters...) says nothing about layouts

    @property
    def found(self) -> tuple[Layout, Layout] | None:
        """The one mismatch every scan agrees on, if it is down to one."""
        if len(self.pairs) == 1:
            return next(iter(self.pairs))
        return None


def diagnose_typed(arrived: str, gaps_ms: list[float], settings: BurstSettings) -> Diagnosis:
    """A test code that arrived as typing (every key slower than the limit), timed where it landed."""
    base = diagnose(arrived)
    slowest = max(gaps_ms, default=0.0)
    if slowest <= settings.max_gap_ms:
        return base  # typed by hand, or too short: nothing to say about the timing
    finding = _w(_SLOW, f"{slowest:.0f}", f"{settings.max_gap_ms:.0f}", f"{min(500.0, slowest * 1.5):.0f}")
    return Diagnosis(base.code, False, (finding, *base.findings), base.layout)


def diagnose_interrupted(raw: str, gap_ms: float, settings: BurstSettings) -> Diagnosis:
    """A fast run that the scan filter gave back as typing (no terminator, or a stall)."""
    base = diagnose(raw)
    finding = _w(_TOO_SLOW, str(len(raw)), f"{gap_ms:.0f}", f"{settings.max_gap_ms:.0f}")
    return Diagnosis(base.code, False, (finding, *base.findings), base.layout)
