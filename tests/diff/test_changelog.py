"""What `generate` writes beside the package: api-surface.json and CHANGELOG.md, and the report it prints."""

from __future__ import annotations

import json
from pathlib import Path

from generator.config import Config
from generator.diff.changelog import CHANGELOG_HEADER, prepend_entry, report_spec_change, spec_change_files
from generator.ir.model import Ir
from generator.pipeline import build

SPECS = Path(__file__).resolve().parent / "specs"


def ir_of(name: str) -> Ir:
    return build(str(SPECS / name), Config())[0]


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")


def test_first_run_records_a_baseline(tmp_path: Path) -> None:
    result = spec_change_files(tmp_path, ir_of("base.json"), spec_source=str(SPECS / "base.json"))
    assert result.first and result.changes == [] and result.report == ""
    surface = json.loads(result.files["api-surface.json"])
    assert surface["format"] == "conductor-codegen/api-surface" and len(surface["operations"]) == 6
    changelog = result.files["CHANGELOG.md"]
    assert changelog.startswith(CHANGELOG_HEADER)
    assert "## Small Conductor v0\n\nFirst recorded API: 6 operations, 7 models.\n" in changelog


def test_a_changed_api_is_reported_and_prepended(tmp_path: Path) -> None:
    write(tmp_path, spec_change_files(tmp_path, ir_of("base.json")).files)
    before = (tmp_path / "CHANGELOG.md").read_text("utf-8")
    result = spec_change_files(tmp_path, ir_of("field-removed.json"), spec_source=str(SPECS / "field-removed.json"),
                               spec_sha256="ab" * 32)
    assert not result.first
    assert [(c.kind, c.location, c.breaking) for c in result.changes] == [
        ("field-removed", "Workflow.create_time", True)]
    assert result.report.startswith("API changes Small Conductor v0 → Small Conductor v0 (sha256 abababababab): "
                                    "1 breaking, 0 not breaking\n")
    changelog = result.files["CHANGELOG.md"]
    newest = changelog.index("## Small Conductor v0 (sha256 abababababab)")
    assert changelog.startswith(CHANGELOG_HEADER) and newest < changelog.index("First recorded API")
    assert changelog.endswith(before[len(CHANGELOG_HEADER):].lstrip("\n"))  # older entries kept, unchanged
    assert "- field removed:\n  - [`Workflow.create_time`](docs/models/Workflow.md): field 'createTime' is gone" in changelog
    assert json.loads(result.files["api-surface.json"])["spec_sha256"] == "ab" * 32


def test_no_change_keeps_the_changelog_as_it_is(tmp_path: Path) -> None:
    write(tmp_path, spec_change_files(tmp_path, ir_of("base.json")).files)
    (tmp_path / "CHANGELOG.md").write_text("# Our notes\n\n## 1.0\n\nhand-written\n", "utf-8")
    result = spec_change_files(tmp_path, ir_of("operationid-renumbered.json"))
    assert result.changes == [] and result.report == ""
    assert result.files["CHANGELOG.md"] == "# Our notes\n\n## 1.0\n\nhand-written\n"  # written back, untouched


def test_report_spec_change(tmp_path: Path) -> None:
    assert report_spec_change(tmp_path / "api-surface.json", ir_of("base.json")) == []  # nothing to compare with
    write(tmp_path, spec_change_files(tmp_path, ir_of("base.json")).files)
    changes = report_spec_change(tmp_path / "api-surface.json", ir_of("enum-value-added.json"))
    assert [(c.kind, c.location, c.breaking) for c in changes] == [
        ("enum-value-added", "WorkflowStatusEnum.PAUSED", False)]


def test_prepend_entry() -> None:
    assert prepend_entry("", "## b\n\nx\n") == CHANGELOG_HEADER + "\n## b\n\nx\n"
    assert prepend_entry("# T\n\nintro\n\n## a\n\ny\n", "## b\n\nx\n") == "# T\n\nintro\n\n## b\n\nx\n\n## a\n\ny\n"
    assert prepend_entry("loose text\n", "## b\n") == CHANGELOG_HEADER + "\n## b\n\nloose text\n"


def test_a_change_from_the_generator_alone_says_so(tmp_path: Path) -> None:
    """Same spec, other Python API (a newer generator types a return differently): the entry says where the change
    came from instead of "3.32.3 (was 3.32.3)"."""
    sha = "cd" * 32
    files = spec_change_files(tmp_path, ir_of("base.json"), spec_sha256=sha).files
    saved = json.loads(files["api-surface.json"])
    key, operation = next((k, op) for k, op in saved["operations"].items() if op["returns"]["kind"] == "json")
    operation["returns"]["annotation"] = "Any"  # as an older generator would have written it
    files["api-surface.json"] = json.dumps(saved)
    write(tmp_path, files)
    result = spec_change_files(tmp_path, ir_of("base.json"), spec_sha256=sha)
    assert [c.kind for c in result.changes] == ["return-retyped"], result.changes
    assert "\n## Small Conductor v0 (sha256 cdcdcdcdcdcd) (same spec; generator changed)\n" in result.files[
        "CHANGELOG.md"]
    other = spec_change_files(tmp_path, ir_of("base.json"), spec_sha256="ef" * 32)
    assert "## Small Conductor v0 (sha256 efefefefefef) (was Small Conductor v0 (sha256 cdcdcdcdcdcd))" in \
        other.files["CHANGELOG.md"]


def test_another_document_of_the_same_server_version_says_so() -> None:
    from generator.diff.report import markdown_entry

    old = {"server_version": "3.32.3", "spec_sha256": "ab" * 32, "operations": {}, "models": {}}
    assert markdown_entry([], old, {**old, "spec_sha256": "cd" * 32}).startswith(
        "## conductor 3.32.3 (another document of the same version)\n")
    assert markdown_entry([], old, dict(old)).startswith("## conductor 3.32.3 (same spec; generator changed)\n")
    assert markdown_entry([], old, {**old, "server_version": "3.33.0"}).startswith(
        "## conductor 3.33.0 (was conductor 3.32.3)\n")
