"""`conductor-codegen`: generate, validate (and, from their modules, diff and scaffold).

Exit codes: 0 done, 1 the generator itself failed (a bug: please report), 2 bad input (spec, config, options, a
team's templates: see templates/README.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from .config import Config, ConfigError, check_config, load_config
from .diagnostics import Diagnostic, SpecError

EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
_EXAMPLES_PER_CODE = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.run(args))
    except (SpecError, ConfigError) as exc:
        _report_failure(exc)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; the output folder was left as it was", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: say so plainly; the traceback only on request
        if os.environ.get("CONDUCTOR_CODEGEN_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:500]}\n"
            "nothing was written. This is a bug in conductor-codegen: please report it with the spec "
            "(CONDUCTOR_CODEGEN_DEBUG=1 shows the traceback).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conductor-codegen",
        description="Typed Python client and worker runtime from a Conductor server's OpenAPI document.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gen = sub.add_parser("generate", help="render the package from the spec (the default job of `make regenerate`)")
    _config_options(gen)
    gen.add_argument("--output", help="output folder (config: output)")
    gen.add_argument("--templates", help="a team folder of template overrides (config: templates)")
    gen.add_argument("--package-name", help="the generated package's import name (config: package-name)")
    gen.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    gen.add_argument(
        "--rename-methods", action="store_true", default=None,
        help="name every method by the current rule instead of keeping the names of the package in --output "
        "(its api-surface.json); each rename is listed as breaking in the report and CHANGELOG.md",
    )
    gen.add_argument("-v", "--verbose", action="store_true", help="list every warning")
    gen.set_defaults(run=_generate)

    val = sub.add_parser("validate", help="check a spec: every error with its JSON pointer; writes nothing")
    _config_options(val)
    val.add_argument("-v", "--verbose", action="store_true", help="list every warning")
    val.set_defaults(run=_validate)

    _register_optional_commands(sub)
    return parser


def _register_optional_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Commands that live in their own modules register themselves here."""
    for module_name in ("generator.diff.command", "generator.scaffold.command"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError:
            continue
        module.register(sub)


def _config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", nargs="?", help="spec file or URL (config: spec)")
    parser.add_argument("--config", default="pyproject.toml", help="pyproject.toml with [tool.conductor-codegen]")
    parser.add_argument("--strict", action="store_true", default=None, help="fail on what is otherwise repaired")


def resolve_config(args: argparse.Namespace) -> Config:
    config = load_config(Path(args.config))
    overrides = {
        "spec": args.spec,
        "output": getattr(args, "output", None),
        "templates": getattr(args, "templates", None),
        "package_name": getattr(args, "package_name", None),
        "strict": args.strict,
        "rename_methods": getattr(args, "rename_methods", None),
    }
    config = config.with_overrides(**overrides)
    for name in ("spec", "output", "templates"):  # paths given on the command line are relative to the cwd
        value = overrides[name]
        if value and not str(value).startswith(("http://", "https://")):
            config = config.with_overrides(**{name: str(Path(value).resolve())})
    check_config(config, "command line")
    return config


def _generate(args: argparse.Namespace) -> int:
    from .pipeline import generate

    config = resolve_config(args)
    summary = generate(config, force=args.force)
    _print_warnings(summary.warnings, args.verbose)
    if summary.api_changes:
        print(summary.api_changes, end="")
    state = "up to date" if summary.up_to_date else "generated"
    print(
        f"{state}: {summary.operations} operations in {summary.groups} API groups, {summary.models} models, "
        f"{summary.files} files → {config.output} ({len(summary.warnings)} warnings, {summary.seconds:.2f} s)"
    )
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .pipeline import build

    config = resolve_config(args)
    ir, diags, _ = build(config.spec, config)
    _print_warnings(diags.warnings, args.verbose)
    print(f"valid: {len(ir.operations)} operations, {len(ir.models)} models ({len(diags.warnings)} warnings)")
    return 0


def _print_warnings(warnings: list[Diagnostic], verbose: bool) -> None:
    """Warnings grouped by kind: a repair springdoc needs 160 times is one line and three examples."""
    by_code: dict[str, list[Diagnostic]] = defaultdict(list)
    for warning in warnings:
        by_code[warning.code].append(warning)
    for code, items in sorted(by_code.items()):
        shown = items if verbose else items[:_EXAMPLES_PER_CODE]
        print(f"warning[{code}] × {len(items)}", file=sys.stderr)
        for item in shown:
            print(f"  {item.format()}", file=sys.stderr)
        if len(items) > len(shown):
            print(f"  … {len(items) - len(shown)} more (-v lists them)", file=sys.stderr)


def _report_failure(exc: Exception) -> None:
    if isinstance(exc, SpecError):
        for error in exc.errors:
            print(error.format(), file=sys.stderr)
        print(f"error: {len(exc.errors)} problem(s) in the spec; nothing was written", file=sys.stderr)
    else:
        print(f"error: {exc}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
