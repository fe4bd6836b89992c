"""The worker's HTTP endpoints on ``--metrics-port``: ``/metrics``, ``/health`` and ``/ready``.

- ``/metrics``: the Prometheus exposition of the registry,
- ``/health``: 200 while the process answers at all (a liveness probe),
- ``/ready``: 200 once every task type that polls has had its latest poll succeed, 503 before that and
  while polls fail (a readiness probe: the worker reaches its server),
- anything else: 404.

prometheus_client's own ``start_http_server`` serves the metrics on every path, so a probe of ``/health``
would read the whole exposition and could never tell alive from ready: this small server keeps them apart.
It runs on daemon threads; ``close()`` stops it.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

__all__ = ["HealthServer"]


class HealthServer:
    def __init__(
        self, port: int, *, addr: str, metrics: Callable[[], tuple[bytes, str]], ready: Callable[[], bool]
    ) -> None:
        routes: dict[str, Callable[[], tuple[int, bytes, str]]] = {
            "/metrics": lambda: (200, *metrics()),
            "/health": lambda: (200, b"ok\n", "text/plain; charset=utf-8"),
            "/ready": lambda: (
                (200, b"ready\n", "text/plain; charset=utf-8")
                if ready()
                else (
                    503,
                    b"not ready: no successful poll yet, or the latest poll failed\n",
                    "text/plain; charset=utf-8",
                )
            ),
        }

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer(with_body=True)

            def do_HEAD(self) -> None:
                self._answer(with_body=False)

            def _answer(self, *, with_body: bool) -> None:
                route = routes.get(self.path.partition("?")[0])
                if route is None:
                    status, body, kind = 404, b"not found: /metrics, /health or /ready\n", "text/plain; charset=utf-8"
                else:
                    status, body, kind = route()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if with_body:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # probes every few seconds: not logged
                pass

        self._server = ThreadingHTTPServer((addr, port), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, name="conductor-worker-http", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
