"""One running ShipDesk: its settings, database, API clients and — in demo mode — the embedded sandbox.

No Qt here. Keys come from the environment (used, never stored) or the key store (core/keys.py: the OS
keyring plus metadata in the database); with neither, or with `demo=True`, ShipDesk starts a seeded local
ShipStation in-process and talks to it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..api.calllog import CallLog
from ..api.capabilities import Capabilities, detect
from ..api.credentials import V1Credentials, V2Credentials
from ..api.redact import Redactor
from ..api.v1.client import V1Client
from ..api.v1.client_base import DEFAULT_BASE_URL as V1_DEFAULT
from ..api.v2.client import V2Client
from ..api.v2.client_base import DEFAULT_BASE_URL as V2_DEFAULT
from ..config import Paths, Settings
from .db import Database
from .demo_sandbox import DEMO_ORDERS, DemoSandbox, start_demo_sandbox
from .keys import Clock, KeyStore, real_clock
from .words import Words


@dataclass
class SessionOptions:
    demo: bool = False
    api_base_v1: str | None = None
    api_base_v2: str | None = None
    profile_dir: str | None = None
    demo_orders: int = DEMO_ORDERS
    # Explicit keys (tests, embedding); when given, the environment and keyring are not consulted.
    v1_credentials: V1Credentials | None = None
    v2_credentials: V2Credentials | None = None
    clock: Clock | None = None  # the app's clock for key expiry (tests move it); default: the real one
    database: Database | None = None  # already open on this profile (the staged start read the cache from it)
    demo_sandbox: DemoSandbox | None = None  # started early by the app when demo mode was expected; stopped if not


@dataclass
class Session:
    paths: Paths
    settings: Settings
    db: Database
    call_log: CallLog
    redactor: Redactor
    v1: V1Client | None
    v2: V2Client | None
    demo: bool
    sandbox: Any = None  # demo mode: core/demo_sandbox.DemoSandbox (a child process), or an in-process Sandbox
    notes: list[str] = field(default_factory=list)  # things the user should know about how we started
    capabilities: Capabilities | None = None
    keys: KeyStore | None = None
    clock: Clock = real_clock
    key_source: str = "explicit"  # where the keys in use came from: "store", "env", "explicit" or "demo"
    key_notes: list[Words] = field(default_factory=list)  # why stored keys could not be read
    api_base_v1: str = V1_DEFAULT  # the real (or given) API addresses, also in demo mode: new keys go there
    api_base_v2: str = V2_DEFAULT

    def probe(self) -> Capabilities:
        """Which surfaces the keys can use, from real responses. Call it off the UI thread."""
        self.capabilities = detect(self.v1, self.v2)
        return self.capabilities

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)

    def close(self) -> None:
        for client in (self.v1, self.v2):
            if client is not None:
                client.close()
        self.db.close()
        if self.sandbox is not None:
            self.sandbox.stop()


def open_session(options: SessionOptions) -> Session:
    paths = Paths(options.profile_dir)
    settings = Settings.load(paths.settings)
    call_log, redactor = CallLog(), Redactor()
    notes: list[str] = []
    db = options.database or Database(paths.database)
    clock = options.clock or real_clock
    keys = KeyStore(db, clock=clock, redactor=redactor)
    key_notes: list[Words] = []
    source = "explicit"
    if options.demo:
        v1_creds, v2_creds = None, None
    elif options.v1_credentials or options.v2_credentials:
        v1_creds, v2_creds = options.v1_credentials, options.v2_credentials
    else:
        v1_creds, v2_creds, source = _credentials(notes, keys, key_notes)
    sandbox = None
    base_v1 = options.api_base_v1 or V1_DEFAULT
    base_v2 = options.api_base_v2 or V2_DEFAULT
    demo = options.demo or (v1_creds is None and v2_creds is None)
    configured_v1, configured_v2 = base_v1, base_v2
    if demo:
        sandbox, base_v1 = start_demo_sandbox(options.demo_orders, options.demo_sandbox)
        base_v2 = base_v1
        v1_creds = V1Credentials(sandbox.config.v1_key, sandbox.config.v1_secret)
        v2_creds = V2Credentials(sandbox.config.v2_key)
    elif options.demo_sandbox is not None:
        options.demo_sandbox.stop()  # keys were found after all: no demo
    v1 = V1Client(v1_creds, base_url=base_v1, call_log=call_log, redactor=redactor) if v1_creds else None
    v2 = V2Client(v2_creds, base_url=base_v2, call_log=call_log, redactor=redactor) if v2_creds else None
    return Session(paths, settings, db, call_log, redactor, v1, v2, demo, sandbox, notes, keys=keys, clock=clock,
                   key_source="demo" if demo else source, key_notes=key_notes, api_base_v1=configured_v1,
                   api_base_v2=configured_v2)


def _credentials(notes: list[str], keys: KeyStore, key_notes: list[Words]) -> tuple[
        V1Credentials | None, V2Credentials | None, str]:
    """Environment first (automation, extra stations), then the key store. Env values are never stored."""
    env_v1, env_secret, env_v2 = (os.environ.get(n, "").strip() for n in
                                  ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"))
    if env_v1 or env_secret or env_v2:
        v1 = V1Credentials(env_v1, env_secret) if env_v1 and env_secret else None
        if (env_v1 or env_secret) and v1 is None:
            notes.append("SHIPDESK_V1_KEY and SHIPDESK_V1_SECRET must both be set; V1 is off.")
        return v1, V2Credentials(env_v2) if env_v2 else None, "env"
    v1, v2, problems = keys.active_credentials()  # reads the keyring only when keys were saved
    key_notes.extend(problems)
    return v1, v2, "store"
