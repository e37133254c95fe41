"""ZPL split into commands: a prefix (^ or ~), a two-character name and the raw parameter text.

Field data (^FD, ^FV) and comments (^FX) run to the next caret, so a tilde in an address stays text;
other parameters stop at either prefix. ^GF binary data is taken by its byte count, since it may hold
any byte. Line breaks between and inside commands mean nothing to the printer and are dropped. ^CC and
^CT (or ~CC, ~CT) change the prefix characters for what follows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_TO_CARET = frozenset({"FD", "FV", "FX"})


@dataclass(frozen=True)
class Command:
    prefix: str  # "^" (format) or "~" (control)
    name: str  # upper case: "FO", "A0", "GF"
    params: str

    def args(self) -> list[str]:
        return self.params.split(",") if self.params else []


def _next_prefix(text: str, start: int, prefixes: tuple[str, ...]) -> int:
    found = [i for i in (text.find(p, start) for p in prefixes) if i >= 0]
    return min(found) if found else len(text)


def _binary_graphic(text: str, start: int, prefixes: tuple[str, ...]) -> tuple[str, int] | None:
    """The parameters of a ^GFB / ^GFC field, taken by byte count, and where the stream goes on."""
    head_end, commas = start, 0
    while head_end < len(text) and commas < 4:
        if text[head_end] in prefixes:
            return None
        commas += text[head_end] == ","
        head_end += 1
    head = text[start:head_end].replace("\r", "").replace("\n", "").split(",")
    if commas < 4 or head[0].strip().upper() not in ("B", "C"):
        return None
    try:
        count = int(head[1])
    except ValueError:
        return None
    end = min(len(text), head_end + max(0, count))
    return text[start:head_end] + text[head_end:end], end


def commands(zpl: bytes) -> Iterator[Command]:
    """Every command in `zpl`, in order. Bytes are read as Latin-1, one character each, so field data
    keeps its bytes for the label's own ^CI encoding."""
    text = zpl.decode("latin-1")
    caret, tilde = "^", "~"
    i = _next_prefix(text, 0, (caret, tilde))
    while i < len(text):
        prefix = "^" if text[i] == caret else "~"
        name = text[i + 1 : i + 3].upper()
        start = i + 3
        binary = _binary_graphic(text, start, (caret, tilde)) if name == "GF" else None
        if binary is not None:
            params, i = binary
        elif name in ("CC", "CT"):  # the new prefix is the one character after the name
            params, i = text[start : start + 1], start + 1
            if params and params not in "\r\n":
                caret, tilde = (params, tilde) if name == "CC" else (caret, params)
        else:
            stops = (caret,) if name in _TO_CARET else (caret, tilde)
            i = _next_prefix(text, start, stops)
            params = text[start:i].replace("\r", "").replace("\n", "")
        yield Command(prefix, name, params)
        i = _next_prefix(text, i, (caret, tilde))


def int_arg(args: list[str], index: int, default: int) -> int:
    """A numeric parameter; missing or not a number is the command's default."""
    try:
        return int(float(args[index]))
    except (IndexError, ValueError):
        return default


def text_arg(args: list[str], index: int, default: str = "") -> str:
    """A letter parameter, upper case; missing or blank is the command's default."""
    value = args[index].strip().upper() if index < len(args) else ""
    return value or default
