"""`python main.py check`: what the ShipStation keys can do, for support and automation. No display needed.

    python main.py check [--api-base-v1 URL] [--api-base-v2 URL] [--json] [--profile-dir DIR]

Keys come from SHIPDESK_V1_KEY + SHIPDESK_V1_SECRET and SHIPDESK_V2_KEY; for an API with none of its
variables set, the profile's active key from ShipDesk's key store (OS keyring, read-only). They are used,
never printed or written anywhere.

It reports which surfaces work (V1, V2 shipping, V2 inventory), the rate-limit state, the number of
orders awaiting shipment (V1), the number of distinct SKUs in V2 inventory, and for every failure the
support report to send to ShipStation.

Exit codes:
  0  every surface the keys were given for works, or is refused only by the account's plan (an
     inventory-only account refusing V1 and V2 shipping is expected, and reported);
  1  a problem: a key refused (401), no answer, a server error, a count that failed — or no surface
     usable at all (e.g. a plan without API access), since then ShipDesk can do nothing;
  2  the check could not run: no keys at all, or a bad command line / profile directory.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from shipdesk.api.calllog import CallLog, CallRecord, support_report
from shipdesk.api.capabilities import SURFACES, TITLES, Capabilities, SurfaceStatus, detect
from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.api.errors import ApiError
from shipdesk.api.redact import Redactor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.client import DEFAULT_BASE_URL as V1_DEFAULT_BASE_URL
from shipdesk.api.v1.client import V1Client
from shipdesk.api.v2.client import V2Client
from shipdesk.api.v2.client_base import DEFAULT_BASE_URL as V2_DEFAULT_BASE_URL

ENV_V1_KEY, ENV_V1_SECRET, ENV_V2_KEY = "SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"
SETTINGS = TransportSettings(max_wait=60.0)  # a check waits a minute for the rate limit, not two
NOTHING_USABLE = "None of ShipStation's APIs can be used with these keys on this account's plan."


@dataclass
class Keys:
    v1: V1Credentials | None = None
    v2: V2Credentials | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class CheckResult:
    capabilities: Capabilities
    rate_limit: dict[str, dict[str, object] | None]
    awaiting_shipment_orders: int | None = None
    inventory_skus: int | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed_calls: list[CallRecord] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def as_json(self) -> dict[str, Any]:
        caps = self.capabilities
        return {"surfaces": caps.usable(), "reasons": caps.reasons(), "rate_limit": self.rate_limit,
                "awaiting_shipment_orders": self.awaiting_shipment_orders,
                "inventory_skus": self.inventory_skus, "errors": self.errors, "notes": self.notes,
                "support_report": support_report(self.failed_calls) if self.failed_calls else None}


def load_keys(env: Mapping[str, str], profile_dir: Path | None = None) -> Keys:
    """Per API: the environment when any of its variables is set (never mixed with stored keys), else the
    active key saved in ShipDesk (profile database + OS keyring, read-only). A key without its secret
    counts as not set, with a note."""
    keys = Keys()
    v1_env = ENV_V1_KEY in env or ENV_V1_SECRET in env
    v2_env = ENV_V2_KEY in env
    v1_key, v1_secret = env.get(ENV_V1_KEY, "").strip(), env.get(ENV_V1_SECRET, "").strip()
    v2_key = env.get(ENV_V2_KEY, "").strip()
    if not (v1_env and v2_env):
        from shipdesk.core.keys import read_active_keys

        stored_v1, stored_v2, problems = read_active_keys(_database(profile_dir))
        keys.notes += [p.text for p in problems]
        if not v1_env and stored_v1 is not None:
            keys.v1 = stored_v1  # with its expiry date, so a 401 after it says "expired"
        if not v2_env and stored_v2 is not None:
            keys.v2 = stored_v2
    if v1_env and v1_key and v1_secret:
        keys.v1 = V1Credentials(v1_key, v1_secret)
    elif v1_env and (v1_key or v1_secret):
        keys.notes.append("Only half of the V1 key pair is set (API key and API secret are both needed); "
                          "V1 was not checked.")
    if v2_env and v2_key:
        keys.v2 = V2Credentials(v2_key)
    return keys


def _database(profile_dir: Path | None) -> Path:
    """The profile's database, found without creating the profile."""
    from shipdesk.config import APP_NAME

    base = profile_dir or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base.expanduser().resolve() / "shipdesk.sqlite3"


def run_check(keys: Keys, v1_base_url: str, v2_base_url: str) -> CheckResult:
    log, redactor = CallLog(), Redactor()
    v1 = V1Client(keys.v1, base_url=v1_base_url, call_log=log, redactor=redactor, settings=SETTINGS) \
        if keys.v1 else None
    v2 = V2Client(keys.v2, base_url=v2_base_url, call_log=log, redactor=redactor, settings=SETTINGS) \
        if keys.v2 else None
    try:
        caps = detect(v1, v2)
        result = CheckResult(caps, {"v1": None, "v2": None}, notes=list(keys.notes))
        for surface in SURFACES:
            _judge(result, surface, caps[surface])
        if not caps.any_usable and not result.errors:
            result.errors.append(NOTHING_USABLE)
        if v1 is not None and caps.v1.usable:
            _count_orders(result, v1)
        if v2 is not None and caps.v2_inventory.usable:
            _count_skus(result, v2)
        result.rate_limit = {"v1": v1.governor.state() if v1 else None,
                             "v2": v2.governor.state() if v2 else None}
        return result
    finally:
        for client in (v1, v2):
            if client is not None:
                client.close()


def _judge(result: CheckResult, surface: str, status: SurfaceStatus) -> None:
    if status.usable or status.failure == "no_key":
        return
    line = f"{TITLES[surface]}: {status.reason}"  # type: ignore[index]
    if status.is_problem:
        result.errors.append(line)
        _keep_call(result, status.error)
    else:
        result.notes.append(line)  # refused by the plan: the account's choice, reported, not a failure


def _count_orders(result: CheckResult, v1: V1Client) -> None:
    try:
        page = v1.list_orders(order_status="awaiting_shipment")  # the first page, read through the models
        result.awaiting_shipment_orders = page.total
    except ApiError as exc:
        result.errors.append(f"Could not count the orders awaiting shipment: {exc}")
        _keep_call(result, exc)


def _count_skus(result: CheckResult, v2: V2Client) -> None:
    try:
        result.inventory_skus = len({level.sku for level in v2.iter_inventory()})
    except ApiError as exc:
        result.errors.append(f"Could not count the inventory SKUs: {exc}")
        _keep_call(result, exc)


def _keep_call(result: CheckResult, error: ApiError | None) -> None:
    if error is not None and error.call is not None and error.call not in result.failed_calls:
        result.failed_calls.append(error.call)


# -- output -----------------------------------------------------------------------------------------


def _rate_text(api: str, state: dict[str, object] | None) -> str:
    if state is None:
        return f"  {api}: not checked (no key)"
    if state.get("limit") is None and state.get("remaining") is None:
        text = f"  {api}: no limit reported yet"
        if api == "V2":
            text += " (V2 only reports it when it refuses a call)"
    else:
        text = f"  {api}: {state.get('remaining')} of {state.get('limit')} calls left in this window"
        if state.get("reset_in_seconds") is not None:
            text += f", resets in {state['reset_in_seconds']} s"
    blocked = state.get("blocked_for_seconds")
    if isinstance(blocked, int | float) and blocked > 0:
        text += f"; held back for {blocked} s after a refusal"
    return text


def print_text(result: CheckResult, out: TextIO) -> None:
    caps = result.capabilities
    lines = ["ShipDesk check", "", "Surfaces:"]
    for surface in SURFACES:
        status = caps[surface]
        word = "usable" if status.usable else "NOT usable"
        lines.append(f"  {TITLES[surface]:<17} {word} — {status.reason}")
    lines += ["", "Rate limit:", _rate_text("V1", result.rate_limit["v1"]),
              _rate_text("V2", result.rate_limit["v2"]), ""]
    orders, skus = result.awaiting_shipment_orders, result.inventory_skus
    lines.append(f"Orders awaiting shipment: {orders if orders is not None else 'not available'}")
    lines.append(f"Inventory SKUs: {skus if skus is not None else 'not available'}")
    if result.notes:
        lines += ["", "Notes:", *(f"  - {n}" for n in result.notes)]
    if result.errors:
        lines += ["", "Problems:", *(f"  - {e}" for e in result.errors)]
    lines += ["", "Result: " + ("OK" if result.exit_code == 0 else "problems found (exit code 1)")]
    if result.failed_calls:
        lines += ["", support_report(result.failed_calls)]
    print("\n".join(lines), file=out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py check",
        description=f"Check which ShipStation APIs the keys can use (keys from {ENV_V1_KEY}, {ENV_V1_SECRET} "
                    f"and {ENV_V2_KEY}, or else the keys saved in ShipDesk).")
    parser.add_argument("--api-base-v1", default=V1_DEFAULT_BASE_URL, metavar="URL", help="V1 base URL")
    parser.add_argument("--api-base-v2", default=V2_DEFAULT_BASE_URL, metavar="URL", help="V2 base URL")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--profile-dir", type=Path, metavar="DIR",
                        help="ShipDesk profile directory (created if missing; nothing is written to it)")
    return parser


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the check; `argv` is what follows the word `check`."""
    out, err = out or sys.stdout, err or sys.stderr
    args = _parser().parse_args(list(sys.argv[2:] if argv is None else argv))
    if args.profile_dir is not None:
        try:
            args.profile_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"Cannot use the profile directory {args.profile_dir}: {exc.strerror or exc}", file=err)
            return 2
    keys = load_keys(os.environ if env is None else env, args.profile_dir)
    if keys.v1 is None and keys.v2 is None:
        message = (f"No ShipStation keys are set. Set {ENV_V1_KEY} and {ENV_V1_SECRET} (V1) and/or "
                   f"{ENV_V2_KEY} (V2), or save the keys in ShipDesk's settings.")
        if args.json:
            empty = CheckResult(detect(None, None), {"v1": None, "v2": None}, errors=[message],
                                notes=keys.notes)
            print(json.dumps(empty.as_json(), indent=2), file=out)
        print(message, *keys.notes, sep="\n", file=err)
        return 2
    redactor = Redactor()
    if keys.v1:
        redactor.add_pair(keys.v1.key, keys.v1.secret)
    if keys.v2:
        redactor.add(keys.v2.key)
    try:
        result = run_check(keys, args.api_base_v1, args.api_base_v2)
    except Exception:  # a bug, not a ShipStation answer: show it, without the keys
        print("The check failed unexpectedly:\n" + (redactor(traceback.format_exc()) or ""), file=err)
        return 1
    if args.json:
        print(json.dumps(result.as_json(), indent=2, default=str), file=out)
    else:
        print_text(result, out)
    return result.exit_code
