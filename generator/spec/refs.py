"""Checking every `$ref` before anything follows one.

Only local references (`#/...`) are followed. An external reference would make the generator fetch files or
URLs named by the document; it is refused with an error unless the user allows it, and even then it is not
fetched here (the message says so) — bundle the document first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..diagnostics import Diagnostics, json_pointer


def iter_objects(node: Any, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    """Every JSON object in the document with its path, without recursion (documents can nest deeply)."""
    stack: list[tuple[tuple[object, ...], Any]] = [(path, node)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            yield where, item
            children: Any = item.items()
        elif isinstance(item, list):
            children = enumerate(item)
        else:
            continue
        stack.extend((where + (key,), value) for key, value in children if isinstance(value, (dict, list)))


def iter_refs(node: Any, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], str]]:
    """Every `$ref` string in the document with the path of the object that holds it."""
    for where, item in iter_objects(node, path):
        ref = item.get("$ref")
        if isinstance(ref, str):
            yield where, ref


def resolve_pointer(document: Any, ref: str) -> tuple[bool, Any]:
    """Follow a local `#/a/b` reference. Returns (found, target)."""
    if not ref.startswith("#"):
        return False, None
    node = document
    for raw in ref[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False, None
    return True, node


_OTHER_REFS = ("$dynamicRef", "$recursiveRef")


def check_refs(document: dict[str, Any], diags: Diagnostics) -> None:
    for where, item in iter_objects(document):
        for keyword in _OTHER_REFS:  # OpenAPI 3.1 / JSON Schema references: only local ones are allowed
            value = item.get(keyword)
            if keyword in item and not (isinstance(value, str) and value.startswith("#")):
                diags.error("external-ref", f"{keyword} {value!r} is not followed", json_pointer(*where, keyword),
                            hint="use a local '#/...' reference")
    for where, ref in iter_refs(document):
        pointer = json_pointer(*where, "$ref")
        if not ref.startswith("#"):
            diags.error(
                "external-ref",
                f"external $ref {ref!r} is not followed",
                pointer,
                hint="bundle the document into one file (every $ref starting with '#')",
            )
            continue
        found, target = resolve_pointer(document, ref)
        if not found:
            diags.error("dangling-ref", f"$ref {ref!r} points to nothing", pointer, hint="fix or remove the reference")
        elif _ref_chain_loops(document, ref):
            diags.error("ref-cycle", f"$ref {ref!r} only refers to itself through other $refs", pointer)


def _ref_chain_loops(document: dict[str, Any], ref: str) -> bool:
    """True for `A → B → A` where every link is a bare `$ref` (a schema that never reaches a type)."""
    seen = {ref}
    current = ref
    while True:
        found, target = resolve_pointer(document, current)
        if not found or not isinstance(target, dict):
            return False
        nxt = target.get("$ref")
        if not isinstance(nxt, str) or not nxt.startswith("#"):
            return False
        if nxt in seen:
            return True
        seen.add(nxt)
        current = nxt
