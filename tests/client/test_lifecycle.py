"""Import cost and laziness, client lifecycle, transports, TLS and proxies."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from client_support import FakeServer, Reply

WORKFLOW = {"workflowId": "wf-1"}


def _python(code: str, pkg_dir: Path, env: dict[str, str] | None = None) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update(env or {})
    environ["PYTHONPATH"] = str(pkg_dir.parent)
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=environ, timeout=60
    ).stdout


def test_import_and_construction_are_lazy(pkg, pkg_dir):
    """Importing the runtime and building clients loads none of the heavy modules. What is imported is the check;
    how long it takes is `make bench`'s (row 2, beside the official SDK in the same run), not a timed test's."""
    code = f"""
import sys
import {pkg.name}._runtime.sync_core as sync_core, {pkg.name}._runtime.async_core as async_core
import {pkg.name}.errors, {pkg.name}._runtime.operation as operation
client = sync_core.SyncClientCore("http://localhost:1/api", auth_key="k", auth_secret="s", timeout=3, retry=False)
aclient = async_core.AsyncClientCore()
op = operation.Operation("a.b", "GET", "/api/x/{{id}}", operation.Returns.json(lambda m: m.Workflow))
repr(client); client.close()
print(sorted(m for m in ("httpx", "pydantic", "pydantic_core", "anyio", "typing", "logging", "dataclasses",
    "ssl", "json", "enum", "inspect") if m in sys.modules))
"""
    assert _python(code, pkg_dir).strip() == "[]"


def test_first_call_imports_what_it_needs(pkg, pkg_dir):
    server = FakeServer().start()
    server.route("GET", "/api/workflow/w", Reply(200, WORKFLOW))
    try:
        out = _python(
            f"import {pkg.name} as p, sys\n"
            f"c = p.ConductorClient({server.url!r})\n"
            "assert 'httpx' not in sys.modules\n"
            "print(c.workflow.get_execution_status('w').workflow_id)\n"
            "c.close()\n"
            # A direct connection needs neither httpx nor asyncio: the runtime's own HTTP/1.1 pool sends it.
            "assert not {'httpx', 'httpcore', 'anyio', 'asyncio'} & set(sys.modules), sorted(sys.modules)\n",
            pkg_dir,
        )
    finally:
        server.stop()
    assert out.strip() == "wf-1"


@pytest.mark.parametrize("via", ["runtime pool", "httpx"])
def test_sync_context_manager_and_close(server, pkg, ops, via):
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    options = {"limits": httpx.Limits()} if via == "httpx" else {}  # httpx's pool limits ask for httpx
    with pkg.client.ConductorClient(server.url, **options) as client:
        assert client._http is None  # nothing created before the first call
        client.call(ops.get, path={"id": "a"})
        client.call(ops.get, path={"id": "a"})
        http = client._http
        expected = httpx.Client if via == "httpx" else sys.modules[f"{pkg.name}._runtime.http1"].BlockingPool
        assert type(http) is expected
    assert http.is_closed
    assert len({seen.peer for seen in server.seen}) == 1  # the second call reused the first one's connection
    with pytest.raises(RuntimeError, match="closed"):
        client.call(ops.get, path={"id": "a"})
    client.close()  # closing twice is fine

    unused = pkg.client.ConductorClient(server.url)
    unused.close()


@pytest.mark.anyio
async def test_async_context_manager_and_close(server, pkg, ops):
    server.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    async with pkg.client.AsyncConductorClient(server.url) as client:
        await client.call(ops.get, path={"id": "a"})
        http = client._http
        assert isinstance(http, httpx.AsyncClient)
    assert http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.call(ops.get, path={"id": "a"})
    await client.aclose()


def test_mock_transport_sync(pkg, ops):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=WORKFLOW)

    with pkg.client.ConductorClient("http://conductor.test/api", transport=httpx.MockTransport(handler)) as client:
        assert client.call(ops.get, path={"id": "a"}).workflow_id == "wf-1"
    assert str(seen[0].url) == "http://conductor.test/api/thing/a"


@pytest.mark.anyio
async def test_mock_transport_async(pkg, ops):
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503) if request.url.path.endswith("/busy") else httpx.Response(200, json=WORKFLOW)

    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = httpx.MockTransport(handler)
    async with pkg.client.AsyncConductorClient("http://conductor.test", transport=transport, sleep=sleep) as client:
        assert (await client.call(ops.get, path={"id": "a"})).workflow_id == "wf-1"
        with pytest.raises(pkg.errors.ServerError):
            await client.call(ops.get, path={"id": "busy"})
    assert len(sleeps) == 3


def test_reprs(pkg):
    client = pkg.client.ConductorClient("http://user:pw@h:1/api", auth_key="k", auth_secret="s")
    assert repr(client) == "<ConductorClient server_url='http://***@h:1' auth=key+secret>"
    assert (
        repr(pkg.client.AsyncConductorClient("http://h:1"))
        == "<AsyncConductorClient server_url='http://h:1' auth=none>"
    )
    assert "auth=key+secret" in repr(client.settings)
    assert repr(client._auth) == "<TokenState no token yet>"


def test_proxy_argument(server, pkg, ops):
    # An HTTP proxy gets the absolute URL in the request line.
    server.route("GET", "http://conductor.invalid:8080/api/thing/a", Reply(200, WORKFLOW))
    with pkg.client.ConductorClient("http://conductor.invalid:8080", proxy=server.url, retry=False) as client:
        assert client.call(ops.get, path={"id": "a"}).workflow_id == "wf-1"
    assert server.requests()[0].path == "http://conductor.invalid:8080/api/thing/a"


def test_proxy_from_environment(server, pkg, ops, monkeypatch):
    server.route("GET", "http://conductor.invalid:8080/api/thing/a", Reply(200, WORKFLOW))
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pkg.client.ConductorClient("http://conductor.invalid:8080", retry=False) as client:
        assert client.call(ops.get, path={"id": "a"}).workflow_id == "wf-1"
    assert server.count() == 1

    # trust_env=False ignores it: the made-up host cannot be reached.
    with pkg.client.ConductorClient("http://conductor.invalid:8080", retry=False, trust_env=False) as client:
        with pytest.raises(pkg.errors.TransportError):
            client.call(ops.get, path={"id": "a"})
    assert server.count() == 1


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(tls_files):
    cert, key = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv = FakeServer(tls=context).start()
    srv.route("GET", "/api/thing/a", Reply(200, WORKFLOW))
    yield srv
    srv.stop()


def test_tls_verified_by_default(tls_server, pkg, ops):
    with pkg.client.ConductorClient(tls_server.url, retry=False) as client:
        with pytest.raises(pkg.errors.TransportError) as info:
            client.call(ops.get, path={"id": "a"})
    assert info.value.kind == "connect"
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)


@pytest.mark.parametrize("how", ["path", "pathlike", "context", "off"])
def test_tls_custom_ca(tls_server, tls_files, pkg, ops, how):
    cert = tls_files[0]
    verify = {
        "path": str(cert),
        "pathlike": cert,
        "context": ssl.create_default_context(cafile=str(cert)),
        "off": False,
    }[how]
    with pkg.client.ConductorClient(tls_server.url, verify=verify, retry=False) as client:
        assert client.call(ops.get, path={"id": "a"}).workflow_id == "wf-1"


@pytest.mark.anyio
async def test_tls_custom_ca_async(tls_server, tls_files, pkg, ops):
    async with pkg.client.AsyncConductorClient(tls_server.url, verify=str(tls_files[0])) as client:
        assert (await client.call(ops.get, path={"id": "a"})).workflow_id == "wf-1"
