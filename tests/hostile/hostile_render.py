"""Turning a document into files: the fast path (IR + Jinja, no datamodel-code-generator, no black) and the
whole pipeline (`generator.pipeline.generate`)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import yaml

from generator.config import Config
from generator.ir.model import Ir
from generator.ir.build import build_ir
from generator.pipeline import build, generate, prepare
from generator.render import package as render_package_module
from generator.render.environment import make_environment

_ENV = None


def write_document(doc: dict[str, Any], folder: Path, *, as_yaml: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if as_yaml:
        path = folder / "spec.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
    else:
        path = folder / "spec.json"
        path.write_text(json.dumps(doc), "utf-8")
    return path


def yaml_round_trips(doc: dict[str, Any]) -> bool:
    """PyYAML cannot carry every string (it normalizes some line breaks): only such documents go as YAML.

    Documents with 10k-character strings stay JSON: pure-Python PyYAML takes a tenth of a second on them.
    """
    if len(json.dumps(doc)) > 8000:
        return False
    try:
        return yaml.safe_load(yaml.safe_dump(doc, allow_unicode=True)) == doc
    except yaml.YAMLError:
        return False


def stub_models(ir: Ir, *args: object, **kwargs: object) -> str:
    """The models module the fast path puts in place of datamodel-code-generator's: one empty class per name."""
    lines = ["from __future__ import annotations", ""]
    for model in ir.models:
        lines += [f"class {model.class_name}:", f"    __schema_name__ = {model.schema_name!r}", ""]
    return "\n".join(lines) + "\n"


@contextmanager
def fast_rendering() -> Iterator[None]:
    """render_package with one shared Jinja environment and the stub models module."""
    global _ENV
    if _ENV is None:
        _ENV = make_environment(None)
    saved = render_package_module.make_environment, render_package_module.render_models
    render_package_module.make_environment = lambda team_dir: _ENV  # type: ignore[assignment]
    render_package_module.render_models = stub_models  # type: ignore[assignment]
    try:
        yield
    finally:
        render_package_module.make_environment, render_package_module.render_models = saved


def render_fast(spec_path: Path, package: str, *, validate: bool = True) -> tuple[Ir, dict[str, str]]:
    """The IR and every rendered file, with the models stubbed.

    The document is loaded, checked and repaired as always; `validate=False` skips openapi-spec-validator, the
    slowest step (the strategies make valid documents, and the tests validate a share of them to keep it so).
    """
    config = Config(package_name=package)
    if validate:
        ir, _diags, _ = build(str(spec_path), config)
    else:
        document, diags, _ = prepare(str(spec_path), strict=False)
        ir = build_ir(document, config, diags)
    with fast_rendering():
        files = render_package_module.render_package(ir, None)
    return ir, files


def generate_full(spec_path: Path, output: Path, package: str, cache_dir: Path) -> dict[str, str]:
    """The whole pipeline into `output`; returns the files it wrote."""
    config = Config(spec=str(spec_path), output=str(output), package_name=package, root=output.parent)
    generate(config, force=True, cache_dir=cache_dir)
    return {str(p.relative_to(output)): p.read_text("utf-8") for p in output.rglob("*") if p.is_file()}
