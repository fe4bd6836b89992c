"""What changed in the generated Python API between two specs (or two saved surfaces), and whether it breaks.

- `surface`: the IR and the generated model classes → a plain JSON-able snapshot of the Python API
  (`api-surface.json`); `model_shapes` reads those classes; `load` makes a surface from a spec or a saved file.
- `compare`: two snapshots → a list of `Change`s, each marked breaking or not (the verdict table is there).
- `report`: changes → text, JSON and a Markdown changelog entry.
- `changelog`: what `generate` writes beside the package (`api-surface.json`, `CHANGELOG.md`).
- `command`: the `conductor-codegen diff` subcommand.
"""

from __future__ import annotations

from .compare import Change, compare
from .surface import build_surface

# `load.load_surface` (a spec → its surface) runs the pipeline, which imports this package: import it from
# `generator.diff.load` where needed, never from here (that would be an import cycle).
__all__ = ["Change", "build_surface", "compare"]
