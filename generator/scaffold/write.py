"""Writing stubs without ever replacing a person's work.

Each file starts with a marker line holding the sha256 of the rest of the file as it was written. A file whose
content still matches its marker was not touched since, and may be rewritten; any other existing file (edited,
or not ours) is kept as it is.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..format.black_format import format_source
from ..render.environment import make_environment
from .taskdefs import WorkerStub

MARKER = re.compile(r"\A# scaffolded by conductor-codegen; sha256=([0-9a-f]{64})\n")


@dataclass(frozen=True)
class Outcome:
    path: Path
    action: str  # "written", "updated", "unchanged", "kept"


def scaffold(stubs: list[WorkerStub], out_dir: Path, package_name: str, team_dir: Path | None) -> list[Outcome]:
    env = make_environment(team_dir)
    worker_template = env.get_template("scaffold/worker.py.jinja")
    test_template = env.get_template("scaffold/test_worker.py.jinja")
    outcomes = []
    for stub in stubs:
        context = {"stub": stub, "package_name": package_name, "workers_package": out_dir.name}
        outcomes.append(_write(out_dir / f"{stub.module}.py", worker_template.render(context)))
        outcomes.append(_write(out_dir / "tests" / f"test_{stub.module}.py", test_template.render(context)))
    return outcomes


def _write(path: Path, source: str) -> Outcome:
    body = format_source(str(path), source)
    text = f"# scaffolded by conductor-codegen; sha256={hashlib.sha256(body.encode()).hexdigest()}\n{body}"
    if path.exists():
        current = path.read_text("utf-8")
        if current == text:
            return Outcome(path, "unchanged")
        match = MARKER.match(current)
        untouched = match and hashlib.sha256(current[match.end():].encode()).hexdigest() == match.group(1)
        if not untouched:
            return Outcome(path, "kept")
        action = "updated"
    else:
        action = "written"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)
    return Outcome(path, action)
