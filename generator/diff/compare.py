"""Two API surfaces → the changes a user of the generated package sees, each marked breaking or not.

Operations are matched by "METHOD /path" (never by operationId, which springdoc renumbers between releases),
parameters by Python name, models by class name, fields by Python name. "Breaking" means: code written against
the old package, unchanged, may stop working (fail at call time, at construction, or on attribute access)
against the new one. The verdicts:

| kind                    | breaking                       | why                                                     |
|-------------------------|--------------------------------|---------------------------------------------------------|
| operation-added         | no                             | a new method                                            |
| operation-removed       | yes                            | the method is gone                                      |
| operation-deprecated    | no                             | still there; the server may drop it later               |
| method-renamed          | yes                            | same endpoint, other `client.<group>.<method>` (1)      |
| parameter-added         | if required                    | a new required argument fails old calls                 |
| parameter-removed       | yes                            | old calls passing it fail (unexpected keyword)          |
| parameter-made-required | yes                            | old calls leaving it out fail                           |
| parameter-made-optional | no                             | old calls still pass it                                 |
| parameter-retyped       | yes                            | what old code passes may no longer fit                  |
| parameter-moved         | if its position changed        | positional arguments would land elsewhere (2)           |
| body-added              | if required                    | as for parameters                                       |
| body-removed            | yes                            |                                                         |
| body-made-required      | yes                            |                                                         |
| body-made-optional      | no                             |                                                         |
| body-retyped            | yes                            |                                                         |
| return-retyped          | yes, unless it returned None   | old code reading the result gets another type           |
| model-added             | no                             |                                                         |
| model-removed           | yes                            | imports of the class fail                               |
| model-retyped           | yes                            | an enum became an object, or the reverse                |
| model-reshaped          | yes                            | an object model became a root model (`.root`, no        |
|                         |                                | attributes), or the reverse (4)                         |
| model-rebased           | if an enum's base changed, or  | `OpenEnum` → `Enum`: unknown values no longer decode;   |
|                         | a model leaves ConductorModel  | (RequiredFieldsModel counts as ConductorModel)          |
| root-retyped            | yes                            | a root model's value type changed                       |
| extra-fields-changed    | unless now laxer               | undeclared fields no longer kept, or their values typed |
| field-rewired           | no                             | same Python name, another wire name (the server's)      |
| enum-member-renamed     | yes                            | `Enum.OLD_NAME` references fail                         |
| enum-values-reordered   | no                             | `list(Enum)` gives the members in another order         |
| export-added            | no                             | a new API group class                                   |
| export-removed          | yes                            | imports of the API group class fail                     |
| field-added             | if required and the model is   | building one without it now fails (3)                   |
|                         | sent (or its use is unknown)   |                                                         |
| field-removed           | yes                            | attribute access and construction with it fail          |
| field-retyped           | yes                            |                                                         |
| field-made-required     | if the model is sent (or its   | only construction is strict (3)                         |
|                         | use is unknown)                |                                                         |
| field-made-optional     | no                             | lenient decoding could already give None                |
| enum-value-added        | no                             | enums are open: unknown values already decoded          |
| enum-value-removed      | yes                            | `Enum.VALUE` references fail                            |

(1) The message also says when the old name now calls another endpoint.
(2) A keyword-only parameter moving between query and header is invisible to callers.
(3) Decoding is lenient: a server answer missing a required field still decodes (the field reads as None). So a
    field made required in a model only read from responses breaks nobody; one in a model user code builds and
    sends (a request body, or anything reachable from one) does.
(4) What datamodel-code-generator made of the schema, read from the generated classes (model_shapes.py): an
    object schema gaining `additionalProperties: {}` and losing its properties becomes `RootModel[dict[str, Any]]`.
    Fields are compared on their generated annotation (`type`) too, when both surfaces have it (version 2).

A parameter's annotation is compared without the `| None` its optionality adds, so "made optional" is not
also reported as "retyped".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .surface import Surface

KIND_ORDER = (
    "operation-removed", "method-renamed", "parameter-added", "parameter-removed", "parameter-made-required",
    "parameter-retyped", "parameter-moved", "body-added", "body-removed", "body-made-required", "body-retyped",
    "return-retyped", "model-removed", "model-retyped", "model-reshaped", "model-rebased", "root-retyped",
    "extra-fields-changed", "enum-member-renamed", "export-removed", "field-added", "field-removed", "field-retyped",
    "field-made-required", "enum-value-removed", "operation-added", "operation-deprecated",
    "parameter-made-optional", "body-made-optional", "model-added", "field-made-optional", "enum-value-added", "field-rewired", "export-added",
    "enum-values-reordered",
)


@dataclass(frozen=True)
class Change:
    kind: str
    breaking: bool
    location: str  # where in the Python API: `client.workflow.start_workflow(...)`, `Workflow.status`
    detail: str  # what changed, in words
    endpoint: str = ""  # "METHOD /path" for an operation's changes, "" for a model's
    old: Any = None
    new: Any = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Change:
        return cls(str(value["kind"]), bool(value["breaking"]), str(value["location"]), str(value["detail"]),
                   str(value.get("endpoint") or ""), value.get("old"), value.get("new"))


def compare(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    changes += _operations(old.get("operations", {}), new.get("operations", {}))
    changes += _models(old.get("models", {}), new.get("models", {}), old_version=int(old.get("version") or 1))
    changes += _exports(old.get("exports"), new.get("exports"))
    return sort_changes(changes)


def sort_changes(changes: list[Change]) -> list[Change]:
    rank = {kind: index for index, kind in enumerate(KIND_ORDER)}
    return sorted(changes, key=lambda c: (not c.breaking, rank.get(c.kind, len(rank)), c.location, c.endpoint))


# ------------------------------------------------------------------------------------------------------------
# operations


def _operations(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    new_by_call = {(op["group"], op["method"]): key for key, op in new.items()}
    for key in sorted(set(new) - set(old)):
        op = new[key]
        changes.append(Change("operation-added", False, op["call"], f"new operation {key}", key, None, op["call"]))
    for key in sorted(set(old) - set(new)):
        op = old[key]
        changes.append(Change("operation-removed", True, op["call"], f"operation {key} is gone", key, op["call"], None))
    for key in sorted(set(old) & set(new)):
        changes += _operation(key, old[key], new[key], new_by_call)
    return changes


def _operation(key: str, old: dict[str, Any], new: dict[str, Any], new_by_call: dict[tuple[str, str], str]
               ) -> list[Change]:
    changes: list[Change] = []
    here = new["call"]
    if (old["group"], old["method"]) != (new["group"], new["method"]):
        detail = f"{key} is now {new['call']}"
        reused = new_by_call.get((old["group"], old["method"]))
        if reused and reused != key:
            detail += f"; the old name now calls {reused}"
        changes.append(Change("method-renamed", True, old["call"], detail, key, old["call"], new["call"]))
    if new.get("deprecated") and not old.get("deprecated"):
        changes.append(Change("operation-deprecated", False, here, f"{key} is deprecated by the server", key))

    old_params = {p["name"]: dict(p) for p in old.get("params", [])}
    new_params = {p["name"]: dict(p) for p in new.get("params", [])}
    for body, params in ((old.get("body"), old_params), (new.get("body"), new_params)):
        if body:
            params[body["name"]] = {**body, "in": "body", "wire": "", "position": None}

    for name in new_params.keys() - old_params.keys():
        param = new_params[name]
        noun = _noun(param)
        state = "required" if param["required"] else "optional"
        changes.append(Change(f"{noun}-added", bool(param["required"]), _arg(new, param),
                              f"new {state} {_what(param)}: {param['annotation']}", key, None, param["annotation"]))
    for name in old_params.keys() - new_params.keys():
        param = old_params[name]
        changes.append(Change(f"{_noun(param)}-removed", True, _arg(old, param), f"{_what(param)} is gone", key,
                              param["annotation"], None))
    for name in sorted(old_params.keys() & new_params.keys()):
        changes += _parameter(key, new, old_params[name], new_params[name])

    old_ret, new_ret = old["returns"]["annotation"], new["returns"]["annotation"]
    if old_ret != new_ret:
        changes.append(Change("return-retyped", old_ret != "None", here, f"returns {new_ret}, was {old_ret}", key,
                              old_ret, new_ret))
    return changes


def _parameter(key: str, op: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    noun, where = _noun(new), _arg(op, new)
    if old["in"] != new["in"] and "body" in (old["in"], new["in"]):  # a body became a parameter, or back
        return [Change(f"{noun}-retyped", True, where, f"was the {_what(old)}, now the {_what(new)}", key,
                       old["annotation"], new["annotation"])]
    if new["required"] and not old["required"]:
        changes.append(Change(f"{noun}-made-required", True, where, f"{_what(new)} is now required", key))
    elif old["required"] and not new["required"]:
        changes.append(Change(f"{noun}-made-optional", False, where, f"{_what(new)} is now optional", key))
    old_type, new_type = _bare(old["annotation"]), _bare(new["annotation"])
    if old_type != new_type:
        changes.append(Change(f"{noun}-retyped", True, where, f"{_what(new)}: {new_type}, was {old_type}", key,
                              old_type, new_type))
    if old.get("position") != new.get("position") or old["in"] != new["in"]:
        moved = old.get("position") != new.get("position")
        detail = f"{_what(new)}, was the {_what(old)}"
        if moved:
            detail += f" (positional index {old.get('position')} → {new.get('position')})"
        changes.append(Change("parameter-moved", moved, where, detail, key, old["in"], new["in"]))
    return changes


def _noun(param: dict[str, Any]) -> str:
    return "body" if param["in"] == "body" else "parameter"


def _what(param: dict[str, Any]) -> str:
    if param["in"] == "body":
        return f"request body ({param.get('media_type') or 'unknown media type'})"
    return f"{param['in']} parameter {param['wire']!r}"


def _arg(op: dict[str, Any], param: dict[str, Any]) -> str:
    if param.get("position") is not None:
        return f"client.{op['group']}.{op['method']}({param['name']}, ...)"
    return f"client.{op['group']}.{op['method']}({param['name']}=...)"


def _bare(annotation: str) -> str:
    return annotation[: -len(" | None")] if annotation.endswith(" | None") else annotation


# ------------------------------------------------------------------------------------------------------------
# models


def _models(old: dict[str, Any], new: dict[str, Any], *, old_version: int) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(set(new) - set(old)):
        if old_version < 2 and not new[name].get("schema"):
            continue  # a class the IR never named: version 1 did not record those, so it is not new
        changes.append(Change("model-added", False, name, f"new {_model_what(new[name])}", "", None, name))
    for name in sorted(set(old) - set(new)):
        changes.append(Change("model-removed", True, name, f"{_model_what(old[name])} is gone", "", name, None))
    for name in sorted(set(old) & set(new)):
        changes += _model(name, old[name], new[name])
    return changes


def _model_what(model: dict[str, Any]) -> str:
    kind = "enum" if model.get("kind") == "enum" else "model"
    origin = f" (the inline type of {model['hoisted_from']})" if model.get("hoisted_from") else ""
    return f"{kind} {model.get('schema') or ''}{origin}".replace("  ", " ").strip()


def _model(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    if old.get("kind") != new.get("kind") and "enum" in (old.get("kind"), new.get("kind")):
        return [Change("model-retyped", True, name, f"now {_a(new.get('kind'))}, was {_a(old.get('kind'))}", "",
                       old.get("kind"), new.get("kind"))]
    both_shaped = "shape" in old and "shape" in new  # both recorded as generated (surface version 2)
    if both_shaped and old["shape"] != new["shape"]:
        return [Change("model-reshaped", True, name, f"now {_shape_what(new)}, was {_shape_what(old)}", "",
                       _shape_what(old), _shape_what(new))]
    changes: list[Change] = _generated_class(name, old, new) if both_shaped else []
    # Only a model user code never sends (read from responses only) is decoded leniently and never built.
    used_in = set(old.get("used_in", [])) | set(new.get("used_in", []))
    constructed = used_in != {"response"}
    sent = "sent in requests" if "request" in used_in else "not known to be only read" if constructed else ""
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    for field in sorted(new_fields.keys() - old_fields.keys()):
        f = new_fields[field]
        if f["required"]:
            why = f" (the model is {sent})" if constructed else " (only read from responses: decoded leniently)"
            detail = f"new required field {f['wire']!r}: {f['annotation']}{why}"
        else:
            detail = f"new optional field {f['wire']!r}: {f['annotation']}"
        changes.append(Change("field-added", bool(f["required"]) and constructed, f"{name}.{field}", detail, "",
                              None, f["annotation"]))
    for field in sorted(old_fields.keys() - new_fields.keys()):
        f = old_fields[field]
        changes.append(Change("field-removed", True, f"{name}.{field}", f"field {f['wire']!r} is gone", "",
                              f["annotation"], None))
    for field in sorted(old_fields.keys() & new_fields.keys()):
        a, b = old_fields[field], new_fields[field]
        where = f"{name}.{field}"
        if b["required"] and not a["required"]:
            why = (f"the model is {sent}: building one without it now fails" if constructed
                   else "only read from responses, which are decoded leniently")
            changes.append(Change("field-made-required", constructed, where, f"field {b['wire']!r} is now required "
                                  f"({why})", ""))
        elif a["required"] and not b["required"]:
            changes.append(Change("field-made-optional", False, where, f"field {b['wire']!r} is now optional", ""))
        if _bare(a["annotation"]) != _bare(b["annotation"]):
            changes.append(Change("field-retyped", True, where, f"{b['annotation']}, was {a['annotation']}", "",
                                  a["annotation"], b["annotation"]))
        elif "type" in a and "type" in b and _bare(a["type"]) != _bare(b["type"]):  # the same to the IR only
            changes.append(Change("field-retyped", True, where, f"{b['type']}, was {a['type']}", "",
                                  a["type"], b["type"]))
        if a.get("wire") and b.get("wire") and a["wire"] != b["wire"]:
            changes.append(Change("field-rewired", False, where, f"sent and read as {b['wire']!r}, was "
                                  f"{a['wire']!r}", "", a["wire"], b["wire"]))
    old_values = [v for v in old.get("enum_values", [])]
    new_values = [v for v in new.get("enum_values", [])]
    for value in new_values:
        if value not in old_values:
            changes.append(Change("enum-value-added", False, _member(name, value), f"new value {value!r}", "",
                                  None, value))
    for value in old_values:
        if value not in new_values:
            changes.append(Change("enum-value-removed", True, _member(name, value), f"value {value!r} is gone", "",
                                  value, None))
    kept_old = [v for v in old_values if v in new_values]
    kept_new = [v for v in new_values if v in old_values]
    if kept_old != kept_new:  # iterating the enum (a menu, a validation list) gives another order
        changes.append(Change("enum-values-reordered", False, name, f"members in the order {kept_new!r}, was "
                              f"{kept_old!r}", "", kept_old, kept_new))
    return changes


def _generated_class(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What only the generated classes show: bases, a root model's type, the policy for undeclared fields, enum
    member names."""
    changes: list[Change] = []
    # RequiredFieldsModel is ConductorModel with a list of required fields: a move between the two is reported as
    # the fields made required or optional, not as a new base.
    if _base_family(old.get("bases", [])) != _base_family(new.get("bases", [])):
        closed_enum = new["shape"] == "enum" and "OpenEnum" in old.get("bases", []) and "OpenEnum" not in new.get(
            "bases", [])
        breaking = new["shape"] == "enum" or not all(_conductor_base(b) for b in new.get("bases", []))
        detail = f"derives from {', '.join(new.get('bases', []))}, was {', '.join(old.get('bases', []))}"
        if closed_enum:
            detail += ": a closed enum now, values it does not list no longer decode"
        changes.append(Change("model-rebased", breaking, name, detail, "", old.get("bases"), new.get("bases")))
    if old.get("root") != new.get("root"):
        changes.append(Change("root-retyped", True, name, f"root value {new.get('root')}, was {old.get('root')}", "",
                              old.get("root"), new.get("root")))
    old_extra = (old.get("extra") or "", old.get("extra_values") or "")
    new_extra = (new.get("extra") or "", new.get("extra_values") or "")
    if old_extra != new_extra:
        laxer = new_extra[0] == "allow" and new_extra[1] == "Any"
        changes.append(Change("extra-fields-changed", not laxer, name, f"undeclared fields: {_extra_what(new_extra)}"
                              f", was {_extra_what(old_extra)}", "", list(old_extra), list(new_extra)))
    old_names = {_value_key(value): member for member, value in old.get("members", [])}
    for member, value in new.get("members", []):
        before = old_names.get(_value_key(value))
        if before is not None and before != member:
            changes.append(Change("enum-member-renamed", True, f"{name}.{before}", f"value {value!r} is now "
                                  f"{name}.{member}", "", before, member))
    return changes


def _base_family(bases: list[str]) -> list[str]:
    """The bases as compared: `RootModel[X]` as RootModel (its X is the root type, compared on its own)."""
    heads = [base.split("[", 1)[0] for base in bases]
    return ["ConductorModel" if base == "RequiredFieldsModel" else base for base in heads]


def _conductor_base(base: str) -> bool:
    return base in ("ConductorModel", "RequiredFieldsModel")


def _value_key(value: Any) -> tuple[str, Any]:
    return (type(value).__name__, value)


def _extra_what(extra: tuple[str, str]) -> str:
    policy, values = extra
    if policy == "allow":
        return f"kept, values typed {values or 'Any'}"
    return {"ignore": "dropped", "forbid": "refused"}.get(policy, policy or "not recorded")


def _shape_what(model: dict[str, Any]) -> str:
    shape = model.get("shape")
    if shape == "root":
        return f"a root model {', '.join(model.get('bases', []))} (its value is `.root`; no attributes)"
    if shape == "object":
        return "an object model (attributes per field)"
    return {"enum": "an enum", "value": "a value (not a class)"}.get(str(shape), str(shape))


def _exports(old: Any, new: Any) -> list[Change]:
    """The API groups' classes (`from conductor_client.api.workflow import WorkflowApi`); the models' names are
    compared as models."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return []
    changes: list[Change] = []
    old_api, new_api = old.get("api", {}), new.get("api", {})
    old_names = {f"api.{module}.{name}" for module, names in old_api.items() for name in names}
    new_names = {f"api.{module}.{name}" for module, names in new_api.items() for name in names}
    for name in sorted(new_names - old_names):
        changes.append(Change("export-added", False, name, "new API group class", "", None, name))
    for name in sorted(old_names - new_names):
        changes.append(Change("export-removed", True, name, "API group class is gone", "", name, None))
    return changes


def _a(kind: Any) -> str:
    return f"an {kind}" if str(kind)[:1] in "aeiou" else f"a {kind}"


def _member(cls: str, value: Any) -> str:
    if isinstance(value, str) and value.isidentifier():
        return f"{cls}.{value}"
    return f"{cls}({value!r})"
