"""`conductor-codegen diff`: exit codes, JSON, Markdown, saved surfaces and URLs as inputs."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.local_http import serving

from generator.cli import main

SPECS = Path(__file__).resolve().parent / "specs"
BASE = str(SPECS / "base.json")
BREAKING = str(SPECS / "field-removed.json")
HARMLESS = str(SPECS / "model-added.json")
ROOT = Path(__file__).resolve().parents[2]
REAL_OLD = str(ROOT / "tests" / "specs" / "conductor-3.21.14.json")
REAL_NEW = str(ROOT / "tests" / "specs" / "conductor-3.32.3.json")


def diff(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert diff(capsys, BASE, BREAKING)[0] == 0  # a report, not a verdict, unless asked
    code, out, err = diff(capsys, BASE, BREAKING, "--fail-on-breaking")
    assert code == 3
    assert "! Workflow.create_time: field 'createTime' is gone" in out  # the report is printed all the same
    assert "1 breaking change(s)" in err
    assert diff(capsys, BASE, HARMLESS, "--fail-on-breaking")[0] == 0
    assert diff(capsys, BASE, BASE, "--fail-on-breaking")[0] == 0


def test_the_real_lines_in_one_run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """3.21.14 → 3.32.3 with every output at once: exit 3, JSON breaking first, the Markdown entry."""
    entry = tmp_path / "entry.md"
    code, out, _ = diff(capsys, REAL_OLD, REAL_NEW, "--fail-on-breaking", "--json", "--markdown", str(entry))
    report = json.loads(out)
    assert report["summary"]["breaking"] > 0 and code == 3
    assert report["old"]["server_version"] == "3.21.14" and report["new"]["server_version"] == "3.32.3"
    flags = [c["breaking"] for c in report["changes"]]
    assert flags == sorted(flags, reverse=True) and flags[0] is True
    md = entry.read_text("utf-8")
    assert md.startswith("## conductor 3.32.3 (was conductor 3.21.14)\n")
    assert md.index("### Breaking") < md.index("### Not breaking")
    assert "  - `client.workflow.search(classifier=...)`: new optional query parameter 'classifier': str \\| None " \
           "(`GET /api/workflow/search`)" in md


def test_bad_input_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = diff(capsys, BASE, str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err and out == ""
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.1", "info": {"title": "x"}, "paths": []}')
    code, _, err = diff(capsys, str(broken), BASE)
    assert code == 2 and "missing-paths" in err
    broken.write_text("not JSON {")
    code, _, err = diff(capsys, BASE, str(broken))
    assert code == 2 and "spec-syntax" in err
    (tmp_path / "surface.json").write_text(json.dumps({"format": "conductor-codegen/api-surface", "version": 99}))
    code, _, err = diff(capsys, str(tmp_path / "surface.json"), BASE)
    assert code == 2 and "surface-version" in err


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    text = capsys.readouterr().out
    assert "--fail-on-breaking" in text and "3  with --fail-on-breaking" in text and "2  bad input" in text


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = diff(capsys, BASE, str(SPECS / "parameter-added-required.json"), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["format"] == "conductor-codegen/api-diff" and report["version"] == 1
    assert set(report["old"]) == {"label", "server_version", "api_version", "spec_sha256", "package", "operations",
                                  "models"}
    assert report["old"]["operations"] == 6
    assert report["summary"] == {"breaking": 1, "not_breaking": 0, "total": 1, "by_kind": {"parameter-added": 1}}
    assert report["changes"] == [{
        "kind": "parameter-added",
        "breaking": True,
        "location": "client.workflow.start_workflow(version=...)",
        "detail": "new required query parameter 'version': int",
        "endpoint": "POST /api/workflow",
        "old": None,
        "new": "int",
    }]


def test_markdown_entry(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    entry = tmp_path / "notes" / "entry.md"
    code, out, _ = diff(capsys, BASE, BREAKING, "--markdown", str(entry))
    assert code == 0 and out.startswith("API changes ")
    text = entry.read_text("utf-8")
    assert text.startswith("## Small Conductor v0 (sha256 ")
    assert "**1 breaking**, 0 not breaking." in text
    assert "### Breaking\n\n- field removed:\n  - `Workflow.create_time`: field 'createTime' is gone\n" in text
    assert "### Not breaking" not in text
    code, out, _ = diff(capsys, BASE, HARMLESS, "--markdown", "-")
    assert out.endswith("### Not breaking\n\n- model added:\n  - `WorkflowSummary`: new model WorkflowSummary\n")


def test_a_saved_surface_stands_for_its_spec(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    saved = tmp_path / "api-surface.json"
    diff(capsys, BASE, BASE, "--save-surface", str(saved))
    assert json.loads(saved.read_text("utf-8"))["format"] == "conductor-codegen/api-surface"
    from_spec = json.loads(diff(capsys, BASE, BREAKING, "--json")[1])
    from_surface = json.loads(diff(capsys, str(saved), BREAKING, "--json")[1])
    assert from_surface["changes"] == from_spec["changes"]


def test_the_committed_package_surface_stands_for_the_committed_spec(capsys: pytest.CaptureFixture[str]) -> None:
    """What `generate` wrote beside the package and what the diff makes of the same spec agree to the last name: an
    upgrade's report (`diff SURFACE NEW`) then lists only what the new server changes. (The surface once counted
    `models/__init__.py`'s own `__all__`, `_MODULES` and `TYPE_CHECKING` as models.)"""
    code, out, err = diff(capsys, str(ROOT / "generated" / "api-surface.json"),
                          str(ROOT / "spec" / "conductor-openapi.json"), "--json")
    assert code == 0, err
    assert json.loads(out)["changes"] == []
    saved = json.loads((ROOT / "generated" / "api-surface.json").read_text("utf-8"))
    assert not [name for name in saved["models"] if name.startswith("_") or name == "TYPE_CHECKING"]


def test_a_saved_surface_names_the_new_side_as_generate_would(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    """A package whose `get_workflow` is still called by its old name: `generate` over it keeps that name (the
    lock), so `diff SURFACE SPEC` reports no rename, while `diff SPEC SPEC` names both sides by the rule."""
    surface = json.loads((ROOT / "generated" / "api-surface.json").read_text("utf-8"))
    key = next(k for k, op in surface["operations"].items()
               if op["method"] == "get_workflow" and op["group"] == "workflow")
    surface["operations"][key]["method"] = "get_execution_status"
    saved = tmp_path / "api-surface.json"
    saved.write_text(json.dumps(surface), "utf-8")
    code, out, err = diff(capsys, str(saved), str(ROOT / "spec" / "conductor-openapi.json"), "--json")
    assert code == 0, err
    assert json.loads(out)["changes"] == []
    # The lock holds the name against the rule, and only for the operation that has it.
    spec = json.loads((ROOT / "spec" / "conductor-openapi.json").read_text("utf-8"))
    method, _, path = key.partition(" ")
    spec["paths"]["/api/workflow/{workflowId}/moved"] = spec["paths"][path]  # the same operation at a new path
    del spec["paths"][path]
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(spec), "utf-8")
    code, out, err = diff(capsys, str(saved), str(moved), "--json")
    changes = json.loads(out)["changes"]
    added = [c["location"] for c in changes
             if c["kind"] == "operation-added" and c["detail"].startswith("new operation GET")]
    # The new path does not take `get_execution_status`, which the package still holds for the removed one.
    assert len(added) == 1 and added[0].startswith("client.workflow."), changes
    assert added[0] != "client.workflow.get_execution_status(...)", changes


@contextlib.contextmanager
def serving_folder(folder: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    with serving(handler) as url:
        yield url


def test_specs_by_url(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serving_folder(SPECS) as url:
        code, out, _ = diff(capsys, f"{url}/base.json", f"{url}/field-removed.json", "--fail-on-breaking")
        assert code == 3 and "Workflow.create_time" in out
        code, _, err = diff(capsys, f"{url}/base.json", f"{url}/nothing-here.json")
        assert code == 2 and "404" in err
