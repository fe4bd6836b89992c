"""`conductor-codegen diff OLD NEW`: what changed in the generated Python API, each change breaking or not."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import load_config
from .compare import compare
from .report import json_text, markdown_entry, text_report
from ..ir.lock import NO_LOCK, lock_from_surface
from .load import load_surface, saved_surface
from .surface import surface_json

EXIT_BREAKING = 3

_DESCRIPTION = """\
Compare the Python API generated from OLD with the one generated from NEW and list every change in terms of
the package (`client.workflow.start_workflow(...)`, `Workflow.status`), breaking changes first.

OLD and NEW are spec files (JSON or YAML), spec URLs, or saved API surfaces (the `api-surface.json` that
`generate` writes beside the package). Specs are read with the method names and tags of --config, as
`generate` would. Operations are matched by HTTP method and path, never by operationId. When OLD is a package's
saved surface, NEW is named as `generate` over that package names it: every METHOD + path keeps its name, and a
new operation never takes one the package holds.

Breaking: anything that makes code written against the OLD package fail against the NEW one: a removed
operation, parameter, model, field or enum value; a new required parameter; a renamed method; a retyped
parameter, body, return value or field; a field made required in a model that user code sends. Not breaking:
additions of optional things, new enum values (enums are open), fields made required in models only read
from responses (decoding is lenient), deprecations.
"""

_EPILOG = """\
exit codes:
  0  compared (whatever changed, unless --fail-on-breaking)
  1  the generator itself failed (a bug: please report it)
  2  bad input: a spec that cannot be read or is invalid, a bad option or config
  3  with --fail-on-breaking: at least one change is breaking (the report is printed all the same)
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "diff",
        help="what changed in the generated Python API between two specs, breaking or not",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", metavar="OLD", help="the older spec (file or URL) or saved api-surface.json")
    parser.add_argument("new", metavar="NEW", help="the newer spec (file or URL) or saved api-surface.json")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON instead of text")
    parser.add_argument("--markdown", metavar="FILE", help="also write a Markdown changelog entry to FILE (`-`: standard output)")
    parser.add_argument("--fail-on-breaking", action="store_true",
                        help=f"exit {EXIT_BREAKING} when any change is breaking (for CI)")
    parser.add_argument("--save-surface", metavar="FILE", help="also write NEW's API surface to FILE")
    parser.add_argument("--config", default="pyproject.toml", help="pyproject.toml with [tool.conductor-codegen]")
    parser.add_argument("--strict", action="store_true", default=None, help="fail on what is otherwise repaired")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_config(Path(args.config)).with_overrides(strict=args.strict)
    saved = saved_surface(args.old)
    old = saved if saved is not None else load_surface(args.old, config)
    # A saved surface stands for a package: NEW is named as `generate` over that package would name it (its names
    # kept for every METHOD + path it has), so the report lists the renames an upgrade really makes, and no other.
    lock = lock_from_surface(saved, args.old) if saved is not None else NO_LOCK
    new = load_surface(args.new, config, lock)
    changes = compare(old, new)
    if args.json:
        sys.stdout.write(json_text(changes, old, new))
    else:
        sys.stdout.write(text_report(changes, old, new))
    if args.markdown:
        entry = markdown_entry(changes, old, new)
        if args.markdown == "-":
            sys.stdout.write(entry)
        else:
            _write(Path(args.markdown), entry)
    if args.save_surface:
        _write(Path(args.save_surface), surface_json(new))
    sys.stdout.flush()
    if args.fail_on_breaking and any(change.breaking for change in changes):
        print(f"error: {sum(1 for c in changes if c.breaking)} breaking change(s) (--fail-on-breaking)",
              file=sys.stderr)
        return EXIT_BREAKING
    return 0


def _write(path: Path, text: str) -> None:
    from ..config import ConfigError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from exc
