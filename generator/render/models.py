"""The models module, made by datamodel-code-generator from the schemas the IR prepared.

The IR has already decided every class name (schemas are keyed by them, inline enums hoisted) and every field
name (passed as scoped aliases), so this stage runs the tool with this project's model templates, checks that
it kept those names, and writes the docstrings: the tool sees no prose from the spec (descriptions, titles,
examples), so text from the document reaches the module only through `literals.py_docstring` — class docstrings
as template data (`class_docstring`, so that a team's template can override their block), field docstrings as
edits (model_edits.py).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics
from ..ir.model import Ir
from ..spec.schemas import iter_schemas
from .literals import py_docstring
from .model_edits import edited_models_source

_REBUILD_CALL = re.compile(r"^\w+\.model_rebuild\(\)$\n?", re.MULTILINE)
_HEADER = re.compile(r"\A(#[^\n]*\n)+")
# What the tool must not see: prose (written into code by us, escaped), identifiers it might resolve or fetch,
# and string formats whose pydantic types need extra packages or decode strictly (email, date-time, byte).
_HIDDEN_KEYS = ("description", "title", "example", "examples", "$id", "$schema", "$comment", "default")
_KEPT_STRING_FORMATS = ("binary",)
_LOOSE: dict[str, Any] = {"type": "object", "additionalProperties": True}


class ModelGenerationError(Exception):
    pass


def render_models(ir: Ir, template_dirs: list[Path], diags: Diagnostics | None = None) -> str:
    """The models module. A schema datamodel-code-generator cannot take is typed loosely, with a warning."""
    schemas = {name: tool_view(schema) for name, schema in ir.model_schemas.items()}
    if not schemas:  # the tool refuses a document without models
        return f"from __future__ import annotations\n\nimport {ir.package_name}.models._base\n"
    with tempfile.TemporaryDirectory(prefix="codegen-models-") as tmp:
        template_dir = _merged_template_dir(template_dirs, Path(tmp))
        try:
            source = _generate(ir, schemas, template_dir)
        except Exception as first:
            failing = _failing_schemas(ir, schemas, template_dir)
            for name in failing:
                schemas[name] = dict(_LOOSE)
                if diags is not None:
                    model = next((m for m in ir.models if m.class_name == name), None)
                    diags.warn("loose-model", f"model {name} could not be generated from its schema and is an "
                               "open object (any fields)", model.pointer if model else "")
            try:
                source = _generate(ir, schemas, template_dir)
            except Exception as exc:
                culprits = (f"even with the schemas it failed on alone ({', '.join(failing)}) typed as open objects"
                            if failing else "on the schemas together, though on none of them alone")
                raise ModelGenerationError(
                    f"datamodel-code-generator failed {culprits}: {type(exc).__name__}: {_one_line(exc)} "
                    f"(first failure: {type(first).__name__}: {_one_line(first)})"
                ) from exc
    source = _REBUILD_CALL.sub("", _HEADER.sub("", source))
    tree = ast.parse(source)  # the one parse the checks and the edits share
    _check_names(ir, tree, schemas)  # the edits change no class or field name
    return edited_models_source(ir, source, tree)


def import_model_generator() -> None:
    """Import what running datamodel-code-generator needs (about 0.3 s), ahead of the run (see start_models)."""
    import datamodel_code_generator.config  # noqa: F401
    import datamodel_code_generator.model.pydantic_v2  # noqa: F401
    import datamodel_code_generator.parser.openapi  # noqa: F401


def tool_view(schema: Any) -> Any:
    """A copy of a schema without what the tool must not see (see _HIDDEN_KEYS)."""
    view = json.loads(json.dumps(schema))
    for node in iter_schemas(view):
        for key in _HIDDEN_KEYS:
            node.pop(key, None)
        if node.get("type") == "string" and node.get("format") not in _KEPT_STRING_FORMATS:
            node.pop("format", None)
    return view


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


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
            additional_imports=[
                f"{base}.OpenEnum", f"{base}.RequiredFieldsModel", "typing.ClassVar", "typing.Optional",
                "typing.TYPE_CHECKING",
            ],
            aliases=ir.field_names,
            extra_template_data=_class_template_data(ir),
            custom_template_dir=template_dir,
            use_standard_collections=True,
            use_union_operator=True,
            use_double_quotes=True,
            disable_timestamp=True,
            keep_model_order=True,
            # Annotations as real objects, not strings: pydantic would compile every string annotation when
            # the module loads (half of its import time); forward references are quoted where needed.
            disable_future_imports=True,
            formatters=[],  # black runs once, in the format stage
        )
    if not isinstance(source, str):
        raise ModelGenerationError("datamodel-code-generator returned no single module")
    return source


def _class_template_data(ir: Ir) -> defaultdict[str, dict[str, Any]]:
    """What the model templates get besides the tool's own context, per class: its docstring, as a literal
    (`class_docstring`) and as text (`class_doc_text`)."""
    data: defaultdict[str, dict[str, Any]] = defaultdict(dict)
    for model in ir.models:
        inline = "Inline enum" if model.kind == "enum" else "Inline object"
        text = model.description or (f"{inline} of {model.hoisted_from}." if model.hoisted_from else "")
        data[model.class_name] = {"class_docstring": py_docstring(text, 4) if text else "", "class_doc_text": text}
    return data


# Where the bundled model templates are also laid down, so that a team's template can extend the one it replaces
# as "default/models/pydantic_v2/BaseModel.jinja2" (or "default/models/Enum.jinja2") and override one block, as
# with the package templates. The tool looks a template up in the folder of its kind (`pydantic_v2/` for model
# classes, the top for enums), so the bundled files go under `default/models/` in both.
_DEFAULT_PREFIXES = (Path("default", "models"), Path("pydantic_v2", "default", "models"))


def _merged_template_dir(template_dirs: list[Path], into: Path) -> Path:
    """datamodel-code-generator takes one folder: lay the defaults down first, then each override on top."""
    for folder in reversed(template_dirs):  # template_dirs is highest priority first
        if folder.is_dir():
            shutil.copytree(folder, into, dirs_exist_ok=True)
    bundled = template_dirs[-1]
    if bundled.is_dir():
        for prefix in _DEFAULT_PREFIXES:
            shutil.copytree(bundled, into / prefix, dirs_exist_ok=True)
    return into


def _check_names(ir: Ir, tree: ast.Module, schemas: dict[str, Any]) -> None:
    """The module must define the classes and fields the IR decided: templates and API code rely on them."""
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    problems = sorted(m.class_name for m in ir.models if m.class_name not in classes)
    for model in ir.models:
        node = classes.get(model.class_name)
        if node is None or schemas.get(model.class_name) == _LOOSE:
            continue
        defined = {s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
        problems += [f"{model.class_name}.{f.python_name}" for f in model.fields if f.python_name not in defined]
    if problems:
        raise ModelGenerationError(
            "datamodel-code-generator did not keep these names decided by the IR: " + ", ".join(problems[:20])
        )
