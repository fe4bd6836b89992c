"""Validation against the OpenAPI schema (3.0 or 3.1), reporting every error with its JSON pointer."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics, json_pointer

MAX_REPORTED = 50


def check_shape(document: dict[str, Any], diags: Diagnostics) -> None:
    """What the rest of the pipeline relies on, checked first so its errors read plainly."""
    version = document.get("openapi")
    if not isinstance(version, str):
        diags.error(
            "not-openapi",
            "no 'openapi' version field: this is not an OpenAPI 3 document",
            "/openapi",
            hint="Swagger 2 documents must be converted to OpenAPI 3 first",
        )
    elif not version.startswith(("3.0", "3.1")):
        diags.error("openapi-version", f"OpenAPI {version} is not supported (3.0 and 3.1 are)", "/openapi")
    if not isinstance(document.get("paths"), dict):
        diags.error("missing-paths", "the document has no 'paths' object", "/paths")
    components = document.get("components", {})
    if not isinstance(components, dict) or not isinstance(components.get("schemas", {}), dict):
        diags.error("bad-components", "'components.schemas' must be an object", "/components/schemas")


def validate(document: dict[str, Any], diags: Diagnostics) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(document.get("openapi", ""))
    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    count = 0
    try:
        errors = list(validator_cls(document).iter_errors())
    except RecursionError:
        diags.error("spec-too-deep", "the document is nested too deeply to validate")
        return
    for error in errors:
        count += 1
        if count > MAX_REPORTED:
            continue
        where = tuple(getattr(error, "absolute_path", None) or getattr(error, "path", None) or ())
        message = " ".join(str(getattr(error, "message", error)).split())
        if len(message) > 300:
            message = message[:300] + "…"
        diags.error("invalid-openapi", message, json_pointer(*where))
    if count > MAX_REPORTED:
        diags.error("invalid-openapi", f"… and {count - MAX_REPORTED} more validation errors")
