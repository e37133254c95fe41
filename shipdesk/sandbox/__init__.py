"""A local ShipStation (API V1 + V2) for demo mode, tests and benchmarks.

It imports nothing from the rest of ShipDesk: it is an independent implementation of the wire
contract, checked against ShipStation's own OpenAPI file, so the client and the sandbox cannot share
one mistake.
"""

from .config import SandboxConfig
from .runner import Sandbox

__all__ = ["Sandbox", "SandboxConfig"]
