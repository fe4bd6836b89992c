"""Formatting Python files with black.

black is the slow step (about 1,500 lines/s here), so: a file whose unformatted text was formatted before is
taken from the cache (keyed by the text, black's version and the mode), and a large module is split and
formatted in parallel worker processes.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import os
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
    """black on one big module, split at top-level definitions and formatted in parallel."""
    return _format_many({path: source}, workers)[path]


def _format_many(todo: dict[str, str], workers: int) -> dict[str, str]:
    """Format several files, in parallel when there is enough to do.

    A large file is cut into pieces just before top-level definitions. black formats each top-level statement
    on its own and separates top-level definitions by exactly two blank lines, so formatting the pieces and
    joining them with two blank lines gives the same text as formatting the whole (a test compares both).
    """
    total = sum(source.count("\n") for source in todo.values())
    if workers < 2 or total < _PARALLEL_FROM_LINES:
        return {path: format_source(path, source) for path, source in todo.items()}
    splits = {
        path: _split_top_level(source, workers) if source.count("\n") >= _PARALLEL_FROM_LINES else [source]
        for path, source in todo.items()
    }
    jobs = [(path, piece) for path, pieces in splits.items() for piece in pieces]
    jobs.sort(key=lambda job: -len(job[1]))  # largest first, so no worker is left with a big piece at the end
    import multiprocessing  # here, not at the top: most runs have nothing for black to do
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers inherit black already imported, instead of importing it again (~0.3 s each).
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = list(pool.map(format_source, [p for p, _ in jobs], [piece for _, piece in jobs]))
    pieces_of: dict[str, dict[str, str]] = {path: {} for path in todo}
    for (path, piece), text in zip(jobs, results, strict=True):
        pieces_of[path][piece] = text
    return {path: "\n\n".join(pieces_of[path][piece] for piece in pieces) for path, pieces in splits.items()}


def _split_top_level(source: str, parts: int) -> list[str]:
    """Up to `parts` pieces of about equal size, each cut just before a top-level class or function."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [source]
    lines = source.split("\n")
    starts = [node.lineno - 1 for node in tree.body if isinstance(node, (ast.ClassDef, ast.FunctionDef))]
    starts = [start - _decorators(tree, start) for start in starts]
    cuts: list[int] = []
    for k in range(1, parts):
        target = len(lines) * k // parts
        cut = min((s for s in starts if s >= target), default=None)
        if cut is not None and cut > (cuts[-1] if cuts else 0):
            cuts.append(cut)
    bounds = [0, *cuts, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _decorators(tree: ast.Module, start: int) -> int:
    """How many lines of decorators stand above the definition starting at line index `start`."""
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.lineno - 1 == start and node.decorator_list:
            return start - (node.decorator_list[0].lineno - 1)
    return 0


def _cache_key(source: str) -> str:
    return hashlib.sha256(f"{_black_version()}|{LINE_LENGTH}|py310\n{source}".encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def _black_version() -> str:
    """black's version from its distribution's metadata: importing black (about 0.2 s) only to look a formatted
    file up in the cache would cost a run with a team's templates more than the lookup saves."""
    from importlib.metadata import version

    return version("black")


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
    import black  # noqa: F401 - imported before the pool forks, so its workers have it

    formatted = _format_many(todo, min(4, os.cpu_count() or 1))
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
