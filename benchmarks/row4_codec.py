"""Row 4: decode/encode of a large Workflow (500 tasks, ~1.5 MB) and of a single Task.

The generated models (`Workflow.model_validate_json(data, context=DECODE_CONTEXT)`, `model_dump_json(by_alias=
True, exclude_none=True)`) vs conductor-python's models (its ApiClient: json.loads + deserialize_class;
sanitize_for_serialization + json.dumps) vs plain pydantic v2 models made by datamodel-code-generator from the
same spec (reference) — each against json.loads/json.dumps on the same bytes in the same process (see
codec_child.py for the method). Payloads: payloads.py.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

from common import BENCH, PY, WORK, child_env, ensure_venv, log
from payloads import write
from row1_regen import DCG_OUT

TARGET_DECODE = 1.5
TARGET_ENCODE = 0.6


def _child(python: Any, which: str, runs: int, *extra: str) -> dict[str, Any]:
    wf, task = write(WORK / "payloads")
    proc = subprocess.run([str(python), str(BENCH / "codec_child.py"), which, str(wf), str(task), str(runs), *extra],
                          capture_output=True, text=True, env=child_env(), timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"codec_child {which}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def run(runs: int) -> dict[str, Any]:
    official_py = ensure_venv("conductor")
    rows = {"ours": _child(PY, "ours", runs), "official": _child(official_py, "official", runs)}
    if (DCG_OUT / "models.py").exists():
        try:
            rows["dcg"] = _child(PY, "dcg", runs, str(DCG_OUT))
        except RuntimeError as exc:
            log(f"row 4: the datamodel-code-generator reference failed: {exc}")
    for name, row in rows.items():
        wf = row["workflow"]
        if "error" in wf:
            log(f"row 4 {name}: workflow decode failed: {wf['error']}")
            continue
        log(f"row 4 {name}: workflow decode {wf['decode'] * 1000:.1f} ms ({wf['decode_ratio']:.2f}x json.loads), "
            f"encode {wf['encode'] * 1000:.1f} ms ({wf['encode_ratio']:.2f}x json.dumps)")
    ours = rows["ours"]["workflow"]
    # The target is about what a call returns: the client's decode step when it is there.
    decode_ratio = ours.get("decode_client_ratio", ours["decode_ratio"])
    return {
        "rows": rows,
        "targets": {
            f"decode at most {TARGET_DECODE}x json.loads (client decode step)": decode_ratio <= TARGET_DECODE,
            f"encode at most {TARGET_ENCODE}x json.dumps": ours["encode_ratio"] <= TARGET_ENCODE,
        },
    }
