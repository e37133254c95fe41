"""HTTP front door: authentication, plans, rate limits and faults, then the surface's handler.

Threaded stdlib server, HTTP/1.1 keep-alive. V1 lives at the root (like ssapi.shipstation.com), V2 under
/v2/ (like api.shipstation.com), pre-authorised label downloads under /v2/downloads/, and the
sandbox's own admin surface under /__sandbox/.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from . import v1_errors, v2_errors
from .faults import AFTER, FaultRule
from .http import HttpError, Request, Response, json_bytes
from .ratelimit import Allowance
from .router import Router, resolve
from .state import World
from .timefmt import v1_json_default, v2_json_default

ADMIN_PREFIX = "/__sandbox/"
DOWNLOADS_PREFIX = "/v2/downloads/"


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], world: World, routers: dict[str, list[Router]]) -> None:
        self.world = world
        self.routers = routers
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    # Keep-alive connections outlive `shutdown()` (which only stops accepting); a stopped sandbox must be
    # unreachable for clients holding a pooled connection too, so the open ones are tracked and cut.
    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            connections, self._open = list(self._open), set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SandboxHTTPServer
    server_version = "ShipStationSandbox/1.0"
    sys_version = ""
    # Headers and body go out in two writes; with Nagle on, the body waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and the embedded demo should not spam stderr

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    # -- request flow ---------------------------------------------------------------------------

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        req = Request(self.command, path, query, dict(self.headers.items()), body, f"http://{host}")
        world = self.server.world
        if path.startswith(ADMIN_PREFIX):
            self._serve(req, "admin", v2_json_default, None)
        elif path.startswith(DOWNLOADS_PREFIX):
            world.counters.requests["downloads"] += 1
            self._serve(req, "downloads", v2_json_default, None)
        elif path == "/v2" or path.startswith("/v2/"):
            self._serve_v2(req)
        else:
            self._serve_v1(req)

    def _serve_v1(self, req: Request) -> None:
        world = self.server.world
        key, _reason = world.account.authenticate_v1(req.header("Authorization"), world.clock.now())
        if key is None:
            world.counters.requests["unauthorized"] += 1
            self._send(v1_errors.unauthorized())
            return
        req.key_id = key.key_id
        allowance = world.v1_limiter.take(key.key_id)
        headers = _v1_rate_headers(allowance)
        if not allowance.allowed:
            world.counters.requests["rate_limited"] += 1
            self._send(_with_headers(v1_errors.too_many_requests(), headers))
            return
        world.counters.requests["v1"] += 1
        if not world.account.allows("v1"):
            self._send(_with_headers(v1_errors.plan_refused(), headers))
            return
        self._serve(req, "v1", v1_json_default, headers, case_insensitive=True)

    def _serve_v2(self, req: Request) -> None:
        world = self.server.world
        key, reason = world.account.authenticate_v2(req.header("API-Key"), world.clock.now())
        if key is None:
            world.counters.requests["unauthorized"] += 1
            self._send(v2_errors.unauthorized(reason))
            return
        req.key_id = key.key_id
        allowance = world.v2_limiter.take(key.key_id)
        if not allowance.allowed:
            world.counters.requests["rate_limited"] += 1
            self._send(v2_errors.rate_limited(allowance.reset_seconds))
            return
        match = resolve(self.server.routers["v2"], req.method, req.path)
        surface = match.route.surface if match.route else "v2"
        world.counters.requests[surface] += 1
        if not world.account.allows(surface):
            self._send(v2_errors.plan_refused(surface))
            return
        self._serve(req, "v2", v2_json_default, None)

    def _serve(self, req: Request, surface: str, default: Callable[[Any], Any],
               headers: dict[str, str] | None, case_insensitive: bool = False) -> None:
        world = self.server.world
        match = resolve(self.server.routers[surface], req.method, req.path, case_insensitive)
        if match.route is None:
            self._send(_with_headers(_no_route(surface, req, match.allowed), headers))
            return
        req.params = match.params
        fault = world.faults.take(req.method, req.path) if surface in ("v1", "v2") else None
        if fault is not None and fault.kind not in AFTER:
            if self._fault_before(fault, surface, headers):
                return
        try:
            with world.lock:
                result = match.route.handler(req, world)
            response = result if isinstance(result, Response) else Response(200, json_bytes(result, default))
        except HttpError as err:
            response = err.response
        response = _with_headers(response, headers)
        if fault is not None and fault.kind in AFTER:
            self._fault_after(fault, response)
            return
        self._send(response)

    # -- faults ---------------------------------------------------------------------------------

    def _fault_before(self, fault: FaultRule, surface: str, headers: dict[str, str] | None) -> bool:
        """Acts out a fault that strikes before the handler; False when the request should go on."""
        if fault.kind == "delay":
            time.sleep(fault.delay_seconds)
            return False
        if fault.kind == "reset":
            self._reset()
            return True
        if fault.kind == "429":
            if surface == "v1":
                self._send(_with_headers(v1_errors.too_many_requests(), {**(headers or {}),
                           "X-Rate-Limit-Remaining": "0"}))
            else:
                self._send(v2_errors.rate_limited(max(1, int(self.server.world.config.window_seconds))))
            return True
        if fault.kind == "500":
            if surface == "v1":
                body = {"Message": "An error has occurred."}
                self._send(_with_headers(v1_errors.v1_response(500, body), headers))
            else:
                self._send(v2_errors.envelope(500, "system", "unspecified", "An unexpected error occurred."))
            return True
        # 502/503 come from the load balancer in front of ShipStation: HTML, not JSON.
        title = {"502": "502 Bad Gateway", "503": "503 Service Unavailable"}[fault.kind]
        page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode()
        self._send(Response(int(fault.kind), page, "text/html"))
        return True

    def _fault_after(self, fault: FaultRule, response: Response) -> None:
        if fault.kind == "commit_then_drop":
            self._reset()
        elif fault.kind == "malformed":
            broken = Response(200, b'{"request_id": "\x00", "orders": [{"orderId": 1,,]', response.content_type,
                              response.headers)
            self._send(broken)
        else:  # truncated: promise the whole body, deliver half, hang up
            self._send(response, truncate=True)

    def _reset(self) -> None:
        """Close with RST so the client sees 'connection reset', not a clean end of stream."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    # -- output ---------------------------------------------------------------------------------

    def _send(self, response: Response, truncate: bool = False) -> None:
        try:
            self._write(response, truncate)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (its timeout): nothing left to tell it

    def _write(self, response: Response, truncate: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            body = response.body[: len(response.body) // 2] if truncate else response.body
            self.wfile.write(body)
        if truncate:
            self.wfile.flush()
            self._reset()


def _v1_rate_headers(allowance: Allowance) -> dict[str, str]:
    return {
        "X-Rate-Limit-Limit": str(allowance.limit),
        "X-Rate-Limit-Remaining": str(allowance.remaining),
        "X-Rate-Limit-Reset": str(allowance.reset_seconds),
    }


def _with_headers(response: Response, headers: dict[str, str] | None) -> Response:
    if headers:
        response.headers = {**headers, **response.headers}
    return response


def _no_route(surface: str, req: Request, allowed: tuple[str, ...]) -> Response:
    if surface == "v1":
        return v1_errors.method_not_allowed(req.method) if allowed else v1_errors.no_route(req.base_url + req.path)
    if allowed:
        resp = v2_errors.method_not_allowed(req.method)
        resp.headers["Allow"] = ", ".join(sorted(set(allowed)))
        return resp
    return v2_errors.no_route(req.path)


def serve_in_thread(server: SandboxHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="shipstation-sandbox", daemon=True)
    thread.start()
    return thread
