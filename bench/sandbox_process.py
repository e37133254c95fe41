"""A sandbox in a process of its own, for figures where an in-process sandbox would compete with the app for
the GIL (ShipStation is another computer, not threads in ShipDesk's process).

    python -m bench.sandbox_process '{"orders": 10000, "v1_limit": 400}' --domestic 10

prints one JSON line, {"url": ..., "domestic": [order ids], "numbers": {order id: order number}} (open US orders
with a Roman ship-to), then serves until its standard input closes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from .child import ROOT


@dataclass
class SandboxProcess:
    proc: subprocess.Popen[str]
    url: str
    domestic: list[int]
    numbers: dict[int, str]  # the domestic orders' numbers, as a scanner reads them

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def spawn(config: dict[str, Any], domestic: int = 0) -> SandboxProcess:
    proc = subprocess.Popen([sys.executable, "-m", "bench.sandbox_process", json.dumps(config), "--domestic",
                             str(domestic)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait()
        raise RuntimeError(f"the sandbox process exited {proc.returncode} before serving")
    answer = json.loads(line)
    return SandboxProcess(proc, answer["url"], answer["domestic"],
                          {int(k): v for k, v in answer["numbers"].items()})


def main() -> int:
    from shipdesk.sandbox import Sandbox, SandboxConfig

    from .p4_purchases import domestic_orders

    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--domestic", type=int, default=0)
    args = parser.parse_args()
    box = Sandbox(SandboxConfig(**json.loads(args.config))).start()
    try:
        ids = domestic_orders(box, args.domestic) if args.domestic else []
        with box.world.lock:
            numbers = {i: box.world.orders[i]["orderNumber"] for i in ids}
        print(json.dumps({"url": box.url, "domestic": ids, "numbers": numbers}), flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin (or dies)
    finally:
        box.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
