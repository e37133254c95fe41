"""ZPL to pictures of the labels as a Zebra printer would print them, for the preview pane.

One image per label format (^XA ... ^XZ) that draws anything, black on white, one pixel per printer dot:
^PW x ^LL, or the stock's size in dots where the ZPL does not say. Drawn: text (font 0 and the bitmap
fonts approximated, ^FB blocks), ^GB ^GC ^GE ^GD shapes, ^GF and ~DG/^XG graphics, Code 128, ^FR and ^LR
reverse, ^FO/^FT with ^LH ^LS ^LT, orientations N R I B, ^PO and ^PM. Any other bar code is a hatched box
where it will print, and whatever is not drawn is named in `notes`: the preview must never look complete
when it is not. The commands are read in zpl_commands.py and the fields drawn in zpl_draw.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from .printers import PrintError
from .zpl_commands import ZplReader
from .zpl_tokens import commands

MAX_PAGES = 20


@dataclass(frozen=True)
class Rendered:
    pages: list[QImage]  # one per label format that prints something, a pixel per printer dot
    notes: list[str]  # what the pictures leave out or only approximate


def render_zpl(zpl: bytes, default_size: tuple[int, int], dpi: int) -> Rendered:
    """Each label format of `zpl` as an image, one pixel per dot. `default_size` (dots) applies where the
    ZPL has no ^PW or ^LL; `dpi` is the printer's, for what has a physical size (MaxiCode). Raises
    PrintError when there is no label in the data at all."""
    reader = ZplReader(default_size, dpi, MAX_PAGES)
    seen_format = False
    for cmd in commands(zpl):
        seen_format |= cmd.name == "XA" and cmd.prefix == "^"
        reader.feed(cmd)
    if reader.in_format:
        reader.note("the last label has no ^XZ: the printer would wait for the rest and print nothing yet")
        reader.end_format()
    if not seen_format:
        raise PrintError("this is not ZPL: there is no ^XA label format in it")
    if not reader.pages:
        raise PrintError("the ZPL has no label that prints anything")
    return Rendered(reader.pages, list(reader.notes))
