"""Malformed documents through the command line (a subprocess, as a user runs it).

Every case must end in a clear error (exit 2, a diagnostic with a JSON pointer, --output untouched byte for
byte, nothing left beside it) or a valid package (exit 0); never a traceback, never exit 1 (an internal error),
within bounded time and memory, and without touching the network: a local HTTP server counts requests, and an
audit hook in the subprocess records every name lookup and connect.
"""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from hostile_cli import assert_clean_outcome, run_cli
from hostile_run import record
from hostile_text import CANARY_FILE
from hostile_bugs import known_bug




class CountingServer:
    def __init__(self) -> None:
        self.requests: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                owner.requests.append(self.path)
                body = json.dumps({"type": "object", "properties": {"fetched": {"type": "string"}}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def http_server() -> Iterator[CountingServer]:
    server = CountingServer()
    yield server
    server.close()


def base(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    doc.update(fields)
    return doc


def op(**fields: Any) -> dict[str, Any]:
    return {"responses": {"200": {"description": "ok"}}, **fields}


def schemas(**named: Any) -> dict[str, Any]:
    return base(paths={"/x": {"get": op()}}, components={"schemas": named})


def nested_schema(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "string"}
    for _ in range(depth):
        node = {"type": "object", "properties": {"a": node}}
    return schemas(A=node)


def nested_example(depth: int) -> dict[str, Any]:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return schemas(A={"type": "array", "items": {}, "example": value})


VALID = json.dumps(base(paths={"/workflow/{id}": {"get": op(parameters=[
    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}])}},
    components={"schemas": {"W": {"type": "object", "properties": {"a": {"type": "string"}}}}}))

# name → (file name, content: str | bytes | dict (JSON), expectation, diagnostic codes)
Case = tuple[str, Any, str, tuple[str, ...]]
CASES: dict[str, Case] = {
    # Not a document at all.
    "empty file": ("spec.json", "", "error", ("spec-syntax",)),
    "whitespace only": ("spec.yaml", "  \n\t\n", "error", ()),
    "byte order mark only": ("spec.json", "\ufeff", "error", ()),
    "not utf-8": ("spec.json", b'{"openapi": "3.0.3", "info": {"title": "\xff\xfe"}}', "error", ("spec-encoding",)),
    "nul bytes": ("spec.json", b"\x00" * 64, "error", ()),
    "top level null": ("spec.json", "null", "error", ("spec-shape",)),
    "top level list": ("spec.json", "[1, 2]", "error", ("spec-shape",)),
    "top level string": ("spec.json", '"openapi"', "error", ("spec-shape",)),
    "top level number": ("spec.yaml", "5", "error", ("spec-shape",)),
    # Truncated.
    "truncated json 1%": ("spec.json", VALID[: len(VALID) // 100], "error", ("spec-syntax",)),
    "truncated json 50%": ("spec.json", VALID[: len(VALID) // 2], "error", ("spec-syntax",)),
    "truncated json -1": ("spec.json", VALID[:-1], "error", ("spec-syntax",)),
    "truncated in an escape": ("spec.json", '{"openapi": "3.0.3", "info": {"title": "\\u12', "error", ("spec-syntax",)),
    "truncated yaml": ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
                                    "      responses:\n        '200': {descr", "error", ("spec-syntax",)),
    "yaml, two documents": ("spec.yaml", "openapi: 3.0.3\n---\nopenapi: 3.1.0\n", "error", ("spec-syntax",)),
    # YAML that must not expand or run.
    "yaml bomb": ("spec.yaml", "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n"
                               + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
                                         for i in range(9)), "error", ("spec-yaml-alias",)),
    "yaml merge key": ("spec.yaml", "openapi: 3.0.3\ninfo: &i {title: t, version: '1'}\nx: {<<: *i}\npaths: {}\n",
                       "error", ("spec-yaml-alias",)),
    "yaml python tag": ("spec.yaml", "openapi: !!python/object/apply:os.system ['touch PWNED']\npaths: {}\n",
                        "error", ("spec-syntax",)),
    "yaml python name": ("spec.yaml", "openapi: !!python/name:os.system\npaths: {}\n", "error", ("spec-syntax",)),
    # Deep nesting far past any parser's recursion limit.
    "100k nested lists": ("spec.json", "[" * 100_000 + "]" * 100_000, "error", ("spec-too-deep",)),
    "100k nested objects": ("spec.json", '{"openapi": "3.0.3", "paths": {}, "x": ' + '{"a": ' * 100_000 + "1"
                            + "}" * 100_001, "error", ("spec-too-deep",)),
    "100k nested yaml": ("spec.yaml", "openapi: 3.0.3\nx: " + "[" * 100_000 + "]" * 100_000 + "\n", "error",
                         ("spec-too-deep",)),
    # $ref cycles: schema recursion is legal; a loop of bare $refs is not a type.
    "recursive schema": ("spec.json", schemas(Node={"type": "object", "properties": {
        "next": {"$ref": "#/components/schemas/Node"},
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}), "ok", ()),
    "mutually recursive schemas": ("spec.json", schemas(
        A={"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        B={"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}), "ok", ()),
    "$ref chain loop": ("spec.json", schemas(A={"$ref": "#/components/schemas/B"},
                                             B={"$ref": "#/components/schemas/A"}), "error", ("ref-cycle",)),
    "$ref to itself": ("spec.json", schemas(A={"$ref": "#/components/schemas/A"}), "error", ("ref-cycle",)),
    "parameter $ref loop": ("spec.json", base(paths={"/x": {"get": op(parameters=[
        {"$ref": "#/components/parameters/P"}])}}, components={"parameters": {
            "P": {"$ref": "#/components/parameters/Q"}, "Q": {"$ref": "#/components/parameters/P"}}}),
        "error", ("ref-cycle",)),
    "allOf loop": ("spec.json", schemas(A={"allOf": [{"$ref": "#/components/schemas/B"}]},
                                        B={"allOf": [{"$ref": "#/components/schemas/A"}]}), "either", ()),
    "dangling $ref": ("spec.json", schemas(A={"$ref": "#/components/schemas/Nope"}), "error", ("dangling-ref",)),
    "$ref to the root": ("spec.json", schemas(A={"type": "object", "properties": {"x": {"$ref": "#"}}}), "either",
                         ()),
    "$ref into paths": ("spec.json", schemas(A={"type": "object", "properties": {"x": {"$ref": "#/paths"}}}),
                        "either", ()),
    # Wrong types everywhere.
    "paths is a list": ("spec.json", base(paths=[]), "error", ()),
    "paths is a string": ("spec.json", base(paths="/x"), "error", ()),
    "path item is a list": ("spec.json", base(paths={"/x": [1]}), "error", ()),
    "operation is a string": ("spec.json", base(paths={"/x": {"get": "nope"}}), "error", ()),
    "operation is null": ("spec.json", base(paths={"/x": {"get": None}}), "error", ()),
    "parameters is an object": ("spec.json", base(paths={"/x": {"get": op(parameters={"a": 1})}}), "error", ()),
    "parameter is a number": ("spec.json", base(paths={"/x": {"get": op(parameters=[5])}}), "error", ()),
    "parameter name is a number": ("spec.json", base(paths={"/x": {"get": op(parameters=[
        {"name": 5, "in": "query"}])}}), "error", ()),
    "parameter in is a list": ("spec.json", base(paths={"/x": {"get": op(parameters=[
        {"name": "a", "in": ["query"]}])}}), "error", ()),
    "responses is a list": ("spec.json", base(paths={"/x": {"get": {"responses": [1]}}}), "error", ()),
    "responses is a number": ("spec.json", base(paths={"/x": {"get": {"responses": 7}}}), "error", ()),
    "response is a string": ("spec.json", base(paths={"/x": {"get": {"responses": {"200": "ok"}}}}), "error", ()),
    "content is a string": ("spec.json", base(paths={"/x": {"get": op(requestBody={"content": "x"})}}), "error",
                            ()),
    "media type is a list": ("spec.json", base(paths={"/x": {"get": {"responses": {"200": {
        "description": "ok", "content": {"application/json": [1]}}}}}}), "error", ()),
    "requestBody is a string": ("spec.json", base(paths={"/x": {"post": op(requestBody="x")}}), "error", ()),
    "tags is a number": ("spec.json", base(tags=5), "error", ()),
    "operation tags is a string": ("spec.json", base(paths={"/x": {"get": op(tags="abc")}}), "error", ()),
    "tag is an object": ("spec.json", base(paths={"/x": {"get": op(tags=[{"a": 1}])}}), "error", ()),
    "schema is a number": ("spec.json", schemas(A=5), "error", ()),
    "schema is a string": ("spec.json", schemas(A="object"), "error", ()),
    "schemas is a list": ("spec.json", base(components={"schemas": [1, 2]}), "error", ()),
    "components is a string": ("spec.json", base(components="x"), "error", ()),
    "required is 'yes'": ("spec.json", schemas(A={"type": "object", "required": "yes",
                                                  "properties": {"a": {"type": "string"}}}), "error", ()),
    "required names a number": ("spec.json", schemas(A={"type": "object", "required": [5],
                                                        "properties": {"a": {"type": "string"}}}), "error", ()),
    "enum is 5": ("spec.json", schemas(A={"type": "string", "enum": 5}), "error", ()),
    "enum is empty": ("spec.json", schemas(A={"type": "string", "enum": []}), "error", ()),
    "properties is a list": ("spec.json", schemas(A={"type": "object", "properties": ["a", "b"]}), "error", ()),
    "property is a number": ("spec.json", schemas(A={"type": "object", "properties": {"a": 5}}), "error", ()),
    "items is a string": ("spec.json", schemas(A={"type": "array", "items": "string"}), "error", ()),
    "type is a number": ("spec.json", schemas(A={"type": 5}), "error", ()),
    "type is unknown": ("spec.json", schemas(A={"type": "strin"}), "error", ()),
    "additionalProperties is a string": ("spec.json", schemas(A={"type": "object", "additionalProperties": "x"}),
                                         "error", ()),
    "allOf is an object": ("spec.json", schemas(A={"allOf": {"a": 1}}), "error", ()),
    "$ref is a number": ("spec.json", schemas(A={"$ref": 5}), "error", ()),
    "info is a string": ("spec.json", {"openapi": "3.0.3", "info": "x", "paths": {}}, "error", ()),
    "openapi is a number": ("spec.json", {"openapi": 3.0, "info": {"title": "t", "version": "1"}, "paths": {}},
                            "error", ()),
    "openapi 2.0": ("spec.json", {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}, "error",
                    ("not-openapi",)),
    "openapi 4.0": ("spec.json", {"openapi": "4.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}, "error",
                    ("openapi-version",)),
    "servers is a string": ("spec.json", base(servers="http://x"), "error", ()),
    "yaml infinities": ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
                                     "  schemas:\n    A:\n      type: object\n      properties:\n        d: "
                                     "{type: number, default: .inf, example: .nan}\n", "either", ()),
    "yaml integer property name": ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
                                                "components:\n  schemas:\n    A:\n      type: object\n"
                                                "      properties:\n        1: {type: string}\n", "either", ()),
    "json NaN and Infinity": ("spec.json", '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": '
                                           '{}, "components": {"schemas": {"A": {"type": "object", "properties": '
                                           '{"n": {"type": "number", "default": NaN, "example": -Infinity}}}}}}',
                              "either", ()),
    "duplicate keys": ("spec.json", '{"openapi": "3.0.3", "openapi": "9", "info": {"title": "t", "version": "1"},'
                                    ' "paths": {}}', "error", ("openapi-version",)),
}

# Cases that hit a bug these tests found (hostile_bugs: xfail while open, plain tests once fixed).
BUG_CASES: dict[str, tuple[str, Case]] = {
    "yaml integer path key": ("non-string-keys", ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                              "paths:\n  1:\n    get: {responses: {'200': {description: ok}}}\n", "error", ())),
    "yaml boolean schema name": ("non-string-keys", ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                                 "paths: {}\ncomponents:\n  schemas:\n    true: {type: object}\n", "either", ())),
    "yaml null schema name": ("non-string-keys", ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                              "paths: {}\ncomponents:\n  schemas:\n    ~: {type: object}\n", "either", ())),
    "yaml integer tag": ("non-string-keys", ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                         "tags: [{name: 5}]\npaths:\n  /x:\n    get: {tags: [5, true], responses: {'200': "
                         "{description: ok}}}\n", "either", ())),
    "lone surrogate": ("lone-surrogate", ("spec.json", json.dumps(base(paths={"/x": {"get": op(
        description="a\ud800b")}}, components={"schemas": {"A": {"type": "object", "properties": {
            "p\udfff": {"type": "string"}}}}})), "either", ())),
    "schemas nested 300 deep": ("deep-nesting", ("spec.json", nested_schema(300), "either", ())),
    "schemas nested 450 deep": ("deep-nesting", ("spec.json", nested_schema(450), "either", ())),
    "example nested 100 deep": ("deep-nesting", ("spec.json", nested_example(100), "either", ())),
    "example nested 400 deep": ("deep-nesting", ("spec.json", nested_example(400), "either", ())),
    "yaml date as a value": ("yaml-non-json-values", ("spec.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                             "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n"
                             "        d: {type: string, example: 2020-01-01}\n", "either", ())),
    "%-escaped $ref": ("validator-crash", ("spec.json", schemas(**{
        "a%20b": {"type": "object"}, "B": {"type": "object", "properties": {
            "x": {"$ref": "#/components/schemas/a%20b"}}}}), "either", ())),
}


def _write(folder: Path, name: str, content: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, "utf-8", errors="surrogatepass")
    else:
        path.write_text(json.dumps(content), "utf-8")
    return path


def _run_case(case: Case, tmp_path: Path, count_case: Callable[..., None]) -> None:
    file_name, content, expect, codes = case
    spec = _write(tmp_path / "in", file_name, content)
    result = run_cli(spec, tmp_path / "work")
    count_case()
    assert not (tmp_path / "work" / CANARY_FILE).exists(), "a payload in the document ran"
    assert_clean_outcome(result, expect=expect, codes=codes, max_seconds=60)


_ALL_CASES = [pytest.param(CASES[name], id=name) for name in sorted(CASES)] + [
    pytest.param(case, id=name, marks=known_bug(bug)) for name, (bug, case) in sorted(BUG_CASES.items())]


@pytest.mark.parametrize("case", _ALL_CASES)
def test_malformed_document(case: Case, tmp_path: Path, count_case) -> None:  # noqa: ANN001
    _run_case(case, tmp_path, count_case)


# --- external references: refused, never fetched ------------------------------------------------------------


def _external_cases(url: str) -> dict[str, tuple[dict[str, Any], str, tuple[str, ...]]]:
    return {
        "schema $ref to a URL": (schemas(A={"$ref": f"{url}/a.json"}), "error", ("external-ref",)),
        "property $ref to a URL": (schemas(A={"type": "object", "properties": {"x": {"$ref": f"{url}/a.json#/x"}}}),
                                   "error", ("external-ref",)),
        "path item $ref to a URL": (base(paths={"/x": {"$ref": f"{url}/path.json"}}), "error", ("external-ref",)),
        "parameter $ref to a URL": (base(paths={"/x": {"get": op(parameters=[{"$ref": f"{url}/p.json"}])}}), "error",
                                    ("external-ref",)),
        "response $ref to a URL": (base(paths={"/x": {"get": {"responses": {"200": {"$ref": f"{url}/r.json"}}}}}),
                                   "error", ("external-ref",)),
        "relative file $ref": (schemas(A={"$ref": "other.json#/A"}), "error", ("external-ref",)),
        "file:// $ref": (schemas(A={"$ref": "file:///etc/passwd"}), "error", ("external-ref",)),
        "network-path $ref": (schemas(A={"$ref": f"//{url.split('//', 1)[1]}/a.json"}), "error", ("external-ref",)),
        "discriminator mapping to a URL": (schemas(
            A={"type": "object", "properties": {"t": {"type": "string"}}},
            U={"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {
                "propertyName": "t", "mapping": {"a": f"{url}/m.json", "b": "#/components/schemas/A"}}}), "either", ()),
        "3.1 jsonSchemaDialect URL": ({**schemas(A={"type": "object"}), "openapi": "3.1.0",
                                       "jsonSchemaDialect": f"{url}/dialect"}, "either", ()),
        "3.1 $schema URL": ({**schemas(A={"$schema": f"{url}/schema", "type": "object"}), "openapi": "3.1.0"},
                            "either", ()),
        "3.1 $id URL with a relative $ref": ({**schemas(A={"$id": f"{url}/id/", "type": "object", "properties": {
            "x": {"$ref": "b.json"}}}), "openapi": "3.1.0"}, "error", ("external-ref",)),
        "3.1 $dynamicRef URL": ({**schemas(A={"$dynamicRef": f"{url}/dyn", "type": "object"}), "openapi": "3.1.0"},
                                "either", ()),
        "3.1 $dynamicRef to an outside host": ({**schemas(A={"$dynamicRef": "http://hostile-fetch.invalid/dyn",
                                                              "type": "object"}), "openapi": "3.1.0"}, "either", ()),
        "externalDocs and servers URLs": (base(paths={"/x": {"get": op(externalDocs={"url": f"{url}/docs"})}},
                                               servers=[{"url": f"{url}/srv"}], externalDocs={"url": f"{url}/d"},
                                               components={"schemas": {"A": {"type": "object"}}}), "ok", ()),
    }


_EXTERNAL_NAMES = sorted(_external_cases("http://127.0.0.1:1"))
_EXTERNAL_BUGS = {"3.1 $dynamicRef URL": "dynamic-ref-fetch", "3.1 $dynamicRef to an outside host": "dynamic-ref-fetch"}


@pytest.mark.parametrize("name", [pytest.param(n, id=n, marks=known_bug(_EXTERNAL_BUGS[n]) if n in _EXTERNAL_BUGS
                                                else ()) for n in _EXTERNAL_NAMES])
def test_external_reference_is_not_fetched(name: str, tmp_path: Path, http_server: CountingServer,
                                           count_case) -> None:  # noqa: ANN001
    doc, expect, codes = _external_cases(http_server.url)[name]
    before = len(http_server.requests)
    spec = _write(tmp_path / "in", "spec.json", doc)
    result = run_cli(spec, tmp_path / "work")
    count_case()
    assert http_server.requests[before:] == [], f"the generator fetched {http_server.requests[before:]}"
    assert_clean_outcome(result, expect=expect, codes=codes)


def test_url_source_is_fetched_once_and_only_it(tmp_path: Path, http_server: CountingServer, count_case) -> None:  # noqa: ANN001
    """The control: a spec given as a URL is fetched (the user asked), and the $ref inside it is not."""
    before = len(http_server.requests)
    result = run_cli(f"{http_server.url}/spec.json", tmp_path / "work")
    count_case()
    assert http_server.requests[before:] == ["/spec.json"]
    assert result.exit_code == 2 and "Traceback" not in result.stderr  # that answer is a schema, not a document
    assert result.output_after == result.output_before


# --- size ------------------------------------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_50_mb_document_bounded_time_and_memory(tmp_path: Path, count_case) -> None:  # noqa: ANN001
    """50 MB of hostile prose (the limit is 64 MB): a package in bounded time and memory, text truncated."""
    chunk = '"""; __import__("os").system("touch PWNED"); """\\\n{{ 7*7 }}\u2028# '
    big = chunk * (18 * 1024 * 1024 // len(chunk) + 1)
    mb = 1024 * 1024
    doc = base(
        info={"title": big[:mb], "version": "1", "description": big[: 4 * mb]},
        paths={"/x": {"get": op(summary=big[: 6 * mb], description=big[: 18 * mb],
                                responses={"200": {"description": "ok", "content": {"application/json": {
                                    "schema": {"$ref": "#/components/schemas/A"}}}}})}},
        components={"schemas": {"A": {"type": "object", "description": big[: 6 * mb], "properties": {
            "a": {"type": "string", "description": big[: 4 * mb], "default": big[:mb]}}}}},
    )
    spec = _write(tmp_path / "in", "spec.json", doc)
    size_mb = spec.stat().st_size / 1024 / 1024
    assert 45 < size_mb < 64, size_mb
    result = run_cli(spec, tmp_path / "work", timeout=240)
    count_case()
    record("50mb_document", {"size_mb": round(size_mb, 1), "seconds": round(result.seconds, 2),
                             "peak_rss_mb": round(result.peak_rss_mb), "exit_code": result.exit_code})
    print(f"\n{size_mb:.0f} MB document: exit {result.exit_code} in {result.seconds:.1f} s, "
          f"peak RSS {result.peak_rss_mb:.0f} MB")
    assert not (tmp_path / "work" / CANARY_FILE).exists()
    assert_clean_outcome(result, expect="ok", max_seconds=180, max_rss_mb=2048)
    package = tmp_path / "work" / "out" / "hostile_cli_pkg"
    largest = max(p.stat().st_size for p in package.rglob("*.py"))
    assert largest < 2 * 1024 * 1024, f"a generated module of {largest} bytes: prose is not truncated"


def test_document_over_the_size_limit_is_refused_unread(tmp_path: Path, count_case) -> None:  # noqa: ANN001
    spec = tmp_path / "in" / "spec.json"
    spec.parent.mkdir()
    with spec.open("wb") as handle:  # sparse: 65 MB on paper, nothing on disk
        handle.truncate(65 * 1024 * 1024)
    result = run_cli(spec, tmp_path / "work")
    count_case()
    assert_clean_outcome(result, expect="error", codes=("spec-too-large",), max_seconds=20, max_rss_mb=200)
