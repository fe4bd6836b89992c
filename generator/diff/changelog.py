"""What `generate` keeps beside the package: `api-surface.json` (the API it generated) and `CHANGELOG.md`.

At each regeneration the previous `api-surface.json` in the output folder is compared with the new IR; when the
Python API changed, the report is printed and an entry is prepended to `CHANGELOG.md`. The output folder is
replaced as a whole on every write, so both files are always part of the files written, changed or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ir.model import Ir
from ..render.docs import changelog_links
from .compare import Change, compare
from .report import label, markdown_entry, text_report
from .model_shapes import ClassShape
from .surface import SURFACE_FILE, Surface, build_surface, read_saved_surface, spec_server_version, surface_json

CHANGELOG_FILE = "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Changelog of the generated Python API\n\n"
    "Written by `conductor-codegen generate` whenever the Python API changed (newest first); "
    "see `conductor-codegen diff --help` for what counts as breaking.\n"
)


@dataclass
class SpecChange:
    """The outcome of one regeneration: files to write beside the package, and what to tell the user."""

    files: dict[str, str] = field(default_factory=dict)  # relative path in the output folder → text
    changes: list[Change] = field(default_factory=list)
    report: str = ""  # the text report, "" when nothing changed (or there was nothing to compare with)
    first: bool = False  # no previous api-surface.json: nothing compared


def new_surface(new_ir: Ir, spec_source: str = "", spec_sha256: str = "",
                shapes: dict[str, ClassShape] | None = None) -> Surface:
    return build_surface(new_ir, shapes=shapes, spec_sha256=spec_sha256,
                         server_version=spec_server_version(spec_source) if spec_source else "")


def report_spec_change(old_surface_path: Path, new_ir: Ir, *, spec_source: str = "", spec_sha256: str = "",
                       shapes: dict[str, ClassShape] | None = None) -> list[Change]:
    """The changes from the surface saved at `old_surface_path` to `new_ir`; [] when there is no saved one."""
    old = read_saved_surface(Path(old_surface_path))
    if old is None:
        return []
    return compare(old, new_surface(new_ir, spec_source, spec_sha256, shapes))


def spec_change_files(output: Path, new_ir: Ir, *, spec_source: str = "", spec_sha256: str = "",
                      shapes: dict[str, ClassShape] | None = None) -> SpecChange:
    """Read the previous `api-surface.json` and `CHANGELOG.md` in `output`; return the new ones and the report.

    `shapes`: the model classes as generated (model_shapes.read_shapes), recorded in the surface."""
    output = Path(output)
    new = new_surface(new_ir, spec_source, spec_sha256, shapes)
    old = read_saved_surface(output / SURFACE_FILE)
    try:
        changelog = (output / CHANGELOG_FILE).read_text("utf-8")
    except OSError:
        changelog = ""
    result = SpecChange(first=old is None)
    if old is None:
        if not changelog:
            changelog = prepend_entry("", _baseline_entry(new))
    else:
        result.changes = compare(old, new)
        if result.changes:
            result.report = text_report(result.changes, old, new)
            changelog = prepend_entry(changelog, markdown_entry(result.changes, old, new, changelog_links(new_ir)))
    result.files = {SURFACE_FILE: surface_json(new)}
    if changelog:
        result.files[CHANGELOG_FILE] = changelog
    return result


def prepend_entry(changelog: str, entry: str) -> str:
    """`changelog` with `entry` as its newest entry, right under the header (the header made if missing)."""
    if changelog.startswith("# "):
        head, sep, rest = changelog.partition("\n## ")
        older = "## " + rest if sep else ""
    else:
        head, older = CHANGELOG_HEADER, changelog
    parts = [head.strip("\n"), entry.strip("\n")] + ([older.strip("\n")] if older.strip() else [])
    return "\n\n".join(parts) + "\n"


def _baseline_entry(surface: Surface) -> str:
    return (f"## {label(surface)}\n\nFirst recorded API: {len(surface['operations'])} operations, "
            f"{len(surface['models'])} models.\n")
