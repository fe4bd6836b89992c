"""Names of API groups and methods: verb + resource, the official SDK's names where it has them, and stable.

Where a name comes from, first that applies:
1. a team's `[tool.conductor-codegen.method-names]` ("METHOD /path" = "name");
2. the lock: the name the existing package gives the same METHOD + path (lock.py), unless renaming;
3. the curated table sdk_names.json (the official SDK's high-level client names, and this project's choices);
4. the rule: the operationId without springdoc's `_N` suffix, snake_case; a name made only of generic words
   (`get`, `get_all`, `size`, `do_check`...) gets the resource its path names (`get_queue_size`); operations of
   one group whose names clash are told apart by where their paths differ, never by the suffix number.
A name the lock holds for one operation is never given to another.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import naming
from .lock import NameLock

_TEMPLATE = re.compile(r"^\{(.+)\}$")
_ANY_TEMPLATE = re.compile(r"\{[^{}]*\}")
_METHOD_ORDER = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
_TABLE = Path(__file__).with_name("sdk_names.json")

# Words that say what is done, or how, but not to what: a name made only of these needs its resource.
VERBS = frozenset({
    "get", "create", "update", "delete", "save", "add", "remove", "put", "post", "set", "list", "search", "find",
    "view", "check", "do", "validate", "execute", "run", "restart", "retry", "rerun", "terminate", "pause", "resume",
    "decide", "handle", "process", "query", "fetch", "upsert",
})
_QUALIFIERS = frozenset({"all"})  # written before the resource: get_all_task_defs
_VAGUE_NOUNS = frozenset({
    "size", "sizes", "log", "logs", "names", "name", "status", "info", "details", "data", "count", "exists",
    "verbose", "v1", "v2", "v3", "by", "id", "one", "value", "values", "item", "items",
})
GENERIC_WORDS = VERBS | _QUALIFIERS | _VAGUE_NOUNS
# The verb a name gets when it has none, from the HTTP method.
_HTTP_VERB = {"GET": "get", "HEAD": "get", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
# Path segments that never name the resource an operation acts on.
_NOT_A_RESOURCE = frozenset({"api", "bulk", "admin", "v1", "v2", "v3"})
# Tag words that only say "this is a group": `human-task-api`, `workflow-resource`, `secret-controller`.
_GROUP_NOISE = frozenset({"resource", "resources", "controller", "controllers", "api", "apis"})


@dataclass(frozen=True)
class Curated:
    name: str
    source: str
    parameters: dict[str, str]  # wire name → Python name


@dataclass
class Draft:
    """What naming needs of one operation."""

    method: str
    path: str
    tag: str
    operation_id: str

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def curated_key(key: str) -> str:
    """"GET /api/x/{id}" → "GET /api/x/{}": a path parameter's name does not change which endpoint it is."""
    return _ANY_TEMPLATE.sub("{}", key)


@lru_cache(maxsize=1)
def curated_table() -> dict[str, Curated]:
    raw: dict[str, Any] = json.loads(_TABLE.read_text("utf-8"))["operations"]
    return {
        curated_key(key): Curated(entry["name"], entry["from"], dict(entry.get("parameters", {})))
        for key, entry in raw.items()
    }


def curated_for(key: str) -> Curated | None:
    return curated_table().get(curated_key(key))


# --- API groups ---------------------------------------------------------------------------------------------


def group_attribute(tag: str) -> str:
    """`workflow-resource` → `workflow`, `human-task-api` → `human_task`, `a-2-a-callback-resource` → `a2a_callback`.

    Tags that differ only in such noise (`secret-resource`, `secret-controller`) name one group.
    """
    words = naming.ascii_words(tag)
    while len(words) > 1 and words[-1] in _GROUP_NOISE:
        words.pop()
    merged: list[str] = []
    for word in words:  # `a 2 a` is one word, A2A, not three
        if len(word) == 1 and merged and _is_short_run(merged[-1]):
            merged[-1] += word
        else:
            merged.append(word)
    name = "_".join(merged)[: naming.MAX_NAME].rstrip("_")
    return naming.safe_identifier(name, fallback="group", avoid=naming.METHOD_RESERVED)


def _is_short_run(word: str) -> bool:
    return len(word) == 1 or (len(word) <= 4 and any(c.isdigit() for c in word))


def group_class_base(attribute: str) -> str:
    """`a2a_callback` → `A2ACallback`, `human_task` → `HumanTask` (the group classes add `Api`)."""
    words = [w for w in attribute.split("_") if w]
    if len(words) > 1 and words[-1] in _GROUP_NOISE:
        words.pop()  # a locked `secret_api` makes `SecretApi`, not `SecretApiApi`
    return "".join(w.upper() if any(c.isdigit() for c in w) else w[:1].upper() + w[1:] for w in words) or "Default"


# --- methods ------------------------------------------------------------------------------------------------


def rule_base(draft: Draft) -> str:
    """The name the rule gives an operation before clashes inside its group are resolved."""
    words = naming.ascii_words(naming.strip_springdoc_suffix(draft.operation_id)) if draft.operation_id else []
    if not words:
        words = [_HTTP_VERB.get(draft.method, draft.method.lower())] + _literal_words(draft.path)
    return "_".join(specific_words(words, draft.method, draft.path))[: naming.MAX_NAME].rstrip("_")


def specific_words(words: list[str], method: str, path: str) -> list[str]:
    """Give a name made only of generic words the resource its path names: `size` on GET /api/queue/size is
    `get_queue_size`, `get_all` on GET /api/environment `get_all_environment`, `do_check` on GET /health
    `check_health`."""
    if not words or not all(w in GENERIC_WORDS for w in words):
        return words
    resource = _resource(path, set(words))
    if not resource:
        return words
    lead = []
    rest = list(words)
    while rest and rest[0] in VERBS:
        lead.append(rest.pop(0))
    lead = [w for w in lead if w != "do"] or [_HTTP_VERB.get(method, "call")]
    qualifiers = [w for w in rest if w in _QUALIFIERS]
    tail = [w for w in rest if w not in _QUALIFIERS]
    return lead + qualifiers + resource + tail


def _resource(path: str, named: set[str]) -> list[str]:
    """The words of the last literal path segment that the name does not already say."""
    for segment in reversed([s for s in path.split("/") if s and not _TEMPLATE.match(s)]):
        words = naming.ascii_words(segment)
        if words and segment.lower() not in _NOT_A_RESOURCE and not set(words) <= named | GENERIC_WORDS:
            return [w for w in words if w not in named]
    return []


def _literal_words(path: str) -> list[str]:
    return [w for s in path.split("/") if s and not _TEMPLATE.match(s) and s != "api" for w in naming.ascii_words(s)]


def name_methods(
    group: str, drafts: list[Draft], overrides: dict[str, str], lock: NameLock
) -> dict[str, tuple[str, dict[str, str]]]:
    """"METHOD /path" → (method name, {wire parameter: Python name} to use) for the operations of one group."""
    names: dict[str, tuple[str, dict[str, str]]] = {}
    held = lock.methods_held_in(group)  # every name the existing package gives in this group
    taken: set[str] = set()

    def claim(draft: Draft, name: str, parameters: dict[str, str]) -> None:
        names[draft.key] = (name, parameters)
        taken.add(name)

    def free(name: str, key: str) -> bool:
        return name not in taken and held.get(name, key) == key

    def parameters(draft: Draft, curated: Curated | None = None) -> dict[str, str]:
        locked = lock.get(draft.key)  # an operation of the existing package keeps its parameters' names too
        if locked is not None:
            return {wire: python for (_location, wire), python in locked.parameters.items()}
        return dict(curated.parameters) if curated is not None else {}

    for draft in drafts:  # 1. the team's own names
        override = overrides.get(draft.key)
        if override:
            claim(draft, override, parameters(draft))
    for draft in drafts:  # 2. the existing package's names
        locked = lock.get(draft.key)
        if draft.key not in names and locked is not None and locked.group == group and free(locked.method, draft.key):
            claim(draft, locked.method, parameters(draft))
    for draft in drafts:  # 3. the curated table
        curated = curated_for(draft.key)
        if draft.key not in names and curated is not None and free(curated.name, draft.key):
            claim(draft, curated.name, parameters(draft, curated))
    # 4. the rule, for the rest: clashing names keep the base for the shortest path, the others say how their path
    # goes past that one (`start_workflow` for POST /api/workflow, `start_workflow_by_name` for /api/workflow/{name}).
    by_base: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.key not in names:
            by_base[rule_base(draft)].append(draft)
    for base in sorted(by_base):
        clashing = sorted(by_base[base], key=lambda d: (d.path.count("/"), d.path, _METHOD_ORDER.index(d.method)))
        first = clashing[0]
        for draft in clashing:
            wanted = base if draft is first and free(base, draft.key) else f"{base}_{_distinguish(first, draft, base)}"
            name = naming.safe_identifier(wanted.rstrip("_"), fallback="call", avoid=("_client",))
            reserved = taken | {n for n, k in held.items() if k != draft.key}
            name = naming.unique(name, reserved, (f"_{draft.method.lower()}",))
            claim(draft, name, parameters(draft))
    return names


def _distinguish(first: Draft, other: Draft, base: str) -> str:
    """How `other`'s path goes past where it stops sharing `first`'s: its literal segments that the name does not
    already say (a respelling such as `externalstoragelocation` adds nothing), then at most two path parameters
    (`by_workflow_id_and_task_ref_name`, never a chain of three); else its HTTP method."""
    a = [s for s in first.path.split("/") if s]
    b = [s for s in other.path.split("/") if s]
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    said = set(base.split("_"))
    literals: list[str] = []
    params: list[str] = []
    for segment in b[common:]:
        match = _TEMPLATE.match(segment)
        if match:
            params.append(naming.snake_case(match.group(1)))
            continue
        words = naming.ascii_words(segment)
        if "".join(words) in base.replace("_", ""):
            continue
        literals.extend(w for w in words if w not in said)
    parts = literals + (["by", "_and_".join(params[:2])] if params else [])
    suffix = "_".join(p for p in parts if p)
    return suffix or (other.method.lower() if other.method != first.method else "")
