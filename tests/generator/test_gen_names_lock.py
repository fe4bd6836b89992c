"""Names that stay put: regenerating over a package keeps its names (its api-surface.json is the lock); the one-time
rename goes through `generate --rename-methods`, and the report and CHANGELOG.md list each rename as breaking."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from gen_support import SPEC_3_32, generate_into, run_cli

JSON = "application/json"


def _op(operation_id: str, *params: str, tag: str = "gadget-resource") -> dict[str, Any]:
    return {
        "tags": [tag],
        "operationId": operation_id,
        "parameters": [{"name": p, "in": "path" if p in ("id",) else "query", "required": p == "id",
                        "schema": {"type": "integer" if p == "timeout" else "string"}} for p in params],
        "responses": {"200": {"description": "OK", "content": {JSON: {"schema": {"type": "string"}}}}},
    }


# A gadget API where, as on the Conductor 2022 → 2025 upgrade, a new path would take an existing path's name.
OLD: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "Gadgets", "version": "v1"},
    "paths": {
        "/api/gadget/gadgetlocation": {"get": _op("getGadgetLocation")},
        "/api/gadget/{id}": {"get": _op("getGadget", "id")},
        "/api/gadget/old": {"get": _op("listOld")},
        "/api/tasks/poll/batch/{tasktype}": {
            "get": {**_op("batchPoll", "timeout", tag="task-resource"),
                    "parameters": [{"name": "tasktype", "in": "path", "required": True, "schema": {"type": "string"}},
                                   {"name": "timeout", "in": "query", "schema": {"type": "integer"}}]}
        },
    },
}


def _new() -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    paths = new["paths"]
    # The competing path: sorted before the old one, the rule alone would give it `get_gadget_location`.
    paths["/api/gadget/gadget-location"] = {"get": _op("getGadgetLocation_1")}
    # A removed operation whose name a new one would take.
    del paths["/api/gadget/old"]
    paths["/api/gadget/old-ones"] = {"get": _op("listOld_1")}
    return new


def _write(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(document), "utf-8")
    return path


def _surface(output: Path) -> dict[str, dict[str, Any]]:
    return json.loads((output / "api-surface.json").read_text("utf-8"))["operations"]  # type: ignore[no-any-return]


def _calls(output: Path) -> dict[str, str]:
    return {key: f"{op['group']}.{op['method']}" for key, op in _surface(output).items()}


def _methods_in(module: Path) -> set[str]:
    tree = ast.parse(module.read_text("utf-8"))
    return {f.name for c in tree.body if isinstance(c, ast.ClassDef) for f in c.body if isinstance(f, ast.FunctionDef)}


@pytest.fixture()
def specs(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path, "old.json", OLD), _write(tmp_path, "new.json", _new())


def test_a_new_operation_never_takes_an_existing_name(workspace: Path, tmp_path: Path, specs: tuple[Path, Path]) -> None:
    old_spec, new_spec = specs
    fresh = tmp_path / "fresh"
    generate_into(workspace, new_spec, fresh)
    # The premise: named from scratch, the new paths take the names the old package gave other paths.
    assert _calls(fresh)["GET /api/gadget/gadget-location"] == "gadget.get_gadget_location"
    assert _calls(fresh)["GET /api/gadget/old-ones"] == "gadget.list_old"

    out = tmp_path / "out"
    generate_into(workspace, old_spec, out)
    before = _calls(out)
    assert before["GET /api/gadget/gadgetlocation"] == "gadget.get_gadget_location"
    assert before["GET /api/gadget/old"] == "gadget.list_old"
    generate_into(workspace, new_spec, out)
    after = _calls(out)
    assert {key: after[key] for key in before if key in after} == {k: v for k, v in before.items() if k in after}
    assert after["GET /api/gadget/gadget-location"] not in set(before.values())
    # Not even the name of the operation that is gone: unchanged code must fail, not call another endpoint.
    assert after["GET /api/gadget/old-ones"] not in set(before.values())
    assert "get_gadget_location" in _methods_in(out / "conductor_client" / "api" / "gadget.py")


def test_old_names_stay_until_the_rename_switch(workspace: Path, tmp_path: Path, specs: tuple[Path, Path]) -> None:
    """A package generated before the naming rule (its names written into its api-surface.json here) keeps them on
    a plain regeneration; `--rename-methods` renames them once, and the report and changelog list each rename."""
    old_spec, _ = specs
    out = tmp_path / "out"
    generate_into(workspace, old_spec, out)
    surface_file = out / "api-surface.json"
    surface = json.loads(surface_file.read_text("utf-8"))
    batch = surface["operations"]["GET /api/tasks/poll/batch/{tasktype}"]
    assert (batch["method"], [p["name"] for p in batch["params"]]) == ("batch_poll_tasks", ["tasktype", "timeout_ms"])
    batch["method"] = "batch_poll"
    batch["params"][1]["name"] = "timeout_"
    surface["operations"]["GET /api/gadget/{id}"]["group"] = "gadget_api"
    surface_file.write_text(json.dumps(surface), "utf-8")

    plain = run_cli("generate", old_spec, "--config", workspace, "--output", out, "--force")
    assert plain.code == 0, plain.err
    kept = _surface(out)
    assert (kept["GET /api/tasks/poll/batch/{tasktype}"]["method"],
            [p["name"] for p in kept["GET /api/tasks/poll/batch/{tasktype}"]["params"]]) == ("batch_poll", ["tasktype", "timeout_"])
    assert kept["GET /api/gadget/{id}"]["group"] == "gadget_api"
    assert "batch_poll" in _methods_in(out / "conductor_client" / "api" / "task.py")
    assert "method-renamed" not in plain.out

    renamed = run_cli("generate", old_spec, "--config", workspace, "--output", out, "--rename-methods")
    assert renamed.code == 0, renamed.err
    assert _calls(out)["GET /api/tasks/poll/batch/{tasktype}"] == "task.batch_poll_tasks"
    assert _calls(out)["GET /api/gadget/{id}"] == "gadget.get_gadget"
    for text in (renamed.out, (out / "CHANGELOG.md").read_text("utf-8")):
        assert "client.task.batch_poll(...)" in text and "client.task.batch_poll_tasks(...)" in text
        assert "client.gadget_api.get_gadget(...)" in text and "client.gadget.get_gadget(...)" in text
    breaking = renamed.out.split("BREAKING", 1)[1].split("Not breaking", 1)[0]
    assert "method-renamed (2)" in breaking
    # After the rename, the new names are the lock.
    again = run_cli("generate", old_spec, "--config", workspace, "--output", out, "--force")
    assert again.code == 0 and _calls(out)["GET /api/tasks/poll/batch/{tasktype}"] == "task.batch_poll_tasks"


def test_a_broken_lock_is_a_clear_error_and_nothing_is_written(workspace: Path, tmp_path: Path,
                                                                 specs: tuple[Path, Path]) -> None:
    old_spec, _ = specs
    out = tmp_path / "out"
    generate_into(workspace, old_spec, out)
    (out / "api-surface.json").write_text('{"format": "conductor-codegen/api-surface", "operations": {"GET /x": '
                                          '{"group": "g", "method": "not a name"}}}', "utf-8")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = run_cli("generate", old_spec, "--config", workspace, "--output", out, "--force")
    assert result.code == 2
    assert "api-surface.json#/operations/GET ~1x/method" in result.err and "not a public Python name" in result.err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_the_committed_spec_keeps_every_name_of_a_package_made_from_it(workspace: Path, tmp_path: Path) -> None:
    """Over a real package: every locked name (here: every method renamed to an arbitrary `legacy_` name) stays."""
    out = tmp_path / "out"
    generate_into(workspace, SPEC_3_32, out)
    surface = json.loads((out / "api-surface.json").read_text("utf-8"))
    for op in surface["operations"].values():
        op["method"] = "legacy_" + op["method"]
    (out / "api-surface.json").write_text(json.dumps(surface), "utf-8")
    result = run_cli("generate", SPEC_3_32, "--config", workspace, "--output", out, "--force")
    assert result.code == 0, result.err
    assert all(op["method"].startswith("legacy_") for op in _surface(out).values())
