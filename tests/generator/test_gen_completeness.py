"""No operation and no schema is ever dropped: every one of the spec is in the generated package.

The spec side is read straight from the JSON; the package side is parsed with `ast` from the generated files.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
from gen_support import COMMITTED_SPEC, SPEC_3_21, Build, spec_operations, spec_schema_names


def _constant_args(call: ast.Call) -> dict[str, object]:
    return {kw.arg: kw.value.value for kw in call.keywords if kw.arg and isinstance(kw.value, ast.Constant)}


def generated_operations(package: Path) -> list[dict[str, object]]:
    """Every `_X: Operation[...] = Operation(name=..., method=..., path=...)` constant of the api modules."""
    found = []
    for module in sorted((package / "api").glob("*.py")):
        tree = ast.parse(module.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
                func = node.value.func
                if isinstance(func, ast.Name) and func.id == "Operation":
                    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                    assert isinstance(target, ast.Name)
                    found.append({"module": module.stem, "constant": target.id, **_constant_args(node.value)})
    return found


def model_sources(package: Path) -> str:
    """Every private models module, concatenated (the models are cut into one module per recursive group)."""
    return "\n".join(p.read_text("utf-8") for p in sorted((package / "models").glob("_*.py")) if p.name != "_base.py")


def model_classes(package: Path) -> set[str]:
    tree = ast.parse(model_sources(package))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def models_all(package: Path) -> list[str]:
    tree = ast.parse((package / "models" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("models/__init__.py has no __all__")


CASES = [
    pytest.param(COMMITTED_SPEC, "committed_build", id="committed-3.32.3"),
    pytest.param(SPEC_3_21, "old_build", id="3.21.14"),
]


@pytest.mark.parametrize(("spec", "build_fixture"), CASES)
def test_every_operation_is_generated(spec: Path, build_fixture: str, request: pytest.FixtureRequest) -> None:
    build: Build = request.getfixturevalue(build_fixture)
    expected = spec_operations(spec)
    generated = generated_operations(build.package)
    keys = Counter((str(op["method"]), str(op["path"])) for op in generated)

    assert len(expected) > 50  # the real specs: a test that counts nothing proves nothing
    assert sorted(expected - set(keys)) == [], "operations of the spec missing from the api modules"
    assert sorted(set(keys) - expected) == [], "api modules hold operations the spec does not have"
    assert [k for k, n in keys.items() if n > 1] == [], "an operation is generated twice"
    # The CLI's summary counts the same operations.
    assert f"{len(expected)} operations" in build.result.out


@pytest.mark.parametrize(("spec", "build_fixture"), CASES)
def test_every_operation_has_a_method_on_both_clients(
    spec: Path, build_fixture: str, request: pytest.FixtureRequest
) -> None:
    """Each `Operation` constant is named `group.method`, and both classes of its module define that method
    and call the client with that constant."""
    build: Build = request.getfixturevalue(build_fixture)
    problems = []
    trees: dict[str, ast.Module] = {}
    for op in generated_operations(build.package):
        group, method = str(op["name"]).split(".")
        assert group == op["module"]
        module = str(op["module"])
        if module not in trees:
            trees[module] = ast.parse((build.package / "api" / f"{module}.py").read_text("utf-8"))
        classes = [node for node in trees[module].body if isinstance(node, ast.ClassDef)]
        assert len(classes) == 2, [c.name for c in classes]  # the sync class and the async one
        for cls in classes:
            defs = {f.name: f for f in cls.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
            if method not in defs:
                problems.append(f"{cls.name}.{method} missing")
                continue
            used = {n.id for n in ast.walk(defs[method]) if isinstance(n, ast.Name)}
            if op["constant"] not in used:
                problems.append(f"{cls.name}.{method} does not use {op['constant']}")
    assert problems == []


@pytest.mark.parametrize(("spec", "build_fixture"), CASES)
def test_every_schema_has_a_model_class(spec: Path, build_fixture: str, request: pytest.FixtureRequest, ir_of) -> None:
    build: Build = request.getfixturevalue(build_fixture)
    ir = ir_of(spec)
    schemas = spec_schema_names(spec)
    class_of = {m.schema_name: m.class_name for m in ir.models if not m.hoisted_from}
    classes = model_classes(build.package)
    exported = models_all(build.package)

    assert len(schemas) > 50
    assert sorted(set(schemas) - set(class_of)) == [], "schemas the IR has no model for"
    assert len(set(class_of.values())) == len(class_of), "two schemas share a class"
    assert sorted(n for n in schemas if class_of[n] not in classes) == [], "schemas without a class in the models modules"
    assert sorted(n for n in schemas if class_of[n] not in exported) == [], "schemas missing from models.__all__"
    # Every model of the IR (hoisted enums and objects too) is defined and exported, and nothing else is exported.
    assert sorted(exported) == sorted(m.class_name for m in ir.models)
    assert set(exported) <= classes
    assert len(exported) == len(set(exported))


def test_any_schema_becomes_any_model(committed_build: Build, ir_of) -> None:
    ir = ir_of(COMMITTED_SPEC)
    assert "Any" in spec_schema_names(COMMITTED_SPEC)
    assert [m.class_name for m in ir.models if m.schema_name == "Any"] == ["AnyModel"]
    source = model_sources(committed_build.package)
    assert re.search(r"^class AnyModel\(", source, re.MULTILINE)
    assert not re.search(r"^class Any\(", source, re.MULTILINE)
    assert "AnyModel" in models_all(committed_build.package)
