"""Row 4: decode/encode of a large Workflow (500 tasks) and of a single Task.

The generated models (`Workflow.model_validate_json(data, context=DECODE_CONTEXT)`, `model_dump_json(by_alias=
True, exclude_none=True)`) vs conductor-python's models (its ApiClient: json.loads + deserialize_class;
sanitize_for_serialization + json.dumps) vs plain pydantic v2 models made by datamodel-code-generator from the
same spec (reference) — each against json.loads/json.dumps on the same bytes in the same process (see
codec_child.py for the method). A fourth line measures a decoder outside pydantic, for the team's decision on
the decode target: msgspec structs that datamodel-code-generator makes from the spec made liberal the way our
models decode (no required fields, enums read as strings, `{type: object}` maps as any value). Payloads (payloads.py): a synthetic 500-task Workflow, the same every run, and,
when a server is up, one the real server ran and returned.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from common import BENCH, PY, SPEC, WORK, child_env, ensure_venv, log, venv_bin
from payloads import real_workflow, write
from row1_regen import DCG_OUT

TARGET_DECODE = 1.5
TARGET_ENCODE = 0.6


def _child(python: Any, which: str, runs: int, payloads: dict[str, Path], *extra: str) -> dict[str, Any]:
    proc = subprocess.run([str(python), str(BENCH / "codec_child.py"), which, str(runs),
                           *(f"{kind}={path}" for kind, path in payloads.items()), *extra],
                          capture_output=True, text=True, env=child_env(), timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"codec_child {which}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


MSGSPEC_OUT = WORK / "msgspec"


def _liberal(node: Any) -> Any:
    """A schema that decodes what a server sends, as our models do: no "required", enums as plain strings, maps
    declared `{type: object}` as any value."""
    if isinstance(node, list):
        return [_liberal(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _liberal(value) for key, value in node.items() if key not in ("required", "enum")}
    if node.get("additionalProperties") == {"type": "object"}:
        out["additionalProperties"] = {}
    return out


def _msgspec_structs() -> Path:
    """msgspec structs for the committed spec's schemas, written by datamodel-code-generator."""
    document = json.loads(SPEC.read_text("utf-8"))
    schemas_only = {"openapi": document["openapi"], "info": document["info"], "paths": {},
                    "components": {"schemas": _liberal(document["components"]["schemas"])}}
    MSGSPEC_OUT.mkdir(parents=True, exist_ok=True)
    (MSGSPEC_OUT / "spec.json").write_text(json.dumps(schemas_only), "utf-8")
    ensure_venv("dcg")
    subprocess.run([str(venv_bin("dcg", "datamodel-codegen")), "--input", str(MSGSPEC_OUT / "spec.json"),
                    "--input-file-type", "openapi", "--output-model-type", "msgspec.Struct",
                    "--target-python-version", "3.11", "--output", str(MSGSPEC_OUT / "ms_models.py")],
                   check=True, capture_output=True, env=child_env(), timeout=600)
    return MSGSPEC_OUT


def run(runs: int, server_url: str | None) -> dict[str, Any]:
    wf, task = write(WORK / "payloads")
    payloads = {"workflow": wf, "task": task}
    if server_url:
        log("row 4: running a 500-task workflow on the real server for its answer")
        payloads["workflow_real"] = real_workflow(server_url, WORK / "payloads")
    else:
        log("row 4: no server, so no real-server workflow")
    official_py = ensure_venv("conductor")
    rows = {"ours": _child(PY, "ours", runs, payloads), "official": _child(official_py, "official", runs, payloads)}
    if (DCG_OUT / "models.py").exists():
        try:
            rows["dcg"] = _child(PY, "dcg", runs, payloads, "--dcg-models", str(DCG_OUT))
        except RuntimeError as exc:
            log(f"row 4: the datamodel-code-generator reference failed: {exc}")
    try:
        rows["msgspec"] = _child(ensure_venv("msgspec"), "msgspec", runs, payloads,
                                 "--msgspec-models", str(_msgspec_structs()))
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        log(f"row 4: the msgspec reference failed: {exc}")
    for name, row in rows.items():
        for kind in ("workflow", "workflow_real"):
            wf_row = row.get(kind)
            if wf_row is None:
                continue
            if "error" in wf_row:
                log(f"row 4 {name}: {kind} decode failed: {wf_row['error']}")
                continue
            log(f"row 4 {name}: {kind} decode {wf_row['decode'] * 1000:.1f} ms ({wf_row['decode_ratio']:.2f}x "
                f"json.loads), encode {wf_row['encode'] * 1000:.1f} ms ({wf_row['encode_ratio']:.2f}x json.dumps)")
    # The targets are about what a call returns (the client's decode step when it is there), on every Workflow.
    ours = [rows["ours"][kind] for kind in ("workflow", "workflow_real") if kind in rows["ours"]]
    decode_ratios = [row.get("decode_client_ratio", row["decode_ratio"]) for row in ours]
    which = "both Workflows" if len(ours) > 1 else "the synthetic Workflow only"
    return {
        "rows": rows,
        "targets": {
            f"decode at most {TARGET_DECODE}x json.loads (client decode step, {which})":
                max(decode_ratios) <= TARGET_DECODE,
            f"encode at most {TARGET_ENCODE}x json.dumps ({which})":
                max(row["encode_ratio"] for row in ours) <= TARGET_ENCODE,
        },
    }
