"""Clients for the API tests, built on the per-test sandbox from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.client_base import V1ClientBase
from shipdesk.api.v2.client_base import V2ClientBase
from shipdesk.sandbox import Sandbox

FAST = TransportSettings(retries=3, backoff=0.01, max_wait=30)


@pytest.fixture
def v1_base(sandbox: Sandbox) -> Iterator[V1ClientBase]:
    """The V1 transport alone (own governor per test, so windows don't leak between sandboxes)."""
    cfg = sandbox.config
    client = V1ClientBase(V1Credentials(cfg.v1_key, cfg.v1_secret), base_url=sandbox.url,
                          governor=RateGovernor("test-v1"), settings=FAST)
    yield client
    client.close()


@pytest.fixture
def v2_base(sandbox: Sandbox) -> Iterator[V2ClientBase]:
    client = V2ClientBase(V2Credentials(sandbox.config.v2_key), base_url=sandbox.url,
                          governor=RateGovernor("test-v2"), settings=FAST)
    yield client
    client.close()


# -- V2 client (tests/api/test_v2_*.py; helpers in v2_support.py) ---------------------------------------


@pytest.fixture
def v2c(sandbox: Sandbox) -> Iterator[object]:
    """The full V2Client on the per-test sandbox, with its own governor."""
    from api.v2_support import make_client

    client = make_client(sandbox)
    yield client
    client.close()


@pytest.fixture
def v2_raw(sandbox: Sandbox) -> Iterator[object]:
    """Plain HTTP on the same sandbox, to compare what the V2 client parsed with what is on the wire."""
    import httpx

    with httpx.Client(base_url=sandbox.url, headers={"API-Key": sandbox.config.v2_key}, timeout=10) as client:
        yield client


# -- V1 client (tests/api/test_v1_client*.py; helpers in v1_support.py) --------------------------------


@pytest.fixture
def v1c(sandbox: Sandbox) -> Iterator[object]:
    """The full V1Client on the per-test sandbox, with its own governor."""
    from api.v1_support import make_client

    client = make_client(sandbox)
    yield client
    client.close()
