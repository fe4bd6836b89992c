"""Changes → a text report (terminal), a JSON document (machines) and a Markdown changelog entry."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from .compare import Change
from .surface import Surface

REPORT_FORMAT = "conductor-codegen/api-diff"


def label(surface: Surface) -> str:
    """What a surface came from, for headings: "conductor 3.32.3", else the spec's title and version."""
    if surface.get("server_version"):
        return f"conductor {surface['server_version']}"
    title = str(surface.get("title") or "spec")
    version = str(surface.get("api_version") or "")
    sha = str(surface.get("spec_sha256") or "")[:12]
    return " ".join(part for part in (title, version, f"(sha256 {sha})" if sha else "") if part)


def _heading(old: Surface, new: Surface) -> str:
    """"conductor 3.32.3 (was conductor 3.21.14)"; when the spec is the one of the last entry, say that the change
    came with the generator, not the server."""
    if label(new) != label(old):
        return f"{label(new)} (was {label(old)})"
    if new.get("spec_sha256") and new.get("spec_sha256") == old.get("spec_sha256"):
        return f"{label(new)} (same spec; generator changed)"
    return f"{label(new)} (another document of the same version)"


def summary_line(changes: list[Change]) -> str:
    breaking = sum(1 for c in changes if c.breaking)
    if not changes:
        return "no changes to the Python API"
    return f"{breaking} breaking, {len(changes) - breaking} not breaking"


def text_report(changes: list[Change], old: Surface, new: Surface) -> str:
    lines = [f"API changes {label(old)} → {label(new)}: {summary_line(changes)}"]
    for title, marker, subset in (
        ("BREAKING", "!", [c for c in changes if c.breaking]),
        ("Not breaking", "+", [c for c in changes if not c.breaking]),
    ):
        if not subset:
            continue
        lines.append("")
        lines.append(f"{title} ({len(subset)}):")
        for kind, items in _by_kind(subset):
            lines.append(f"  {kind} ({len(items)})")
            for change in items:
                where = f"  [{change.endpoint}]" if change.endpoint and change.endpoint not in change.detail else ""
                lines.append(f"    {marker} {change.location}: {change.detail}{where}")
    return "\n".join(lines) + "\n"


def json_report(changes: list[Change], old: Surface, new: Surface) -> dict[str, Any]:
    """The machine-readable form; `changes` is ordered breaking first."""
    return {
        "format": REPORT_FORMAT,
        "version": 1,
        "old": _side(old),
        "new": _side(new),
        "summary": {
            "breaking": sum(1 for c in changes if c.breaking),
            "not_breaking": sum(1 for c in changes if not c.breaking),
            "total": len(changes),
            "by_kind": dict(sorted(_count_kinds(changes).items())),
        },
        "changes": [c.to_json() for c in changes],
    }


def json_text(changes: list[Change], old: Surface, new: Surface) -> str:
    return json.dumps(json_report(changes, old, new), indent=2, ensure_ascii=False) + "\n"


def markdown_entry(changes: list[Change], old: Surface, new: Surface,
                   link: Callable[[str, str], str | None] | None = None) -> str:
    """One CHANGELOG.md entry: a heading, a summary line, then breaking and other changes by kind.

    `link(endpoint, location)`: the reference page of a changed method or model (render/docs.py), or None."""
    lines = [f"## {_heading(old, new)}", ""]
    breaking = [c for c in changes if c.breaking]
    if not changes:
        lines += ["No changes to the Python API.", ""]
        return "\n".join(lines)
    lines += [f"**{len(breaking)} breaking**, {len(changes) - len(breaking)} not breaking.", ""]
    for title, subset in (("Breaking", breaking), ("Not breaking", [c for c in changes if not c.breaking])):
        if not subset:
            continue
        lines += [f"### {title}", ""]
        for kind, items in _by_kind(subset):
            lines.append(f"- {kind.replace('-', ' ')}:")
            for change in items:
                where = f" (`{change.endpoint}`)" if change.endpoint and change.endpoint not in change.detail else ""
                href = link(change.endpoint, change.location) if link else None
                place = f"[`{change.location}`]({href})" if href else f"`{change.location}`"
                lines.append(f"  - {place}: {_md(change.detail)}{where}")
        lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")


def _side(surface: Surface) -> dict[str, Any]:
    return {
        "label": label(surface),
        "server_version": surface.get("server_version", ""),
        "api_version": surface.get("api_version", ""),
        "spec_sha256": surface.get("spec_sha256", ""),
        "package": surface.get("package", ""),
        "operations": len(surface.get("operations", {})),
        "models": len(surface.get("models", {})),
    }


def _by_kind(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    groups: dict[str, list[Change]] = defaultdict(list)
    for change in changes:  # already sorted: kinds keep their order of first appearance
        groups[change.kind].append(change)
    return list(groups.items())


def _count_kinds(changes: list[Change]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for change in changes:
        counts[change.kind] += 1
    return counts
