"""`python -m shipdesk.sandbox --port N --v1-key K --v1-secret S --v2-key K2 ...`: a local ShipStation."""

from __future__ import annotations

import argparse
import sys

from .config import PLANS, SandboxConfig
from .faults import KINDS, parse_cli
from .runner import Sandbox


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m shipdesk.sandbox",
                                description="A local ShipStation (API V1 at /, V2 at /v2/) for demos and tests.")
    d = SandboxConfig()
    p.add_argument("--host", default=d.host, help="address to listen on (default %(default)s)")
    p.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one (default %(default)s)")
    p.add_argument("--v1-key", default=d.v1_key)
    p.add_argument("--v1-secret", default=d.v1_secret)
    p.add_argument("--v2-key", default=d.v2_key)
    p.add_argument("--plan", choices=PLANS, default=d.plan)
    p.add_argument("--orders", type=int, default=d.orders, help="how many orders to seed (default %(default)s)")
    p.add_argument("--seed", type=int, default=d.seed, help="random seed for the data (default %(default)s)")
    p.add_argument("--window-seconds", type=float, default=d.window_seconds,
                   help="rate-limit window; shorten it to compress a minute (default %(default)s)")
    p.add_argument("--key-lifetime-days", type=int, default=d.key_lifetime_days,
                   help="days until the seeded keys expire (ShipStation offers 90, 180 or 365)")
    p.add_argument("--fault", action="append", default=[], metavar="KIND[:METHOD PATH][:xN][:SECONDS]",
                   help=f"inject a fault; kinds: {', '.join(KINDS)}. Example: "
                        "'commit_then_drop:POST /orders/createlabelfororder:x1'")
    p.add_argument("--until-stdin-closes", action="store_true",
                   help="serve until standard input closes (a parent process holds the other end)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = SandboxConfig(host=args.host, port=args.port, v1_key=args.v1_key, v1_secret=args.v1_secret,
                               v2_key=args.v2_key, plan=args.plan, orders=args.orders, seed=args.seed,
                               window_seconds=args.window_seconds, key_lifetime_days=args.key_lifetime_days)
        faults = [parse_cli(spec) for spec in args.fault]
    except ValueError as exc:
        print(f"sandbox: {exc}", file=sys.stderr)
        return 2
    sandbox = Sandbox(config)
    for rule in faults:
        sandbox.world.faults.add(rule)
    try:
        sandbox.start()
    except OSError as exc:
        print(f"sandbox: cannot listen on {config.host}:{config.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"ShipStation sandbox ready: {sandbox.url}", flush=True)
    try:
        if args.until_stdin_closes:
            sys.stdin.buffer.read()  # EOF: the parent stopped us, or died
        else:
            sandbox.wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
