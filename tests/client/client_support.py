"""Fixtures for the runtime tests.

The runtime templates are rendered (with jinja2, as for a spec without a security scheme) into a
throw-away package next to a small hand-written ``models``/``api``/``client`` (``fixture_pkg/``), so these tests
always exercise the templates as they are now, independently of the state of ``generated/``.

``server`` is a scriptable HTTP server on 127.0.0.1 (threads), ``make_client`` builds a sync or async client
(the ``flavor`` parameter) behind one awaitable interface, so each behaviour is tested for both cores.
"""

from __future__ import annotations

import importlib
import json as jsonlib
import shutil
import socket
import sys
import threading
import types
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from support.render import SERVER_AUTH, render_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates" / "package"
FIXTURE_PKG = Path(__file__).resolve().parent / "fixture_pkg"
PACKAGE = "ccrt_under_test"


def runtime_templates() -> list[Path]:
    found = sorted((TEMPLATES / "_runtime").glob("*.py"))
    found.append(TEMPLATES / "errors.py")
    found.append(TEMPLATES / "models" / "_base.py")  # the real base classes, beside the fixture's own models
    found.append(SERVER_AUTH)
    return found


def render_package(dest: Path, package: str = PACKAGE) -> Path:
    """Copy fixture_pkg to ``dest/package`` and render the runtime templates into it."""
    target = dest / package
    shutil.copytree(FIXTURE_PKG, target, ignore=shutil.ignore_patterns("__pycache__"))
    render_templates(runtime_templates(), target)
    return target


@pytest.fixture(scope="session")
def pkg_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_package(tmp_path_factory.mktemp("rendered"))


@pytest.fixture(scope="session")
def pkg(pkg_dir: Path) -> types.SimpleNamespace:
    """The rendered package's modules, by short name."""
    sys.path.insert(0, str(pkg_dir.parent))
    names = [
        "errors",
        "models",
        "models._base",
        "client",
        "_runtime.core",
        "_runtime.sync_core",
        "_runtime.async_core",
        "_runtime.config",
        "_runtime.timeouts",
        "_runtime.retry",
        "_runtime.urls",
        "_runtime.tls",
        "_runtime.operation",
        "_runtime.auth",
        "_runtime.decode",
        "_runtime.request",
        "api.workflow",
    ]
    ns = types.SimpleNamespace(name=PACKAGE, root=importlib.import_module(PACKAGE))
    for name in names:
        setattr(ns, name.rpartition(".")[2], importlib.import_module(f"{PACKAGE}.{name}"))
    return ns


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- a scriptable HTTP server ------------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, (dict, list)):
            body = jsonlib.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        return body, headers


@dataclass
class Seen:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # lower-case names
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the client's address: the same port means a reused connection

    @property
    def bare_path(self) -> str:
        return self.path.partition("?")[0]

    @property
    def query(self) -> str:
        return self.path.partition("?")[2]


Handler = Callable[[Seen], Reply]


class FakeServer:
    """Answers from per-route scripts: each request takes the next reply; the last one repeats."""

    def __init__(self, tls: Any = None) -> None:
        self.routes: dict[tuple[str, str], list[Reply | Handler]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def handle_any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    tuple(self.client_address[:2]),  # type: ignore[arg-type]
                )
                reply = server._next(seen)
                if reply.delay:
                    server.stopping.wait(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                data, headers = reply.encoded()
                try:
                    self.send_response(reply.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = handle_any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        if tls is not None:  # an ssl.SSLContext for the server side
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host}:{port}"

    def route(self, method: str, path: str, *replies: Reply | Handler) -> None:
        with self.lock:
            self.routes[(method.upper(), path)] = list(replies)

    def _next(self, seen: Seen) -> Reply:
        with self.lock:
            self.seen.append(seen)
            script = self.routes.get((seen.method, seen.bare_path))
            if not script:
                return Reply(404, {"status": 404, "message": f"no route for {seen.method} {seen.bare_path}"})
            item = script.pop(0) if len(script) > 1 else script[0]
        return item(seen) if callable(item) else item

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        with self.lock:
            return [
                s for s in self.seen if (method is None or s.method == method) and (path is None or s.bare_path == path)
            ]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return len(self.requests(method, path))

    def start(self) -> FakeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    srv = FakeServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def closed_port_url() -> str:
    """A URL on which nothing listens (connection refused)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


# --- one interface over both cores ------------------------------------------------------------------------------


class Harness:
    """A sync or async client whose calls are awaited the same way, with recorded sleeps.

    Flavours: ``sync`` (the sync client as configured: the runtime's own HTTP/1.1 pool when it talks to the server
    directly), ``sync-httpx`` (the sync client made to send through httpx, by httpx pool limits) and ``async``.
    """

    def __init__(self, flavor: str, pkg: types.SimpleNamespace, **kwargs: Any) -> None:
        self.flavor = flavor
        self.sleeps: list[float] = []
        if flavor.startswith("sync"):
            kwargs.setdefault("sleep", self.sleeps.append)
            for name, value in sync_options(flavor).items():
                kwargs.setdefault(name, value)
            self.client: Any = pkg.client.ConductorClient(**kwargs)
        else:

            async def fake_sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            kwargs.setdefault("sleep", fake_sleep)
            self.client = pkg.client.AsyncConductorClient(**kwargs)

    async def call(self, op: Any, **kwargs: Any) -> Any:
        if self.flavor != "async":
            return self.client.call(op, **kwargs)
        return await self.client.call(op, **kwargs)

    async def api(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``client.workflow.<method>`` of the hand-written API module."""
        result = getattr(self.client.workflow, method)(*args, **kwargs)
        if self.flavor == "async":
            result = await result
        return result

    async def close(self) -> None:
        if self.flavor != "async":
            self.client.close()
        else:
            await self.client.aclose()


def sync_options(flavor: str) -> dict[str, Any]:
    """What a sync client of this flavour is given on top (``sync-httpx``: httpx pool limits, which ask for httpx)."""
    if flavor == "sync-httpx":
        import httpx

        return {"limits": httpx.Limits(max_connections=100, max_keepalive_connections=20)}
    return {}


@pytest.fixture(params=["sync", "sync-httpx", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_client(flavor: str, pkg: types.SimpleNamespace) -> AsyncIterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def make(**kwargs: Any) -> Harness:
        harness = Harness(flavor, pkg, **kwargs)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.close()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CONDUCTOR_SERVER_URL", "CONDUCTOR_AUTH_KEY", "CONDUCTOR_AUTH_SECRET"):
        monkeypatch.delenv(name, raising=False)


def make_jwt(exp: float | None, extra: dict[str, Any] | None = None) -> str:
    """An unsigned JWT-shaped token with the given ``exp``."""
    import base64

    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(jsonlib.dumps(obj).encode()).rstrip(b"=").decode()

    claims: dict[str, Any] = dict(extra or {})
    if exp is not None:
        claims["exp"] = exp
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


@pytest.fixture(scope="session")
def ops(pkg: types.SimpleNamespace) -> types.SimpleNamespace:
    """Operations used across the tests (all on /api/thing...)."""
    Operation, Returns = pkg.operation.Operation, pkg.operation.Returns
    return types.SimpleNamespace(
        get=Operation("thing.get", "GET", "/api/thing/{id}", Returns.json(lambda m: m.Workflow), retry_safe=True),
        get_list=Operation(
            "thing.list", "GET", "/api/things", Returns.json(lambda m: list[m.Workflow]), retry_safe=True
        ),
        get_taskdef=Operation(
            "thing.taskdef", "GET", "/api/taskdef", Returns.json(lambda m: m.TaskDef), retry_safe=True
        ),
        get_taskdefs=Operation(
            "thing.taskdefs", "GET", "/api/taskdefs", Returns.json(lambda m: list[m.TaskDef]), retry_safe=True
        ),
        get_map=Operation(
            "thing.map", "GET", "/api/things/map", Returns.json(lambda m: dict[str, int]), retry_safe=True
        ),
        get_str=Operation("thing.str", "GET", "/api/things/str", Returns.json(lambda m: str), retry_safe=True),
        get_any=Operation("thing.any", "GET", "/api/things/any", Returns.any_json(), retry_safe=True),
        get_text=Operation("thing.text", "GET", "/api/things/text", Returns.text(), retry_safe=True),
        get_bytes=Operation("thing.bytes", "GET", "/api/things/bytes", Returns.bytes(), retry_safe=True),
        delete=Operation("thing.delete", "DELETE", "/api/thing/{id}", Returns.empty(), retry_safe=True),
        create=Operation(
            "thing.create", "POST", "/api/thing", Returns.text(), body_media_type="application/json", retry_safe=False
        ),
        create_safe=Operation(
            "thing.create_safe",
            "POST",
            "/api/thing/safe",
            Returns.json(lambda m: m.Workflow),
            body_media_type="application/json",
            retry_safe=True,
        ),
        put_text=Operation(
            "thing.put_text",
            "PUT",
            "/api/thing/{id}/log",
            Returns.empty(),
            body_media_type="text/plain",
            retry_safe=True,
        ),
    )
