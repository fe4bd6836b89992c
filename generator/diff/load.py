"""The API surface of a spec (file or URL) or of a saved `api-surface.json`: the inputs of `conductor-codegen diff`.

Kept apart from surface.py because it runs the pipeline (spec → IR → models), while the pipeline itself uses
surface.py to write `api-surface.json`: this module sits above both, so neither imports the other back.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..config import Config
from ..diagnostics import Diagnostics
from ..ir.lock import NO_LOCK, NameLock
from ..pipeline import build
from ..render.package import render_model_files
from .model_shapes import model_module_trees, read_shapes
from .surface import READABLE_VERSIONS, Surface, build_surface, is_surface, spec_server_version


def load_surface(source: str, config: Config, lock: NameLock = NO_LOCK) -> Surface:
    """`source`: a spec file or URL (built with `config`'s names and templates, and `lock`'s names where it holds
    one for an operation), or a saved `api-surface.json`.

    Raises SpecError for anything that is neither, or for a saved surface of a version this generator does not
    read.
    """
    saved = saved_surface(source)
    if saved is not None:
        return saved
    ir, _diags, digest = build(source, config, lock)
    team_dir = config.path(config.templates) if config.templates else None
    models = render_model_files(ir, team_dir, source)  # the classes as generated: what users see of the models
    shapes = read_shapes(model_module_trees(models.files, ir.package_name))
    return build_surface(ir, shapes=shapes, server_version=spec_server_version(source), spec_sha256=digest)


def saved_surface(source: str) -> Surface | None:
    """The saved `api-surface.json` at `source`, or None when `source` is no such file (a spec, a URL)."""
    if source.startswith(("http://", "https://")):
        return None
    path = Path(source)
    if not (path.is_file() and path.read_bytes()[:1] in (b"{", b" ", b"\n", b"\r", b"\t")):
        return None
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not is_surface(value):
        return None
    if value.get("version") not in READABLE_VERSIONS:
        diags = Diagnostics(file=source)
        diags.error("surface-version", f"API surface version {value.get('version')!r}; this generator reads "
                    f"versions {', '.join(map(str, READABLE_VERSIONS))}", hint="regenerate it from the spec")
        diags.raise_if_errors()
    return dict(value)
