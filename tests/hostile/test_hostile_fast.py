"""Thousands of hostile documents through the fast path: IR + Jinja rendering of the API modules and the client
(datamodel-code-generator and black left out: the models module is a stub with one class per decided name).

Run longer with HOSTILE_FAST_EXAMPLES=20000.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from hostile_oracle import check_package
from hostile_render import render_fast, write_document, yaml_round_trips
from hostile_run import examples, record
from hostile_specs import openapi_documents
from hostile_text import canary_tripped

# Hypothesis warns when a failing example (10k strings) is long to print; that is expected here.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

PACKAGE = "hostile_fast_pkg"
FAST_EXAMPLES = examples("fast", 2000)
VALIDATE_EVERY = 8  # openapi-spec-validator is the slowest step: one document in 8 goes through it


def _client_cores() -> tuple[type, ...]:
    """The client's own base classes, as rendered: what no API group attribute may replace."""
    import importlib

    from hostile_oracle import MemoryPackage
    from hostile_render import render_fast as _render

    with tempfile.TemporaryDirectory() as tmp:
        spec = write_document({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}},
                              Path(tmp))
        _ir, files = _render(spec, PACKAGE)
    with MemoryPackage(files, PACKAGE):
        sync_core = importlib.import_module(f"{PACKAGE}._runtime.sync_core")
        async_core = importlib.import_module(f"{PACKAGE}._runtime.async_core")
        return sync_core.SyncClientCore, async_core.AsyncClientCore


@pytest.mark.timeout(max(240, FAST_EXAMPLES // 10))  # about 20 ms a document; generous on a busy machine
def test_hostile_documents_fast_path(count_case, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)  # a payload that ran would leave PWNED here
    cores = _client_cores()
    rejected: list[str] = []

    @settings(max_examples=FAST_EXAMPLES, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(doc=openapi_documents(), as_yaml=st.sampled_from((False, False, False, False, True)))
    def run(doc: dict, as_yaml: bool) -> None:
        as_yaml = as_yaml and yaml_round_trips(doc)
        spec = write_document(doc, tmp_path / "spec", as_yaml=as_yaml)
        validate = count_case.count % VALIDATE_EVERY == 0
        try:
            _ir, files = render_fast(spec, PACKAGE, validate=validate)
        except SpecError as exc:  # a document the strategies should not have made: shown at the end
            rejected.append("; ".join(e.format() for e in exc.errors)[:300])
            count_case("rejected")
            return
        problems, _modules = check_package(files, PACKAGE, doc, client_cores=cores)
        problems.raise_if_any(doc)
        assert not canary_tripped(tmp_path)
        count_case("yaml" if as_yaml else "json")
        if validate:
            count_case("validated")

    run()
    record("fast_rejected_examples", rejected[:20])
    print(f"\nfast path: {count_case.count} hostile documents, {len(rejected)} rejected as invalid")
    assert len(rejected) <= FAST_EXAMPLES // 50, f"too many documents rejected: {rejected[:5]}"


@pytest.mark.parametrize("broken", ["docstring", "pystr"])
def test_the_oracle_catches_unescaped_text(broken: str, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """The checks have teeth: with one of the safe-text filters replaced by naive quoting, the same kind of
    document fails them (a payload runs, or the module does not compile, or the text is not the data)."""
    import sys

    import hostile_render
    from generator.render.environment import make_environment
    from hostile_text import CANARY_ATTR

    monkeypatch.chdir(tmp_path)
    naive = {"docstring": lambda text, indent=4: '"""' + str(text) + '"""',
             "pystr": lambda value: "'" + str(value) + "'"}
    env = make_environment(None)
    env.filters[broken] = naive[broken]
    monkeypatch.setattr(hostile_render, "_ENV", env)
    payload = f'setattr(__import__("sys"), "{CANARY_ATTR}", 1)'
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
           "paths": {f"/x');{payload};('": {"get": {
               "tags": [f'""";{payload};"""'], "summary": f'""";{payload};"""',
               "parameters": [{"name": "q", "in": "query", "description": f'""";{payload};"""',
                               "schema": {"type": "string"}}],
               "responses": {"200": {"description": "ok"}}}}},
           "components": {"schemas": {"A": {"type": "object"}}}}
    spec = write_document(doc, tmp_path / "spec")
    _ir, files = render_fast(spec, PACKAGE)
    try:
        problems, _ = check_package(files, PACKAGE, doc)
    finally:
        if hasattr(sys, CANARY_ATTR):
            delattr(sys, CANARY_ATTR)
    assert problems, f"naive {broken} went unnoticed"
