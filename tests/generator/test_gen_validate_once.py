"""Validation meta-checks each distinct schema once: the same errors, the same pointers, every occurrence."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.spec import validate as validate_module


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def _errors(document: dict[str, Any]) -> list[tuple[str, str]]:
    diags = Diagnostics(file="spec.json")
    validate_module.validate(document, diags)
    return [(item.pointer, item.message) for item in diags.items]


def _without_dedup(monkeypatch: pytest.MonkeyPatch, document: dict[str, Any]) -> list[tuple[str, str]]:
    with monkeypatch.context() as patch:
        patch.setattr(validate_module, "_meta_check_each_schema_once", lambda spec_validator: None)
        return _errors(document)


def test_a_repeated_invalid_schema_is_reported_at_each_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    # Equal but distinct objects: the validator's own dedup (by identity) does not merge them; a failed check is
    # not remembered, so both are reported, as without the dedup.
    document = _document({name: {"type": "object", "properties": {"n": {"type": 5}}} for name in ("A", "B")})
    errors = _errors(document)
    assert len(errors) == 2 and all(pointer.endswith("/properties/n/type") for pointer, _ in errors)
    assert errors == _without_dedup(monkeypatch, document)


def test_repeated_valid_schemas_are_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from openapi_spec_validator.validation.keywords import SchemaValidator

    checked: list[Any] = []
    real = SchemaValidator._validate_schema_meta

    def counting(self: Any, schema: Any, value: Any) -> Any:
        checked.append(value)
        return real(self, schema, value)

    monkeypatch.setattr(SchemaValidator, "_validate_schema_meta", counting)
    document = _document({f"S{i}": {"type": "string", "maxLength": 3} for i in range(5)} | {"Bad": {"type": 5}})
    assert [pointer for pointer, _ in _errors(document)] == ["/type"]
    assert checked.count({"type": "string", "maxLength": 3}) == 1  # five occurrences, one check


def test_a_schema_that_is_not_plain_json_is_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    document = _document({name: {"type": "string", "default": datetime.date(2024, 1, 1)} for name in ("A", "B")})
    assert _errors(document) == _without_dedup(monkeypatch, document)
