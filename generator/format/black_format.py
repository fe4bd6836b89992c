"""Formatting Python files with black.

black is the slow step (about 1,500 lines/s here), so: a file whose unformatted text was formatted before is
taken from the cache (keyed by the text, black's version and the mode), and a large module is split and
formatted in parallel worker processes.
"""

from __future__ import annotations

import ast
import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

LINE_LENGTH = 120
_PARALLEL_FROM_LINES = 1500


class FormatError(Exception):
    pass


def _mode():  # type: ignore[no-untyped-def]
    import black

    return black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310})


def format_source(path: str, source: str) -> str:
    import black

    try:
        return black.format_str(source, mode=_mode())
    except Exception as exc:  # black raises its own InvalidInput and others
        raise FormatError(f"{path}: the rendered code does not parse: {' '.join(str(exc).split())[:300]}") from exc


def format_large_source(path: str, source: str, workers: int) -> str:
    """black on a big module, split at top-level definitions and formatted in parallel.

    black formats each top-level statement on its own and separates top-level definitions by exactly two blank
    lines, so formatting the pieces and joining them with two blank lines gives the same text as formatting the
    whole (a test compares both on the real models module).
    """
    pieces = _split_top_level(source, workers)
    if len(pieces) < 2:
        return format_source(path, source)
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=len(pieces), mp_context=context) as pool:
        formatted = list(pool.map(format_source, [path] * len(pieces), pieces))
    return "\n\n".join(formatted)


def _split_top_level(source: str, parts: int) -> list[str]:
    """Up to `parts` pieces of about equal size, each cut just before a top-level class or function."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [source]
    lines = source.split("\n")
    starts = [node.lineno - 1 for node in tree.body if isinstance(node, (ast.ClassDef, ast.FunctionDef))]
    starts = [start - _decorators(tree, start) for start in starts]
    cuts = []
    for k in range(1, parts):
        target = len(lines) * k // parts
        cut = min((s for s in starts if s >= target), default=None)
        if cut is not None and cut > (cuts[-1] if cuts else 0):
            cuts.append(cut)
    bounds = [0, *cuts, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in zip(bounds, bounds[1:]) if a < b]


def _decorators(tree: ast.Module, start: int) -> int:
    """How many lines of decorators stand above the definition starting at line index `start`."""
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.lineno - 1 == start and node.decorator_list:
            return start - (node.decorator_list[0].lineno - 1)
    return 0


def _cache_key(source: str) -> str:
    import black

    return hashlib.sha256(f"{black.__version__}|{LINE_LENGTH}|py310\n{source}".encode()).hexdigest()


def format_files(
    files: dict[str, str], cache_dir: Path | None, preformatted: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Return `files` with every `.py` file formatted, except those known to be formatted already."""
    result = dict(files)
    todo: dict[str, str] = {}
    for path, source in files.items():
        if not path.endswith(".py") or path in preformatted:
            continue
        cached = _cache_read(cache_dir, source)
        if cached is not None:
            result[path] = cached
        else:
            todo[path] = source
    if not todo:
        return result
    workers = min(4, os.cpu_count() or 1)
    formatted = {}
    for path, source in todo.items():
        large = source.count("\n") >= _PARALLEL_FROM_LINES and workers > 1
        formatted[path] = format_large_source(path, source, workers) if large else format_source(path, source)
    for path, text in formatted.items():
        result[path] = text
        _cache_write(cache_dir, todo[path], text)
    return result


def _cache_read(cache_dir: Path | None, source: str) -> str | None:
    if cache_dir is None:
        return None
    try:
        return (cache_dir / _cache_key(source)).read_text("utf-8")
    except OSError:
        return None


def _cache_write(cache_dir: Path | None, source: str, text: str) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        target = cache_dir / _cache_key(source)
        tmp = target.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # the cache only saves time; a read-only disk must not fail the run
