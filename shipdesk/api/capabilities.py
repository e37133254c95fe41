"""Which ShipStation surfaces the keys can use — V1, V2 shipping, V2 inventory — from real answers.

One cheap read per surface: V1 `GET /stores`, V2 `GET /v2/carriers`, V2 `GET /v2/inventory_warehouses`
with a page size of 1. The answer decides: 2xx usable, 401 the key was refused (wrong or expired), 403
the plan doesn't include it (below Gold/Accelerate only the V2 Inventory API can be added), no answer a
network problem. The UI gates its tabs on `usable` and shows `reason`; nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import httpx

from .calllog import CallLog
from .credentials import V1Credentials, V2Credentials
from .errors import (
    ApiError,
    AuthError,
    NotFound,
    PlanError,
    RateLimited,
    ServerError,
    Unreachable,
)
from .governor import RateGovernor
from .redact import Redactor
from .transport import Transport, TransportSettings
from .v1.client_base import DEFAULT_BASE_URL as V1_DEFAULT_BASE_URL
from .v1.client_base import V1ClientBase
from .v2.client_base import DEFAULT_BASE_URL as V2_DEFAULT_BASE_URL
from .v2.client_base import V2ClientBase

Surface = Literal["v1", "v2_shipping", "v2_inventory"]
SURFACES: tuple[Surface, ...] = ("v1", "v2_shipping", "v2_inventory")
# Why a surface is not usable. "plan" is the account's choice, not a fault; the rest are problems.
Failure = Literal["no_key", "auth", "plan", "network", "rate_limited", "server", "not_found", "other"]

TITLES: dict[Surface, str] = {"v1": "V1 API", "v2_shipping": "V2 shipping API",
                              "v2_inventory": "V2 Inventory API"}
PLAN_WORDS = ("accounts below Gold/Accelerate get only the V2 inventory endpoints (the paid Inventory API "
              "add-on)")

_PROBES: dict[Surface, tuple[str, str, dict[str, object] | None]] = {
    "v1": ("Check V1 API access", "/stores", None),
    "v2_shipping": ("Check V2 shipping API access", "/v2/carriers", None),
    "v2_inventory": ("Check V2 Inventory API access", "/v2/inventory_warehouses",
                     {"limit": 1, "page_size": 1}),
}


@dataclass(frozen=True)
class SurfaceStatus:
    usable: bool
    reason: str  # for the packer: why it works or why not
    failure: Failure | None = None  # None when usable
    status: int | None = None  # the HTTP status that decided it (None: no key or no answer)
    error: ApiError | None = field(default=None, compare=False, repr=False)  # for the support report

    @property
    def is_problem(self) -> bool:
        """Not usable for a reason worth fixing: not a missing key, not the plan."""
        return not self.usable and self.failure not in ("no_key", "plan")


@dataclass(frozen=True)
class Capabilities:
    v1: SurfaceStatus
    v2_shipping: SurfaceStatus
    v2_inventory: SurfaceStatus

    def __getitem__(self, surface: Surface) -> SurfaceStatus:
        if surface not in SURFACES:
            raise KeyError(surface)
        status: SurfaceStatus = getattr(self, surface)
        return status

    def usable(self) -> dict[Surface, bool]:
        return {s: self[s].usable for s in SURFACES}

    def reasons(self) -> dict[Surface, str]:
        return {s: self[s].reason for s in SURFACES}

    @property
    def any_usable(self) -> bool:
        return any(self[s].usable for s in SURFACES)


def probe_surface(transport: Transport, surface: Surface) -> SurfaceStatus:
    """One cheap read through `transport`; the answer's status decides."""
    action, path, params = _PROBES[surface]
    title = TITLES[surface]
    try:
        transport.call(action, "GET", path, params=params)
    except AuthError as exc:
        return SurfaceStatus(False, str(exc), "auth", exc.status, exc)
    except PlanError as exc:
        if surface == "v2_inventory":
            text = (f"Not included in the account's plan: the {title} needs the Inventory API add-on "
                    "(ShipStation → Settings → Add-Ons).")
        else:
            text = f"Not included in the account's plan: {PLAN_WORDS}."
        return SurfaceStatus(False, text, "plan", exc.status, exc)
    except Unreachable as exc:
        return SurfaceStatus(False, str(exc), "network", exc.status, exc)
    except RateLimited as exc:
        return SurfaceStatus(False, f"Could not check the {title}: {exc}", "rate_limited", exc.status, exc)
    except ServerError as exc:
        return SurfaceStatus(False, f"Could not check the {title}: {exc}", "server", exc.status, exc)
    except NotFound as exc:
        text = (f"The {title} address ({transport.base_url}) did not answer like ShipStation (HTTP 404 for "
                f"{path}). Check the API base URL.")
        return SurfaceStatus(False, text, "not_found", exc.status, exc)
    except ApiError as exc:
        return SurfaceStatus(False, f"Could not check the {title}: {exc}", "other", exc.status, exc)
    return SurfaceStatus(True, f"The {title} works with this key.", None, 200)


def detect(v1: V1ClientBase | None, v2: V2ClientBase | None, *,
           v1_missing: str = "No V1 key set.", v2_missing: str = "No V2 key set.") -> Capabilities:
    """Probe with clients the caller already has (and keeps using); None means that key is not set."""
    def absent(text: str) -> SurfaceStatus:
        return SurfaceStatus(False, text, "no_key")

    return Capabilities(
        v1=probe_surface(v1.transport, "v1") if v1 else absent(v1_missing),
        v2_shipping=probe_surface(v2.transport, "v2_shipping") if v2 else absent(v2_missing),
        v2_inventory=probe_surface(v2.transport, "v2_inventory") if v2 else absent(v2_missing),
    )


def detect_capabilities(v1: V1Credentials | None = None, v2: V2Credentials | None = None, *,
                        v1_base_url: str = V1_DEFAULT_BASE_URL, v2_base_url: str = V2_DEFAULT_BASE_URL,
                        call_log: CallLog | None = None, settings: TransportSettings | None = None,
                        http_transport: httpx.BaseTransport | None = None,
                        v1_governor: RateGovernor | None = None,
                        v2_governor: RateGovernor | None = None) -> Capabilities:
    """Probe with throw-away clients built from credentials; the calls land in `call_log` when given.

    Each key's process-wide governor is used unless one is given (tests give their own)."""
    log = call_log or CallLog()
    redactor = Redactor()
    v1_client: V1ClientBase | None = None
    v1_missing = "No V1 key set."
    if v1 is not None and v1.key and v1.secret:
        v1_client = V1ClientBase(v1, base_url=v1_base_url, call_log=log, redactor=redactor, settings=settings,
                                 governor=v1_governor, http_transport=http_transport)
    elif v1 is not None:
        v1_missing = "No V1 API secret set." if v1.key else "No V1 API key set."
    v2_client: V2ClientBase | None = None
    if v2 is not None and v2.key:
        v2_client = V2ClientBase(v2, base_url=v2_base_url, call_log=log, redactor=redactor, settings=settings,
                                 governor=v2_governor, http_transport=http_transport)
    try:
        return detect(v1_client, v2_client, v1_missing=v1_missing)
    finally:
        for client in (v1_client, v2_client):
            if client is not None:
                client.close()
