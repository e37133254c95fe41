"""A sandbox you can start: in-process on a free loopback port (tests, demo mode) or from the CLI."""

from __future__ import annotations

import threading
from types import TracebackType

from . import (
    admin,
    downloads,
    inventory,
    v1_account,
    v1_orders,
    v1_shipments,
    v2_account,
    v2_batches,
    v2_labels,
    v2_manifests,
    v2_rates,
    v2_shipments,
)
from .config import SandboxConfig
from .router import Router
from .seed import populate
from .server import SandboxHTTPServer, serve_in_thread
from .state import World

ROUTERS: dict[str, list[Router]] = {
    "v1": [v1_orders.router, v1_shipments.router, v1_account.router],
    "v2": [v2_rates.router, v2_labels.router, v2_shipments.router, v2_account.router, v2_batches.router,
           v2_manifests.router, inventory.router],
    "downloads": [downloads.router],
    "admin": [admin.router],
}


class Sandbox:
    """`with Sandbox(SandboxConfig(orders=50)) as sb: httpx.get(sb.url + "/orders", auth=...)`."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.world = World(self.config)
        populate(self.world)
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Sandbox:
        self._server = SandboxHTTPServer((self.config.host, self.config.port), self.world, ROUTERS)
        self._thread = serve_in_thread(self._server)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.close_connections()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def wait(self) -> None:
        """Block until the server thread ends (the CLI; Ctrl+C raises KeyboardInterrupt here)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
