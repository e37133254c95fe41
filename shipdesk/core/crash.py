"""Crash output without secrets: unhandled exceptions (main thread, worker threads, Qt slots) are printed
with every key and secret the session knows blanked out."""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType
from typing import TextIO

from ..api.redact import Redactor


def install(redactor: Redactor, stream: TextIO | None = None) -> None:
    """Replace sys.excepthook and threading.excepthook; PySide6 reports exceptions in slots through
    sys.excepthook too."""
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        out = stream or sys.stderr
        out.write(redactor(text) or "")
        out.flush()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
