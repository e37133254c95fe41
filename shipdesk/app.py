"""Start ShipDesk: `python main.py [--demo] [--api-base-v1 URL] [--api-base-v2 URL] [--profile-dir DIR]
[--lang en|fr] [--label-printer NAME --label-format zpl|pdf --dpi 203|300] [--smoke]`, or
`python main.py check ...` for the command-line check."""

from __future__ import annotations

import argparse
import sys

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
    p.add_argument("--smoke", action="store_true",
                   help="start, wait until the first orders are on screen, print 'ready' and exit 0")
    return p


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["check"]:
        from .check import main as check_main

        return check_main(args_list[1:])
    args = build_parser().parse_args(args_list)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    # The API layer (pydantic) before Qt: PySide6's import hook inspects modules as they load and can
    # catch pydantic half-imported.
    from .core.session import SessionOptions, open_session  # isort: skip

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .printing.station import station_from_settings, with_label_override
    from .ui.i18n import install_translators
    from .ui.main_window import MainWindow
    from .ui.workers import WorkerRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ShipDesk")
    session = open_session(SessionOptions(demo=args.demo, api_base_v1=args.api_base_v1,
                                          api_base_v2=args.api_base_v2, profile_dir=args.profile_dir))
    install_translators(app, args.lang or session.settings.language)
    try:
        station = with_label_override(station_from_settings(session.settings), args.label_printer,
                                      args.label_format, args.dpi)
    except ValueError as exc:
        session.close()
        print(f"shipdesk: {exc}", file=sys.stderr)
        return 2
    runner = WorkerRunner()
    window = MainWindow(session, runner, station)
    window.show()
    window.start()
    if args.smoke:
        def ready(count: int) -> None:
            print(f"ready ({count} orders on screen)", flush=True)
            app.exit(0)

        window.ctx.orders_shown.connect(ready)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: (print("smoke: no orders on screen in time", flush=True),
                                                      app.exit(1)))
    code = app.exec()
    runner.cancel_all()
    runner.wait(10_000)
    session.close()
    return code
