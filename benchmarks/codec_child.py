"""Row 4, run inside one virtualenv: decode/encode timings for one library against json on the same bytes.

    python codec_child.py ours|official|dcg|msgspec RUNS KIND=PATH... [--dcg-models DIR] [--msgspec-models DIR]

KIND is workflow (the synthetic Workflow), workflow_real (the Workflow the real server returned) or task.
Prints one JSON object: {KIND: {json_loads, json_dumps, decode, encode, *_ratio}}. Each sample measures the
four operations one after the other (interleaved, so that load from elsewhere hits them alike) in CPU time of
this process (time.process_time: the machine is shared, and CPU time does not count the waits for a core);
a garbage collection that a call leaves pending is timed with it (pausing the GC only defers that work),
freeing the result is not. The medians of RUNS samples after a warm-up are reported, and the ratios are
medians of per-sample ratios.
A single Task is timed in batches of 200 calls per sample (per-call times reported).
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

# The model class each payload is decoded as, by name (every library names them after the spec's schemas).
CLASS_OF_KIND = {"workflow": "Workflow", "workflow_real": "Workflow", "task": "Task"}


def ours() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    from conductor_client import models
    from conductor_client.models._base import DECODE_CONTEXT

    classes = {kind: getattr(models, name) for kind, name in CLASS_OF_KIND.items()}  # resolved once, not per call

    def decode(data: bytes, kind: str) -> Any:
        return classes[kind].model_validate_json(data, context=DECODE_CONTEXT)

    def encode(obj: Any) -> Any:
        return obj.model_dump_json(by_alias=True, exclude_none=True)

    return decode, encode


def ours_client_path() -> Callable[[bytes, str], Any] | None:
    """The client's own decode step (`_runtime.decode.decode_body`) for GET /api/workflow/{workflowId} and
    GET /api/tasks/{taskId}: what a call returns, with whatever the runtime adds around model_validate_json."""
    try:
        from conductor_client._runtime.decode import decode_body
        from conductor_client._runtime.operation import Operation
        from conductor_client.api import task as task_api
        from conductor_client.api import workflow as workflow_api
    except ImportError:
        return None

    def find(module: Any, method: str, path: str) -> Any:
        for value in vars(module).values():
            if isinstance(value, Operation) and value.method == method and value.path == path:
                return value
        return None

    get_workflow = find(workflow_api, "GET", "/api/workflow/{workflowId}")
    ops = {"workflow": get_workflow, "workflow_real": get_workflow, "task": find(task_api, "GET", "/api/tasks/{taskId}")}
    if None in ops.values():
        return None

    def decode(data: bytes, kind: str) -> Any:
        return decode_body(ops[kind], status_code=200, content=data, content_type="application/json",
                           method="GET", url="http://127.0.0.1/api/x", attempts=1)

    return decode


def dcg() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    """Plain pydantic v2 models as datamodel-code-generator writes them from the same spec (row 1's output)."""
    sys.path.insert(0, sys.argv[sys.argv.index("--dcg-models") + 1])
    import models  # type: ignore[import-not-found]

    classes = {kind: getattr(models, name) for kind, name in CLASS_OF_KIND.items()}

    def decode(data: bytes, kind: str) -> Any:
        return classes[kind].model_validate_json(data)

    def encode(obj: Any) -> Any:
        return obj.model_dump_json(by_alias=True, exclude_none=True)

    return decode, encode


def msgspec_structs() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    """msgspec structs from the same spec (row4_codec.py writes them): a decoder outside pydantic, for reference."""
    import msgspec

    sys.path.insert(0, sys.argv[sys.argv.index("--msgspec-models") + 1])
    import ms_models  # type: ignore[import-not-found]

    decoders = {kind: msgspec.json.Decoder(getattr(ms_models, name)) for kind, name in CLASS_OF_KIND.items()}
    encoder = msgspec.json.Encoder()

    def decode(data: bytes, kind: str) -> Any:
        return decoders[kind].decode(data)

    return decode, encoder.encode


def official() -> tuple[Callable[[bytes, str], Any], Callable[[Any], Any]]:
    from conductor.client.configuration.configuration import Configuration
    from conductor.client.http.api_client import ApiClient

    client = ApiClient(Configuration(server_api_url="http://127.0.0.1:9/api"))
    def decode(data: bytes, kind: str) -> Any:
        # What ApiClient.deserialize does with a response: response.json(), then the model walk.
        return client.deserialize_class(json.loads(data), CLASS_OF_KIND[kind])

    def encode(obj: Any) -> Any:
        # What ApiClient.call_api does with a body: sanitize_for_serialization, then the REST layer's json.dumps.
        return json.dumps(client.sanitize_for_serialization(obj))

    return decode, encode


def pydantic_floor() -> Callable[[bytes], Any]:
    """Validation from JSON into plain Python data (no model): the least pydantic's validate_json costs."""
    from pydantic import TypeAdapter

    return TypeAdapter(Any).validate_json


def paused(fn: Callable[[], Any]) -> Any:
    gc.disable()
    try:
        return fn()
    finally:
        gc.enable()


def measure(fns: dict[str, Callable[[], Any]], runs: int, inner: int) -> dict[str, list[float]]:
    for fn in fns.values():
        fn()  # warm-up (also builds deferred pydantic schemas)
    samples: dict[str, list[float]] = {key: [] for key in fns}
    clock = time.process_time
    for _ in range(runs):
        for key, fn in fns.items():
            gc.collect()
            started = clock()
            for _ in range(inner):
                result = fn()
            # A collection that the call left pending (e.g. it paused the cyclic GC) runs at the next allocation
            # of a container: make it happen inside the timed region, or pausing the GC would look free.
            pending = [[]]
            elapsed = clock() - started
            del result, pending  # freeing the result is not part of decoding (nor of json.loads)
            samples[key].append(elapsed / inner)
    return samples


def main() -> None:
    which, runs = sys.argv[1], int(sys.argv[2])
    payloads = dict(arg.split("=", 1) for arg in sys.argv[3:] if "=" in arg)
    decode, encode = {"ours": ours, "official": official, "dcg": dcg, "msgspec": msgspec_structs}[which]()
    out: dict[str, Any] = {}
    for kind, path in payloads.items():
        inner = 200 if kind == "task" else 1
        data = Path(path).read_bytes()
        parsed = json.loads(data)
        try:
            obj = decode(data, kind)
        except Exception as exc:  # e.g. plain models that reject what a real server sends
            lines = str(exc).splitlines()
            out[kind] = {"error": f"{type(exc).__name__}: {lines[0] if lines else ''}"[:300]}
            continue
        encoded = encode(obj)
        fns = {
            "json_loads": lambda: json.loads(data),
            "decode": lambda: decode(data, kind),
            "json_dumps": lambda: json.dumps(parsed),
            "encode": lambda: encode(obj),
        }
        if which == "ours":
            # diagnostic: model_validate_json with the cyclic GC paused around it (the deferred collection counted)
            fns["decode_gc_paused"] = lambda: paused(lambda: decode(data, kind))
            floor = pydantic_floor()
            fns["pydantic_floor"] = lambda: floor(data)
            client_decode = ours_client_path()
            if client_decode is not None:
                fns["decode_client"] = lambda: client_decode(data, kind)
        samples = measure(fns, runs, inner)
        med = {key: statistics.median(values) for key, values in samples.items()}
        out[kind] = dict(
            med,
            bytes=len(data),
            decode_ratio=statistics.median(a / b for a, b in zip(samples["decode"], samples["json_loads"])),
            encode_ratio=statistics.median(a / b for a, b in zip(samples["encode"], samples["json_dumps"])),
            round_trip_equal=json.loads(encoded) == parsed,
        )
        for extra in ("decode_gc_paused", "decode_client", "pydantic_floor"):
            if extra in samples:
                out[kind][f"{extra}_ratio"] = statistics.median(
                    a / b for a, b in zip(samples[extra], samples["json_loads"]))
        if kind != "task":
            out[kind]["tasks_decoded"] = len(getattr(obj, "tasks", None) or [])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
