"""Row 2: what each generator produced from the same spec (the outputs row 1 left in benchmarks/.work/regen/).

- operations: ours — the `_NAME: Operation[T] = Operation(...)` constants in api/*.py, typed when T is neither
  `Any` nor `None` (`None`: the spec documents no body). openapi-python-client — one module per endpoint under
  api/<tag>/; an endpoint counts as typed when the return annotation of its `_parse_response` is not
  `Any | None` (that is what it falls back to when it cannot read a response, e.g. `*/*` content, and also for
  an undocumented body); operations it skipped have no module (its "Endpoint will not be generated" warnings).
  datamodel-code-generator makes models only.
- models: top-level classes in the model modules (enums included); files and lines: every .py file.
- mypy --strict: the .venv's mypy on each output, errors counted; openapi-python-client's output is checked
  against its own virtualenv (`--python-executable`), where httpx/attrs/dateutil are installed.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from common import SPEC, VENV, WORK, child_env, log, venv_python
from row1_regen import DCG_OUT, OPC_OUT, OURS_OUT

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def spec_counts() -> dict[str, int]:
    doc = json.loads(SPEC.read_text())
    ops = with_body = 0
    for item in doc.get("paths", {}).values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            ops += 1
            for code, response in (op.get("responses") or {}).items():
                if str(code).startswith("2") and (response or {}).get("content"):
                    with_body += 1
                    break
    return {"operations": ops, "operations_with_body": with_body,
            "schemas": len(doc.get("components", {}).get("schemas", {}))}


def _py_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _files_lines(root: Path) -> tuple[int, int]:
    files = _py_files(root)
    return len(files), sum(p.read_text(encoding="utf-8").count("\n") for p in files)


def _classes(paths: list[Path]) -> int:
    return sum(sum(isinstance(n, ast.ClassDef) for n in ast.parse(p.read_text()).body) for p in paths)


def ours_counts(package: Path) -> dict[str, Any]:
    typed = untyped = empty = 0
    for path in sorted((package / "api").glob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if (isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Subscript)
                    and ast.unparse(node.annotation.value) == "Operation"):
                inner = ast.unparse(node.annotation.slice)
                if inner == "Any":
                    untyped += 1
                elif inner == "None":
                    empty += 1
                else:
                    typed += 1
    models = _classes([p for p in (package / "models").glob("*.py") if p.name not in ("__init__.py", "_base.py")])
    files, lines = _files_lines(package)
    return {"operations": typed + untyped + empty, "typed_returns": typed, "any_returns": untyped,
            "none_returns": empty, "models": models, "files": files, "lines": lines}


def opc_counts(root: Path) -> dict[str, Any]:
    packages = [p for p in root.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    if not packages:
        return {}
    package = packages[0]
    typed = untyped = 0
    for path in sorted((package / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.FunctionDef) and node.name == "_parse_response" and node.returns is not None:
                ret = ast.unparse(node.returns).replace(" ", "")
                if ret in ("Any|None", "Optional[Any]", "Any"):
                    untyped += 1
                else:
                    typed += 1
    models = _classes([p for p in (package / "models").glob("*.py") if p.name != "__init__.py"])
    files, lines = _files_lines(package)
    return {"package": package.name, "operations": typed + untyped, "typed_returns": typed,
            "any_returns": untyped, "models": models, "files": files, "lines": lines}


def dcg_counts(module: Path) -> dict[str, Any]:
    if not module.exists():
        return {}
    return {"operations": None, "typed_returns": None, "models": _classes([module]), "files": 1,
            "lines": module.read_text().count("\n")}


def mypy_errors(target: str, cwd: Path, cache: str, python: Path | None = None) -> dict[str, Any]:
    config = WORK / "mypy.ini"
    config.write_text("[mypy]\n")  # no project configuration leaks in
    cmd = [str(VENV / "bin" / "mypy"), "--strict", "--config-file", str(config), "--cache-dir",
           str(WORK / f"mypy-cache-{cache}"), "--no-color-output", "--show-error-codes"]
    if python is not None:
        cmd += ["--python-executable", str(python)]
    proc = subprocess.run(cmd + [target], cwd=cwd, capture_output=True, text=True, env=child_env(), timeout=900)
    lines = proc.stdout.splitlines()
    errors = [line for line in lines if ": error:" in line]
    codes: dict[str, int] = {}
    for line in errors:
        match = re.search(r"\[([a-z0-9-]+)\]$", line)
        if match:
            codes[match.group(1)] = codes.get(match.group(1), 0) + 1
    summary = lines[-1] if lines else proc.stderr.strip()[-200:]
    log(f"row 2 mypy {cache}: {len(errors)} errors ({summary})")
    return {"errors": len(errors), "by_code": dict(sorted(codes.items(), key=lambda kv: -kv[1])[:8]),
            "summary": summary}


def run() -> dict[str, Any]:
    ours = ours_counts(OURS_OUT / "conductor_client")
    opc = opc_counts(OPC_OUT)
    dcg = dcg_counts(DCG_OUT / "models.py")
    ours["mypy"] = mypy_errors("conductor_client", OURS_OUT, "ours")
    if opc:
        opc["mypy"] = mypy_errors(opc["package"], OPC_OUT, "opc", python=venv_python("opc"))
    if dcg:
        dcg["mypy"] = mypy_errors("models.py", DCG_OUT, "dcg")
    return {"spec": spec_counts(), "rows": {"ours": ours, "opc": opc, "dcg": dcg}}
