"""A local ShipStation (API V1 + V2) for demo mode, tests and benchmarks.

It imports nothing from the rest of ShipDesk: it is an independent implementation of the wire
contract, checked against ShipStation's own OpenAPI file, so the client and the sandbox cannot share
one mistake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import SandboxConfig
    from .runner import Sandbox

__all__ = ["Sandbox", "SandboxConfig"]


def __getattr__(name: str) -> Any:
    """Loaded on first use: `sandbox.config` alone (ShipDesk's demo launcher) must not import the server."""
    if name == "Sandbox":
        from .runner import Sandbox

        return Sandbox
    if name == "SandboxConfig":
        from .config import SandboxConfig

        return SandboxConfig
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
