"""scripts/conductor-server pull-spec against small local HTTP servers (no Conductor, no Java).

Bad input must give exit code 2, exactly one error line on stderr, and leave the files untouched.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "conductor-server"
SENTINEL = b"sentinel: must survive a failed pull\n"
SECRET = "s3cr3t-value-never-printed"

TINY_SPEC = {
    "openapi": "3.0.1",
    "info": {"title": "tiny", "version": "v0"},
    "servers": [],  # filled with the test server's URL, as springdoc does
    "paths": {
        "/api/b": {"get": {"responses": {"200": {"description": "ok"}}},
                   "post": {"responses": {"200": {"description": "ok"}}}},
        "/api/a": {"parameters": [], "delete": {"responses": {"200": {"description": "ok"}}}},
    },
    "components": {"schemas": {"Zeta": {"type": "string", "description": "Grüße ✓"},
                               "Alpha": {"type": "integer"}}},
}

# A route answers (status, content type, body bytes); it may look at the request.
Route = Callable[[BaseHTTPRequestHandler], "tuple[int, str, bytes]"]


class LocalServer:
    def __init__(self, routes: dict[str, Route]) -> None:
        routes_ = routes

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.body = self.rfile.read(length) if length else b""
                route = routes_.get(self.path.split("?")[0])
                if route is None:
                    status, ctype, body = 404, "application/json", b'{"status":404}'
                else:
                    status, ctype, body = route(self)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout case)

            do_GET = do_POST = answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[dict[str, Route]], LocalServer]]:
    servers: list[LocalServer] = []

    def start(routes: dict[str, Route]) -> LocalServer:
        servers.append(LocalServer(routes))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A spec file and its SOURCE record that already exist, with sentinel bytes."""
    spec = tmp_path / "spec" / "conductor-openapi.json"
    spec.parent.mkdir()
    spec.write_bytes(SENTINEL)
    (spec.parent / "SOURCE.json").write_bytes(SENTINEL)
    return spec


def pull(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("CONDUCTOR_") and k.lower() not in ("http_proxy", "https_proxy")}
    clean.update(env or {})
    return subprocess.run([sys.executable, str(SCRIPT), "pull-spec", *args], capture_output=True,
                          text=True, env=clean, timeout=60, stdin=subprocess.DEVNULL)


def assert_bad_input(proc: subprocess.CompletedProcess[str], out: Path, *needles: str) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert line.startswith("conductor-server pull-spec: error: "), line
    for needle in needles:
        assert needle in line, (needle, line)
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert out.read_bytes() == SENTINEL
    assert (out.parent / "SOURCE.json").read_bytes() == SENTINEL
    assert sorted(p.name for p in out.parent.iterdir()) == ["SOURCE.json", out.name]  # no temp left
    return line


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fixed(status: int, ctype: str, body: bytes) -> Route:
    return lambda handler: (status, ctype, body)


def test_unreachable_url(out: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    line = assert_bad_input(pull("--url", url, "--out", str(out)), out, url, "connection refused")
    assert "make server" in line


def test_unauthorized(out: Path, serve) -> None:
    server = serve({"/api-docs": fixed(401, "application/json", b'{"error":"unauthorized"}')})
    line = assert_bad_input(pull("--url", server.url, "--out", str(out)), out, "401", server.url)
    assert "CONDUCTOR_AUTH_KEY" in line


def test_forbidden_token_never_prints_the_secret(out: Path, serve) -> None:
    server = serve({"/api/token": fixed(403, "application/json", b'{"error":"forbidden"}')})
    proc = pull("--url", server.url, "--out", str(out),
                env={"CONDUCTOR_AUTH_KEY": "key-id", "CONDUCTOR_AUTH_SECRET": SECRET})
    assert_bad_input(proc, out, "403", "/api/token")
    assert SECRET not in proc.stderr + proc.stdout


def test_non_json_answer(out: Path, serve) -> None:
    server = serve({"/api-docs": fixed(200, "text/plain", b"hello, not json")})
    assert_bad_input(pull("--url", server.url, "--out", str(out)), out, "not JSON", "text/plain")


def test_html_page(out: Path, serve) -> None:
    page = b"<!DOCTYPE html><html><body><h1>Login</h1></body></html>"
    server = serve({"/api-docs": fixed(200, "text/html; charset=utf-8", page)})
    assert_bad_input(pull("--url", server.url, "--out", str(out)), out, "not JSON", "text/html")


def test_json_that_is_not_openapi(out: Path, serve) -> None:
    server = serve({"/api-docs": fixed(200, "application/json", b'{"swagger": "2.0", "paths": {}}')})
    assert_bad_input(pull("--url", server.url, "--out", str(out)), out, "not an OpenAPI 3")


def test_timeout(out: Path, serve) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> tuple[int, str, bytes]:
        time.sleep(3)
        return 200, "application/json", json.dumps(TINY_SPEC).encode()

    server = serve({"/api-docs": slow})
    assert_bad_input(pull("--url", server.url, "--out", str(out), "--timeout", "0.5"), out,
                     "no answer within 0.5 s")


def test_no_url_anywhere(out: Path, tmp_path: Path) -> None:
    # Without --url / CONDUCTOR_SERVER_URL the script falls back to the recorded server: none here.
    proc = pull("--out", str(out), env={"CONDUCTOR_SERVER_STATE_DIR": str(tmp_path / "state")})
    assert_bad_input(proc, out, "make server")


def spec_route(handler: BaseHTTPRequestHandler) -> tuple[int, str, bytes]:
    # Like springdoc: the URL the request came in on.
    doc = dict(TINY_SPEC, servers=[{"url": f"http://{handler.headers['Host']}",
                                    "description": "Generated server url"}])
    return 200, "application/json", json.dumps(doc, ensure_ascii=True).encode()


def test_success_writes_stable_spec_and_source(out: Path, serve) -> None:
    server = serve({"/api-docs": spec_route,
                    "/api/version": fixed(200, "text/plain", b"9.8.7")})
    # Credentials in the URL and the SDKs' "/api" suffix are both accepted; neither is recorded.
    with_creds = server.url.replace("http://", "http://user:pw-in-url@") + "/api/"
    proc = pull("--url", with_creds, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "pw-in-url" not in proc.stderr + proc.stdout

    expected_doc = dict(TINY_SPEC, servers=[
        {"url": "http://localhost:8080", "description": "Generated server url"}])
    text = json.dumps(expected_doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    written = out.read_bytes()
    assert written == text.encode("utf-8")
    assert "Grüße ✓" in written.decode("utf-8")  # ensure_ascii=False

    source = json.loads((out.parent / "SOURCE.json").read_text(encoding="utf-8"))
    assert source["spec_sha256"] == hashlib.sha256(written).hexdigest()
    assert source["url"] == server.url
    assert source["server_version"] == "9.8.7"
    assert source["openapi"] == "3.0.1"
    assert source["counts"] == {"paths": 2, "operations": 3, "schemas": 2}
    assert "pw-in-url" not in json.dumps(source)
    assert sorted(p.name for p in out.parent.iterdir()) == ["SOURCE.json", out.name]

    again = pull("--url", server.url, "--out", str(out))  # same server -> same bytes
    assert again.returncode == 0, again.stderr
    assert out.read_bytes() == written


def test_success_with_token(tmp_path: Path, serve) -> None:
    seen: dict[str, object] = {}

    def token(handler: BaseHTTPRequestHandler) -> tuple[int, str, bytes]:
        seen["login"] = json.loads(getattr(handler, "body"))
        return 200, "application/json", b'{"token": "tok-123"}'

    def docs(handler: BaseHTTPRequestHandler) -> tuple[int, str, bytes]:
        if handler.headers.get("X-Authorization") != "tok-123":
            return 401, "application/json", b"{}"
        return spec_route(handler)

    server = serve({"/api/token": token, "/api-docs": docs})
    target = tmp_path / "specs" / "conductor-9.9.9.json"
    proc = pull("--url", server.url, "--out", str(target),
                env={"CONDUCTOR_AUTH_KEY": "key-id", "CONDUCTOR_AUTH_SECRET": SECRET,
                     "CONDUCTOR_SERVER_VERSION": "9.9.9"})
    assert proc.returncode == 0, proc.stderr
    assert seen["login"] == {"keyId": "key-id", "keySecret": SECRET}
    assert SECRET not in proc.stderr + proc.stdout
    source = json.loads((target.parent / "conductor-9.9.9.SOURCE.json").read_text())
    assert source["server_version"] == "9.9.9"  # no /api/version here: the environment's
    assert source["spec_sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert SECRET not in target.read_text() + json.dumps(source)


# -- start, stop and start again on the same database and port (the real server) --------------------------------
def _script_module():  # type: ignore[no-untyped-def]
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("_conductor_server_under_test", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_a_port_whose_last_connections_linger_in_time_wait_counts_as_free() -> None:
    """What a stopped server leaves behind: it closed its keep-alive connections first, so they sit in
    TIME_WAIT on its port. The server binds again with SO_REUSEADDR; the script's check must agree."""
    script = _script_module()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the JVM does for a server socket
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = listener.accept()
    accepted.close()  # the server side closes first: TIME_WAIT on its port
    time.sleep(0.1)
    client.close()
    listener.close()
    time.sleep(0.1)
    assert script.port_free(port)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        assert not script.port_free(busy.getsockname()[1])


# A second server on a busy 2-core machine can take minutes to start.
OWN_START_TIMEOUT = os.environ.get("CONDUCTOR_SERVER_START_TIMEOUT", "900")


def _own_script(state_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONDUCTOR_SERVER_")}
    env["CONDUCTOR_SERVER_STATE_DIR"] = str(state_dir)  # its own record: the shared server is left alone
    env["CONDUCTOR_SERVER_START_TIMEOUT"] = OWN_START_TIMEOUT
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=float(OWN_START_TIMEOUT) + 300, stdin=subprocess.DEVNULL, cwd=REPO)


def _http(method: str, url: str, body: object = None) -> tuple[int, bytes]:
    import urllib.error
    import urllib.request

    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.mark.e2e
def test_start_keep_data_restarts_on_the_same_database_and_port(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    port = closed_port()
    started = _own_script(state_dir, "start", "--port", str(port), "--json")
    assert started.returncode == 0, started.stderr
    url = json.loads(started.stdout)["url"]
    try:
        assert url == f"http://127.0.0.1:{port}"
        task_def = {"name": "kept_across_restarts", "ownerEmail": "t@example.com", "retryCount": 0,
                    "timeoutSeconds": 60, "responseTimeoutSeconds": 30}
        assert _http("POST", f"{url}/api/metadata/taskdefs", [task_def])[0] in (200, 204)
        # a keep-alive connection open while it stops: its close leaves TIME_WAIT on the server's port
        import http.client

        held = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        held.request("GET", "/health")
        held.getresponse().read()

        stopped = _own_script(state_dir, "stop", "--keep-data")
        assert stopped.returncode == 0, stopped.stderr
        held.close()
        kept = json.loads((state_dir / "kept.json").read_text())
        assert kept["port"] == port and Path(kept["data_dir"]).is_dir()

        again = _own_script(state_dir, "start", "--keep-data", "--json")  # right after the stop
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["url"] == url
        status, body = _http("GET", f"{url}/api/metadata/taskdefs/kept_across_restarts")
        assert status == 200 and json.loads(body)["retryCount"] == 0
        assert not (state_dir / "kept.json").exists()

        restarted = _own_script(state_dir, "restart", "--json")
        assert restarted.returncode == 0, restarted.stderr
        assert json.loads(restarted.stdout)["url"] == url
        assert _http("GET", f"{url}/api/metadata/taskdefs/kept_across_restarts")[0] == 200
    finally:
        final = _own_script(state_dir, "stop", "--force")
    assert final.returncode == 0, final.stderr
    assert not (state_dir / "kept.json").exists() and not (state_dir / "state.json").exists()
    refused = _own_script(state_dir, "start", "--keep-data")  # nothing kept: one line, exit 2
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines()[-1].startswith("conductor-server start: error: no kept database")
