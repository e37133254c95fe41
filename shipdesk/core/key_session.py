"""Put a stored key to work in the running session, without a restart where that is possible.

A session whose clients already talk to ShipStation with stored keys switches the client of that API to
the new key from its next call (rotation, failover). A session in demo mode, on keys from the environment,
or without a client for that API can't: the key is used from the next start, and the caller says so.
"""

from __future__ import annotations

from ..api.credentials import V1Credentials, V2Credentials
from .session import Session


def can_switch_live(session: Session, api: str) -> bool:
    client = session.v1 if api == "v1" else session.v2
    return session.key_source == "store" and not session.demo and client is not None


def use_key(session: Session, key_id: str) -> bool:
    """Read the key from the keyring and use it from now on; False when it takes a restart.

    Reads the keyring: call it from a worker thread."""
    assert session.keys is not None
    record = session.keys.get(key_id)
    if not can_switch_live(session, record.api):
        return False
    credentials = session.keys.credentials(key_id)
    if isinstance(credentials, V1Credentials) and session.v1 is not None:
        session.v1.use_credentials(credentials)
    elif isinstance(credentials, V2Credentials) and session.v2 is not None:
        session.v2.use_credentials(credentials)
    return True
