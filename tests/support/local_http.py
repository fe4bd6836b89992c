"""A local HTTP server in a thread, for tests that play a server the code under test talks to."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@contextlib.contextmanager
def serving(handler: Callable[..., BaseHTTPRequestHandler] | Any) -> Iterator[str]:
    """Serve with ``handler`` on a free loopback port; yields the base URL, stops the server on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
