"""The account behind both APIs: its plan and its API keys, each with an expiry date."""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from datetime import datetime

from .config import PLANS

MAX_V1_PAIRS = 2  # ShipStation lets an account hold two V1 key pairs so integrations can rotate


class KeyLimitReached(Exception):
    pass


@dataclass
class ApiKey:
    key_id: str
    version: str  # "v1" (key + secret, Basic auth) or "v2" (API-Key header)
    key: str
    secret: str | None
    created_at: datetime
    expires_at: datetime | None
    deleted: bool = False

    def usable(self, now: datetime) -> bool:
        return not self.deleted and (self.expires_at is None or now < self.expires_at)

    def public(self, now: datetime) -> dict[str, object]:
        """What the admin surface may show: never the key or secret themselves."""
        return {
            "key_id": self.key_id,
            "version": self.version,
            "last4": self.key[-4:],
            "created_at": self.created_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "deleted": self.deleted,
            "usable": self.usable(now),
        }


class Account:
    def __init__(self, plan: str) -> None:
        self.plan = plan
        self.keys: list[ApiKey] = []
        self._serial = 0

    def set_plan(self, plan: str) -> None:
        if plan not in PLANS:
            raise ValueError(f"plan must be one of {', '.join(PLANS)}")
        self.plan = plan

    def add_key(self, version: str, key: str, secret: str | None, created_at: datetime,
                expires_at: datetime | None) -> ApiKey:
        if version not in ("v1", "v2"):
            raise ValueError("version must be v1 or v2")
        if not key or (version == "v1" and not secret):
            raise ValueError("a V1 key needs both key and secret; a V2 key needs a key")
        live = [k for k in self.keys if k.version == version and not k.deleted]
        if version == "v1" and len(live) >= MAX_V1_PAIRS:
            raise KeyLimitReached("the account already has two V1 key pairs; delete one first")
        if any(k.key == key for k in live):
            raise ValueError("that key already exists")
        if version == "v2":  # ShipStation keeps one V2 key: generating a new one replaces the old
            for old in live:
                old.deleted = True
        self._serial += 1
        api_key = ApiKey(f"{version}-{self._serial}", version, key, secret, created_at, expires_at)
        self.keys.append(api_key)
        return api_key

    def find(self, key_or_id: str) -> ApiKey | None:
        for k in self.keys:
            if not k.deleted and (k.key == key_or_id or k.key_id == key_or_id):
                return k
        return None

    def authenticate_v1(self, authorization: str | None, now: datetime) -> tuple[ApiKey | None, str]:
        """The V1 pair named by a Basic header, or None with the reason (kept for the sandbox's logs)."""
        if not authorization or not authorization.lower().startswith("basic "):
            return None, "no Basic authorization header"
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None, "malformed Basic credentials"
        key, _, secret = decoded.partition(":")
        for k in self.keys:
            if k.version == "v1" and hmac.compare_digest(k.key, key) and hmac.compare_digest(k.secret or "", secret):
                if k.deleted:
                    return None, "key pair was deleted"
                if not k.usable(now):
                    return None, "key pair has expired"
                return k, ""
        return None, "unknown key or wrong secret"

    def authenticate_v2(self, api_key: str | None, now: datetime) -> tuple[ApiKey | None, str]:
        if not api_key:
            return None, "The API-Key header is missing."
        for k in self.keys:
            if k.version == "v2" and hmac.compare_digest(k.key, api_key):
                if k.deleted:
                    return None, "The API key has been deleted or replaced."
                if not k.usable(now):
                    return None, "The API key has expired. Generate a new key in ShipStation."
                return k, ""
        return None, "The API key is invalid."

    def allows(self, surface: str) -> bool:
        if self.plan == "gold":
            return True
        return self.plan == "inventory_only" and surface == "v2_inventory"
