"""Keyboard layouts as a barcode scanner meets them: what arrives when the scanner and the computer disagree.

No Qt. A keyboard-wedge scanner does not send characters: it presses keys (USB HID key positions), chosen
with the layout set in the scanner (US from the factory, nearly always). The computer turns the keys back
into characters with *its* layout. When the two differ, characters change on the way: US `^` is Shift+6,
and Shift+6 on a French AZERTY computer types `6`. `mangle(text, scanner, host)` models that; `unmangle`
undoes it for a known pair; `PAIRS` are the pairs ShipDesk tries (a US scanner on each other layout, and
each other layout's scanner on a US computer).

Data: the plain and Shift levels of the 48 main keys, and the AltGr characters that matter for ASCII, as
xkeyboard-config's symbols files define them (the Windows layouts agree on these keys). A combining mark
(U+0302 and friends) stands for a dead key; "\\0" for a key that types nothing at that level.

Assumptions, stated because scanner firmware is not documented: a scanner types a character with the
lowest level that has it; an accent it only has as a dead key it types as dead key + space; it never uses
Alt codes. A computer with a US layout has no AltGr: Right Alt + key is Alt + key (a shortcut, no text).
Dead keys on the computer behave as on Windows: dead key + space gives the accent, dead key + a letter that
takes it composes (`^` + `e` = `ê`), dead key + anything else gives both. X11's compose drops the pair
instead; `repair_dead_keys` undoes compositions either way.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from .words import QT_TRANSLATE_NOOP

# The 48 main keys in xkb names, row by row: `~ key, digits row, QWERTY row, home row + the ISO key by
# Enter (BKSL), the ISO key left of Z (LSGT), bottom row. Position 48 is the space bar.
KEYS = ("TLDE", *(f"AE{n:02d}" for n in range(1, 13)), *(f"AD{n:02d}" for n in range(1, 13)),
        *(f"AC{n:02d}" for n in range(1, 12)), "BKSL", "LSGT", *(f"AB{n:02d}" for n in range(1, 11)))
SPACE = len(KEYS)
PLAIN, SHIFT, ALTGR = 0, 1, 2
Stroke = tuple[int, int]  # (key position, level)

# Dead keys: their combining mark, and the character a dead key + space types.
SPACING = {"\u0302": "^", "\u0308": "¨", "\u0300": "`", "\u0301": "´", "\u0303": "~", "\u0327": "¸"}
MARK_FOR = {spacing: mark for mark, spacing in SPACING.items()}
SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}


@dataclass(frozen=True, eq=False)  # one object per layout: compared and hashed by identity
class Layout:
    code: str  # xkb's name: us, gb, de, fr...
    name: str  # English; the UI translates it (context "KeyboardLayout")
    plain: str
    shift: str
    altgr: Mapping[str, str] = field(default_factory=dict)  # xkb key name -> character
    has_altgr: bool = True

    def char(self, key: int, level: int) -> str | None:
        """What this layout types for a key at a level (a combining mark = a dead key), or None."""
        if key == SPACE:
            return " "
        if level == ALTGR:
            return self.altgr.get(KEYS[key]) if self.has_altgr else None
        ch = (self.plain, self.shift)[level][key]
        return None if ch == "\0" else ch

    def strokes_for(self, ch: str) -> tuple[Stroke, ...] | None:
        """The keys a scanner set to this layout presses for `ch` (None: it cannot type it)."""
        if ch == " ":
            return ((SPACE, PLAIN),)
        for level, row in ((PLAIN, self.plain), (SHIFT, self.shift)):
            if ch in row:
                return ((row.index(ch), level),)
        mark = MARK_FOR.get(ch)
        for level, row in ((PLAIN, self.plain), (SHIFT, self.shift)):
            if mark is not None and mark in row:
                return ((row.index(mark), level), (SPACE, PLAIN))
        for key, altgr_ch in self.altgr.items():
            if altgr_ch == ch and self.has_altgr:
                return ((KEYS.index(key), ALTGR),)
        return None


US = Layout("us", QT_TRANSLATE_NOOP("KeyboardLayout", "US"),
            "`1234567890-=qwertyuiop[]asdfghjkl;'\\\0zxcvbnm,./",
            "~!@#$%^&*()_+QWERTYUIOP{}ASDFGHJKL:\"|\0ZXCVBNM<>?", has_altgr=False)
GB = Layout("gb", QT_TRANSLATE_NOOP("KeyboardLayout", "UK"),
            "`1234567890-=qwertyuiop[]asdfghjkl;'#\\zxcvbnm,./",
            "¬!\"£$%^&*()_+QWERTYUIOP{}ASDFGHJKL:@~|ZXCVBNM<>?",
            {"TLDE": "|", "AE07": "{", "AE08": "[", "AE09": "]", "AE10": "}", "AE11": "\\", "AD01": "@"})
DE = Layout("de", QT_TRANSLATE_NOOP("KeyboardLayout", "German (QWERTZ)"),
            "\u03021234567890ß\u0301qwertzuiopü+asdfghjklöä#<yxcvbnm,.-",
            "°!\"§$%&/()=?\u0300QWERTZUIOPÜ*ASDFGHJKLÖÄ'>YXCVBNM;:_",
            {"AE07": "{", "AE08": "[", "AE09": "]", "AE10": "}", "AE11": "\\", "AD01": "@", "AD12": "~",
             "LSGT": "|"})
FR = Layout("fr", QT_TRANSLATE_NOOP("KeyboardLayout", "French (AZERTY)"),
            "²&é\"'(-è_çà)=azertyuiop\u0302$qsdfghjklmù*<wxcvbn,;:!",
            "~1234567890°+AZERTYUIOP\u0308£QSDFGHJKLM%µ>WXCVBN?./§",
            {"AE02": "~", "AE03": "#", "AE04": "{", "AE05": "[", "AE06": "|", "AE07": "`", "AE08": "\\",
             "AE09": "^", "AE10": "@", "AE11": "]", "AE12": "}"})
BE = Layout("be", QT_TRANSLATE_NOOP("KeyboardLayout", "Belgian (AZERTY)"),
            "²&é\"'(§è!çà)-azertyuiop\u0302$qsdfghjklmùµ<wxcvbn,;:=",
            "³1234567890°_AZERTYUIOP\u0308*QSDFGHJKLM%£>WXCVBN?./+",
            {"AE01": "|", "AE02": "@", "AE03": "#", "AE06": "^", "AE07": "{", "AE08": "[", "AE09": "{",
             "AE10": "}", "AE11": "\\", "AD11": "[", "AD12": "]", "LSGT": "\\"})
CH = Layout("ch", QT_TRANSLATE_NOOP("KeyboardLayout", "Swiss German (QWERTZ)"),
            "§1234567890'\u0302qwertzuiopü\u0308asdfghjklöä$<yxcvbnm,.-",
            "°+\"*ç%&/()=?\u0300QWERTZUIOPè!ASDFGHJKLéà£>YXCVBNM;:_",
            {"AE01": "|", "AE02": "@", "AE03": "#", "AE07": "|", "AD11": "[", "AD12": "]", "AC11": "{",
             "BKSL": "}", "LSGT": "\\"})
ES = Layout("es", QT_TRANSLATE_NOOP("KeyboardLayout", "Spanish"),
            "º1234567890'¡qwertyuiop\u0300+asdfghjklñ\u0301ç<zxcvbnm,.-",
            "ª!\"·$%&/()=?¿QWERTYUIOP\u0302*ASDFGHJKLÑ\u0308\0>ZXCVBNM;:_",
            {"TLDE": "\\", "AE01": "|", "AE02": "@", "AE03": "#", "AE04": "~", "AE07": "{", "AE08": "[",
             "AE09": "]", "AE10": "}", "AE11": "\\", "AD11": "[", "AD12": "]", "AC11": "{", "BKSL": "}"})
IT = Layout("it", QT_TRANSLATE_NOOP("KeyboardLayout", "Italian"),
            "\\1234567890'ìqwertyuiopè+asdfghjklòàù<zxcvbnm,.-",
            "|!\"£$%&/()=?^QWERTYUIOPé*ASDFGHJKLç°§>ZXCVBNM;:_",
            {"AE07": "{", "AE08": "[", "AE09": "]", "AE10": "}", "AE11": "`", "AE12": "~", "AD11": "[",
             "AD12": "]", "AC10": "@", "AC11": "#"})
LAYOUTS: dict[str, Layout] = {lay.code: lay for lay in (US, GB, DE, FR, BE, CH, ES, IT)}
OTHERS = tuple(lay for lay in LAYOUTS.values() if lay is not US)
# Scanner layout, computer layout: a factory-default (US) scanner on each other layout first, then the
# reverse (a scanner set to the local layout on a computer left on US).
PAIRS: tuple[tuple[Layout, Layout], ...] = (*((US, lay) for lay in OTHERS), *((lay, US) for lay in OTHERS))


def strokes(text: str, scanner: Layout) -> list[Stroke]:
    """The key presses a scanner set to `scanner` makes for `text` (characters it can't type are left out)."""
    out: list[Stroke] = []
    for ch in text:
        out.extend(scanner.strokes_for(ch) or ())
    return out


def read(keys: list[Stroke], host: Layout) -> str:
    """The text a computer with layout `host` makes of key presses, dead keys included (Windows-style)."""
    out: list[str] = []
    dead: str | None = None
    for key, level in keys:
        ch = host.char(key, level)
        if ch is None:
            continue  # nothing at that level (or Alt+key on a layout without AltGr): no text
        if ch in SPACING:
            if dead is not None:
                out.append(SPACING[dead] + SPACING[ch])
                dead = None
            else:
                dead = ch
            continue
        if dead is not None:
            composed = unicodedata.normalize("NFC", ch + dead)
            out.append(SPACING[dead] if ch == " " else composed if len(composed) == 1 else SPACING[dead] + ch)
            dead = None
        else:
            out.append(ch)
    return "".join(out)  # a dead key left at the end (then Enter) types nothing


def mangle(text: str, scanner: Layout, host: Layout) -> str:
    """What arrives when a scanner set to `scanner` types `text` into a computer set to `host`."""
    return read(strokes(text, scanner), host)


@functools.cache
def _reverse(scanner_code: str, host_code: str) -> dict[str, str | None]:
    """Arrived text -> the character meant, for every printable ASCII character (None: two meanings)."""
    scanner, host = LAYOUTS[scanner_code], LAYOUTS[host_code]
    table: dict[str, str | None] = {}
    for code in range(0x20, 0x7F):
        meant = chr(code)
        arrived = mangle(meant, scanner, host)
        if arrived:
            table[arrived] = meant if table.get(arrived, meant) == meant else None
    return table


def unmangle(text: str, scanner: Layout, host: Layout) -> str | None:
    """The ASCII text that, typed by `scanner` into `host`, gives `text`; None if some part can't be undone."""
    table = _reverse(scanner.code, host.code)
    longest = max(map(len, table))
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            meant = table.get(text[i:i + size])
            if meant is not None:
                out.append(meant)
                i += size
                break
        else:
            return None
    return "".join(out)


def repair_dead_keys(text: str) -> str:
    """Undo dead-key compositions: `ê` -> `^e`, `¹` -> `^1` (X11 composes ^ + digit into a superscript)."""
    out: list[str] = []
    for ch in text:
        if ch in SUPERSCRIPTS:
            out.append("^" + SUPERSCRIPTS[ch])
            continue
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) == 2 and parts[1] in SPACING:
            out.append(SPACING[parts[1]] + parts[0])
        else:
            out.append(ch)
    return "".join(out)


def explain_all(expected: str, arrived: str) -> list[tuple[Layout, Layout]]:
    """Every (scanner, computer) pair that turns `expected` into exactly `arrived` (a pair that changes
    nothing in `expected` explains nothing). French and Belgian AZERTY differ on few keys: both may fit."""
    if arrived == expected:
        return []
    return [(scanner, host) for scanner, host in PAIRS if mangle(expected, scanner, host) == arrived]


def explain(expected: str, arrived: str) -> tuple[Layout, Layout] | None:
    """The first pair `explain_all` finds, if any."""
    found = explain_all(expected, arrived)
    return found[0] if found else None
