"""Start ShipDesk: `python main.py [--demo] [--api-base-v1 URL] [--api-base-v2 URL] [--profile-dir DIR]
[--lang en|fr] [--label-printer NAME --label-format zpl|pdf --dpi 203|300] [--scan-mode open|ship|verify]
[--smoke]`, or
`python main.py check ...` for the command-line check, `python main.py selftest ...` (does this copy work
here? demo mode only; the installers' smoke check runs it), or `python main.py sandbox ...`, the local
ShipStation (demo mode runs it as a child process; the frozen app has no `python -m`)."""

from __future__ import annotations

import argparse
import sys
import time

SMOKE_TIMEOUT_MS = 60_000


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="shipdesk", description="ShipDesk: scan, rate, buy and print ShipStation labels.")
    p.add_argument("--demo", action="store_true", help="use the embedded local ShipStation, even if keys are set")
    p.add_argument("--api-base-v1", metavar="URL", help="V1 base URL (default https://ssapi.shipstation.com)")
    p.add_argument("--api-base-v2", metavar="URL", help="V2 base URL (default https://api.shipstation.com)")
    p.add_argument("--profile-dir", metavar="DIR", help="keep all local state in DIR")
    p.add_argument("--lang", choices=("en", "fr"), help="interface language (default: settings, then system)")
    p.add_argument("--label-printer", metavar="NAME",
                   help="label printer for this run: an OS printer queue, or tcp://HOST[:PORT] (raw port 9100)")
    p.add_argument("--label-format", choices=("zpl", "pdf"),
                   help="zpl = raw to a Zebra-style printer; pdf = through the system queue at actual size")
    p.add_argument("--dpi", type=int, choices=(203, 300), help="the label printer's resolution")
    p.add_argument("--scan-mode", choices=("open", "ship", "verify"),
                   help="what a scanned order does at start-up (default: the station's setting, else open)")
    p.add_argument("--smoke", action="store_true",
                   help="start, wait until the first orders are on screen and start-up printing is done, print "
                        "the banners and 'ready', exit 0")
    return p


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["check"]:
        from .check import main as check_main

        return check_main(args_list[1:])
    if args_list[:1] == ["selftest"]:
        from .selftest import main as selftest_main

        return selftest_main(args_list[1:])
    if args_list[:1] == ["sandbox"]:
        from .sandbox.__main__ import main as sandbox_main

        return sandbox_main(args_list[1:])
    args = build_parser().parse_args(args_list)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    # The demo's sandbox process first, so it seeds on the other core while Qt loads; then Qt and the Orders
    # table; the API layer, the session and the rest of the window once the cached orders are painted
    # (ui/staged_start.py).
    from .core.demo_sandbox import early_demo_sandbox
    from .paths import Paths

    early = early_demo_sandbox(args.demo, Paths(args.profile_dir).database)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.staged_start import StagedStart

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ShipDesk")
    start = StagedStart(app, args, early)
    window, runner = start.window, start.runner
    refused: list[str] = []

    def refuse(code: int, words: str) -> None:
        refused.append(words)
        app.exit(code)

    start.failed.connect(refuse)
    if args.smoke:
        shown: list[int] = []

        def ready() -> None:
            # Orders on screen, and start-up recovery with its print pass over: a label a crash left unprinted
            # is out (or the banners say why not) before the smoke run ends. The banners go to stdout.
            if not shown or not window.attached or not window.label_recovery.done:
                return
            for key in window.banners.keys():
                banner = window.banners.banner(key)
                if banner is not None:
                    print(f"banner {key}: {banner.text}", flush=True)
            print(f"ready ({shown[0]} orders on screen)", flush=True)
            app.exit(0)

        def on_shown(count: int) -> None:
            # What the packer feels (bench/ times start-up by it): the rows are painted. `ready` waits for
            # start-up printing too.
            print(f"first orders on screen at {time.time():.6f}", flush=True)
            shown.append(count)
            ready()

        def started() -> None:
            window.label_recovery.finished.connect(ready)
            ready()

        start.orders_painted.connect(on_shown)
        start.started.connect(started)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: (print(
            f"smoke: not ready in time (orders on screen: {bool(shown)}, start-up printing done: "
            f"{window.attached and window.label_recovery.done})", flush=True), app.exit(1)))
    code = app.exec()
    runner.cancel_all()
    runner.wait(10_000)
    if start.session is not None:
        start.session.close()
    else:
        start.db.close()
        if early is not None:
            early.stop()
    for words in filter(None, refused):
        print(words, file=sys.stderr)
    return code
