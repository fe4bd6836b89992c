"""A schema datamodel-code-generator cannot take is still generated, as an open object, with a warning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import generate
from generator.render import models as render_models

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a": {
            "get": {
                "operationId": "getGood",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Good"}}}}},
            }
        }
    },
    "components": {
        "schemas": {
            "Good": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"$ref": "#/components/schemas/Troublesome"}}},
            "Troublesome": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
    },
}


def test_failing_schema_becomes_an_open_model_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = render_models._generate

    def flaky(ir: Any, schemas: dict[str, Any], template_dir: Path) -> str:
        if schemas.get("Troublesome", {}).get("properties"):
            raise RuntimeError("datamodel-code-generator chokes on this schema")
        return real(ir, schemas, template_dir)

    monkeypatch.setattr(render_models, "_generate", flaky)
    # The models are made in this process: a worker started by forkserver (when another test left a thread running)
    # would not see the patch.
    monkeypatch.setenv("CONDUCTOR_CODEGEN_NO_FORK", "1")
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC))
    summary = generate(Config(spec=str(spec), output=str(tmp_path / "out"), package_name="fallback_pkg",
                              root=tmp_path), force=True)
    warnings = [w for w in summary.warnings if w.code == "loose-model"]
    assert [w.pointer for w in warnings] == ["/components/schemas/Troublesome"]
    assert "Troublesome" in warnings[0].message
    models = tmp_path / "out" / "fallback_pkg" / "models"
    source = "\n".join(p.read_text() for p in sorted(models.glob("_*.py")))
    assert "class Troublesome(" in source and "class Good(" in source
    assert "x: str" not in source.split("class Troublesome(")[1].split("class ")[0]
