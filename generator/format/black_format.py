"""Formatting Python files with black.

black is the slow step (about 1,500 lines/s here), so: a file whose unformatted text was formatted before is
taken from the cache (keyed by the text, black's version and the mode); the rest are formatted in parallel
worker processes when there is more than a little to do.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

LINE_LENGTH = 120
_PARALLEL_FROM_LINES = 3000


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


def _cache_key(source: str) -> str:
    import black

    return hashlib.sha256(f"{black.__version__}|{LINE_LENGTH}|py310\n{source}".encode()).hexdigest()


def format_files(files: dict[str, str], cache_dir: Path | None) -> dict[str, str]:
    """Return `files` with every `.py` file formatted. Other files pass through."""
    result = dict(files)
    todo: dict[str, str] = {}
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        cached = _cache_read(cache_dir, source)
        if cached is not None:
            result[path] = cached
        else:
            todo[path] = source
    if not todo:
        return result
    total_lines = sum(s.count("\n") for s in todo.values())
    if total_lines >= _PARALLEL_FROM_LINES and len(todo) > 1 and (os.cpu_count() or 1) > 1:
        # Largest first, so the big models module starts at once while the small ones share the other core.
        ordered = sorted(todo, key=lambda p: -len(todo[p]))
        with ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            formatted = dict(zip(ordered, pool.map(format_source, ordered, [todo[p] for p in ordered]), strict=True))
    else:
        formatted = {path: format_source(path, source) for path, source in todo.items()}
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
