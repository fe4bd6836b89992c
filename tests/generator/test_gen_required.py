"""Required fields are what the server enforces: generator/ir/server_required.json corrects the spec's `required`
lists by schema name on every document of the server (both committed lines and the Orkes-flavoured one), a team
extends or overrides it in its config, and what the tool generates from reads the corrected lists too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from gen_support import COMMITTED_SPEC, SPEC_3_21, SPECS
from orkes_flavour import orkes_flavoured

from generator.config import Config, ConfigError, load_config
from generator.ir.model import Ir, Model
from generator.ir.required import RequiredFields, server_table
from generator.pipeline import build


@pytest.fixture(scope="module")
def orkes_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("orkes") / "orkes.json"
    path.write_text(json.dumps(orkes_flavoured(json.loads(COMMITTED_SPEC.read_text()))))
    return path


def _model(ir: Ir, schema: str) -> Model:
    return next(m for m in ir.models if m.schema_name == schema and not m.hoisted_from)


def _required(ir: Ir, schema: str) -> list[str]:
    return [f.wire_name for f in _model(ir, schema).fields if f.required]


@pytest.mark.parametrize("which", ["committed", "3.21", "orkes"])
def test_the_table_holds_on_every_document_of_the_server(
    which: str, ir_of: Callable[[Path], Ir], orkes_spec: Path
) -> None:
    ir = ir_of({"committed": COMMITTED_SPEC, "3.21": SPEC_3_21, "orkes": orkes_spec}[which])
    checked = 0
    for schema, fields in server_table().items():
        model = _model(ir, schema)
        by_wire = {f.wire_name: f for f in model.fields}
        tool_view = ir.model_schemas[model.class_name].get("required", [])
        for wire, flag in fields.items():
            if wire in by_wire:
                assert by_wire[wire].required is flag, f"{schema}.{wire}"
                assert (wire in tool_view) is flag, f"{schema}.{wire} as datamodel-code-generator sees it"
                checked += 1
    assert checked >= 18
    # The corrections the issue measured, both ways, whatever the document says.
    assert "timeoutSeconds" not in _required(ir, "TaskDef") and "name" in _required(ir, "TaskDef")
    assert _required(ir, "WorkflowDef") == ["name", "tasks"]
    assert _required(ir, "WorkflowTask") == ["name", "taskReferenceName"]
    assert "event" in _required(ir, "EventHandler")
    # The server accepts a schema definition or a state-change event without what the spec requires of them.
    assert _required(ir, "SchemaDef") == [] and _required(ir, "StateChangeEvent") == []


@pytest.mark.parametrize("spec", [COMMITTED_SPEC, SPEC_3_21], ids=["committed", "3.21"])
def test_every_field_the_real_specs_call_required_was_measured(spec: Path) -> None:
    """So no claim of a real spec reaches the generated models unchecked by the probe."""
    schemas = json.loads(spec.read_text())["components"]["schemas"]
    table = server_table()
    unmeasured = sorted(
        f"{name}.{wire}" for name, schema in schemas.items() for wire in schema.get("required", [])
        if wire not in table.get(name, {})
    )
    assert unmeasured == []


def test_a_team_extends_and_overrides_the_table(ir_of: Callable[[Path], Ir]) -> None:
    overrides = {"TaskDef.ownerEmail": True, "TaskDef.name": False, "WorkflowDef.timeoutSeconds": True,
                 "Workflow.workflowId": False, "TaskDeff.name": True}
    ir, diags, _ = build(str(COMMITTED_SPEC), Config(required_fields=overrides))
    assert _required(ir, "TaskDef") == ["ownerEmail"]
    assert _required(ir, "WorkflowDef") == ["name", "tasks", "timeoutSeconds"]
    assert "workflowId" not in _required(ir, "Workflow")
    unknown = [d for d in diags.warnings if d.code == "required-field-unknown"]
    assert len(unknown) == 1 and "'TaskDeff.name'" in unknown[0].message, unknown
    assert "required-fields" in unknown[0].message and "Schema.field" in unknown[0].hint
    # The default run is untouched by another run's overrides.
    assert "name" in _required(ir_of(COMMITTED_SPEC), "TaskDef")


def test_the_spec_list_applies_where_the_table_is_silent() -> None:
    required = RequiredFields()
    # A schema the table does not know; a required name that is no property is left as the spec has it.
    assert required.required("Other", ["b", "ghost"], ["a", "b"]) == ["b", "ghost"]
    # Table entries win both ways, and the list follows the properties' order.
    assert required.required("TaskDef", ["timeoutSeconds"], ["timeoutSeconds", "name"]) == ["name"]
    assert RequiredFields({"Odd.x.y": True}).required("Odd.x", [], ["y"]) == ["y"]  # schema names may hold dots


def test_the_generated_module_reads_the_corrected_list(tmp_path: Path) -> None:
    """A small document through the whole pipeline: a team's correction reaches the class and its constructor."""
    config = tmp_path / "pyproject.toml"
    config.write_text(
        f'[tool.conductor-codegen]\nspec = "{SPECS / "small.json"}"\noutput = "out"\n'
        '[tool.conductor-codegen.required-fields]\n"Workflow.status" = true\n"Workflow.workflowId" = false\n'
    )
    from generator.pipeline import generate

    generate(load_config(config), force=True, cache_dir=tmp_path / "cache")
    module = next((tmp_path / "out" / "conductor_client" / "models").glob("_workflow.py")).read_text()
    assert '__conductor_required__: ClassVar[tuple[str, ...]] = ("status",)' in module
    signature = module.split("def __init__(", 1)[1].split(") -> None: ...", 1)[0].split()
    # The required field first and without a default; the one the team released has one.
    assert signature[:4] == ["self,", "*,", "status:", "WorkflowStatusEnum,"], signature
    assert "workflow_id: Optional[str] = ...," in " ".join(signature)


def test_typed_extra_keys_are_no_required_field(tmp_path: Path) -> None:
    """A schema with properties and typed additionalProperties: datamodel-code-generator's `__pydantic_extra__` stays
    the extra values' type, not a field that building the model insists on."""
    import subprocess
    import sys

    spec = tmp_path / "extra.json"
    spec.write_text(json.dumps({
        "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": {"operationId": "postA", "requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Labels"}}}}, "responses": {"200": {"description": "OK"}}}}},
        "components": {"schemas": {"Labels": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}}, "additionalProperties": {"type": "string"}}}},
    }))
    config = tmp_path / "pyproject.toml"
    config.write_text(f'[tool.conductor-codegen]\nspec = "{spec}"\noutput = "out"\n')
    from generator.pipeline import generate

    generate(load_config(config), force=True, cache_dir=tmp_path / "cache")
    module = (tmp_path / "out" / "conductor_client" / "models" / "_labels.py").read_text()
    assert '__conductor_required__: ClassVar[tuple[str, ...]] = ("name",)' in module
    assert "    __pydantic_extra__: dict[str, str]\n" in module
    assert "def __init__(self, *, name: str) -> None" in module
    code = (
        "from conductor_client.models import Labels\n"
        "from pydantic import ValidationError\n"
        "assert Labels(name='n', team='a').model_dump() == {'name': 'n', 'team': 'a'}\n"
        "for bad in ({'team': 'a'}, {'name': 'n', 'team': 3}):\n"
        "    try:\n        Labels(**bad)\n    except ValidationError:\n        pass\n"
        "    else:\n        raise SystemExit(f'accepted {bad}')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path / "out", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("table", ['"TaskDef.name" = "yes"', '"name" = true'])
def test_a_bad_entry_in_the_config_is_named(tmp_path: Path, table: str) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(f"[tool.conductor-codegen.required-fields]\n{table}\n")
    with pytest.raises(ConfigError, match="required-fields"):
        load_config(config)
