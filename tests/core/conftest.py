"""Fixtures for the core tests: a sandbox and a session on it, and a whole packing bench (station bench-1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from history_support import Bench, open_bench, start_sandbox

from shipdesk.core.session import Session
from shipdesk.sandbox import Sandbox


@pytest.fixture
def box(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return start_sandbox(make_sandbox)


@pytest.fixture
def session(box: Sandbox, tmp_path: Path) -> Iterator[Session]:
    from label_support import journal_tests

    opened = journal_tests().make_session(box, tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def bench(make_sandbox: Callable[..., Sandbox], tmp_path: Path) -> Iterator[Bench]:
    """Station bench-1 on its own sandbox (see tests/history_support.py)."""
    with open_bench(make_sandbox, tmp_path / "bench-1") as opened:
        yield opened
