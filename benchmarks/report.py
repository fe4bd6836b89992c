"""results.json → results.md (tables), chart.png (optional, matplotlib from benchmarks/.work/venv-tools) and the
table section of benchmarks/README.md."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from common import BENCH, child_env, ensure_venv, log

README = BENCH / "README.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def _ms(seconds: Any, digits: int = 0) -> str:
    if not isinstance(seconds, (int, float)):
        return "–"
    return f"{max(seconds, 0) * 1000:,.{digits}f} ms"


def _s(seconds: Any) -> str:
    return f"{seconds:.2f} s" if isinstance(seconds, (int, float)) else "–"


def _x(value: Any, digits: int = 2) -> str:
    # max(): a net time below the noise can come out negative; no ratio of it is meaningful below zero
    return f"{max(value, 0.0):.{digits}f}×" if isinstance(value, (int, float)) else "–"


def _mb(value: Any) -> str:
    return f"{value:,.0f} MB" if isinstance(value, (int, float)) else "–"


def _n(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ("–" if value is None else str(value))


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "--:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _error(section: dict[str, Any] | None) -> str | None:
    if section is None:
        return "not run"
    return section.get("error")


_CODEC_LIBRARIES = {"ours": "conductor-codegen models", "official": "conductor-python models",
                    "dcg": "datamodel-code-generator models (plain pydantic)",
                    "msgspec": "msgspec structs (outside pydantic; for the decode target's decision, not shipped)"}


def _codec_table(rows: dict[str, Any], kind: str, with_task: bool) -> list[str]:
    body = []
    for key, row in rows.items():
        wf, task = row.get(kind, {}), row.get("task", {})
        if "error" in wf:
            body.append([_CODEC_LIBRARIES[key], f"fails: {wf['error']}", "", "", ""] + (["", ""] if with_task else []))
            continue
        cells = [_CODEC_LIBRARIES[key], _ms(wf.get("decode"), 1), _x(wf.get("decode_ratio")),
                 _ms(wf.get("encode"), 1), _x(wf.get("encode_ratio"))]
        if with_task:
            cells += [f"{task['decode'] * 1e6:.1f} µs ({_x(task['decode_ratio'])})" if "decode" in task else "–",
                      f"{task['encode'] * 1e6:.1f} µs ({_x(task['encode_ratio'])})" if "encode" in task else "–"]
        body.append(cells)
    ours = rows["ours"].get(kind, {})
    if "json_loads" in ours:
        body.append(["json.loads / json.dumps (same bytes)", _ms(ours["json_loads"], 1), "1.00×",
                     _ms(ours["json_dumps"], 1), "1.00×"] + (["", ""] if with_task else []))
    header = ["library", "Workflow decode", "× json.loads", "Workflow encode", "× json.dumps"]
    return _table(header + (["Task decode", "Task encode"] if with_task else []), body)


def _codec_section(rows: dict[str, Any]) -> list[str]:
    ours = rows["ours"]
    out: list[str] = []
    payloads = [("workflow", "Synthetic Workflow (payloads.workflow(), the same bytes every run)", True),
                ("workflow_real", "The Workflow the real server returned (a 500-task run made for this row)", False)]
    for kind, title, with_task in payloads:
        if kind not in ours:
            continue
        wf = ours[kind]
        size = f", {wf['bytes'] / 1e6:.2f} MB, {wf.get('tasks_decoded', '?')} tasks" if "bytes" in wf else ""
        out += [f"{title}{size}:", ""] + _codec_table(rows, kind, with_task)
        notes = []
        if "decode_client_ratio" in wf:
            task = f"; Task {_x(ours['task'].get('decode_client_ratio'))}" if with_task and "task" in ours else ""
            notes.append(f"through the client's decode step (`_runtime.decode.decode_body`, what "
                         f"`client.workflow.get_workflow` returns): {_ms(wf['decode_client'], 1)}, "
                         f"{_x(wf['decode_client_ratio'])} json.loads{task}")
        if "pydantic_floor_ratio" in wf:
            notes.append(f"pydantic's own floor, `TypeAdapter(Any).validate_json` (JSON to plain data, no model): "
                         f"{_x(wf['pydantic_floor_ratio'])}")
        if "decode_gc_paused_ratio" in wf:
            notes.append(f"`model_validate_json` with the cyclic GC paused around it (the collection it defers "
                         f"counted): {_x(wf['decode_gc_paused_ratio'])}")
        out += [""] + [f"- {note[0].upper()}{note[1:]}." for note in notes] + [""]
    out += ["CPU time of the process (time.process_time), interleaved samples; a garbage collection a call leaves "
            "pending is timed with it, freeing the result is not; ratios are medians of per-sample ratios against "
            "json in the same process.", ""]
    return out


def markdown(results: dict[str, Any]) -> str:
    m, v = results["machine"], results.get("versions", {})
    out = [
        "# Benchmark results",
        "",
        f"`{results['command']}` — {results['started_at']}, {results.get('bench_seconds', '?')} s in all.",
        f"Machine: {m['nproc']} CPUs ({m['cpu'] or 'unknown CPU'}), {m['memory_gb']} GB, Python {m['python']}, "
        f"load average {m['load_at_start']} at start"
        + "".join(f", {(results.get(k) or {}).get('load_at_start')} before row {k[-1]}"
                  for k in ("row1", "row2", "row3", "row4", "row5")
                  if (results.get(k) or {}).get("load_at_start") is not None)
        + " (the machine is shared: read ratios, not absolute times).",
        "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
        f"Settings: {results['settings']['runs']} measured runs per case after a warm-up (medians)"
        + (" — QUICK smoke run, not results" if results["settings"].get("quick") else "") + ".",
        "",
    ]

    r1 = results.get("row1")
    out += ["## 1. Full regeneration from the committed spec", ""]
    if _error(r1):
        out += [f"Not measured: {_error(r1)}", ""]
    else:
        rows = r1["rows"]
        body = []
        for key in ("ours_cold", "ours_cold_no_docs", "ours_warm", "ours_unchanged", "ours_team", "ours_team_cold", "opc", "dcg"):
            row = rows.get(key)
            if row:
                body.append([row["label"], _s(row["seconds"]), _s(row["cpu_seconds"]), _mb(row["peak_tree_mb"]),
                             _mb(row["peak_rss_mb"]), _x(row["time_ratio_to_ours_cold"]),
                             _x(row["memory_ratio_to_ours_cold"])])
        out += _table(["tool", "wall", "CPU", "peak memory (tree)", "largest process", "time vs ours cold",
                       "memory vs ours cold"], body)
        out += ["", "Peak memory (tree): RSS summed over the process and its children, sampled every 20 ms "
                "(ours formats in parallel worker processes); largest process: wait4's ru_maxrss.", ""]

    r2 = results.get("row2")
    out += ["## 2. What each produced", ""]
    if _error(r2):
        out += [f"Not measured: {_error(r2)}", ""]
    else:
        spec = r2["spec"]
        names = {"ours": "conductor-codegen", "opc": "openapi-python-client", "dcg": "datamodel-code-generator"}
        body = []
        for key, row in r2["rows"].items():
            if not row:
                continue
            ops = row.get("operations")
            typed = row.get("typed_returns")
            mypy = row.get("mypy", {})
            body.append([names[key], _n(ops) if ops is not None else "models only",
                         (f"{typed} of {spec['operations_with_body']}" if typed is not None else "–"),
                         _n(row.get("models")), _n(row.get("files")), _n(row.get("lines")),
                         _n(mypy.get("errors")) + (f" ({', '.join(f'{c} {k}' for k, c in mypy.get('by_code', {}).items())})"
                                                    if mypy.get("by_code") else "")])
        out += [f"The spec: {spec['operations']} operations ({spec['operations_with_body']} document a response "
                f"body), {spec['schemas']} schemas.", ""]
        out += _table(["generator", "operations", "typed returns", "models (classes)", "files", "lines",
                       "mypy --strict errors"], body)
        out += ["", "Typed return: ours, an `Operation[T]` whose T is neither `Any` nor `None`; openapi-python-"
                "client, an endpoint whose `_parse_response` is not `Any | None` (it cannot read `*/*` responses "
                "and leaves them untyped, and skips operations it cannot parse).", ""]

    r3 = results.get("row3")
    out += ["## 3. Import time and time to first request", ""]
    if _error(r3):
        out += [f"Not measured: {_error(r3)}", ""]
    else:
        body = []
        for key in ("ours_package", "ours_client", "ours_worker", "official_client", "official_worker"):
            row = r3["rows"][key]
            body.append([row["label"], _ms(row["net_seconds"]), _ms(row["importtime_net_ms"] / 1000),
                         _n(row["modules"]), _x(row.get("ratio_to_official"))])
        out += _table(["entry point", "import (net wall)", "-X importtime (net)", "modules", "vs official"], body)
        first = r3.get("first_request")
        if first:
            out += ["", f"Time to first request ({first['request']}, fresh interpreter, imports included): "
                    f"ours {_ms(first['ours_seconds'])}, conductor-python {_ms(first['official_seconds'])} "
                    f"({_x(first['ratio'])})."]
        out += [""]

    r4 = results.get("row4")
    out += ["## 4. Decode/encode: a 500-task Workflow and a single Task", ""]
    if _error(r4):
        out += [f"Not measured: {_error(r4)}", ""]
    else:
        out += _codec_section(r4["rows"])

    r5 = results.get("row5")
    out += ["## 5. Worker runtime against the real server", ""]
    if _error(r5):
        out += [f"Not measured: {_error(r5)}", ""]
    else:
        impl = r5["impl"]
        body = []
        for key, label in (("ours", "conductor_client.worker"), ("official", "conductor-python TaskHandler")):
            row = impl[key]
            one, ten, tp = row["one_worker"], row["ten_workers"], row["throughput"]
            body.append([label, _ms(one["all_polled_seconds"]), f"{_mb(one['rss_mb'])} ({_mb(one['pss_mb'])})",
                         _ms(ten["all_polled_seconds"]),
                         f"{_mb(ten['rss_mb'])} ({_mb(ten['pss_mb'])}), {ten['processes']:.0f} proc",
                         f"{tp['tasks_per_second']:.0f}" if tp.get("tasks_per_second") else "–",
                         f"{tp['cpu_ms_per_task']:.2f} ms", f"{tp['completed']}/{tp['tasks']}"])
        ratios = r5["ratios"]
        body.append(["ours / official", _x(ratios["one_worker_start"]), "", _x(ratios["ten_workers_start"]),
                     _x(ratios["ten_workers_rss"]), _x(ratios["tasks_per_second"]), _x(ratios["cpu_per_task"]), ""])
        settings = r5["settings"]
        out += _table(["worker", "1 worker: start → first poll", "RSS (PSS)", "10 workers: start → all polled",
                       "RSS (PSS), processes", "tasks/s", "CPU per task", "completed"], body)
        out += ["", f"Throughput: {settings['tasks']} one-task workflows queued first, one worker with "
                f"{settings['concurrency']} slots (ours `concurrency`, theirs `thread_count`), default poll "
                "settings; window and CPU from the server's task timestamps and /proc samples (see row5_worker.py).",
                ""]

    targets: list[str] = []
    for key in ("row1", "row3", "row4", "row5"):
        section = results.get(key) or {}
        for name, met in (section.get("targets") or {}).items():
            targets.append(f"- {'met' if met else '**missed**'}: {name}")
    if targets:
        out += ["## Targets from the issues", ""] + targets + [""]
    return "\n".join(out)


def chart(results: dict[str, Any], path: Path) -> bool:
    try:
        python = ensure_venv("tools")
    except Exception as exc:  # no network, no matplotlib: the tables are the results
        log(f"no chart: {exc}")
        return False
    data = path.with_suffix(".json.tmp")
    data.write_text(json.dumps(results, default=str))
    proc = subprocess.run([str(python), str(BENCH / "chart.py"), str(data), str(path)], capture_output=True,
                          text=True, env=child_env(MPLBACKEND="Agg"), timeout=300)
    data.unlink(missing_ok=True)
    if proc.returncode != 0:
        log(f"no chart: {proc.stderr[-800:]}")
        return False
    return True


def update_readme(results: dict[str, Any], markdown_text: str) -> None:
    """Replace the table section of benchmarks/README.md (the rest of it is written by hand)."""
    if not README.exists():
        return
    text = README.read_text()
    if BEGIN not in text or END not in text:
        return
    body = re.sub(r"^# Benchmark results\n\n", "", markdown_text)
    body = re.sub(r"^## ", "### ", body, flags=re.M)
    new = text[: text.index(BEGIN) + len(BEGIN)] + "\n" + body.rstrip() + "\n" + text[text.index(END):]
    README.write_text(new)
