"""API credentials as the clients take them. Their repr never shows a secret."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class V1Credentials:
    key: str = field(repr=False)
    secret: str = field(repr=False)
    expires_at: datetime | None = None  # from the key's metadata, to tell "expired" from "wrong" on a 401

    def basic_header(self) -> str:
        return "Basic " + base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()

    def __repr__(self) -> str:
        return f"V1Credentials(key=…{self.key[-4:]}, expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class V2Credentials:
    key: str = field(repr=False)
    expires_at: datetime | None = None

    def __repr__(self) -> str:
        return f"V2Credentials(key=…{self.key[-4:]}, expires_at={self.expires_at!r})"
