"""The models module, made by datamodel-code-generator from the schemas the IR prepared.

The IR has already decided every class name (schemas are keyed by them, inline enums hoisted) and every field
name (passed as scoped aliases), so this stage only runs the tool with this project's model templates and
checks that it kept those names.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import tempfile
import warnings
from pathlib import Path

from typing import Any

from ..diagnostics import Diagnostics
from ..ir.model import Ir

_REBUILD_CALL = re.compile(r"^\w+\.model_rebuild\(\)\n", re.MULTILINE)
_HEADER = re.compile(r"\A(#[^\n]*\n)+")


class ModelGenerationError(Exception):
    pass


def render_models(ir: Ir, template_dirs: list[Path], diags: Diagnostics | None = None) -> str:
    """The models module. A schema datamodel-code-generator cannot take is typed loosely, with a warning."""
    schemas = dict(ir.model_schemas)
    with tempfile.TemporaryDirectory(prefix="codegen-models-") as tmp:
        template_dir = _merged_template_dir(template_dirs, Path(tmp))
        try:
            source = _generate(ir, schemas, template_dir)
        except ModelGenerationError:
            raise
        except Exception:
            for name in _failing_schemas(ir, schemas, template_dir):
                schemas[name] = _LOOSE
                if diags is not None:
                    model = next((m for m in ir.models if m.class_name == name), None)
                    diags.warn("loose-model", f"model {name} could not be generated from its schema and is an "
                               "open object (any fields)", model.pointer if model else "")
            source = _generate(ir, schemas, template_dir)
    source = _REBUILD_CALL.sub("", _HEADER.sub("", source))
    _check_class_names(ir, source)
    return source


_LOOSE: dict[str, Any] = {"type": "object", "additionalProperties": True}


def _failing_schemas(ir: Ir, schemas: dict[str, Any], template_dir: Path) -> list[str]:
    """Each schema alone, its references replaced by open objects: those that still fail are the culprits."""
    failing = []
    for name, schema in schemas.items():
        try:
            _generate(ir, {name: _without_refs(schema)}, template_dir)
        except Exception:
            failing.append(name)
    return failing


def _without_refs(node: Any) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return dict(_LOOSE)
        return {key: _without_refs(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_without_refs(value) for value in node]
    return node


def _generate(ir: Ir, schemas: dict[str, Any], template_dir: Path) -> str:
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate

    document = {
        "openapi": ir.openapi_version or "3.0.3",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    base = f"{ir.package_name}.models._base"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = generate(
            json.dumps(document),
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_310,
            base_class=f"{base}.ConductorModel",
            additional_imports=[f"{base}.OpenEnum", f"{base}.RequiredFieldsModel", f"{base}.not_sent", "typing.ClassVar"],
            aliases=ir.field_names,
            custom_template_dir=template_dir,
            field_constraints=True,
            use_standard_collections=True,
            use_union_operator=True,
            use_schema_description=True,
            use_field_description=True,
            use_double_quotes=True,
            disable_timestamp=True,
            keep_model_order=True,
            formatters=[],  # black runs once, in the format stage
        )
    if not isinstance(source, str):
        raise ModelGenerationError("datamodel-code-generator returned no single module")
    return source


def _merged_template_dir(template_dirs: list[Path], into: Path) -> Path:
    """datamodel-code-generator takes one folder: lay the defaults down first, then each override on top."""
    for folder in reversed(template_dirs):  # template_dirs is highest priority first
        if folder.is_dir():
            shutil.copytree(folder, into, dirs_exist_ok=True)
    return into


def _check_class_names(ir: Ir, source: str) -> None:
    defined = {node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)}
    missing = sorted(m.class_name for m in ir.models if m.class_name not in defined)
    if missing:
        raise ModelGenerationError(
            "datamodel-code-generator did not keep these class names decided by the IR: " + ", ".join(missing[:20])
        )
