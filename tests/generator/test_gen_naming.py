"""Python names: valid, safe, never shadowing anything, and the same from one server version to the next."""

from __future__ import annotations

import ast
import builtins
import keyword
import sys
import typing
from pathlib import Path
from typing import Any

import pydantic
import pytest
from gen_support import SPEC_3_21, SPEC_3_32, SPECS, generate_into, imported_package
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.ir import naming, python_words
from generator.ir.model import Ir
from generator.pipeline import build

# --- generator/ir/naming.py ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("from", "from_"),  # keywords
        ("class", "class_"),
        ("match", "match"),  # soft keywords are valid names on every Python
        ("case", "case"),
        ("id", "id_"),  # builtins
        ("type", "type_"),
        ("list", "list_"),
        ("self", "self_"),  # names the generated method uses itself
        ("timeout", "timeout_"),
        ("models", "models_"),
        ("100", "param_100"),  # digits first
        ("1.0", "param_1_0"),
        ("", "param"),  # empty, or nothing usable left
        ("  ", "param"),
        ("名前", "param"),
        ("café", "cafe"),  # unicode folded to ASCII
        ("X-Idempotency-key", "x_idempotency_key"),  # hyphenated header
        ("workflowId", "workflow_id"),
        ("HTTPStatus", "http_status"),
        ("_private", "private"),
    ],
)
def test_parameter_name(wire: str, python: str) -> None:
    assert naming.parameter_name(wire) == python


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("from", "from_"),
        ("id", "id"),  # a field is an attribute: builtins do not matter there
        ("type", "type"),  # a soft keyword since 3.12: kept, whatever Python runs the generator
        ("match", "match"),
        ("async", "async_"),
        ("json", "json_"),  # pydantic's own attributes do
        ("copy", "copy_"),
        ("schema", "schema_"),
        ("100", "field_100"),
        ("", "field"),
        ("createTime", "create_time"),
    ],
)
def test_field_name(wire: str, python: str) -> None:
    assert naming.field_name(wire) == python


@pytest.mark.parametrize(
    ("schema", "cls"),
    [
        ("Any", "AnyModel"),  # typing.Any is used in the models module
        ("Field", "FieldModel"),  # so is pydantic.Field
        ("BaseModel", "BaseModelModel"),
        ("Enum", "EnumModel"),
        ("list", "ListModel"),
        ("Response", "Response"),  # nothing in the models module is called so: kept
        ("Workflow", "Workflow"),
        ("workflow-def", "WorkflowDef"),
        ("100Things", "Model100Things"),
        ("", "Model"),
    ],
)
def test_class_name(schema: str, cls: str) -> None:
    assert naming.class_name(schema) == cls


def test_springdoc_suffix_and_unique() -> None:
    assert naming.strip_springdoc_suffix("startWorkflow_1") == "startWorkflow"
    assert naming.strip_springdoc_suffix("startWorkflow_12") == "startWorkflow"
    assert naming.strip_springdoc_suffix("get_v2_x") == "get_v2_x"
    taken = {"get"}
    assert naming.unique("get", taken, ("_post",)) == "get_post"
    assert naming.unique("get", taken, ("_post",)) == "get2"
    assert taken == {"get", "get_post", "get2"}
    assert naming.constant_name("from_") == "_FROM"


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=40))
def test_any_wire_name_gives_safe_identifiers(wire: str) -> None:
    param = naming.parameter_name(wire)
    assert param.isidentifier() and param.isascii()
    assert not keyword.iskeyword(param)
    assert param not in dir(builtins) and param not in naming.METHOD_RESERVED
    assert param == naming.parameter_name(wire)  # pure

    field = naming.field_name(wire)
    assert field.isidentifier() and field.isascii() and not field.startswith("_")
    assert not keyword.iskeyword(field) and field not in naming.MODEL_RESERVED

    cls = naming.class_name(wire)
    assert cls.isidentifier() and cls.isascii() and cls[:1].isupper()
    assert cls not in naming.CLASS_RESERVED and not keyword.iskeyword(cls)


@pytest.mark.parametrize("wire", ["modelConfig", "modelDump", "modelFields", "modelValidate"])
def test_field_name_never_shadows_a_pydantic_attribute(wire: str) -> None:
    assert naming.field_name(wire) not in dir(pydantic.BaseModel)


# --- names decided in the IR --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clash_ir() -> Ir:
    return build(str(SPECS / "names-clash.json"), Config())[0]


def test_clashing_schemas_get_distinct_classes(clash_ir: Ir) -> None:
    by_schema = {m.schema_name: m for m in clash_ir.models if not m.hoisted_from}
    classes = [m.class_name for m in clash_ir.models]
    assert len(classes) == len(set(classes))
    assert by_schema["AnyModel"].class_name == "AnyModel"  # a schema literally named so keeps its name
    assert by_schema["Any"].class_name not in ("Any", "AnyModel")
    assert by_schema["Response"].class_name == "Response"
    assert by_schema["Field"].class_name == "FieldModel"
    assert by_schema["WorkflowStatus"].class_name == "WorkflowStatus"
    assert by_schema["WorkflowStatusEnum"].class_name == "WorkflowStatusEnum"
    hoisted = [m for m in clash_ir.models if m.hoisted_from == "Workflow.status"]
    assert len(hoisted) == 1 and hoisted[0].kind == "enum"
    assert hoisted[0].class_name not in ("WorkflowStatus", "WorkflowStatusEnum")
    assert hoisted[0].enum_values == ("RUNNING", "COMPLETED")


def test_each_field_refers_to_its_own_class(clash_ir: Ir) -> None:
    by_schema = {m.schema_name: m.class_name for m in clash_ir.models if not m.hoisted_from}
    hoisted = next(m.class_name for m in clash_ir.models if m.hoisted_from == "Workflow.status")
    workflow = next(m for m in clash_ir.models if m.schema_name == "Workflow")
    types = {f.wire_name: f.type.annotation for f in workflow.fields}
    assert types == {
        "status": f"models.{hoisted}",
        "legacyStatus": f"models.{by_schema['WorkflowStatusEnum']}",
        "summary": f"models.{by_schema['WorkflowStatus']}",
        "payload": f"models.{by_schema['Any']}",
        "note": "models.AnyModel",
        "response": "models.Response",
        "field": "models.FieldModel",
        "list": f"models.{by_schema['list']}",
        "input": "dict[str, Any]",
    }


@pytest.fixture(scope="module")
def clash_package(workspace: Path, tmp_path_factory: pytest.TempPathFactory, clash_ir: Ir) -> Any:
    output = tmp_path_factory.mktemp("names") / "out"
    generate_into(workspace, SPECS / "names-clash.json", output, "--package-name", "names_under_test")
    with imported_package(output, "names_under_test") as package:
        yield package


def test_generated_classes_are_distinct_and_nothing_is_shadowed(clash_package: Any, clash_ir: Ir) -> None:
    import importlib

    from names_under_test import models

    # What each models module imports is still what it was.
    for module_name in {models._MODULES[name] for name in models.__all__}:
        module = importlib.import_module(f"names_under_test.models.{module_name}")
        assert getattr(module, "Any", typing.Any) is typing.Any
        assert getattr(module, "Field", pydantic.Field) is pydantic.Field
    classes = {m.class_name: getattr(models, m.class_name) for m in clash_ir.models}
    assert len({id(c) for c in classes.values()}) == len(classes)
    for name, cls in classes.items():
        assert cls.__name__ == name
    by_schema = {m.schema_name: m.class_name for m in clash_ir.models if not m.hoisted_from}
    hoisted = next(m.class_name for m in clash_ir.models if m.hoisted_from == "Workflow.status")

    workflow = models.Workflow.model_validate(
        {
            "status": "RUNNING",
            "legacyStatus": "X",
            "summary": {"workflowId": "w1"},
            "payload": {"typeUrl": "t", "value": "v"},
            "note": {"note": "n"},
            "response": {"code": 3},
            "field": {"label": "l"},
            "list": {"items": ["a"]},
            "input": {"anything": [1, {"nested": None}], "n": 2.5},
        }
    )
    assert type(workflow.status) is classes[hoisted]
    assert type(workflow.legacy_status) is models.WorkflowStatusEnum
    assert type(workflow.summary) is models.WorkflowStatus
    assert type(workflow.payload) is classes[by_schema["Any"]]
    assert type(workflow.note) is models.AnyModel
    assert type(workflow.response) is models.Response
    assert type(workflow.field) is models.FieldModel
    assert workflow.input == {"anything": [1, {"nested": None}], "n": 2.5}  # typing.Any, not a model


@pytest.fixture(scope="module")
def small_api(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> ast.Module:
    output = tmp_path_factory.mktemp("small") / "out"
    generate_into(workspace, SPECS / "small.json", output)
    return ast.parse((output / "conductor_client" / "api" / "workflow.py").read_text("utf-8"))


def test_generated_signature_uses_safe_names_and_sends_wire_names(small_api: ast.Module) -> None:
    cls = next(n for n in small_api.body if isinstance(n, ast.ClassDef) and n.name == "WorkflowApi")
    method = next(f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "get_workflow")
    positional = [a.arg for a in method.args.args]
    keyword_only = [a.arg for a in method.args.kwonlyargs]
    assert positional == ["self", "workflow_id"]
    assert keyword_only == ["from_", "type_", "id_", "param_100", "x_idempotency_key", "timeout"]
    call = next(n for n in ast.walk(method) if isinstance(n, ast.Call) and ast.unparse(n.func) == "self._client.call")

    def wire_to_python(node: ast.expr) -> dict[str, str] | None:
        if not isinstance(node, ast.Dict):
            return None
        return {
            ast.literal_eval(k): v.id
            for k, v in zip(node.keys, node.values)
            if k is not None and isinstance(v, ast.Name)
        }

    sent = {kw.arg: wire_to_python(kw.value) for kw in call.keywords}
    assert sent["path"] == {"workflowId": "workflow_id"}
    assert sent["query"] == {"from": "from_", "type": "type_", "id": "id_", "100": "param_100"}
    assert sent["headers"] == {"X-Idempotency-key": "x_idempotency_key"}


# --- the same names in two server versions -------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_versions(ir_of: Any) -> tuple[Ir, Ir]:
    return ir_of(SPEC_3_21), ir_of(SPEC_3_32)


def test_operation_names_are_stable_across_server_versions(two_versions: tuple[Ir, Ir]) -> None:
    old, new = two_versions
    old_ops = {op.key: op for op in old.operations}
    new_ops = {op.key: op for op in new.operations}
    common = sorted(set(old_ops) & set(new_ops))
    assert len(common) >= 70
    changed = [
        f"{key}: {old_ops[key].group_attribute}.{old_ops[key].python_name} → "
        f"{new_ops[key].group_attribute}.{new_ops[key].python_name}"
        for key in common
        if (old_ops[key].group_attribute, old_ops[key].python_name)
        != (new_ops[key].group_attribute, new_ops[key].python_name)
    ]
    assert changed == []


def test_springdoc_suffix_swap_does_not_swap_names(two_versions: tuple[Ir, Ir]) -> None:
    """registerTaskDef / registerTaskDef_1 name POST and PUT the other way round in the two versions."""
    old, new = two_versions
    old_ops = {op.key: op for op in old.operations}
    new_ops = {op.key: op for op in new.operations}
    post, put = "POST /api/metadata/taskdefs", "PUT /api/metadata/taskdefs"
    # The premise: the operationIds really did swap.
    assert (old_ops[post].operation_id, old_ops[put].operation_id) == ("registerTaskDef_1", "registerTaskDef")
    assert (new_ops[post].operation_id, new_ops[put].operation_id) == ("registerTaskDef", "registerTaskDef_1")
    # The names did not.
    assert old_ops[post].python_name == new_ops[post].python_name
    assert old_ops[put].python_name == new_ops[put].python_name
    assert old_ops[post].python_name != old_ops[put].python_name


def test_model_names_are_stable_across_server_versions(two_versions: tuple[Ir, Ir]) -> None:
    """Component schemas and hoisted inline enums/objects present in both keep their class."""
    old, new = two_versions

    def classes(ir: Ir) -> dict[str, str]:
        return {m.hoisted_from or m.schema_name: m.class_name for m in ir.models}

    before, after = classes(old), classes(new)
    common = sorted(set(before) & set(after))
    assert len(common) >= 50
    assert [f"{k}: {before[k]} → {after[k]}" for k in common if before[k] != after[k]] == []


# --- the same names on every Python the project claims --------------------------------------------------------

# What each rule gives for the words whose status differs between Python versions (soft keywords, builtins added
# in 3.10-3.13), written out: a fixed expectation, not one computed by the interpreter running the test.
_VERSION_SENSITIVE = ["type", "match", "case", "_", "async", "await", "print", "ExceptionGroup",
                      "PythonFinalizationError", "EncodingWarning", "aiter", "anext"]
_EXPECTED_NAMES = {
    "parameter": ["type_", "match", "case", "param", "async_", "await_", "print_", "exception_group",
                  "python_finalization_error", "encoding_warning", "aiter_", "anext_"],
    "field": ["type", "match", "case", "field", "async_", "await_", "print", "exception_group",
              "python_finalization_error", "encoding_warning", "aiter", "anext"],
    "class": ["Type", "Match", "Case", "Model", "Async", "Await", "Print", "ExceptionGroupModel",
              "PythonFinalizationErrorModel", "EncodingWarningModel", "Aiter", "Anext"],
}
_NAMES_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from generator.ir import naming, python_words
words = json.loads(sys.argv[2])
print(json.dumps({"parameter": [naming.parameter_name(w) for w in words],
                  "field": [naming.field_name(w) for w in words],
                  "class": [naming.class_name(w) for w in words]}))
"""
_PYENV = Path.home() / ".pyenv" / "versions"


def test_names_do_not_depend_on_the_running_python() -> None:
    assert {
        "parameter": [naming.parameter_name(w) for w in _VERSION_SENSITIVE],
        "field": [naming.field_name(w) for w in _VERSION_SENSITIVE],
        "class": [naming.class_name(w) for w in _VERSION_SENSITIVE],
    } == _EXPECTED_NAMES


def _interpreters() -> list[Path]:
    found = sorted(_PYENV.glob("3.1[0-3].*/bin/python")) if _PYENV.is_dir() else []
    return found or [Path(sys.executable)]


@pytest.mark.parametrize("python", _interpreters(), ids=lambda p: p.parent.parent.name)
def test_every_supported_python_decides_the_same_names(python: Path) -> None:
    """The naming rules run under each interpreter of 3.10-3.13 on the machine give the fixed expectation, and the
    fixed word lists in python_words.py cover what that interpreter calls a keyword or a builtin."""
    import json
    import subprocess

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([str(python), "-c", _NAMES_SCRIPT, str(root), json.dumps(_VERSION_SENSITIVE)],
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == _EXPECTED_NAMES
    probe = "import builtins, keyword, json; print(json.dumps([keyword.kwlist, dir(builtins)]))"
    kwlist, builtin_names = json.loads(subprocess.run([str(python), "-c", probe], capture_output=True, text=True,
                                                      timeout=60, check=True).stdout)
    assert set(kwlist) == python_words.HARD_KEYWORDS
    assert set(builtin_names) <= python_words.BUILTIN_NAMES


@pytest.mark.parametrize("python", _interpreters(), ids=lambda p: p.parent.parent.name)
def test_every_supported_python_names_the_real_documents_the_same(python: Path) -> None:
    """Every group, method, parameter, class and field name of both server lines and the Orkes-flavoured document,
    decided under each interpreter, equals the fixed record in specs/names-golden.json."""
    import json
    import subprocess

    root = Path(__file__).resolve().parents[2]
    here = Path(__file__).resolve().parent
    done = subprocess.run([str(python), str(here / "names_everywhere.py"), str(root)], capture_output=True, text=True,
                          timeout=120, check=True)
    golden = json.loads((here / "specs" / "names-golden.json").read_text("utf-8"))
    assert json.loads(done.stdout) == golden
    assert len(golden["3.32.3"]["operations"]) >= 150
    assert "type" in golden["3.32.3"]["models"]["WorkflowTask"]  # a soft keyword since 3.12, kept as the name
