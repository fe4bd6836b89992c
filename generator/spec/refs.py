"""Checking every `$ref` before anything follows one.

Only local references (`#/...`) are followed. An external reference would make the generator fetch files or
URLs named by the document; it is refused with an error unless the user allows it, and even then it is not
fetched here (the message says so) — bundle the document first.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..diagnostics import Diagnostics, json_pointer


def iter_refs(node: Any, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], str]]:
    """Every `$ref` string in the document with the path of the object that holds it."""
    stack: list[tuple[tuple[object, ...], Any]] = [(path, node)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield where, ref
            for key, value in item.items():
                if isinstance(value, (dict, list)):
                    stack.append((where + (key,), value))
        elif isinstance(item, list):
            for index, value in enumerate(item):
                if isinstance(value, (dict, list)):
                    stack.append((where + (index,), value))


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


def check_refs(document: dict[str, Any], diags: Diagnostics) -> None:
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
