"""Shared fixtures: a fresh sandbox per test over real loopback HTTP, and clients for each surface.

Every V2 response a test receives through the `v2` client is checked against ShipStation's OpenAPI file
(with the project's errata); a violation fails the test at teardown.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# pydantic in full before any test module: PySide6's import hook inspects each new module, and meeting
# pydantic half-imported sends pydantic's lazy __getattr__ into a circular import.
import httpx
import pydantic.fields
import pydantic.main  # noqa: F401
import pytest

from shipdesk.sandbox import Sandbox, SandboxConfig

# The private cupsd (`cups`, `zpl_sink`) for every test that prints: one per session, see cups_fixtures.py.
pytest_plugins = ["cups_fixtures"]

TEST_CONFIG = SandboxConfig(orders=120, seed=7, v1_key="test-v1-key", v1_secret="test-v1-secret",
                            v2_key="test-v2-key")


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    """Start sandboxes with custom settings (`make_sandbox(plan="none", window_seconds=2)`); all stop after."""
    started: list[Sandbox] = []

    def make(**overrides: object) -> Sandbox:
        fields = {**TEST_CONFIG.__dict__, **overrides}
        box = Sandbox(SandboxConfig(**fields)).start()  # type: ignore[arg-type]
        started.append(box)
        return box

    yield make
    for box in started:
        box.stop()


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """keyring's backend for the test is a dict (tests/keyring_memory.py); the machine's keyring is untouched."""
    import keyring
    from keyring_memory import MemoryKeyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


@pytest.fixture
def v1(sandbox: Sandbox) -> Iterator[httpx.Client]:
    cfg = sandbox.config
    with httpx.Client(base_url=sandbox.url, auth=(cfg.v1_key, cfg.v1_secret), timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def v2_contract() -> object:
    from contract.openapi_contract import V2Contract

    return V2Contract()


@pytest.fixture
def contract_failures() -> Iterator[list[str]]:
    failures: list[str] = []
    yield failures
    assert not failures, "V2 responses broke the OpenAPI contract:\n" + "\n\n".join(failures)


def v2_client(url: str, key: str, contract: object, failures: list[str]) -> httpx.Client:
    from contract.openapi_contract import httpx_hook

    return httpx.Client(base_url=url, headers={"API-Key": key}, timeout=10,
                        event_hooks={"response": [httpx_hook(contract, failures)]})


@pytest.fixture
def v2(sandbox: Sandbox, v2_contract: object, contract_failures: list[str]) -> Iterator[httpx.Client]:
    with v2_client(sandbox.url, sandbox.config.v2_key, v2_contract, contract_failures) as client:
        yield client


@pytest.fixture
def admin(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/__sandbox", timeout=10) as client:
        yield client
