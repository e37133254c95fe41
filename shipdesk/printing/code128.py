"""Code 128 as a Zebra printer builds it from ^BC field data, for the label preview.

The product keeps its own encoder rather than the sandbox's: the sandbox is an independent implementation
of what ShipStation sends (docs/ARCHITECTURE.md), so the two must not share a mistake. This one follows
ZPL's rules: in mode N the data may carry invocation codes (">;" start C, ">8" FNC1...) and without a
start code the printer uses subset B; mode A lets the printer pack digit runs into subset C itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each symbol value's bars and spaces as bits, first module in the high bit: 11 modules each, the stop
# pattern 13 (ISO/IEC 15417 symbol table).
_PATTERNS: tuple[int, ...] = (
    0x6CC, 0x66C, 0x666, 0x498, 0x48C, 0x44C, 0x4C8, 0x4C4, 0x464, 0x648, 0x644, 0x624, 0x59C, 0x4DC, 0x4CE,
    0x5CC, 0x4EC, 0x4E6, 0x672, 0x65C, 0x64E, 0x6E4, 0x674, 0x76E, 0x74C, 0x72C, 0x726, 0x764, 0x734, 0x732,
    0x6D8, 0x6C6, 0x636, 0x518, 0x458, 0x446, 0x588, 0x468, 0x462, 0x688, 0x628, 0x622, 0x5B8, 0x58E, 0x46E,
    0x5D8, 0x5C6, 0x476, 0x776, 0x68E, 0x62E, 0x6E8, 0x6E2, 0x6EE, 0x758, 0x746, 0x716, 0x768, 0x762, 0x71A,
    0x77A, 0x642, 0x78A, 0x530, 0x50C, 0x4B0, 0x486, 0x42C, 0x426, 0x590, 0x584, 0x4D0, 0x4C2, 0x434, 0x432,
    0x612, 0x650, 0x7BA, 0x614, 0x47A, 0x53C, 0x4BC, 0x49E, 0x5E4, 0x4F4, 0x4F2, 0x7A4, 0x794, 0x792, 0x6DE,
    0x6F6, 0x7B6, 0x578, 0x51E, 0x45E, 0x5E8, 0x5E2, 0x7A8, 0x7A2, 0x5DE, 0x5EE, 0x75E, 0x7AE, 0x684, 0x690,
    0x69C, 0x18EB,
)
SHIFT, CODE_C, CODE_B, CODE_A, FNC1 = 98, 99, 100, 101, 102
START_A, START_B, START_C, STOP = 103, 104, 105, 106
_STARTS = {START_A: "A", START_B: "B", START_C: "C"}

# ZPL invocation codes: ">" and the next character stand for one symbol value. "><", ">0" and ">=" are
# how ^, > and ~ get into a bar code, since those characters mean something to ZPL itself.
_INVOCATIONS = {"<": 62, "0": 30, "=": 94, **{chr(ord("1") + i): 95 + i for i in range(11)}}


@dataclass(frozen=True)
class Symbol:
    values: tuple[int, ...]  # start symbol and data, without the check symbol and stop
    text: str  # the human-readable interpretation line

    def modules(self) -> list[bool]:
        """Every module left to right (True is a bar), check symbol and stop included."""
        check = (self.values[0] + sum(i * v for i, v in enumerate(self.values[1:], start=1))) % 103
        out: list[bool] = []
        for value in (*self.values, check, STOP):
            pattern = _PATTERNS[value]
            width = pattern.bit_length()
            out += [bool(pattern >> (width - 1 - i) & 1) for i in range(width)]
        return out


def _value_in(subset: str, ch: str) -> int | None:
    code = ord(ch)
    if subset == "B":
        return code - 32 if 32 <= code <= 127 else None
    if 32 <= code <= 95:
        return code - 32
    return code + 64 if code < 32 else None  # subset A: control characters sit after the capitals


def _shown(subset: str, value: int) -> str:
    """The character an invocation value stands for, for the interpretation line ("" for functions)."""
    if value >= 95 or subset == "C" or (subset == "A" and value >= 64):
        return ""
    return chr(value + 32)


def encode_manual(data: str) -> Symbol:
    """Mode N: the data says which subset, with invocation codes; subset B when it names none."""
    subset, i = "B", 0
    values: list[int] = []
    if len(data) >= 2 and data[0] == ">" and _INVOCATIONS.get(data[1], 0) in _STARTS:
        values.append(_INVOCATIONS[data[1]])
        subset, i = _STARTS[values[0]], 2
    else:
        values.append(START_B)
    text: list[str] = []
    shifted = False  # SHIFT swaps A and B for one character
    while i < len(data):
        ch = data[i]
        if ch == ">" and i + 1 < len(data):
            value = _INVOCATIONS.get(data[i + 1])
            i += 2
            if value is None or value in _STARTS:
                continue  # an unknown code, or a start code past the start: the printer drops it
            values.append(value)
            if value == CODE_C:
                subset = "C"
            elif value == CODE_B and subset != "B":
                subset = "B"
            elif value == CODE_A and subset != "A":
                subset = "A"
            elif value == SHIFT and subset != "C":
                shifted = True
            else:
                text.append(_shown(subset, value))
            continue
        if subset == "C":
            # Zebra's rules: a non-digit before a pair is skipped, a non-digit after a digit spoils the
            # pair, and a lone digit before an invocation code is dropped.
            nxt = data[i + 1] if i + 1 < len(data) else ""
            if ch.isdigit() and nxt.isdigit():
                values.append(int(ch + nxt))
                text.append(ch + nxt)
                i += 2
            else:
                i += 1 if not ch.isdigit() or nxt in ("", ">") else 2
            continue
        current = ("A" if subset == "B" else "B") if shifted else subset
        shifted = False
        value = _value_in(current, ch)
        if value is not None:
            values.append(value)
            text.append(ch)
        i += 1
    return Symbol(tuple(values), "".join(text))


_RUNS = re.compile(r"\d+|\D+")


def encode_auto(data: str, fnc1: bool = False) -> Symbol:
    """Mode A (and D, with FNC1 after the start): as Zebra documents it, four or more digits in a row go
    in subset C, the rest in B. Characters B cannot hold are left out."""
    runs = _RUNS.findall(data)
    values: list[int] = []
    subset = ""
    for run in runs:
        if run.isdigit() and len(run) >= 4:
            if len(run) % 2 and subset == "B":
                # The odd digit stays in B so the pairs line up; at the very start it ends up last instead.
                values.append(ord(run[0]) - 32)
                run = run[1:]
            if subset != "C":
                values.append(START_C if not subset else CODE_C)
                subset = "C"
            pairs, tail = run[: len(run) // 2 * 2], run[len(run) // 2 * 2 :]
            values += [int(pairs[k : k + 2]) for k in range(0, len(pairs), 2)]
            run = tail
            if not run:
                continue
        if subset != "B":
            values.append(START_B if not subset else CODE_B)
            subset = "B"
        values += [v for v in (_value_in("B", ch) for ch in run) if v is not None]
    if not values:
        values = [START_B]
    if fnc1:
        values.insert(1, FNC1)
    shown = "".join(ch for ch in data if 32 <= ord(ch) <= 127)
    return Symbol(tuple(values), shown)


def encode_zpl(data: str, mode: str = "N") -> Symbol:
    """The symbol a printer makes of ^FD `data` under ^BC mode `mode` (N, A, D or U)."""
    mode = mode.upper()
    if mode == "A":
        return encode_auto(data)
    if mode in ("D", "U"):
        # UCC/EAN-128: FNC1 first; parentheses and spaces only mark the AIs on the interpretation line.
        symbol = encode_auto(re.sub(r"[()\s]", "", data), fnc1=True)
        return Symbol(symbol.values, data)
    return encode_manual(data)
