"""How a sandbox is set up: address, keys, plan, seed and rate-limit window."""

from __future__ import annotations

from dataclasses import dataclass

PLANS = ("gold", "inventory_only", "none")


@dataclass(frozen=True)
class SandboxConfig:
    host: str = "127.0.0.1"
    port: int = 0
    v1_key: str = "demo-v1-key"
    v1_secret: str = "demo-v1-secret"
    v2_key: str = "demo-v2-key"
    plan: str = "gold"
    orders: int = 300
    seed: int = 1
    window_seconds: float = 60.0
    v1_limit: int = 40
    v2_limit: int = 200
    # ShipStation keys live 3, 6 or 12 months; the seeded keys get the longest.
    key_lifetime_days: int = 365

    def __post_init__(self) -> None:
        if self.plan not in PLANS:
            raise ValueError(f"plan must be one of {', '.join(PLANS)}, not {self.plan!r}")
        if self.orders < 0:
            raise ValueError("orders must be zero or more")
        if self.window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
