"""One CUPS queue's state from libcups, asked for that queue alone: the check before every label is sent.

`QPrinterInfo.printerInfo(name)` reads every destination to answer for one (4–12 ms a label with the test
cupsd's four queues, more on a site with many; bench P3); `cupsGetNamedDest` asks for the one queue (~0.5 ms).
libcups is the library Qt's own CUPS support loads. Where it is missing (Windows) or can't tell, the caller
asks Qt, as before (`CupsCantTell`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

# IPP printer-state values (RFC 8011 §5.4.11) in the words `printers.list_printers` uses.
_STATES = {b"3": "idle", b"4": "active", b"5": "stopped"}
_IPP_NOT_FOUND = 0x0406  # client-error-not-found: no such queue


class CupsCantTell(Exception):
    """libcups is not there, or could not answer (the caller asks Qt instead)."""


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("instance", ctypes.c_char_p), ("is_default", ctypes.c_int),
                ("num_options", ctypes.c_int), ("options", ctypes.POINTER(_Option))]


@functools.cache
def _libcups() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    path = ctypes.util.find_library("cups")
    try:
        lib = ctypes.CDLL(path) if path else None
    except OSError:
        return None
    if lib is None:
        return None
    lib.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
    lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsGetOption.restype = ctypes.c_char_p
    lib.cupsGetOption.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsFreeDests.restype = None
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    lib.cupsLastError.restype = ctypes.c_int
    lib.cupsLastError.argtypes = []
    return lib


def cups_state(name: str) -> str | None:
    """The queue's state ("idle", "active", "stopped"); None when CUPS has no such queue. The server is the
    one every CUPS client uses (CUPS_SERVER, client.conf). Raises CupsCantTell."""
    lib = _libcups()
    if lib is None:
        raise CupsCantTell("libcups is not available")
    queue, _, instance = name.partition("/")
    dest = lib.cupsGetNamedDest(None, queue.encode(), instance.encode() or None)
    if not dest:
        if lib.cupsLastError() == _IPP_NOT_FOUND:
            return None
        raise CupsCantTell(f"CUPS did not answer for {name!r} (IPP status {lib.cupsLastError():#06x})")
    try:
        value = lib.cupsGetOption(b"printer-state", dest.contents.num_options, dest.contents.options)
    finally:
        lib.cupsFreeDests(1, dest)
    if value is None:
        raise CupsCantTell(f"CUPS gave no state for {name!r}")
    return _STATES.get(value, "unknown")
