"""`[tool.conductor-codegen]` is read strictly: an unknown key, a value of the wrong type or a bad value is bad input
(exit 2) that names the key, the type expected and, for a misspelt key, the key meant; nothing is written."""

from __future__ import annotations

from pathlib import Path

import sys
import typing

import pytest
from gen_support import ROOT, SPECS, run_cli, tree_hashes

from generator.config import KEY_TYPES, ConfigError, _plain_table, load_config
from generator.config_table import ConfigTable, known_keys

SPEC = SPECS / "small.json"


BAD_TABLES = [
        pytest.param('include-tags = "workflow"', ['include-tags = "workflow"', "expected a list of strings"], id="tags-as-string"),
        pytest.param('exclude-tags = ["a", 3]', ["exclude-tags[1] = 3", "expected a list of strings"], id="tag-not-a-string"),
        pytest.param('strict = "false"', ['strict = "false"', "expected true or false"], id="strict-as-string"),
        pytest.param("strict = 1", ["strict = 1", "expected true or false"], id="strict-as-number"),
        pytest.param('exclud-tags = ["x"]', ["unknown key 'exclud-tags'", "did you mean 'exclude-tags'?"], id="typo"),
        pytest.param('packagename = "x"', ["unknown key 'packagename'", "did you mean 'package-name'?"], id="typo-2"),
        pytest.param("colour = 1", ["unknown key 'colour'", "the keys are: exclude-tags, include-tags"], id="unknown"),
        pytest.param('package-name = "Not-A-Package"', ['package-name = "Not-A-Package"', "Python package name"], id="bad-name"),
        pytest.param('spec = ""', ['spec = ""', "expected a string: a file"], id="empty-spec"),
        pytest.param("output = 7", ["output = 7", "expected a string: the output folder"], id="output-number"),
        pytest.param('templates = ["a"]', ['templates = ["a"]', "a folder of template overrides"], id="templates-list"),
        pytest.param(
            '[tool.conductor-codegen.method-names]\n"GET /x" = 3',
            ['method-names["GET /x"] = 3', '"METHOD /path" = "python_name"'],
            id="method-name-number",
        ),
        pytest.param(
            '[tool.conductor-codegen.required-fields]\n"Task.status" = "yes"',
            ['required-fields["Task.status"] = "yes"', '"Schema.field" = true or false'],
            id="required-field-string",
        ),
]


@pytest.mark.parametrize(("table", "expected"), BAD_TABLES)
def test_a_bad_table_is_bad_input_and_writes_nothing(table: str, expected: list[str], tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(f"[tool.conductor-codegen]\n{table}\n", "utf-8")
    output = tmp_path / "out"
    output.mkdir()
    (output / "kept.txt").write_text("as it was\n", "utf-8")
    before = tree_hashes(output)

    result = run_cli("generate", SPEC, "--config", config, "--output", output)

    assert result.code == 2, result.err
    assert f"{config}: 1 problem(s) in [tool.conductor-codegen]; nothing was written" in result.err
    for text in expected:
        assert text in result.err
    assert tree_hashes(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "pyproject.toml"]  # no cache, no staging folder


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.conductor-codegen]\nstrict = "no"\nexclud-tags = []\ninclude-tags = "a"\n', "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    message = str(caught.value)
    assert "3 problem(s)" in message
    assert 'strict = "no"' in message and "'exclud-tags'" in message and 'include-tags = "a"' in message


def test_the_section_must_be_a_table(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool]\nconductor-codegen = "yes"\n', "utf-8")
    with pytest.raises(ConfigError, match=r"\[tool.conductor-codegen\] must be a table, not str"):
        load_config(config)


def test_every_key_the_readme_documents_is_accepted(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(
        "[tool.conductor-codegen]\n"
        'spec = "api.json"\noutput = "gen"\npackage-name = "team_client"\ntemplates = "team"\n'
        'include-tags = ["a"]\nexclude-tags = ["b"]\nstrict = true\n'
        '[tool.conductor-codegen.method-names]\n"GET /x" = "get_x"\n'
        '[tool.conductor-codegen.required-fields]\n"Task.status" = true\n',
        "utf-8",
    )
    loaded = load_config(config)
    assert (loaded.spec, loaded.output, loaded.package_name, loaded.templates) == ("api.json", "gen", "team_client", "team")
    assert (loaded.include_tags, loaded.exclude_tags, loaded.strict) == (["a"], ["b"], True)
    assert loaded.method_names == {"GET /x": "get_x"}
    assert loaded.required_fields == {"Task.status": True}


def test_the_repository_config_is_valid() -> None:
    loaded = load_config(ROOT / "pyproject.toml")
    assert loaded.package_name == "conductor_client" and loaded.strict is False


@pytest.mark.parametrize(("table", "expected"), BAD_TABLES)
def test_the_fast_path_is_never_more_lenient(table: str, expected: list[str]) -> None:
    """A right table is read without pydantic (config._plain_table); every bad one must fall through to it."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    parsed = tomllib.loads(f"[tool.conductor-codegen]\n{table}\n")["tool"]["conductor-codegen"]
    assert _plain_table(parsed) is None


def test_the_fast_path_knows_the_models_keys_and_types() -> None:
    assert sorted(KEY_TYPES) == known_keys()
    for name, field in ConfigTable.model_fields.items():
        annotation = field.annotation
        origin = typing.get_origin(annotation) or annotation
        args = typing.get_args(annotation)
        assert KEY_TYPES[field.alias or name] == (origin, args[-1] if args else None), name


def test_a_right_table_gives_the_same_values_either_way(tmp_path: Path) -> None:
    table = {"spec": "a.json", "include-tags": ["x"], "method-names": {"GET /x": "get_x"}, "strict": True}
    plain, model = _plain_table(table), ConfigTable.model_validate(table)
    assert plain is not None
    for name in ConfigTable.model_fields:
        assert getattr(plain, name) == getattr(model, name), name
