"""Security schemes: the header the token travels in comes from the document; what the runtime cannot do is named.

The Orkes flavour (tests/generator/orkes_flavour.py) is generated whole and type-checked, and its client is run
against a small token server that the test controls: the token from ``POST /api/token`` arrives in the header
the document names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from gen_support import COMMITTED_SPEC, PACKAGE, SPEC_3_21, Build, generate_into, imported_package, run_cli
from orkes_flavour import orkes_flavoured
from support.local_http import serving

from generator.ir.model import Auth, Ir

CUSTOM_HEADER = "X-Conductor-Token"


def _spec_with_schemes(tmp_path: Path, schemes: dict[str, Any], name: str = "schemes.json") -> Path:
    document = json.loads((Path(__file__).parent / "specs" / "small.json").read_text("utf-8"))
    document.setdefault("components", {})["securitySchemes"] = schemes
    spec = tmp_path / name
    spec.write_text(json.dumps(document), "utf-8")
    return spec


def _warnings(result_out: str, code: str) -> list[str]:
    """The lines of one warning code that name a place (the per-code count line aside)."""
    return [line.strip() for line in result_out.splitlines() if f"warning[{code}]:" in line]


def test_real_open_source_specs_declare_no_scheme(ir_of: Callable[[Path], Ir], committed_build: Build) -> None:
    for spec in (COMMITTED_SPEC, SPEC_3_21):
        assert ir_of(spec).auth == Auth("X-Authorization"), spec
    written = (committed_build.package / "_server_auth.py").read_text("utf-8")
    assert 'AUTH_HEADER = "X-Authorization"' in written
    assert "the document declares no scheme" in written


def test_an_api_key_header_scheme_names_the_header(tmp_path: Path, ir_of: Callable[[Path], Ir]) -> None:
    spec = _spec_with_schemes(tmp_path, {"gateway": {"type": "apiKey", "in": "header", "name": CUSTOM_HEADER}})
    assert ir_of(spec).auth == Auth(CUSTOM_HEADER, "gateway", "/components/securitySchemes/gateway")
    result = run_cli("validate", spec, "-v")
    assert result.code == 0, result.err
    assert "security-scheme" not in result.out + result.err and "auth-headers" not in result.out + result.err


def test_schemes_the_runtime_cannot_serve_are_named(tmp_path: Path, ir_of: Callable[[Path], Ir]) -> None:
    spec = _spec_with_schemes(
        tmp_path,
        {
            "bearer": {"type": "http", "scheme": "bearer"},
            "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://idp.example/token", "scopes": {}}},
            },
            "key_in_query": {"type": "apiKey", "in": "query", "name": "key"},
            "elsewhere": {"$ref": "#/components/securitySchemes/bearer"},
            "broken_header": {"type": "apiKey", "in": "header", "name": "X-Token\r\nX-Injected: 1"},
        },
    )
    assert ir_of(spec).auth == Auth("X-Authorization")  # none usable: Conductor's header
    result = run_cli("validate", spec, "-v")
    assert result.code == 0, result.err
    lines = _warnings(result.out + result.err, "unsupported-security-scheme")
    assert len(lines) == 5, result.out + result.err
    for name, described in (
        ("bearer", "(http)"),
        ("oauth", "(oauth2)"),
        ("key_in_query", "(apiKey in query)"),
        ("elsewhere", "is a reference"),
        ("broken_header/name", "is not an HTTP header name"),
    ):
        [line] = [line for line in lines if f"#/components/securitySchemes/{name}:" in line]
        assert str(spec) in line and described in line and "the client's headers=" in line


def test_several_token_headers_prefer_conductors_and_name_the_others(
    tmp_path: Path, ir_of: Callable[[Path], Ir]
) -> None:
    spec = _spec_with_schemes(
        tmp_path,
        {
            "gateway": {"type": "apiKey", "in": "header", "name": CUSTOM_HEADER},
            "api_key": {"type": "apiKey", "in": "header", "name": "X-Authorization"},
        },
    )
    assert ir_of(spec).auth.header_name == "X-Authorization"
    result = run_cli("validate", spec, "-v")
    [line] = _warnings(result.out + result.err, "several-auth-headers")
    assert repr(CUSTOM_HEADER) in line and "#/components/securitySchemes/api_key" in line


# --- the Orkes flavour, generated and run --------------------------------------------------------------------

TOKEN = "token-for-app-1"


class _OrkesLike(BaseHTTPRequestHandler):
    """A token endpoint and a few secured resources; every request is recorded as (method, path, token header)."""

    seen: list[tuple[str, str, str | None]] = []

    def _answer(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"null")
        self.seen.append((self.command, self.path, self.headers.get(CUSTOM_HEADER)))
        if self.path == "/api/token":
            if body == {"keyId": "app-1", "keySecret": "s3cret"}:
                return self._answer(200, {"token": TOKEN})
            return self._answer(401, {"message": "bad key"})
        if self.headers.get(CUSTOM_HEADER) != TOKEN:
            return self._answer(401, {"message": "no token"})
        if self.path == "/api/applications":
            return self._answer(200, [{"id": "app-1", "name": "payments"}])
        return self._answer(200, {"path": self.path})

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture
def orkes_like_server() -> Iterator[str]:
    _OrkesLike.seen = []
    with serving(_OrkesLike) as url:
        yield url


def test_the_orkes_flavour_generates_and_its_client_sends_the_token_where_the_spec_says(
    tmp_path: Path, workspace: Path, orkes_like_server: str
) -> None:
    spec = tmp_path / "orkes.json"
    spec.write_text(json.dumps(orkes_flavoured(json.loads(SPEC_3_21.read_text("utf-8")), CUSTOM_HEADER)), "utf-8")
    output = tmp_path / "out"
    result = generate_into(workspace, spec, output, "-v")
    said = result.out + result.err
    # The repair of the misdeclared path parameter is named with its pointer.
    assert f"{spec}#/paths/~1api~1applications~1{{applicationId}}~1roles~1{{role}}/post/parameters" in said
    assert "parameter 'role' is used in the path but declared in 'query'" in said
    assert "security-scheme" not in said  # the scheme is one the runtime serves
    # Under --strict, the same document is refused, and nothing is written.
    strict_out = tmp_path / "strict"
    strict = run_cli("generate", spec, "--config", workspace, "--output", strict_out, "--strict")
    assert strict.code == 2 and "roles~1{role}/post/parameters" in strict.err and not strict_out.exists()

    with imported_package(output, "conductor_client") as package:
        from conductor_client import models  # the copy just generated (imported_package checked its path)

        with package.ConductorClient(orkes_like_server, auth_key="app-1", auth_secret="s3cret") as client:
            apps = client.application.list_applications()
            assert [(a.id, a.name) for a in apps] == [("app-1", "payments")]
            assert client.application.add_role_to_application_user("app-1", "ADMIN") == {
                "path": "/api/applications/app-1/roles/ADMIN"
            }
            token = client.token.generate_token(body=models.GenerateTokenRequest(key_id="app-1", key_secret="s3cret"))
            assert token.token == TOKEN
    # One token request, then every secured call carried the token in the document's header.
    assert _OrkesLike.seen[0] == ("POST", "/api/token", None)
    secured = [entry for entry in _OrkesLike.seen[1:] if entry[1] != "/api/token"]
    assert [(m, p) for m, p, _ in secured] == [
        ("GET", "/api/applications"),
        ("POST", "/api/applications/app-1/roles/ADMIN"),
    ]
    assert {header for _, _, header in secured} == {TOKEN}
    # And the package is as typed as the one from the committed spec.
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "--no-pretty", PACKAGE],
        cwd=output, env={**os.environ, "MYPYPATH": str(output)}, capture_output=True, text=True, timeout=600,
    )
    assert mypy.returncode == 0 and "Success: no issues found" in mypy.stdout, mypy.stdout + mypy.stderr
