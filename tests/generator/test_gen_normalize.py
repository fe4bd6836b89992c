"""Repairs of the ways real (springdoc) documents break the rules: each one a warning with its JSON pointer, the
repair visible in the IR and in the generated code, and under `--strict` an error (exit 2) instead."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from gen_support import SPECS, generate_into, run_cli, tree_hashes

from generator.config import Config
from generator.diagnostics import Diagnostics, SpecError
from generator.ir.model import Ir
from generator.pipeline import build

REPAIRS = SPECS / "repairs.json"

# (code, pointer) of every repair the spec `repairs.json` needs.
EXPECTED = [
    pytest.param(
        "path-param-declared-as-query", "/paths/~1api~1things~1{thingId}/get/parameters", id="declared-as-query"
    ),
    pytest.param("path-param-undeclared", "/paths/~1api~1things~1{thingId}~1label/get/parameters", id="undeclared"),
    pytest.param("duplicate-path-template", "/paths/~1api~1items~1{name}", id="duplicate-template"),
    pytest.param(
        "any-value-map",
        "/components/schemas/Thing/properties/attributes/additionalProperties",
        id="additional-properties-object",
    ),
    pytest.param(
        "wildcard-media-type", "/paths/~1api~1things~1{thingId}/get/responses/200/content/*~1*", id="wildcard-object"
    ),
    pytest.param(
        "wildcard-media-type",
        "/paths/~1api~1things~1{thingId}~1label/get/responses/200/content/*~1*",
        id="wildcard-string",
    ),
    pytest.param(
        "wildcard-media-type",
        "/paths/~1api~1things~1{thingId}~1raw/get/responses/200/content/*~1*",
        id="wildcard-binary",
    ),
    pytest.param("wildcard-media-type", "/paths/~1api~1things/get/responses/200/content/*~1*", id="wildcard-array"),
    pytest.param("no-success-response", "/paths/~1api~1things/delete/responses", id="no-2xx"),
]


@pytest.fixture(scope="module")
def lenient() -> tuple[Ir, Diagnostics]:
    ir, diags, _ = build(str(REPAIRS), Config())
    return ir, diags


@pytest.fixture(scope="module")
def strict_run(workspace: Path) -> tuple[int, str]:
    result = run_cli("validate", REPAIRS, "--strict", "--config", workspace)
    return result.code, result.err


@pytest.mark.parametrize(("code", "pointer"), EXPECTED)
def test_repair_is_a_warning_with_its_pointer(lenient: tuple[Ir, Diagnostics], code: str, pointer: str) -> None:
    _, diags = lenient
    assert diags.errors == []
    found = [(w.code, w.pointer) for w in diags.warnings]
    assert (code, pointer) in found, found
    warning = next(w for w in diags.warnings if (w.code, w.pointer) == (code, pointer))
    assert warning.file == str(REPAIRS)


def test_no_other_warnings(lenient: tuple[Ir, Diagnostics]) -> None:
    _, diags = lenient
    expected = sorted((p.values[0], p.values[1]) for p in EXPECTED)
    assert sorted((w.code, w.pointer) for w in diags.warnings) == expected


def test_repairs_in_the_ir(lenient: tuple[Ir, Diagnostics]) -> None:
    ir, _ = lenient
    ops = {op.key: op for op in ir.operations}
    # Path parameters, whatever the spec said about them.
    for key in ("GET /api/things/{thingId}", "GET /api/things/{thingId}/label"):
        assert [(p.wire_name, p.location, p.required) for p in ops[key].path_params] == [("thingId", "path", True)]
        assert ops[key].other_params == ()
    # `*/*` decided from the schema.
    assert (
        ops["GET /api/things/{thingId}"].returns.kind,
        ops["GET /api/things/{thingId}"].returns.type.annotation,
    ) == ("json", "models.Thing")
    assert (ops["GET /api/things"].returns.kind, ops["GET /api/things"].returns.type.annotation) == (
        "json",
        "list[models.Thing]",
    )
    assert (
        ops["GET /api/things/{thingId}/label"].returns.kind,
        ops["GET /api/things/{thingId}/label"].returns.type.annotation,
    ) == ("text", "str")
    assert (
        ops["GET /api/things/{thingId}/raw"].returns.kind,
        ops["GET /api/things/{thingId}/raw"].returns.type.annotation,
    ) == ("bytes", "bytes")
    # No 2xx: still generated, returning the decoded JSON.
    assert (ops["DELETE /api/things"].returns.kind, ops["DELETE /api/things"].returns.type.annotation) == (
        "any_json",
        "Any",
    )
    # Both duplicate templates keep an operation, under distinct names.
    names = {ops["GET /api/items/{id}"].python_name, ops["GET /api/items/{name}"].python_name}
    assert len(names) == 2
    # `additionalProperties: {type: object}` is a map of any JSON value, not a map of dicts.
    thing = next(m for m in ir.models if m.schema_name == "Thing")
    attributes = next(f for f in thing.fields if f.wire_name == "attributes")
    assert attributes.type.annotation == "dict[str, Any]"


def test_generate_warns_and_writes_the_repaired_code(workspace: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    result = generate_into(workspace, REPAIRS, output, "-v")
    assert "(9 warnings" in result.out
    for param in EXPECTED:
        code, pointer = param.values
        assert f"{REPAIRS}#{pointer}: warning[{code}]" in result.err
    tree = ast.parse((output / "conductor_client" / "api" / "things.py").read_text("utf-8"))
    sync = next(n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("Async"))
    methods = {f.name: f for f in sync.body if isinstance(f, ast.FunctionDef)}
    signature = {
        name: ([a.arg for a in f.args.args[1:]], ast.unparse(f.returns) if f.returns else None)
        for name, f in methods.items()
        if name != "__init__"
    }
    assert signature["get_thing"] == (["thing_id"], "models.Thing")
    assert signature["get_label"] == (["thing_id"], "str")
    assert signature["get_raw"] == (["thing_id"], "bytes")
    assert signature["list_things"] == ([], "list[models.Thing]")
    assert signature["purge_things"] == ([], "Any")


@pytest.mark.parametrize(("code", "pointer"), [p for p in EXPECTED if p.id != "no-2xx"])
def test_strict_turns_the_repair_into_an_error(strict_run: tuple[int, str], code: str, pointer: str) -> None:
    exit_code, err = strict_run
    assert exit_code == 2
    assert f"{REPAIRS}#{pointer}: error[{code}]" in err, err


def test_strict_generate_exits_2_and_writes_nothing(workspace: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    output.mkdir()
    (output / "keep.txt").write_text("mine\n", "utf-8")
    before = tree_hashes(output)
    result = run_cli("generate", REPAIRS, "--strict", "--config", workspace, "--output", output)
    assert result.code == 2
    assert "nothing was written" in result.err
    assert tree_hashes(output) == before
    with pytest.raises(SpecError) as caught:
        build(str(REPAIRS), Config(strict=True))
    assert {e.code for e in caught.value.errors} >= {
        "path-param-declared-as-query",
        "path-param-undeclared",
        "duplicate-path-template",
        "any-value-map",
        "wildcard-media-type",
    }


def test_strict_fails_on_an_operation_without_2xx(workspace: Path) -> None:
    spec = SPECS / "no-success.json"
    lenient = run_cli("validate", spec, "--config", workspace)
    assert lenient.code == 0
    assert f"{spec}#/paths/~1api~1queue~1{{name}}/delete/responses: warning[no-success-response]" in lenient.err
    strict = run_cli("validate", spec, "--strict", "--config", workspace)
    assert strict.code == 2, strict.out + strict.err
    assert f"{spec}#/paths/~1api~1queue~1{{name}}/delete/responses: error[no-success-response]" in strict.err


def test_path_param_declared_as_query_at_path_item_level(tmp_path: Path) -> None:
    spec = tmp_path / "shared.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.0.1",
                "info": {"title": "shared parameters", "version": "1"},
                "paths": {
                    "/api/things/{thingId}": {
                        "parameters": [{"name": "thingId", "in": "query", "schema": {"type": "string"}}],
                        "get": {
                            "operationId": "getThing",
                            "responses": {"200": {"description": "OK"}},
                        },
                    }
                },
            }
        ),
        "utf-8",
    )
    ir, diags, _ = build(str(spec), Config())
    (operation,) = ir.operations
    assert [(p.wire_name, p.python_name, p.location) for p in operation.all_params] == [("thingId", "thing_id", "path")]
    assert [w.code for w in diags.warnings] == ["path-param-declared-as-query"]
