"""Row 4, run inside one virtualenv: decode/encode timings for one library against json on the same bytes.

    python codec_child.py ours|official WORKFLOW_JSON TASK_JSON RUNS

Prints one JSON object: {payload: {json_loads, json_dumps, decode, encode}} with the median seconds of RUNS
samples (after a warm-up); the single-Task numbers are per call, from batches of calls.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable


def ours() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    from conductor_client.models import Task, Workflow
    from conductor_client.models._base import DECODE_CONTEXT

    classes = {"workflow": Workflow, "task": Task}

    def decode(data: bytes, kind: str) -> Any:
        return classes[kind].model_validate_json(data, context=DECODE_CONTEXT)

    def encode(obj: Any) -> Any:
        return obj.model_dump_json(by_alias=True, exclude_none=True)

    return decode, encode


def official() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    from conductor.client.configuration.configuration import Configuration
    from conductor.client.http.api_client import ApiClient

    client = ApiClient(Configuration(server_api_url="http://127.0.0.1:1/api"))
    classes = {"workflow": "Workflow", "task": "Task"}

    def decode(data: bytes, kind: str) -> Any:
        # What ApiClient.deserialize does with a response: response.json(), then the model walk.
        return client.deserialize_class(json.loads(data), classes[kind])

    def encode(obj: Any) -> Any:
        # What ApiClient.call_api does with a body: sanitize_for_serialization, then the REST layer's json.dumps.
        return json.dumps(client.sanitize_for_serialization(obj))

    return decode, encode


def sample(fn: Callable[[], Any], runs: int, inner: int) -> float:
    fn()  # warm-up (also builds deferred pydantic schemas)
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - started) / inner)
    return statistics.median(times)


def main() -> None:
    which, wf_path, task_path, runs = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    decode, encode = {"ours": ours, "official": official}[which]()
    out: dict[str, Any] = {}
    for kind, path, inner in (("workflow", wf_path, 1), ("task", task_path, 300)):
        data = path.read_bytes()
        parsed = json.loads(data)
        obj = decode(data, kind)
        check = json.loads(encode(obj))
        out[kind] = {
            "bytes": len(data),
            "json_loads": sample(lambda: json.loads(data), runs, inner),
            "json_dumps": sample(lambda: json.dumps(parsed), runs, inner),
            "decode": sample(lambda: decode(data, kind), runs, inner),
            "encode": sample(lambda: encode(obj), runs, inner),
            "round_trip_equal": check == parsed,
        }
        if kind == "workflow":
            out[kind]["tasks_decoded"] = len(getattr(obj, "tasks", None) or [])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
