"""Start ShipDesk.

Until the main window lands (issue 4), the app's demo mode is its embedded local ShipStation: this
starts it in the foreground so its V1 and V2 APIs can be explored with any HTTP client.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from shipdesk.sandbox.__main__ import main as sandbox_main

    args = list(sys.argv[1:] if argv is None else argv)
    if "--demo" in args:
        args.remove("--demo")
    print("ShipDesk demo mode: the main window is not built yet; serving the local ShipStation sandbox.",
          flush=True)
    return sandbox_main(args)
