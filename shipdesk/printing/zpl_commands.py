"""The ZPL command dispatch: what each ^ and ~ command does to the printer, the label format and the open
field.

`ZplReader.feed` takes the commands in order. Format settings (^BY ^CF ^FW ^LR ^PQ...) last to the format's
^XZ; printer settings (^PW ^LL ^LH ^LS ^LT ^CI ^PO ^PM ^CW, ~DG graphics) last from one format to the next,
as on the printer. A field ends at ^FS, or when the next one starts; `FieldDrawer` then queues its drawing,
and ^XZ paints the format's page. Set-up commands that change nothing on the label's face are skipped;
anything else not understood is named in `notes`.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from . import zpl_graphics
from .zpl_draw import SHAPES, Field, FieldDrawer, Op
from .zpl_text import Block, make_font
from .zpl_tokens import Command, int_arg, text_arg

_ENCODINGS = {27: "cp1252", 28: "utf-8", 29: "utf-16-be", 30: "utf-16-le"}

# Commands that set up the printer, the media or the job: nothing on the label's face changes.
_NO_FACE = frozenset("""
    CD CM CO CV EF EG FC FL FX HB HD HF HG HH HI HM HQ HS HT HU HV HW HY HZ ID JA JB JC JD JE JF JG JH JI
    JJ JL JN JO JP JQ JR JS JT JU JW JX JZ KB KD KL KN KP KV LF MA MC MD MF MI ML MM MN MP MT MW NB NC ND NI
    NN NP NS NT NW PA PF PH PL PN PP PR PS RO SC SD SE SL SO SP SQ SR SS ST SX SZ TA TO WA WC WD WE WF WH
    WI WL WN WP WQ WR WS WT WU WX XB XS ZZ CC CT
""".split())


class ZplReader:
    def __init__(self, default_size: tuple[int, int], dpi: int, max_pages: int) -> None:
        self.default_size = default_size
        self.dpi = dpi
        self.max_pages = max_pages
        self.drawer = FieldDrawer(self)
        # Kept from one format to the next, as the printer keeps them.
        self.width: int | None = None
        self.length: int | None = None
        self.home = (0, 0)
        self.shift = 0  # ^LS: fields move left
        self.top = 0  # ^LT: fields move down
        self.encoding = "cp850"  # ^CI0, the printer's default code page
        self.graphics: dict[str, zpl_graphics.Bitmap] = {}
        self.scalable: set[str] = set()  # font letters ^CW mapped to font files
        self.inverted = False  # ^PO I
        self.mirrored = False  # ^PM Y
        self.pages: list[QImage] = []
        self.notes: dict[str, None] = {}  # ordered, without repeats
        self.in_format = False
        self._reset_format()

    # ---- formats ------------------------------------------------------------------------------

    def _reset_format(self) -> None:
        self.module, self.ratio, self.bar_height = 2, 3.0, 10  # ^BY
        self.default_font = ("A", 0, 0)  # ^CF
        self.field_orientation = "N"  # ^FW
        self.field_right = False
        self.reverse_all = False  # ^LR
        self.copies = 1
        self.stored = False  # ^DF: the format is stored on the printer, not printed
        self.ops: list[Op] = []
        self.field = Field()

    def note(self, text: str) -> None:
        self.notes[text] = None

    def start_format(self) -> None:
        self._reset_format()
        self.in_format = True

    def end_format(self) -> None:
        self._end_field()
        self.in_format = False
        if self.stored or not self.ops:
            return
        if self.copies > 1:
            self.note(f"^PQ{self.copies}: the printer prints each label {self.copies} times")
        if len(self.pages) >= self.max_pages:
            self.note(f"only the first {self.max_pages} labels are shown")
            return
        self.pages.append(self.drawer.paint_page())

    # ---- commands -----------------------------------------------------------------------------

    def feed(self, cmd: Command) -> None:
        name, args = cmd.name, cmd.args()
        if len(name) < 2:  # a lone prefix at the end of the data
            return
        if cmd.prefix == "~":
            self._control(name, cmd.params)
        elif name == "XA":
            self.start_format()
        elif name == "XZ":
            if self.in_format:
                self.end_format()
        elif name[0] == "A":
            self._font(name[1], args)
        elif name in _NO_FACE:
            pass
        elif (handler := getattr(self, f"_cmd_{name}", None)) is not None:
            handler(args, cmd.params)
        elif name[0] == "B" or name in SHAPES or name in ("GF", "XG"):
            self._begin_kind(name, args, cmd.params)
        else:
            self.note(f"not understood by the preview, not shown: ^{name}")

    def _control(self, name: str, params: str) -> None:
        if name == "DG":
            self._download_graphic(params)
        elif name in ("DY", "DB", "DU", "DE", "DN", "DS", "DT"):
            self.note(f"~{name} downloads a font or object to the printer: the preview does not use it")
        elif name not in _NO_FACE:
            self.note(f"not understood by the preview: ~{name}")

    def _font(self, letter: str, args: list[str]) -> None:
        f = self.field
        if args[:1] and args[0].strip():
            f.orientation = args[0].strip().upper()[:1]
        h, w = int_arg(args, 1, 0), int_arg(args, 2, 0)
        if not h and not w:  # no size: the last ^CF size applies
            _, h, w = self.default_font
        f.font = make_font(letter, h or None, w or None, frozenset(self.scalable))
        if not f.kind:
            f.hri_font = f.font

    def _begin_kind(self, name: str, args: list[str], params: str) -> None:
        f = self.field
        if f.kind or f.data is not None:  # a field left open: the printer starts a new one
            self._end_field()
            f = self.field
        f.kind, f.args = name, args
        if name == "GF":
            f.data = params

    # Origins and field settings.
    def _origin(self, args: list[str], at_baseline: bool) -> None:
        if self.field.kind or self.field.data is not None:
            self._end_field()
        f = self.field
        if at_baseline and not args:
            self.note("^FT without a position (after the previous field) is shown at the label's corner")
        f.x = int_arg(args, 0, 0) + self.home[0] - self.shift
        f.y = int_arg(args, 1, 0) + self.home[1] + self.top
        f.at_baseline = at_baseline
        f.right = text_arg(args, 2, "1" if self.field_right else "0") == "1"

    def _cmd_FO(self, args: list[str], params: str) -> None:
        self._origin(args, at_baseline=False)

    def _cmd_FT(self, args: list[str], params: str) -> None:
        self._origin(args, at_baseline=True)

    def _cmd_FD(self, args: list[str], params: str) -> None:
        self.field.data = params

    _cmd_FV = _cmd_FD

    def _cmd_FS(self, args: list[str], params: str) -> None:
        self._end_field()

    def _cmd_FH(self, args: list[str], params: str) -> None:
        self.field.hex_char = params[:1] or "_"

    def _cmd_FR(self, args: list[str], params: str) -> None:
        self.field.reverse = True

    def _cmd_FB(self, args: list[str], params: str) -> None:
        self.field.block = Block(width=max(1, int_arg(args, 0, 0)), lines=max(1, int_arg(args, 1, 1)),
                                 spacing=int_arg(args, 2, 0), justify=text_arg(args, 3, "L"),
                                 indent=int_arg(args, 4, 0))

    def _cmd_TB(self, args: list[str], params: str) -> None:
        if args[:1] and args[0].strip():
            self.field.orientation = args[0].strip().upper()[:1]
        self.field.block = Block(width=max(1, int_arg(args, 1, 0)))
        self.field.block_height = int_arg(args, 2, 0)

    def _cmd_FP(self, args: list[str], params: str) -> None:
        if text_arg(args, 0, "H") != "H":
            self.note("^FP vertical or reverse text is shown left to right")

    def _cmd_SN(self, args: list[str], params: str) -> None:
        self.field.data = args[0] if args else ""
        self.note("^SN serial numbers: the preview shows the first one")

    def _cmd_SF(self, args: list[str], params: str) -> None:
        self.note("^SF serialized fields: the preview shows the first value")

    def _cmd_FN(self, args: list[str], params: str) -> None:
        self.note("^FN template fields are filled on the printer: the preview shows them as sent")

    # Format and printer settings.
    def _cmd_BY(self, args: list[str], params: str) -> None:
        self.module = max(1, min(10, int_arg(args, 0, self.module)))
        try:
            self.ratio = float(args[1]) if args[1:2] and args[1].strip() else self.ratio
        except ValueError:
            pass
        self.bar_height = max(1, int_arg(args, 2, self.bar_height))

    def _cmd_CF(self, args: list[str], params: str) -> None:
        letter = args[0].strip()[:1].upper() if args and args[0].strip() else self.default_font[0]
        self.default_font = (letter, int_arg(args, 1, 0), int_arg(args, 2, 0))

    def _cmd_FW(self, args: list[str], params: str) -> None:
        self.field_orientation = text_arg(args, 0, self.field_orientation)[:1]
        self.field_right = text_arg(args, 1, "0") == "1"

    def _cmd_LR(self, args: list[str], params: str) -> None:
        self.reverse_all = text_arg(args, 0, "N") == "Y"

    def _cmd_PW(self, args: list[str], params: str) -> None:
        self.width = int_arg(args, 0, 0) or self.width

    def _cmd_LL(self, args: list[str], params: str) -> None:
        self.length = int_arg(args, 0, 0) or self.length

    def _cmd_LH(self, args: list[str], params: str) -> None:
        self.home = (int_arg(args, 0, 0), int_arg(args, 1, 0))

    def _cmd_LS(self, args: list[str], params: str) -> None:
        self.shift = int_arg(args, 0, 0)

    def _cmd_LT(self, args: list[str], params: str) -> None:
        self.top = int_arg(args, 0, 0)

    def _cmd_CI(self, args: list[str], params: str) -> None:
        self.encoding = _ENCODINGS.get(int_arg(args, 0, 0), "cp850")

    def _cmd_PO(self, args: list[str], params: str) -> None:
        self.inverted = text_arg(args, 0, "N") == "I"

    def _cmd_PM(self, args: list[str], params: str) -> None:
        self.mirrored = text_arg(args, 0, "N") == "Y"

    def _cmd_PQ(self, args: list[str], params: str) -> None:
        self.copies = max(1, int_arg(args, 0, 1))

    def _cmd_CW(self, args: list[str], params: str) -> None:
        if args and args[0].strip():
            self.scalable.add(args[0].strip()[:1].upper())

    def _cmd_MU(self, args: list[str], params: str) -> None:
        if text_arg(args, 0, "D") != "D":
            self.note("^MU sets inches or millimetres: the preview reads positions as dots and may misplace them")

    def _cmd_JM(self, args: list[str], params: str) -> None:
        if text_arg(args, 0, "A") == "B":
            self.note("^JMB halves the printer's resolution: the preview does not")

    def _cmd_DF(self, args: list[str], params: str) -> None:
        self.stored = True
        self.note("^DF stores a format on the printer for later: it prints nothing by itself")

    def _cmd_XF(self, args: list[str], params: str) -> None:
        self.note(f"not shown in preview: ^XF{params} (a format stored on the printer)")

    def _cmd_IM(self, args: list[str], params: str) -> None:
        self.note(f"not shown in preview: ^IM{params} (an image stored on the printer)")

    _cmd_IL = _cmd_IM

    def _download_graphic(self, params: str) -> None:
        head = params.split(",", 3)
        if len(head) < 4:
            self.note("~DG graphic without its sizes: not shown")
            return
        try:
            bitmap = zpl_graphics.decode("A", int(head[1]), int(head[2]), head[3])
        except (ValueError, zpl_graphics.GraphicError) as exc:
            self.note(f"~DG graphic {head[0]} could not be read: {exc}")
            return
        self.graphics[zpl_graphics.stored_name(head[0])] = bitmap

    # ---- fields -------------------------------------------------------------------------------

    def _end_field(self) -> None:
        f, self.field = self.field, Field()
        if self.in_format:
            self.drawer.draw(f)
