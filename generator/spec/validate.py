"""Validation against the OpenAPI schema (3.0 or 3.1), reporting every error with its JSON pointer."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from ..diagnostics import Diagnostic, Diagnostics, json_pointer
from ..forked import Forked

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
        spec_validator = validator_cls(document)
        spec_validator.schema_validator = _crawled(validator_cls.schema_validator)
        _meta_check_each_schema_once(spec_validator)
        errors = list(spec_validator.iter_errors())
    except RecursionError:
        diags.error("spec-too-deep", "the document is nested too deeply to validate")
        return
    except Exception as exc:  # the validator trips over some malformed documents instead of reporting them
        diags.error(
            "invalid-openapi",
            f"the validator could not read the document ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})",
            hint="check the document against the OpenAPI schema",
        )
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


def _crawled(schema_validator: Any) -> Any:
    """The same jsonschema validator of the document, its references' registry crawled once, up front.

    Left as it is, the registry holds the OpenAPI schema uncrawled: every `$dynamicRef` in it (3.1's `#meta`)
    crawls the whole schema again to find its anchor, and keeps the result only for that one lookup — a third of
    the validation's time on a real spec. Crawling is what the lookup does anyway, so the errors are the same.
    Relies on jsonschema's private resolver fields: if they change, the validator is used as it is.
    """
    try:
        resolver = schema_validator._resolver
        crawled = resolver._registry.crawl().resolver(base_uri=resolver._base_uri)
        return schema_validator.evolve(_resolver=crawled)
    except Exception:  # pragma: no cover - another jsonschema version
        return schema_validator


def _meta_check_each_schema_once(spec_validator: Any) -> None:
    """Meta-check (against the JSON Schema dialect) each distinct schema once, not each occurrence of it.

    The validator meta-checks every schema object it meets, deduplicated only by identity, and a real spec
    repeats the same small schemas (`{"type": "string"}`, the same `$ref`) hundreds of times: 493 checks for
    203 distinct schemas on the 3.32 spec, ~60% of the validation's time. A schema that passed once passes
    again (the dialect is the document's, or named inside the schema, so part of its content); one that failed
    is checked again, so each occurrence reports its own error as before. Relies on openapi-spec-validator's
    private `_validate_schema_meta`: if it changes, every occurrence is checked, as the validator does.
    """
    try:
        schemas = spec_validator.keyword_validators_registry["schema"]
        check = schemas._validate_schema_meta
    except Exception:  # pragma: no cover - another openapi-spec-validator version
        return
    passed: set[str] = set()

    def check_once(schema: Any, schema_value: Any) -> Any:
        try:
            key = json.dumps(schema_value, sort_keys=True, allow_nan=False)
        except (TypeError, ValueError):  # not plain JSON (a date from YAML, say): checked every time
            return check(schema, schema_value)
        if key in passed:
            return None
        error = check(schema, schema_value)
        if error is None:
            passed.add(key)
        return error

    schemas._validate_schema_meta = check_once


def _validation_diagnostics(document: dict[str, Any], file: str) -> list[Diagnostic]:
    diags = Diagnostics(file=file)
    validate(document, diags)
    return diags.items


class BackgroundValidation:
    """Validation is the slowest check (0.3–1.4 s on real specs): run it in a forked process while the caller
    builds and renders, and collect its diagnostics before anything is written."""

    def __init__(self, document: dict[str, Any], file: str) -> None:
        self._job = Forked("the validation", partial(_validation_diagnostics, document, file))

    def diagnostics(self) -> list[Diagnostic]:
        return self._job.result()

    def close(self) -> None:
        """Stop the validation if it is no longer wanted (the run failed for another reason)."""
        self._job.close()
