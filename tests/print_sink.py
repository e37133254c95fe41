"""A raw TCP printer for tests (what a networked Zebra is on port 9100): every connection is one job.

Shared by tests/printing/conftest.py and the print-queue tests (a conftest can't be imported under
--import-mode=importlib, so it lives here on the tests path).
"""

from __future__ import annotations

import socket
import threading
import time


def reserve_port() -> int:
    """A free loopback port, for a printer that comes up later."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    def __init__(self, port: int = 0) -> None:
        self._srv = socket.socket()
        self._srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._srv.bind(("127.0.0.1", port))
        self._srv.listen(8)
        self._srv.settimeout(0.05)
        self.port: int = self._srv.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        with self._srv:
            while not self._stop.is_set():
                try:
                    conn, _ = self._srv.accept()
                except OSError:
                    continue
                with conn:
                    conn.settimeout(5)
                    chunks = []
                    while chunk := conn.recv(65536):
                        chunks.append(chunk)
                    self.jobs.append(b"".join(chunks))

    def wait_for(self, data: bytes, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if data in self.jobs:
                return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
