"""A small Code 128 encoder (code sets B and C) for the sandbox's PNG labels.

Only what shipping labels need: printable ASCII through set B, and runs of digits packed two per
symbol through set C, so a 22-digit USPS number stays short enough for a 4-inch label.
"""

from __future__ import annotations

# Bar/space widths (in modules) of symbol values 0..106, from the Code 128 symbology table
# (ISO/IEC 15417). Each symbol starts with a bar; 106 is the stop pattern with its final 2-module bar.
_WIDTHS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
    "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 "
    "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 "
    "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 "
    "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
    "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 "
    "114131 311141 411131 211412 211214 211232 2331112"
).split()

START_B, START_C, CODE_B, CODE_C, STOP = 104, 105, 100, 99, 106
QUIET_MODULES = 10  # the symbology's minimum quiet zone on each side


def _digit_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isascii() and text[end].isdigit():
        end += 1
    return end - start


def encode(text: str) -> list[int]:
    """Symbol values for `text`, from the start symbol through the check symbol (stop not included)."""
    if not text:
        raise ValueError("Code 128 needs at least one character")
    bad = [ch for ch in text if not 32 <= ord(ch) <= 126]
    if bad:
        raise ValueError(f"Code 128 set B cannot encode {bad[0]!r}")

    # Set C pays off for 4+ digits at either end of the data, or 6+ in the middle (two switches).
    def use_c(pos: int) -> bool:
        run = _digit_run(text, pos)
        at_edge = pos == 0 or pos + run == len(text)
        return run >= (4 if at_edge else 6) or (run == len(text) and run % 2 == 0)

    pos = 0
    in_c = use_c(0)
    symbols = [START_C if in_c else START_B]
    while pos < len(text):
        if in_c:
            if _digit_run(text, pos) >= 2:
                symbols.append(int(text[pos : pos + 2]))
                pos += 2
                continue
            symbols.append(CODE_B)
            in_c = False
        run = _digit_run(text, pos)
        # An odd digit run goes into set C after its first digit, so the pairs line up.
        if run and use_c(pos) and run % 2 == 0:
            symbols.append(CODE_C)
            in_c = True
            continue
        symbols.append(ord(text[pos]) - 32)
        pos += 1
    check = (symbols[0] + sum(i * v for i, v in enumerate(symbols[1:], start=1))) % 103
    return [*symbols, check]


def modules(text: str) -> list[int]:
    """Alternating bar/space widths in modules (starting with a bar), stop pattern included, no quiet zones."""
    return [int(w) for value in [*encode(text), STOP] for w in _WIDTHS[value]]


def module_count(text: str) -> int:
    return sum(modules(text))
