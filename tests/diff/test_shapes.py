"""What datamodel-code-generator makes of a schema, as user code sees it: recorded in the surface, compared.

Each case changes `tests/diff/specs/base.json` in one way (or starts from a changed base) and lists what the diff
must report. The issue's case first: an object schema that gains `additionalProperties: {}` and has no properties
becomes `RootModel[dict[str, Any]]`; code reading `.token` on it fails, so the diff must call it breaking.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diff.compare import compare
from generator.diff.load import load_surface
from generator.diff.surface import Surface

BASE = Path(__file__).resolve().parent / "specs" / "base.json"
Edit = Callable[[dict[str, Any]], None]


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def _set_schema(name: str, schema: dict[str, Any]) -> Edit:
    return lambda doc: _schemas(doc).__setitem__(name, schema)


def _no_edit(doc: dict[str, Any]) -> None:
    pass


def _retag_taskdefs_post(doc: dict[str, Any]) -> None:
    doc["paths"]["/api/metadata/taskdefs"]["post"]["tags"] = ["tag-resource"]


OPEN_MAP = {"type": "object", "additionalProperties": {}}
# (old edit, new edit, expected [(kind, location, breaking)])
CASES: dict[str, tuple[Edit, Edit, list[tuple[str, str, bool]]]] = {
    "object-to-root-model": (_no_edit, _set_schema("Tag", OPEN_MAP), [("model-reshaped", "Tag", True)]),
    "root-model-to-object": (_set_schema("Tag", OPEN_MAP), _no_edit, [("model-reshaped", "Tag", True)]),
    "root-type": (_set_schema("Tag", OPEN_MAP),
                  _set_schema("Tag", {"type": "object", "additionalProperties": {"type": "string"}}),
                  [("root-retyped", "Tag", True)]),
    "extra-values-typed": (_no_edit, lambda doc: _schemas(doc)["Task"].__setitem__(
        "additionalProperties", {"type": "string"}), [("extra-fields-changed", "Task", True)]),
    "extra-values-untyped": (lambda doc: _schemas(doc)["Task"].__setitem__("additionalProperties", {"type": "string"}),
                             _no_edit, [("extra-fields-changed", "Task", False)]),
    "open-enum-closed": (_no_edit, _set_schema("PriorityLevel", {"type": "string", "enum": ["LOW", "HIGH", 3]}),
                         [("model-rebased", "PriorityLevel", True), ("enum-value-added", "PriorityLevel(3)", False)]),
    "enum-reordered": (_no_edit, _set_schema("PriorityLevel", {"type": "string", "enum": ["HIGH", "LOW"]}),
                       [("enum-values-reordered", "PriorityLevel", False)]),
    "wire-name": (_no_edit, lambda doc: _schemas(doc)["Task"].__setitem__(
        "properties", {"task_id": {"type": "string"}, "taskType": {"type": "string"}}),
        [("field-rewired", "Task.task_id", False)]),
    "group-class-added": (_no_edit, _retag_taskdefs_post, [
        ("method-renamed", "client.metadata.register_task_def(...)", True),
        ("export-added", "api.tag.AsyncTagApi", False), ("export-added", "api.tag.TagApi", False)]),
    "group-class-removed": (_retag_taskdefs_post, _no_edit, [
        ("method-renamed", "client.tag.register_task_def(...)", True),
        ("export-removed", "api.tag.AsyncTagApi", True), ("export-removed", "api.tag.TagApi", True)]),
}

_cache: dict[str, Surface] = {}


def surface_of(edit: Edit, tmp_path: Path) -> Surface:
    doc = json.loads(BASE.read_text("utf-8"))
    edit(doc)
    text = json.dumps(doc, sort_keys=True)
    if text not in _cache:
        path = tmp_path / f"spec-{len(_cache)}.json"
        path.write_text(text, "utf-8")
        _cache[text] = load_surface(str(path), Config())
    return _cache[text]


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_generated_shape_change_is_found_with_its_verdict(case: str, tmp_path: Path) -> None:
    old_edit, new_edit, expected = CASES[case]
    changes = compare(surface_of(old_edit, tmp_path), surface_of(new_edit, tmp_path))
    found = [(c.kind, c.location, c.breaking) for c in changes]
    # Which methods a new group renames is the naming rule's business (tests/generator/test_gen_naming.py): here,
    # that there is one, breaking.
    renames = [(k, b) for k, _loc, b in found if k == "method-renamed"]
    assert bool(renames) == any(k == "method-renamed" for k, _loc, _b in expected)
    assert all(breaking for _kind, breaking in renames)
    assert [c for c in found if c[0] != "method-renamed"] == [c for c in expected if c[0] != "method-renamed"]


def test_the_surface_records_the_class_as_generated(tmp_path: Path) -> None:
    old = surface_of(_no_edit, tmp_path)["models"]
    new = surface_of(_set_schema("Tag", OPEN_MAP), tmp_path)["models"]
    assert (old["Tag"]["shape"], old["Tag"]["root"]) == ("object", "")
    assert [f["name"] for f in old["Tag"]["fields"]] == ["key", "value"]
    assert (new["Tag"]["shape"], new["Tag"]["root"], new["Tag"]["bases"]) == (
        "root", "dict[str, Any]", ["RootModel[dict[str, Any]]"])
    enum = old["PriorityLevel"]
    assert (enum["shape"], enum["bases"], enum["members"]) == ("enum", ["OpenEnum"], [["LOW", "LOW"], ["HIGH", "HIGH"]])
    workflow = {f["name"]: f for f in old["Workflow"]["fields"]}
    assert workflow["tasks"]["type"] == "list[Task] | None"  # the generated annotation, beside the IR's
    assert workflow["status"]["type"] == "WorkflowStatusEnum | None"


def test_a_reshaped_model_is_breaking_in_the_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    old, new = tmp_path / "old.json", tmp_path / "new.json"
    doc = json.loads(BASE.read_text("utf-8"))
    old.write_text(json.dumps(doc), "utf-8")
    _set_schema("Tag", copy.deepcopy(OPEN_MAP))(doc)
    new.write_text(json.dumps(doc), "utf-8")
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 3
    out = capsys.readouterr().out
    assert "BREAKING (1)" in out and "! Tag: now a root model RootModel[dict[str, Any]]" in out


def _model(**extra: Any) -> dict[str, Any]:
    return {"schema": "E", "kind": "enum", "hoisted_from": "", "fields": [], "enum_values": ["a-b", "A_B"],
            "used_in": [], "shape": "enum", "bases": ["OpenEnum"], "root": "", "extra": "", "extra_values": "",
            **extra}


def test_an_enum_member_renamed_for_the_same_value_is_breaking() -> None:
    """datamodel-code-generator names members from values; when a new value takes a name, an old member moves."""
    old = {"version": 2, "models": {"E": _model(members=[["A_B", "a-b"]], enum_values=["a-b"])}}
    new = {"version": 2, "models": {"E": _model(members=[["A_B_1", "a-b"], ["A_B", "A_B"]])}}
    found = [(c.kind, c.location, c.breaking) for c in compare(old, new)]
    assert found == [("enum-member-renamed", "E.A_B", True), ("enum-value-added", "E.A_B", False)]


def test_a_version_1_surface_is_compared_on_what_it_has(tmp_path: Path) -> None:
    """The surface of an older generator: no generated shapes, no classes outside the IR. Nothing is reported from
    what it could not record."""
    new = surface_of(_no_edit, tmp_path)
    old = json.loads(json.dumps(new))
    old["version"] = 1
    del old["exports"]
    for model in old["models"].values():
        for key in ("shape", "bases", "root", "extra", "extra_values", "members"):
            model.pop(key)
        for field in model["fields"]:
            field.pop("type", None)
    new = json.loads(json.dumps(new))
    new["models"]["Roles"] = dict(_model(), schema="", members=[["A", "A"]])  # a class the IR never named
    assert compare(old, new) == []
