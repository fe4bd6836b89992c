"""Generator bugs these tests found: the open ones, and the fixed ones their regression tests keep fixed.

Each bug has a minimal regression test (test_hostile_known_bugs.py, test_hostile_malformed.py) marked by
`known_bug(name)`: xfail(strict=True) while the bug is in OPEN. When it is fixed the test passes, strict xfail
turns the pass into a failure, and whoever fixed it moves the entry from OPEN to FIXED. The property tests read
OPEN and keep away from exactly the trigger of each open bug (see `hostile_specs.Avoid` and the checks in
`hostile_oracle` that name a bug), so everything else keeps being tested meanwhile.
"""

from __future__ import annotations

import pytest

OPEN: dict[str, str] = {
}

FIXED: dict[str, str] = {
    "model-rebuild-call": (
        "a self-referencing schema followed by any other (`A: {properties: {next: {$ref: A}}}`, `B: {}`): "
        "DMCG ends its output with `A.model_rebuild()` without a newline, render/models.py's _REBUILD_CALL "
        "(`^\\w+\\.model_rebuild\\(\\)\\n`) misses it, and split_models files it under the last class: "
        "importing `models.B` raises NameError: name 'A' is not defined"
    ),
    "yaml-non-json-values": (
        "YAML values JSON has no type for (a date: `example: 2020-01-01`) pass validation where the schema does "
        "not type them, then json.dumps in the models stage raises TypeError: internal error, exit 1"
    ),
    "no-component-schemas": (
        "a spec without components.schemas (valid, with operations): DMCG's 'Models not found' error, then "
        "an empty `from ._models import (\n)` in models/__init__.py (SyntaxError): internal error, exit 1"
    ),
    "model-docstrings": (
        "templates/models/*.jinja2 write DMCG's `description` / `field.docstring` bare: with a custom template "
        "DMCG hands over escaped text without the triple quotes, so a schema or property description becomes "
        "class-body code (injection on import, or a SyntaxError traceback)"
    ),
    "api-init-tag-docstring": (
        "templates/package/api/__init__.py.jinja puts `group.tag | comment` inside a docstring: comment_line "
        'escapes neither `"` nor `\\`, so a tag `""";<code>;"""` runs <code> when `<pkg>.api` is imported'
    ),
    "group-class-collision": (
        "two tags whose attributes differ only by `_` before a digit (`a1b`, `a 1b`) get the same API class "
        "name (`A1bApi`): client.py imports both under one name, so one attribute is annotated with the "
        "other's class"
    ),
    "client-attribute-shadowing": (
        "a tag named `settings` or `server url` becomes a client attribute that replaces the public "
        "`settings` / `server_url` properties of ConductorClient (CLIENT_RESERVED misses them)"
    ),
    "pydantic-field-names": (
        "a property named `model_config` stops generation (DMCG error, traceback); `model_dump`, "
        "`model_fields`... shadow pydantic's methods; `not_sent` shadows the helper the class body uses, so a "
        "later required field gets a FieldInfo as its default_factory (TypeError when decoding)"
    ),
    "format-email": (
        "`format: email` makes DMCG type the field EmailStr, which needs email-validator, not a dependency of "
        "the generated package: the model cannot be built (ImportError on first use)"
    ),
    "integer-enum": (
        "an integer enum (`{type: integer, enum: [1, 2]}`) in a spec without a string enum: DMCG imports only "
        "IntEnum, templates/models/Enum.jinja2 writes `class E(Enum)`: NameError when the models module loads"
    ),
    "nullable-required": (
        "a required property marked `nullable: true` (3.0) is typed without `| None` (`s: str`): a server "
        "answer with an explicit null for it fails to decode although the spec allows it"
    ),
    "required-bytes-dump": (
        "a decoded answer that omits a required `format: byte` field holds None (liberal decoding), and "
        "model_dump() then raises PydanticSerializationError in Base64Str's encoder"
    ),
    "ir-field-name-mismatch": (
        "a property named like a builtin (`str`, `int`) gets `str` in the IR but `str_` from DMCG: the "
        "IR's field names (the scoped aliases) are not what the models module defines"
    ),
    "validator-crash": (
        "openapi-spec-validator raises (KeyError, AssertionError, TypeError, PointerToNowhere) on some wrong "
        "types instead of reporting them; validate() only catches RecursionError, so the CLI prints a traceback"
    ),
    "non-string-keys": (
        "YAML keys that are not strings (`1:`, `true:`, `~:`) reach normalize/the validator and raise TypeError"
    ),
    "lone-surrogate": (
        "a JSON string escape `\\ud800` (a lone surrogate) loads fine and fails when the output is encoded "
        "(UnicodeEncodeError traceback)"
    ),
    "deep-nesting": (
        "a document that json.loads accepts but nested a few hundred levels deep fails in normalize's "
        "deepcopy or in DMCG with RecursionError, and a nested `example` becomes source Python cannot parse "
        "(too many nested parentheses): tracebacks"
    ),
    "dynamic-ref-fetch": (
        "`$dynamicRef` (OpenAPI 3.1) with a URL is not refused like an external `$ref`: DMCG resolves the host "
        "and would fetch it (only its private-network guard stops a local one), then a traceback"
    ),
    "name-alias-ambiguity": (
        "found after 04ef08d was committed, already passing when pinned: a property `foo_bar_` and a "
        "property `FOO BAR` (Python name `foo_bar_`): with validate_by_name, a server's `foo_bar_` went "
        "to the wrong field"
    ),
}


def known_bug(bug: str) -> pytest.MarkDecorator:
    """The mark of a test that pins `bug`: xfail(strict=True) while it is open, a no-op once it is fixed."""
    if bug in OPEN:
        return pytest.mark.xfail(strict=True, reason=f"open bug {bug}: {OPEN[bug]}")
    return pytest.mark.fixed_bug(bug)
