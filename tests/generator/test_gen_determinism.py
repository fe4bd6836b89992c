"""Same input, same bytes: two generations agree, and the committed `generated/` is what the generator makes.

The repository's own tree is never written: the regeneration check runs on a copy of spec, pyproject and
`generated/`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gen_support import (
    COMMITTED_SPEC,
    ROOT,
    SPECS,
    Build,
    generate_into,
    make_workspace,
    run_cli,
    summary_line,
    tree_hashes,
)


def _diff(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def test_two_generations_are_byte_identical(committed_build: Build, tmp_path: Path) -> None:
    """A second run from scratch — its own folder, its own format cache, --force — writes the same bytes."""
    other = make_workspace(tmp_path / "other-workspace")
    output = tmp_path / "out"
    generate_into(other, COMMITTED_SPEC, output, "--force")
    first, second = tree_hashes(committed_build.output), tree_hashes(output)
    assert len(first) >= 40
    differing = _diff(first, second)
    assert differing == [], f"two generations differ in: {', '.join(differing)}"


@pytest.fixture(scope="module")
def repo_copy(committed_build: Build, workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spec/, pyproject.toml and generated/ of the repository, copied; the session's format cache seeds the copy's
    (it only maps black's input to its output, so it cannot change what is written)."""
    root = tmp_path_factory.mktemp("repo-copy")
    shutil.copytree(ROOT / "spec", root / "spec")  # the spec and its SOURCE record (the server version)
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    cache = workspace.parent / ".cache" / "format"
    if cache.is_dir():  # empty when every file was rendered in black's form already
        shutil.copytree(cache, root / ".cache" / "format")
    return root


def test_regenerating_the_committed_spec_leaves_generated_unchanged(repo_copy: Path) -> None:
    """What `make regenerate` does on an unchanged spec: the committed `generated/` must come out identical
    (if this fails, `generated/` is stale against the generator or templates: run `make regenerate`)."""
    before = tree_hashes(repo_copy / "generated")
    result = run_cli("generate", "--config", repo_copy / "pyproject.toml")
    assert result.code == 0, result.err
    assert summary_line(result).startswith("generated:"), result.out  # the copy has no run state: a real regeneration
    after = tree_hashes(repo_copy / "generated")
    assert len(before) >= 40
    stale = _diff(before, after)
    assert stale == [], f"generated/ differs from a fresh generation in: {', '.join(stale)}"

    # The same again is recognised as up to date, and still changes nothing.
    again = run_cli("generate", "--config", repo_copy / "pyproject.toml")
    assert again.code == 0, again.err
    assert summary_line(again).startswith("up to date:"), again.out
    assert tree_hashes(repo_copy / "generated") == before


# --- the up-to-date shortcut (tiny spec) -------------------------------------------------------------------


def test_unchanged_spec_is_up_to_date_and_not_rewritten(workspace: Path, tmp_path: Path) -> None:
    spec = tmp_path / "small.json"
    shutil.copy2(SPECS / "small.json", spec)
    output = tmp_path / "out"
    first = generate_into(workspace, spec, output)
    assert summary_line(first).startswith("generated:"), first.out
    inode = (output / "README.md").stat().st_ino
    second = generate_into(workspace, spec, output)
    assert summary_line(second).startswith("up to date:"), second.out
    assert "5 operations in 2 API groups, 6 models" in second.out  # the summary of the run that made the tree
    assert (output / "README.md").stat().st_ino == inode  # nothing was swapped in


def test_up_to_date_check_notices_a_changed_tree_and_a_changed_spec(workspace: Path, tmp_path: Path) -> None:
    spec = tmp_path / "small.json"
    shutil.copy2(SPECS / "small.json", spec)
    output = tmp_path / "out"
    generate_into(workspace, spec, output)
    pristine = tree_hashes(output)

    # A hand edit to a generated file: the next run regenerates and undoes it.
    edited = output / "conductor_client" / "api" / "workflow.py"
    edited.write_text(edited.read_text("utf-8") + "\n# edited by hand\n", "utf-8")
    result = generate_into(workspace, spec, output)
    assert summary_line(result).startswith("generated:"), result.out
    assert tree_hashes(output) == pristine

    # A stray file in the output folder: regenerated, and the stray file is gone.
    (output / "conductor_client" / "stray.py").write_text("x = 1\n", "utf-8")
    result = generate_into(workspace, spec, output)
    assert summary_line(result).startswith("generated:"), result.out
    assert tree_hashes(output) == pristine

    # A changed spec: regenerated with the change. (A new operationId would not do: the lock keeps the name of an
    # existing METHOD + path.)
    text = spec.read_text("utf-8")
    assert '"operationId": "getAny",' in text
    spec.write_text(text.replace('"operationId": "getAny",', '"operationId": "getAny", "summary": "Any thing, changed",'),
                    "utf-8")
    result = generate_into(workspace, spec, output)
    assert summary_line(result).startswith("generated:"), result.out
    assert "Any thing, changed" in (output / "conductor_client" / "api" / "metadata.py").read_text("utf-8")
