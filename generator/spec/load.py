"""Reading a spec from a file or URL, as JSON or YAML, within bounds.

Bounds matter because the document comes from a server we do not control: its size is capped, YAML aliases
(the "billion laughs" expansion) are refused, and nesting deeper than the parser can take is an error, not a
crash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics, json_pointer

MAX_SPEC_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class LoadedSpec:
    source: str
    document: dict[str, Any]
    sha256: str


def load_spec(source: str, *, max_bytes: int = MAX_SPEC_BYTES, url_timeout: float = 30.0) -> LoadedSpec:
    diags = Diagnostics(file=source)
    raw = _read_bytes(source, diags, max_bytes, url_timeout)
    diags.raise_if_errors()
    assert raw is not None
    document = _parse(raw, source, diags)
    diags.raise_if_errors()
    assert document is not None
    return LoadedSpec(source=source, document=document, sha256=hashlib.sha256(raw).hexdigest())


def _read_bytes(source: str, diags: Diagnostics, max_bytes: int, url_timeout: float) -> bytes | None:
    if source.startswith(("http://", "https://")):
        return _fetch(source, diags, max_bytes, url_timeout)
    path = Path(source)
    if not path.is_file():
        diags.error("spec-not-found", f"no such file: {source}", hint="give the path of an OpenAPI JSON or YAML file")
        return None
    size = path.stat().st_size
    if size > max_bytes:
        diags.error("spec-too-large", f"the document is {size} bytes, more than the limit of {max_bytes}")
        return None
    return path.read_bytes()


def _fetch(url: str, diags: Diagnostics, max_bytes: int, timeout: float) -> bytes | None:
    import httpx  # only a URL source pays for it

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            if response.status_code != 200:
                diags.error("spec-fetch", f"GET {url} answered HTTP {response.status_code}")
                return None
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    diags.error("spec-too-large", f"the document at {url} is larger than {max_bytes} bytes")
                    return None
            return bytes(body)
    except httpx.HTTPError as exc:
        diags.error("spec-fetch", f"cannot GET {url}: {type(exc).__name__}: {exc}", hint="is the server running?")
        return None


def _parse(raw: bytes, source: str, diags: Diagnostics) -> dict[str, Any] | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        diags.error("spec-encoding", f"not UTF-8 text (byte {exc.start})")
        return None
    looks_like_json = source.endswith(".json") or text.lstrip()[:1] in ("{", "[")
    try:
        document = json.loads(text) if looks_like_json else _load_yaml(text)
    except json.JSONDecodeError as exc:
        diags.error("spec-syntax", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return None
    except RecursionError:
        diags.error("spec-too-deep", "the document is nested too deeply to read")
        return None
    except _YamlRefused as exc:
        diags.error("spec-yaml-alias", str(exc), hint="expand anchors and aliases before generating")
        return None
    except Exception as exc:  # yaml's errors: one clear line, never a traceback
        diags.error("spec-syntax", f"invalid YAML: {' '.join(str(exc).split())}")
        return None
    if not isinstance(document, dict):
        diags.error("spec-shape", f"the top level is a {type(document).__name__}, not an object", pointer="")
        return None
    _check_values(document, diags)
    return document if not diags.errors else None


MAX_DEPTH = 64  # real Conductor specs nest 12 levels; far deeper only breaks tools downstream


def _check_values(document: dict[str, Any], diags: Diagnostics) -> None:
    """What a parser accepts but no OpenAPI document holds: non-string keys (YAML `1:`, `true:`), lone
    surrogates (JSON `\\ud800`, which no file can be written with) and absurd nesting."""
    stack: list[tuple[tuple[object, ...], Any]] = [((), document)]
    while stack:
        where, node = stack.pop()
        if len(where) > MAX_DEPTH:
            diags.error("spec-too-deep", f"nested deeper than {MAX_DEPTH} levels", json_pointer(*where[:MAX_DEPTH]))
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    diags.error("bad-key", f"the key {key!r} is not a string", json_pointer(*where, key))
                elif _has_surrogate(key):
                    diags.error("bad-text", "a key holds an invalid unicode escape (a lone surrogate)",
                                json_pointer(*where))
                stack.append((where + (key,), value))
        elif isinstance(node, list):
            stack.extend((where + (index,), value) for index, value in enumerate(node))
        elif isinstance(node, str) and _has_surrogate(node):
            diags.error("bad-text", "the text holds an invalid unicode escape (a lone surrogate)", json_pointer(*where))
        elif not isinstance(node, (str, int, float, bool)) and node is not None:  # YAML's !!binary, !!set...
            diags.error("bad-value", f"a {type(node).__name__} value has no JSON form", json_pointer(*where),
                        hint="an OpenAPI document holds only JSON values")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class _YamlRefused(Exception):
    pass


def _load_yaml(text: str) -> Any:
    import yaml  # type: ignore[import-untyped]  # no stubs installed; only SafeLoader is used

    class NoAliasLoader(yaml.SafeLoader):
        """Refuses aliases: an OpenAPI document does not need them and they allow exponential expansion."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise _YamlRefused(f"YAML alias *{event.anchor} at line {event.start_mark.line + 1} is not allowed")
            return super().compose_node(parent, index)

    # A date written plainly (`example: 2020-01-01`) stays the text it is, as it would be in JSON.
    NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 - a SafeLoader subclass

