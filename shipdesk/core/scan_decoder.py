r"""What a scan is: a command, ShipStation's scan-to-view code, an order number, a SKU, a UPC/EAN, a tracking
number, or free text. `ScanDecoder.decode(raw)` never raises: garbage is `UNKNOWN` with a reason in words.

No Qt. In order, the first that fits wins (a code can also fit later kinds: `Scan.also` lists them):
1. Command barcodes (`scan_commands`): layout-safe letters with a check letter.
2. Scan-to-view, ShipStation's packing-slip code `^#^` + orderId in hex + `^` (`documents.scan_to_view_code`
   writes lowercase hex; either case is read). `^` and `#` are shifted keys, so a keyboard layout mismatch
   changes them, and the hex digits too on AZERTY. Read as well: the code as each pair in
   `keyboard_layouts.PAIRS` types it, dead-key compositions undone (`ê` for `^e`, `¹` for `^1`), a closing `^`
   lost to a dead key before Enter, and a `#` lost to AltGr on a US computer (Alt+3 types nothing).
3. A SKU from the known set (exact, then ignoring case: Caps Lock).
4. UPC-A, EAN-13, EAN-8 with a correct check digit.
5. Tracking numbers: UPS `1Z` + 16 (check digit), USPS IMpb 20-22 digits from 91-95 (mod 10; a leading
   `420` + ZIP from the barcode is dropped), UPU S10 (`EC123456785US`, mod 11), FedEx 12 digits (mod 11),
   15 and 20 digits (mod 10), 22 digits from 96. UPS, USPS and 15/20/22-digit FedEx shapes are read even
   when the check digit fails (`verified=False`: the shape is distinctive); a 12-digit FedEx needs its check.
6. An order number matching the configured pattern (default: `DEFAULT_ORDER_PATTERN`).
7. Anything else with a letter or digit is `TEXT` (handlers may look it up as an order number).
Kinds 3-6 are also tried with the layout mismatch of this station undone (`layout_pair`, found by the scanner
self-test), when the text as it arrived fits none of them; the text as it arrived stays in `Scan.alternatives`.
Only scan-to-view is read through every known pair unasked: its shape can't come from anything else, while
undoing a mismatch the station doesn't have would turn garbage into order numbers (`!!!` is `888` for a US
scanner on a Belgian computer).

What arrives for `^`, `#` and `^#^1e240^` (orderId 123456) per scanner layout -> computer layout, from the
model in `keyboard_layouts` (␣ is a space: a dead key + space; "nothing": AltGr on a US computer is Alt):

| scanner -> computer | ^ | # | ^#^1e240^ arrives as |
|---|---|---|---|
| US -> UK | ^ | £ | ^£^1e240^ |
| US -> German (QWERTZ) | & | § | &§&1e240& |
| US -> French (AZERTY) | 6 | 3 | 636&eé'à6 |
| US -> Belgian (AZERTY) | 6 | 3 | 636&eé'à6 |
| US -> Swiss German (QWERTZ) | & | * | &*&1e240& |
| US -> Spanish | & | · | &·&1e240& |
| US -> Italian | & | £ | &£&1e240& |
| UK -> US | ^ | \ | ^\^1e240^ |
| German (QWERTZ) -> US | `␣ | \ | `␣\`␣1e240`␣ |
| French (AZERTY) -> US | [␣ | (nothing) | [␣[␣!e@$)[␣ |
| Belgian (AZERTY) -> US | [␣ | (nothing) | [␣[␣!e@$)[␣ |
| Swiss German (QWERTZ) -> US | =␣ | (nothing) | =␣=␣1e240=␣ |
| Spanish -> US | {␣ | (nothing) | {␣{␣1e240{␣ |
| Italian -> US | + | (nothing) | ++1e240+ |

Same layout on both sides: `^` is a dead key on German, French, Belgian, Swiss and Spanish layouts; the
code arrives intact when the scanner sends dead key + space, and as `^#â…`/`^#¹…` when it doesn't (undone
above); in a widget without input-method support the scan filter sees the bare dead key and puts `^` back.
`¨` and `°` (Shift + the dead-^ key on AZERTY and QWERTZ) with `#`, `£` or `§` are read too (`¨£¨…¨`,
`°#°…°`): no modelled pair makes them, but they were reported, and nothing else looks like that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .check_digits import fedex_express_ok, gs1_ok, gtin_kind, s10_ok, ups_ok
from .keyboard_layouts import PAIRS, Layout, mangle, repair_dead_keys, unmangle
from .scan_commands import Command, looks_like_command, parse_command
from .words import QT_TRANSLATE_NOOP, Words

CTX = "ScanDecoder"
# Sandbox and many stores: letters, a dash, digits (NW-100001); Shopify "#1001"; Amazon "111-2222222-3333333".
DEFAULT_ORDER_PATTERN = r"#?[A-Za-z]{0,6}[-_]?\d{3,20}(?:-\d{1,10}){0,3}"
MAX_LENGTH = 200
MAX_ORDER_ID_HEX = 15  # ShipStation ids fit easily; longer is noise

_SCAN_TO_VIEW = re.compile(rf"\^(#?)\^([0-9A-Fa-f]{{1,{MAX_ORDER_ID_HEX}}})(\^?)")
_LOOKALIKE = re.compile(rf"([¨°])([#£§])\1([0-9A-Fa-f]{{1,{MAX_ORDER_ID_HEX}}})(\1?)")
_UPS = re.compile(r"1Z[0-9A-Z]{16}")
_S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
_USPS = re.compile(r"9[1-5]\d{18,20}")
_USPS_420 = re.compile(r"420(?:\d{5}|\d{9})(9[1-5]\d{18,20})")


class ScanKind(StrEnum):
    COMMAND = "command"
    ORDER_ID = "order-id"  # ShipStation's scan-to-view code: the orderId, not the order number
    ORDER_NUMBER = "order-number"
    SKU = "sku"
    UPC = "upc"  # UPC-A, EAN-13 or EAN-8, check digit verified (`detail` says which)
    TRACKING = "tracking"
    TEXT = "text"  # printable, none of the above
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    value: str  # normalised: the order number, orderId in decimal, SKU, digits, tracking number, command
    raw: str  # exactly what arrived
    notes: tuple[Words, ...] = ()  # for UNKNOWN the first note is the reason
    detail: str = ""  # "UPC-A" / "EAN-13" / "EAN-8"; the carrier of a tracking number
    verified: bool = True  # False: a tracking number whose check digit did not add up
    also: tuple[ScanKind, ...] = ()  # other kinds the same text fits
    alternatives: tuple[str, ...] = ()  # other readings of the text worth looking up (as it arrived)
    order_id: int | None = None
    command: Command | None = None
    layout: tuple[str, str] | None = None  # (scanner, computer) layout codes whose mismatch was undone

    @property
    def reason(self) -> Words | None:
        return self.notes[0] if self.kind is ScanKind.UNKNOWN and self.notes else None

    def fits(self, kind: ScanKind) -> bool:
        return self.kind is kind or kind in self.also


def _note(template: str, *args: str) -> Words:
    return Words(CTX, template, tuple(args))


_NOTE_CONTROL = QT_TRANSLATE_NOOP("ScanDecoder", "Control characters in the scan were left out.")
_NOTE_LAYOUT = QT_TRANSLATE_NOOP(
    "ScanDecoder", "Read through a keyboard layout mismatch: the scanner types %1, this computer uses %2.")
_NOTE_DEAD = QT_TRANSLATE_NOOP(
    "ScanDecoder", "Read through dead keys: this computer's layout combined ^ with the next character.")
_NOTE_NO_CLOSE = QT_TRANSLATE_NOOP(
    "ScanDecoder", "The closing ^ of the scan-to-view code did not arrive (a dead key before Enter).")
_NOTE_LOOKALIKE = QT_TRANSLATE_NOOP(
    "ScanDecoder", "Read a scan-to-view code whose ^ and # arrived as %1 and %2: check the scanner's "
                   "keyboard layout.")
_NOTE_CASE = QT_TRANSLATE_NOOP(
    "ScanDecoder", "Matched SKU %1 ignoring upper and lower case (is Caps Lock on?).")
_NOTE_CHECK = QT_TRANSLATE_NOOP(
    "ScanDecoder", "The check digit does not add up: the number may have been misread.")
_NOTE_BAD_PRODUCT = QT_TRANSLATE_NOOP(
    "ScanDecoder", "If this is a product barcode (UPC/EAN) or a FedEx number, its check digit is wrong: scan "
                   "it again.")
_NOTE_TEXT = QT_TRANSLATE_NOOP(
    "ScanDecoder", "Not a kind of code ShipDesk knows; it can still be looked up as an order number.")
_NOTE_PATTERN = QT_TRANSLATE_NOOP(
    "ScanDecoder", "The order number pattern in the settings is not valid (%1); the default is used.")
_WHY_EMPTY = QT_TRANSLATE_NOOP("ScanDecoder", "Nothing but blanks or control characters arrived.")
_WHY_LONG = QT_TRANSLATE_NOOP("ScanDecoder", "Too long for a barcode ShipDesk knows (%1 characters).")
_WHY_DAMAGED_COMMAND = QT_TRANSLATE_NOOP(
    "ScanDecoder", "This looks like a ShipDesk command barcode, but it arrived damaged or comes from another "
                   "version: scan it again, or print a new command sheet.")
_WHY_BAD_ORDER_ID = QT_TRANSLATE_NOOP(
    "ScanDecoder", "A scan-to-view code with orderId 0: ShipStation has no such order.")
_WHY_NOTHING = QT_TRANSLATE_NOOP("ScanDecoder", "No letters or digits in it: not a code ShipDesk can use.")
_WHY_FAILED = QT_TRANSLATE_NOOP("ScanDecoder", "ShipDesk could not read this scan (%1).")


def layout_note(pair: tuple[Layout, Layout]) -> Words:
    """"Read through a keyboard layout mismatch: the scanner types X, this computer uses Y." """
    return _note(_NOTE_LAYOUT, pair[0].name, pair[1].name)


class ScanDecoder:
    """Classifies scans; give it the SKUs ShipDesk knows and the shape of the store's order numbers."""

    def __init__(self, known_skus: Iterable[str] = (), order_pattern: str = DEFAULT_ORDER_PATTERN,
                 layout_pair: tuple[str, str] | None = None) -> None:
        self.known_skus = frozenset(s for s in known_skus if s)
        self.layout_pair = layout_pair
        self._pair = next((p for p in PAIRS if (p[0].code, p[1].code) == layout_pair), None)
        self._sku_fold = {s.casefold(): s for s in sorted(self.known_skus)}
        self.pattern_problem: Words | None = None
        try:
            self.order_pattern = re.compile(order_pattern)
        except (re.error, TypeError) as exc:
            self.pattern_problem = _note(_NOTE_PATTERN, str(exc))
            self.order_pattern = re.compile(DEFAULT_ORDER_PATTERN)

    def with_skus(self, known_skus: Iterable[str]) -> ScanDecoder:
        return ScanDecoder(known_skus, self.order_pattern.pattern, self.layout_pair)

    def decode(self, raw: str) -> Scan:
        try:
            return self._decode(raw)
        except Exception as exc:  # a scan must never take the window down; say what happened instead
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_FAILED, f"{type(exc).__name__}: {exc}"),))

    # -- the steps ----------------------------------------------------------------------------------

    def _decode(self, raw: str) -> Scan:
        notes: list[Words] = []
        cleaned = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc")
        if cleaned != raw and cleaned.strip() != raw.strip():
            notes.append(_note(_NOTE_CONTROL))
        text = cleaned.strip()
        if not text:
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_EMPTY),))
        if len(text) > MAX_LENGTH:
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_LONG, str(len(text))),))
        command = parse_command(text)
        if command is not None:
            return Scan(ScanKind.COMMAND, command.value, raw, tuple(notes), command=command)
        if looks_like_command(text):
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_DAMAGED_COMMAND),))
        # The order number pattern must not swallow the other shapes: it is tried after them, per reading.
        # Trailing blanks matter there: a dead key + space is how some layouts type ^.
        view = self._scan_to_view(raw, text, notes) or self._scan_to_view(raw, cleaned.strip("\r\n"), notes)
        if view is not None:
            return view
        readings: list[tuple[str, tuple[Layout, Layout] | None]] = [(text, None)]
        if self._pair is not None:
            undone = unmangle(text, *self._pair)
            if undone and undone != text:
                readings.append((undone, self._pair))
        for reading, pair in readings:
            scan = self._classify(reading, raw, notes + ([layout_note(pair)] if pair else []))
            if scan is not None:
                if pair is None:
                    return scan
                return Scan(scan.kind, scan.value, raw, scan.notes, scan.detail, scan.verified, scan.also,
                            (text,), scan.order_id, scan.command, (pair[0].code, pair[1].code))
        if self.pattern_problem is not None:
            notes.append(self.pattern_problem)
        if not any(ch.isalnum() for ch in text):
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_NOTHING), *notes))
        return Scan(ScanKind.TEXT, text, raw, (*notes, _note(_NOTE_TEXT)))

    def _scan_to_view(self, raw: str, text: str, notes: list[Words]) -> Scan | None:
        forms: list[tuple[str, Words | None, tuple[Layout, Layout] | None]] = [(text, None, None)]
        repaired = repair_dead_keys(text)
        if repaired != text:
            forms.append((repaired, _note(_NOTE_DEAD), None))
        for pair in PAIRS:
            undone = unmangle(text, *pair)
            if undone is not None and undone != text:
                forms.append((undone, layout_note(pair), pair))
        for form, how, pair in forms:
            match = _SCAN_TO_VIEW.fullmatch(form)
            if match is None or (not match.group(1) and (pair is None or mangle("#", *pair))):
                continue  # a missing # is only explained by AltGr on a US computer
            extra = [how] if how is not None else []
            if not match.group(3):
                extra.append(_note(_NOTE_NO_CLOSE))
            return self._order_id(match.group(2), raw, notes + extra, pair)
        match = _LOOKALIKE.fullmatch(text)
        if match is not None:
            return self._order_id(match.group(3), raw, notes + [_note(_NOTE_LOOKALIKE, match.group(1),
                                                                         match.group(2))], None)
        return None

    def _order_id(self, hex_digits: str, raw: str, notes: list[Words],
                  pair: tuple[Layout, Layout] | None) -> Scan:
        order_id = int(hex_digits, 16)
        if order_id == 0:
            return Scan(ScanKind.UNKNOWN, "", raw, (_note(_WHY_BAD_ORDER_ID),))
        layout = (pair[0].code, pair[1].code) if pair else None
        return Scan(ScanKind.ORDER_ID, str(order_id), raw, tuple(notes), order_id=order_id, layout=layout)

    def _classify(self, text: str, raw: str, notes: list[Words]) -> Scan | None:
        """The strong kinds (SKU, UPC, tracking, order number pattern) for one reading, or None."""
        is_order = self.order_pattern.fullmatch(text) is not None
        gtin = gtin_kind(text)
        tracking = _tracking(text)
        also = [k for k, fits in ((ScanKind.UPC, gtin), (ScanKind.TRACKING, tracking),
                                  (ScanKind.ORDER_NUMBER, is_order)) if fits]
        sku = text if text in self.known_skus else self._sku_fold.get(text.casefold())
        if sku is not None:
            extra = [] if sku == text else [_note(_NOTE_CASE, sku)]
            return Scan(ScanKind.SKU, sku, raw, tuple(notes + extra), detail=gtin or "", also=tuple(also))
        if gtin is not None:
            return Scan(ScanKind.UPC, text, raw, tuple(notes), detail=gtin, also=tuple(also[1:]))
        if tracking is not None:
            carrier, number, verified = tracking
            extra = [] if verified else [_note(_NOTE_CHECK)]
            return Scan(ScanKind.TRACKING, number, raw, tuple(notes + extra), detail=carrier, verified=verified,
                        also=tuple(k for k in also if k is not ScanKind.TRACKING))
        if is_order:
            extra = [_note(_NOTE_BAD_PRODUCT)] if text.isdigit() and len(text) in (8, 12, 13) else []
            return Scan(ScanKind.ORDER_NUMBER, text, raw, tuple(notes + extra))
        return None


def _tracking(text: str) -> tuple[str, str, bool] | None:
    """(carrier, tracking number, check digit verified) when `text` has a carrier's shape."""
    upper = text.upper()
    if _UPS.fullmatch(upper):
        return "ups", upper, ups_ok(upper)
    if _S10.fullmatch(upper) and s10_ok(upper):
        return "post", upper, True
    if not (text.isascii() and text.isdigit()):
        return None
    prefixed = _USPS_420.fullmatch(text)
    if prefixed is not None:
        text = prefixed.group(1)
    if _USPS.fullmatch(text):
        return "usps", text, gs1_ok(text)
    if len(text) == 12 and fedex_express_ok(text):
        return "fedex", text, True
    if len(text) == 15:
        return "fedex", text, gs1_ok(text)
    if len(text) == 20:
        return "fedex", text, gs1_ok("92" + text)  # SmartPost: checked with the 92 application identifier
    if len(text) == 22 and text.startswith("96"):
        return "fedex", text, gs1_ok(text[-15:])
    return None
