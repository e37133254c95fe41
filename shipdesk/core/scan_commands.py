"""Command barcodes: what ShipDesk prints on its command sheet and recognises when scanned.

No Qt. A command code is `SHIPDESK` + a token + one check letter, all uppercase letters from `SAFE_LETTERS`:
the letters that sit on the same key on US, UK, German, Swiss, French, Belgian, Spanish and Italian
keyboards (not A, Q, W, Z, Y, M; no digits, which AZERTY types shifted; no punctuation). So a command reads
the same whatever layout the scanner and the computer use; Caps Lock only flips the case, which is ignored.
The check letter catches a code that lost or changed a letter on the way, and no real order number, SKU,
product or tracking number starts with SHIPDESK.
"""

from __future__ import annotations

from enum import StrEnum

from .words import QT_TRANSLATE_NOOP

SAFE_LETTERS = "BCDEFGHIJKLNOPRSTUVX"  # 20 letters, same key on every layout in keyboard_layouts
CHECK_LETTERS = "BCDEFGHJKLNOPRSTUVX"  # 19 (a prime): every single changed letter changes the check
PREFIX = "SHIPDESK"


class Command(StrEnum):
    SHIP = "ship"
    VERIFY = "verify"
    REPRINT = "reprint"
    VOID = "void"
    NEXT = "next"
    CANCEL = "cancel"
    ACK = "ack"
    MODE_OPEN = "mode-open"
    MODE_SHIP = "mode-ship"
    MODE_VERIFY = "mode-verify"


class ScanMode(StrEnum):
    """What a scanned order does: open it, ship it (rate, buy, print), or wait for its items (verify)."""

    OPEN = "open"
    SHIP = "ship"
    VERIFY = "verify"


MODE_COMMANDS: dict[Command, ScanMode] = {Command.MODE_OPEN: ScanMode.OPEN, Command.MODE_SHIP: ScanMode.SHIP,
                                          Command.MODE_VERIFY: ScanMode.VERIFY}

TOKENS: dict[Command, str] = {
    Command.SHIP: "SHIP", Command.VERIFY: "VERIF", Command.REPRINT: "REPRINT", Command.VOID: "VOID",
    Command.NEXT: "NEXT", Command.CANCEL: "CNCL", Command.ACK: "OK", Command.MODE_OPEN: "SETOPEN",
    Command.MODE_SHIP: "SETSHIP", Command.MODE_VERIFY: "SETVERIF",
}

# (name, what it does) for the sheet and the messages; the UI translates both (context "ScanCommand").
DESCRIPTIONS: dict[Command, tuple[str, str]] = {
    Command.SHIP: (QT_TRANSLATE_NOOP("ScanCommand", "Ship"),
                   QT_TRANSLATE_NOOP("ScanCommand", "Buy and print the label of the open order")),
    Command.VERIFY: (QT_TRANSLATE_NOOP("ScanCommand", "Verify"),
                     QT_TRANSLATE_NOOP("ScanCommand", "Start checking the items of the open order")),
    Command.REPRINT: (QT_TRANSLATE_NOOP("ScanCommand", "Reprint"),
                      QT_TRANSLATE_NOOP("ScanCommand", "Print the last label again (no new charge)")),
    Command.VOID: (QT_TRANSLATE_NOOP("ScanCommand", "Void"),
                   QT_TRANSLATE_NOOP("ScanCommand", "Void the label of the open order")),
    Command.NEXT: (QT_TRANSLATE_NOOP("ScanCommand", "Next"),
                   QT_TRANSLATE_NOOP("ScanCommand", "Go to the next order in the list")),
    Command.CANCEL: (QT_TRANSLATE_NOOP("ScanCommand", "Cancel"),
                     QT_TRANSLATE_NOOP("ScanCommand", "Stop what the last scan started")),
    Command.ACK: (QT_TRANSLATE_NOOP("ScanCommand", "OK, got it"),
                  QT_TRANSLATE_NOOP("ScanCommand", "Acknowledge the error on screen")),
    Command.MODE_OPEN: (QT_TRANSLATE_NOOP("ScanCommand", "Mode: open"),
                        QT_TRANSLATE_NOOP("ScanCommand", "A scanned order opens in the Orders tab")),
    Command.MODE_SHIP: (QT_TRANSLATE_NOOP("ScanCommand", "Mode: ship"),
                        QT_TRANSLATE_NOOP("ScanCommand", "A scanned order is rated, bought and printed")),
    Command.MODE_VERIFY: (QT_TRANSLATE_NOOP("ScanCommand", "Mode: verify"),
                          QT_TRANSLATE_NOOP("ScanCommand", "A scanned order waits for its items to be scanned")),
}


def check_letter(text: str) -> str:
    """The check letter of `text` (safe letters only): position-weighted sum mod 19."""
    return CHECK_LETTERS[sum((n + 1) * SAFE_LETTERS.index(ch) for n, ch in enumerate(text)) % len(CHECK_LETTERS)]


def command_code(command: Command) -> str:
    """The text the command's barcode carries, e.g. `SHIPDESKNEXT` + its check letter."""
    body = PREFIX + TOKENS[command]
    return body + check_letter(body)


_BY_CODE = {command_code(c): c for c in Command}


def parse_command(text: str) -> Command | None:
    """The command `text` is (any case), or None."""
    return _BY_CODE.get(text.strip().upper())


def looks_like_command(text: str) -> bool:
    """Starts like a command code: a damaged or unknown one should say so rather than pass as text."""
    return text.strip().upper().startswith(PREFIX)
