"""A ShipDesk session on a local sandbox, as the app opens one for a real account (the app's own transport
settings and process-wide governors), for the figures that count or pace requests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.core.session import Session, SessionOptions, open_session
from shipdesk.sandbox import Sandbox, SandboxConfig


def start_sandbox(**config: Any) -> Sandbox:
    return Sandbox(SandboxConfig(**config)).start()


def session_on(box: Sandbox, profile: Path) -> Session:
    return session_at(box.url, box.config, profile)


def session_at(url: str, cfg: SandboxConfig, profile: Path) -> Session:
    """A session on the sandbox at `url` (in this process or another) set up with `cfg`'s keys."""
    return open_session(SessionOptions(
        api_base_v1=url, api_base_v2=url, profile_dir=str(profile),
        v1_credentials=V1Credentials(cfg.v1_key, cfg.v1_secret), v2_credentials=V2Credentials(cfg.v2_key)))


def requests_counted(box: Sandbox) -> dict[str, int]:
    """The sandbox's own request counters by surface ("v1", "v2", "rate_limited", ...)."""
    with box.world.lock:
        return dict(box.world.counters.requests)
