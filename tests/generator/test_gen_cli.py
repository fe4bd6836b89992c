"""The command line's contract (help, exit codes for bad options and config) and the Python API."""

from __future__ import annotations

from pathlib import Path

from gen_support import SPECS, make_workspace, run_cli, tree_hashes

from generator.config import Config, load_config
from generator.pipeline import generate


def test_help_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.code == 0
    assert "generate" in result.out and "validate" in result.out
    gen = run_cli("generate", "--help")
    assert gen.code == 0
    for option in ("--output", "--templates", "--package-name", "--force", "--strict", "--config"):
        assert option in gen.out


def test_no_command_is_bad_input() -> None:
    assert run_cli().code == 2


def test_bad_package_name_is_bad_input(workspace: Path, tmp_path: Path) -> None:
    result = run_cli(
        "generate",
        SPECS / "small.json",
        "--config",
        workspace,
        "--output",
        tmp_path / "out",
        "--package-name",
        "Not-A-Package",
    )
    assert result.code == 2
    assert "Not-A-Package" in result.err
    assert not (tmp_path / "out").exists()


def test_broken_config_is_bad_input(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.conductor-codegen\nspec = 1\n", "utf-8")
    result = run_cli("generate", SPECS / "small.json", "--config", config, "--output", tmp_path / "out")
    assert result.code == 2
    assert str(config) in result.err
    assert not (tmp_path / "out").exists()


def test_config_file_is_read(tmp_path: Path) -> None:
    config = make_workspace(
        tmp_path,
        package_name="team_client",
        extra='spec = "api.json"\noutput = "gen"\n' 'include-tags = ["workflow-resource"]\n',
    )
    loaded = load_config(config)
    assert (loaded.package_name, loaded.spec, loaded.output, loaded.include_tags) == (
        "team_client",
        "api.json",
        "gen",
        ["workflow-resource"],
    )
    assert loaded.path(loaded.output) == (tmp_path / "gen").resolve()


def test_python_api_generate(tmp_path: Path, workspace: Path) -> None:
    """`generate(Config)`: the summary counts, the warnings, then the up-to-date shortcut."""
    config = Config(spec=str(SPECS / "repairs.json"), output="out", package_name="api_client", root=tmp_path)
    cache = workspace.parent / ".cache"  # the session's: warm
    summary = generate(config, cache_dir=cache)
    assert (summary.operations, summary.models, summary.groups, summary.up_to_date) == (7, 1, 2, False)
    assert {w.code for w in summary.warnings} == {
        "path-param-declared-as-query",
        "path-param-undeclared",
        "duplicate-path-template",
        "any-value-map",
        "wildcard-media-type",
        "no-success-response",
    }
    assert (tmp_path / "out" / "api_client" / "api" / "things.py").is_file()
    assert (tmp_path / "out" / "api_client" / "api" / "items.py").is_file()
    written = tree_hashes(tmp_path / "out")

    again = generate(config, cache_dir=cache)
    assert again.up_to_date
    assert (again.operations, again.models, again.groups) == (7, 1, 2)
    assert tree_hashes(tmp_path / "out") == written

    forced = generate(config, force=True, cache_dir=cache)
    assert not forced.up_to_date
    assert tree_hashes(tmp_path / "out") == written


def test_tag_filters(tmp_path: Path, workspace: Path) -> None:
    spec = str(SPECS / "small.json")
    cache = workspace.parent / ".cache"
    only = generate(
        Config(spec=spec, output="only", include_tags=["workflow-resource"], root=tmp_path), cache_dir=cache
    )
    assert (only.operations, only.groups) == (2, 1)
    assert sorted(p.stem for p in (tmp_path / "only" / "conductor_client" / "api").glob("*.py")) == [
        "__init__",
        "workflow",
    ]
    without = generate(
        Config(spec=spec, output="without", exclude_tags=["workflow-resource"], root=tmp_path), cache_dir=cache
    )
    assert (without.operations, without.groups) == (3, 1)
    # Models are never dropped by a tag filter.
    assert only.models == without.models == 6
