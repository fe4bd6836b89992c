"""Bad input: exit code 2, a message naming the file (and the JSON pointer where there is one), and the output
folder left byte for byte as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from gen_support import SPECS, Build, run_cli, tree_hashes

CASES = [
    # (spec file, error code, JSON pointer or None)
    pytest.param("broken.json", "spec-syntax", None, id="broken-json"),
    pytest.param(
        "dangling-ref.json",
        "dangling-ref",
        "/paths/~1api~1x/get/responses/200/content/application~1json/schema/$ref",
        id="dangling-ref",
    ),
    pytest.param("missing-paths.json", "missing-paths", "/paths", id="missing-paths"),
    pytest.param(
        "external-ref.json",
        "external-ref",
        "/paths/~1api~1x/get/responses/200/content/application~1json/schema/$ref",
        id="external-ref",
    ),
    pytest.param("alias-bomb.yaml", "spec-yaml-alias", None, id="yaml-alias-bomb"),
    pytest.param("top-level-array.json", "spec-shape", None, id="top-level-array"),
    pytest.param("swagger2.json", "not-openapi", "/openapi", id="swagger-2"),
]


@pytest.fixture
def existing_output(committed_build: Build, tmp_path: Path) -> Path:
    """A copy of a previously generated tree, as `generated/` would be."""
    target = tmp_path / "parent" / "generated"
    shutil.copytree(committed_build.output, target)
    return target


@pytest.mark.parametrize(("name", "code", "pointer"), CASES)
def test_invalid_spec_exits_2_and_leaves_the_output_untouched(
    name: str, code: str, pointer: str | None, existing_output: Path, workspace: Path
) -> None:
    spec = SPECS / name
    before = tree_hashes(existing_output)
    siblings = sorted(p.name for p in existing_output.parent.iterdir())

    result = run_cli("generate", spec, "--config", workspace, "--output", existing_output)

    assert result.code == 2, result.out + result.err
    first = result.err.splitlines()[0]
    assert first.startswith(str(spec)), result.err  # the file, as given
    assert f"error[{code}]" in first, result.err
    if pointer is not None:
        assert first.startswith(f"{spec}#{pointer}: "), result.err
    assert "nothing was written" in result.err
    assert "Traceback" not in result.err
    assert tree_hashes(existing_output) == before
    assert sorted(p.name for p in existing_output.parent.iterdir()) == siblings  # no staging folder left behind


@pytest.mark.parametrize(("name", "code", "pointer"), CASES)
def test_validate_reports_the_same(name: str, code: str, pointer: str | None, workspace: Path) -> None:
    spec = SPECS / name
    result = run_cli("validate", spec, "--config", workspace)
    assert result.code == 2
    assert f"error[{code}]" in result.err
    if pointer is not None:
        assert f"{spec}#{pointer}: " in result.err


def test_every_error_is_reported_not_only_the_first(tmp_path: Path, workspace: Path) -> None:
    """Two dangling refs and an external one: three errors, each with its own pointer."""
    document = json.loads((SPECS / "dangling-ref.json").read_text("utf-8"))
    document["paths"]["/api/y"] = {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}},
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "https://example.invalid/thing.json"}}},
                }
            },
        }
    }
    spec = tmp_path / "many.json"
    spec.write_text(json.dumps(document), "utf-8")
    result = run_cli("validate", spec, "--config", workspace)
    assert result.code == 2
    errors = [line for line in result.err.splitlines() if "error[" in line]
    assert sorted(line.split(": ")[0] for line in errors) == sorted(
        [
            f"{spec}#/paths/~1api~1x/get/responses/200/content/application~1json/schema/$ref",
            f"{spec}#/paths/~1api~1y/post/requestBody/content/application~1json/schema/$ref",
            f"{spec}#/paths/~1api~1y/post/responses/200/content/application~1json/schema/$ref",
        ]
    )
    assert "3 problem(s)" in result.err


def test_schema_validation_errors_carry_a_pointer(tmp_path: Path, workspace: Path, committed_build: Build) -> None:
    """An error only openapi-spec-validator finds (a response without its required description)."""
    document = json.loads((SPECS / "small.json").read_text("utf-8"))
    del document["paths"]["/api/metadata/any"]["get"]["responses"]["200"]["description"]
    spec = tmp_path / "invalid.json"
    spec.write_text(json.dumps(document), "utf-8")
    output = tmp_path / "generated"
    shutil.copytree(committed_build.output, output)
    before = tree_hashes(output)

    result = run_cli("generate", spec, "--config", workspace, "--output", output)
    assert result.code == 2
    assert f"{spec}#/paths/~1api~1metadata~1any/get/responses/200" in result.err, result.err
    assert "error[invalid-openapi]" in result.err
    assert tree_hashes(output) == before


def test_missing_spec_file(tmp_path: Path, workspace: Path) -> None:
    result = run_cli("generate", tmp_path / "nope.json", "--config", workspace, "--output", tmp_path / "out")
    assert result.code == 2
    assert str(tmp_path / "nope.json") in result.err
    assert not (tmp_path / "out").exists()
