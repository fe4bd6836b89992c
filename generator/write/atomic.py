"""Replacing the output folder atomically.

The new tree is written into a sibling temporary folder first; only when every file is written is the old
folder moved aside and the new one moved in (two renames on one file system), then the old one removed. Any
failure before the swap leaves the output folder exactly as it was; a failure between the two renames puts the
old folder back.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

def write_tree(output: Path, files: dict[str, str]) -> None:
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    try:
        for relative, text in sorted(files.items()):
            target = staging / relative
            _check_inside(staging, target)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8", newline="\n")
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_inside(root: Path, target: Path) -> None:
    if not target.resolve().is_relative_to(root.resolve()):
        raise ValueError(f"refusing to write outside the output folder: {target}")


def _swap(staging: Path, output: Path) -> None:
    if not output.exists():
        os.replace(staging, output)
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    backup.rmdir()
    os.replace(output, backup)
    try:
        os.replace(staging, output)
    except BaseException:
        os.replace(backup, output)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def read_state(state_file: Path) -> dict[str, object] | None:
    try:
        value = json.loads(state_file.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_state(state_file: Path, state: dict[str, object]) -> None:
    """What the last run made, kept outside the output (in the git-ignored cache) so the output depends only
    on its inputs. Losing it costs one full regeneration, nothing more."""
    try:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = state_file.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n", "utf-8")
        os.replace(tmp, state_file)
    except OSError:
        pass


def tree_matches(output: Path, file_hashes: dict[str, str]) -> bool:
    """True when every file listed is on disk with that content, and nothing else is."""
    try:
        on_disk = {
            str(p.relative_to(output)) for p in output.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }
    except OSError:
        return False
    if on_disk != set(file_hashes):
        return False
    return all(sha256_file(output / rel) == digest for rel, digest in file_hashes.items())


def sha256_file(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
