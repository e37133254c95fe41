"""Start ShipDesk.

`main.py check ...` runs the command-line key check (`shipdesk/check.py`, no display needed). Otherwise,
until the main window lands (issue 4), the app's demo mode is its embedded local ShipStation: this
starts it in the foreground so its V1 and V2 APIs can be explored with any HTTP client.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["check"]:
        from shipdesk.check import main as check_main

        return check_main(args[1:])

    from shipdesk.sandbox.__main__ import main as sandbox_main

    if "--demo" in args:
        args.remove("--demo")
    print("ShipDesk demo mode: the main window is not built yet; serving the local ShipStation sandbox.",
          flush=True)
    return sandbox_main(args)
