"""The sandbox's own control surface under /__sandbox/: keys, plan, clock, faults, reset, counters.

Not part of ShipStation: tests, benchmarks and the demo use it to set the scene. It needs no key and the
server only listens on loopback by default.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .account import KeyLimitReached
from .faults import FaultRule
from .http import HttpError, Request, Response, json_bytes
from .router import Router
from .seed import populate
from .state import World
from .timefmt import parse_v2_datetime, v2_json_default

router = Router("admin")


def _bad(message: str, status: int = 400) -> HttpError:
    return HttpError(Response(status, json_bytes({"error": message}, v2_json_default)))


def _body(req: Request) -> dict[str, Any]:
    def on_error(reason: str) -> Response:
        return Response(400, json_bytes({"error": reason}, v2_json_default))

    data = req.json(on_error) if req.body.strip() else {}
    if not isinstance(data, dict):
        raise _bad("body must be a JSON object")
    return data


@router.route("GET", "/__sandbox/state")
def state(req: Request, world: World) -> Any:
    now = world.clock.now()
    return {"plan": world.account.plan, "now": now, "clock_offset_seconds": world.clock.offset.total_seconds(),
            "keys": [k.public(now) for k in world.account.keys], "faults": world.faults.list(),
            "orders": len(world.orders), "shipments": len(world.shipments), "v2_labels": len(world.v2_labels)}


@router.route("POST", "/__sandbox/plan")
def set_plan(req: Request, world: World) -> Any:
    try:
        world.account.set_plan(str(_body(req).get("plan")))
    except ValueError as exc:
        raise _bad(str(exc)) from exc
    return {"plan": world.account.plan}


@router.route("POST", "/__sandbox/keys")
def add_key(req: Request, world: World) -> Any:
    """`{version, key, secret?, expires_at? | lifetime_days?}`; a third V1 pair is refused with 409."""
    body = _body(req)
    now = world.clock.now()
    expires = _expiry(body, now)
    try:
        key = world.account.add_key(str(body.get("version")), str(body.get("key") or ""), body.get("secret"),
                                    now, expires)
    except KeyLimitReached as exc:
        raise _bad(str(exc), 409) from exc
    except ValueError as exc:
        raise _bad(str(exc)) from exc
    return key.public(now)


def _expiry(body: dict[str, Any], now: Any) -> Any:
    if body.get("expires_at"):
        when = parse_v2_datetime(str(body["expires_at"]))
        if when is None:
            raise _bad("expires_at must be an ISO-8601 date-time")
        return when
    if body.get("lifetime_days") is not None:
        return now + timedelta(days=float(body["lifetime_days"]))
    return None


@router.route("POST", "/__sandbox/keys/{key_id}/expire")
def expire_key(req: Request, world: World) -> Any:
    key = world.account.find(req.params["key_id"])
    if key is None:
        raise _bad("no such key", 404)
    key.expires_at = _expiry(_body(req), world.clock.now()) or world.clock.now()
    return key.public(world.clock.now())


@router.route("DELETE", "/__sandbox/keys/{key_id}")
def delete_key(req: Request, world: World) -> Any:
    key = world.account.find(req.params["key_id"])
    if key is None:
        raise _bad("no such key", 404)
    key.deleted = True
    return key.public(world.clock.now())


@router.route("POST", "/__sandbox/clock")
def move_clock(req: Request, world: World) -> Any:
    """`{advance_seconds}` or `{advance_days}` or `{set: ISO date-time}`."""
    body = _body(req)
    if "set" in body:
        when = parse_v2_datetime(str(body["set"]))
        if when is None:
            raise _bad("set must be an ISO-8601 date-time")
        world.clock.set(when)
    else:
        seconds = float(body.get("advance_seconds", 0)) + 86400 * float(body.get("advance_days", 0))
        world.advance_clock(seconds)
    return {"now": world.clock.now()}


@router.route("POST", "/__sandbox/faults")
def add_fault(req: Request, world: World) -> Any:
    """`{kind, method?, path?, times?, delay_seconds?}`; times null means until cleared."""
    body = _body(req)
    try:
        rule = FaultRule(kind=str(body.get("kind")), method=str(body.get("method", "*")).upper(),
                         path=str(body.get("path", "*")), times=body.get("times", 1),
                         delay_seconds=float(body.get("delay_seconds", 0)))
    except (TypeError, ValueError) as exc:
        raise _bad(str(exc)) from exc
    world.faults.add(rule)
    return {"faults": world.faults.list()}


@router.route("DELETE", "/__sandbox/faults")
def clear_faults(req: Request, world: World) -> Any:
    world.faults.clear()
    return {"faults": []}


@router.route("POST", "/__sandbox/reset")
def reset(req: Request, world: World) -> Any:
    """Back to the seeded world: data, keys, plan, faults, rate windows and counters."""
    world.faults.clear()
    world.v1_limiter.reset()
    world.v2_limiter.reset()
    world.clock.set(world.clock.now() - world.clock.offset)
    populate(world)
    return {"orders": len(world.orders)}


@router.route("POST", "/__sandbox/ratelimits/reset")
def reset_rate_limits(req: Request, world: World) -> Any:
    world.v1_limiter.reset()
    world.v2_limiter.reset()
    return {"ok": True}


@router.route("GET", "/__sandbox/counters")
def counters(req: Request, world: World) -> Any:
    return world.counters.as_json()
