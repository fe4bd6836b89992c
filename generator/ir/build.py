"""The normalized document → the IR."""

from __future__ import annotations

from typing import Any

from ..config import Config
from ..diagnostics import Diagnostics
from ..json_fields import dict_at
from .auth import build_auth
from .lock import NO_LOCK, NameLock
from .lock import NO_LOCK, NameLock
from .model import Ir
from .models import ModelPlan
from .operations import build_groups
from .required import CONFIG_KEY, RequiredFields
from .types import TypeMapper


def build_ir(document: dict[str, Any], config: Config, diags: Diagnostics, lock: NameLock = NO_LOCK) -> Ir:
    """`lock`: the names of the package being regenerated (lock.read_lock), which the new one keeps."""
    components = dict_at(document, "components")
    schemas = dict_at(components, "schemas")
    required = RequiredFields(config.required_fields)
    plan = ModelPlan(schemas, diags, required)
    for key in required.unmatched_overrides():
        diags.warn("required-field-unknown", f"[tool.conductor-codegen.{CONFIG_KEY}] {key!r} names no field of "
                   "this document", hint='write "Schema.field": the name under components.schemas, then the wire name')
    mapper = TypeMapper(plan.class_for_ref, lambda why: None)
    groups = build_groups(
        document,
        mapper,
        diags,
        name_overrides=config.method_names,
        include_tags=config.include_tags,
        exclude_tags=config.exclude_tags,
        strict=config.strict,
        lock=lock,
    )
    info = dict_at(document, "info")
    return Ir(
        title=str(info.get("title") or ""),
        api_version=str(info.get("version") or ""),
        openapi_version=str(document.get("openapi") or ""),
        package_name=config.package_name,
        groups=groups,
        models=tuple(plan.models),
        auth=build_auth(document, diags),
        model_schemas=plan.schemas,
        field_names=plan.field_names,
    )
