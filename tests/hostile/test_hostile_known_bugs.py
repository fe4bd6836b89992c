"""One minimal document per bug these tests found: each pins what must hold.

While a bug is open (hostile_bugs.OPEN) its test is xfail(strict=True); once it passes, strict xfail fails the run
so that whoever fixed it deletes the entry, which also lets the property tests draw that trigger again.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.ir.build import build_ir
from generator.pipeline import prepare
from hostile_oracle import MemoryPackage, field_docstrings, models_sources, wire_name
from hostile_render import generate_full, render_fast, write_document
from hostile_text import CANARY_ATTR, canary_tripped
from hostile_bugs import known_bug

PAYLOAD = f'setattr(__import__("sys"), "{CANARY_ATTR}", 1)'


def document(*, schemas: dict[str, Any] | None = None, tags: list[str] = (), **extra: Any) -> dict[str, Any]:  # type: ignore[assignment]
    paths: dict[str, Any] = {}
    for index, tag in enumerate(tags or ["default"]):
        paths[f"/op{index}"] = {"get": {"tags": [tag], "responses": {"200": {"description": "ok"}}}}
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return doc


def full(doc: dict[str, Any], tmp_path: Path, package: str = "hostile_bug_pkg") -> dict[str, str]:
    spec = write_document(doc, tmp_path / "spec")
    return generate_full(spec, tmp_path / "out", package, tmp_path / "cache")


def models_of(files: dict[str, str], package: str = "hostile_bug_pkg") -> Any:
    """The models package: its classes load on first access, from whichever module defines them."""
    return importlib.import_module(f"{package}.models")


@known_bug("model-docstrings")
@pytest.mark.parametrize("text", [
    pytest.param(f'"""; {PAYLOAD}; """', id="triple-quote breakout"),
    pytest.param(f"x\n{PAYLOAD}\n", id="newline breakout"),
    pytest.param("ends with a backslash \\", id="trailing backslash"),
    pytest.param('ends with a quote "', id="trailing quote"),
])
@pytest.mark.parametrize("where", ["schema", "property", "title"])
def test_model_docstrings_are_data(text: str, where: str, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Schema and property descriptions become docstrings, never class-body code."""
    monkeypatch.chdir(tmp_path)
    prop: dict[str, Any] = {"type": "string"}
    schema: dict[str, Any] = {"type": "object", "properties": {"a": prop}}
    if where == "schema":
        schema["description"] = text
    elif where == "title":
        schema["title"] = text
    else:
        prop["description"] = text
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        models = models_of(files)
        assert not canary_tripped(), "the description ran as code"
        if where == "property":
            doc = field_docstrings(models_sources(files, "hostile_bug_pkg")).get(("A", "a"), "")
        else:
            doc = inspect.getdoc(models.A) or ""
        assert " ".join(text.split()) in " ".join(doc.split())


@known_bug("api-init-tag-docstring")
@pytest.mark.parametrize("tag", [
    pytest.param(f'""";{PAYLOAD};"""', id="breakout"),
    pytest.param("\\N", id="bad escape"),
    pytest.param('say "hi"\\', id="quote and backslash"),
], )
def test_api_package_docstring_keeps_tags_as_data(tag: str, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    spec = write_document(document(schemas={"A": {"type": "object"}}, tags=[tag]), tmp_path / "spec")
    _ir, files = render_fast(spec, "hostile_bug_pkg")
    compile(files["hostile_bug_pkg/api/__init__.py"], "api/__init__.py", "exec")
    with MemoryPackage(files, "hostile_bug_pkg"):
        api = importlib.import_module("hostile_bug_pkg.api")
        assert not canary_tripped(), "a tag ran as code when <package>.api was imported"
        assert " ".join(tag.split()) in api.__doc__


@known_bug("group-class-collision")
def test_api_class_names_are_unique(tmp_path: Path) -> None:
    spec = write_document(document(schemas={"A": {"type": "object"}}, tags=["a1b", "a 1b"]), tmp_path / "spec")
    ir, _files = render_fast(spec, "hostile_bug_pkg")
    names = [name for group in ir.groups for name in (group.class_name, group.async_class_name)]
    assert len(names) == len(set(names)), names


@known_bug("client-attribute-shadowing")
@pytest.mark.parametrize("tag", ["settings", "server url", "close", "call"])
def test_group_attributes_leave_the_client_alone(tag: str, tmp_path: Path) -> None:
    spec = write_document(document(schemas={"A": {"type": "object"}}, tags=[tag]), tmp_path / "spec")
    _ir, files = render_fast(spec, "hostile_bug_pkg")
    with MemoryPackage(files, "hostile_bug_pkg"):
        client = importlib.import_module("hostile_bug_pkg.client")
        core = importlib.import_module("hostile_bug_pkg._runtime.sync_core")
        own = {n for n in dir(core.SyncClientCore) if not n.startswith("_")}
        added = set(vars(client.ConductorClient)) - {"__module__", "__doc__", "__qualname__"}
        assert not (added & own), f"API group attributes replace the client's own: {sorted(added & own)}"


@known_bug("pydantic-field-names")
@pytest.mark.parametrize("names", [
    pytest.param(["model_config"], id="model_config"),
    pytest.param(["model_dump", "model_fields", "model_validate"], id="pydantic methods"),
    pytest.param(["not_sent", "later"], id="not_sent helper"),
])
def test_pydantic_names_as_properties(names: list[str], tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {n: {"type": "string"} for n in names}, "required": names}
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        models = models_of(files)
        cls = models.A
        aliases = {wire_name(n, info) for n, info in cls.model_fields.items()}
        assert aliases == set(names)
        for name in cls.model_fields:
            assert not callable(getattr(__import__("pydantic").BaseModel, name, None)), f"{name} shadows BaseModel"
        decoded = cls.model_validate({names[-1]: "v"}, context={"conductor_decode": True})  # the first one absent
        assert decoded.model_dump(by_alias=True)[names[-1]] == "v"


@known_bug("no-component-schemas")
def test_document_without_component_schemas(tmp_path: Path) -> None:
    files = full(document(), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        assert models_of(files).__all__ == []


@known_bug("format-email")
@pytest.mark.parametrize("fmt", ["email", "idn-email", "uri", "ipv4", "ipv6", "uuid", "date-time", "byte", "hostname"])
def test_string_formats_build(fmt: str, tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"v": {"type": "string", "format": fmt}}}
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        models = models_of(files)
        models.A.model_rebuild(force=True)
        assert models.A.model_validate({"v": None}, context={"conductor_decode": True}).v is None


@known_bug("integer-enum")
def test_integer_enum_alone(tmp_path: Path) -> None:
    files = full(document(schemas={"E": {"type": "integer", "enum": [1, 2]}}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        models = models_of(files)
        assert [m.value for m in models.E] == [1, 2]


@known_bug("ir-field-name-mismatch")
def test_ir_field_names_are_the_models_field_names(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {n: {"type": "string"} for n in ("str", "int", "list", "date", "id")}}
    doc = document(schemas={"A": schema})
    files = full(doc, tmp_path)
    document_, diags, _ = prepare(str(tmp_path / "spec" / "spec.json"), strict=False)
    ir = build_ir(document_, Config(package_name="hostile_bug_pkg"), diags)
    decided = {f.wire_name: f.python_name for m in ir.models for f in m.fields}
    with MemoryPackage(files, "hostile_bug_pkg"):
        cls = models_of(files).A
        actual = {wire_name(name, info): name for name, info in cls.model_fields.items()}
    assert actual == decided


@known_bug("nullable-required")
def test_required_nullable_property_accepts_null(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"s": {"type": "string", "nullable": True}}, "required": ["s"]}
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        assert models_of(files).A.model_validate({"s": None}, context={"conductor_decode": True}).s is None


@known_bug("required-bytes-dump")
def test_decoded_answer_missing_a_required_byte_field_dumps(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"b": {"type": "string", "format": "byte"}}, "required": ["b"]}
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        decoded = models_of(files).A.model_validate({}, context={"conductor_decode": True})
        assert decoded.model_dump(by_alias=True, mode="json") == {"b": None}


@known_bug("name-alias-ambiguity")
def test_wire_name_equal_to_another_fields_python_name(tmp_path: Path) -> None:
    """`foo_bar_` (a string) and `FOO BAR` (a list): the second's Python name is the first's wire name."""
    schema = {"type": "object", "properties": {"foo_bar_": {"type": "string"},
                                               "FOO BAR": {"type": "array", "items": {"type": "string"}}}}
    files = full(document(schemas={"A": schema}), tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        cls = models_of(files).A
        decoded = cls.model_validate({"foo_bar_": "text", "FOO BAR": ["a"]}, context={"conductor_decode": True})
        assert decoded.model_dump(by_alias=True) == {"foo_bar_": "text", "FOO BAR": ["a"]}


@known_bug("yaml-non-json-values")
def test_yaml_values_json_cannot_hold(tmp_path: Path) -> None:
    """The in-process twin of the CLI case: a YAML date where the schema does not type it."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                    "    A:\n      type: object\n      properties:\n        d: {type: string, example: 2020-01-01}\n",
                    "utf-8")
    from generator.diagnostics import SpecError

    try:
        generate_full(spec, tmp_path / "out", "hostile_bug_pkg", tmp_path / "cache")
    except SpecError:
        pass  # a clear error is fine


@known_bug("model-rebuild-call")
def test_self_referencing_model_followed_by_another(tmp_path: Path) -> None:
    doc = document(schemas={"A": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/A"}}},
                            "B": {"type": "object"}})
    files = full(doc, tmp_path)
    with MemoryPackage(files, "hostile_bug_pkg"):
        models = models_of(files)
        for name in models.__all__:
            getattr(models, name)
        assert models.A.model_validate({"next": {"next": None}}).next.next is None

