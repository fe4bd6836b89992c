"""chart.png from results.json; runs in benchmarks/.work/venv-tools (matplotlib), not in the project's .venv.

    python chart.py RESULTS_JSON OUT_PNG
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

OURS, THEIRS, REF = "#2b7bba", "#d9822b", "#9a9a9a"


def bars(ax, labels, values, colors, title, unit, log=False):
    values = [v if isinstance(v, (int, float)) and v is not None else 0 for v in values]
    ax.barh(range(len(labels)), values, color=colors)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(unit, fontsize=8)
    if log and any(v > 0 for v in values):
        ax.set_xscale("log")
    for i, v in enumerate(values):
        if v:
            ax.text(v, i, f" {v:.3g}", va="center", fontsize=7)
    ax.margins(x=0.25)


def main() -> None:
    results = json.load(open(sys.argv[1]))
    fig, axes = plt.subplots(2, 2, figsize=(12, 8))
    r1 = results.get("row1", {}).get("rows")
    if r1:
        keys = [k for k in ("ours_cold", "ours_warm", "ours_unchanged", "opc", "dcg") if k in r1]
        bars(axes[0][0], [r1[k]["label"] for k in keys], [r1[k]["seconds"] for k in keys],
             [OURS if k.startswith("ours") else THEIRS if k == "opc" else REF for k in keys],
             "1. Regeneration from the committed spec (wall)", "seconds (log)", log=True)
    r3 = results.get("row3", {}).get("rows")
    if r3:
        keys = ["ours_package", "ours_client", "ours_worker", "official_client", "official_worker"]
        labels = [r3[k]["label"] for k in keys]
        values = [max(r3[k]["net_seconds"], 0) * 1000 for k in keys]
        first = results["row3"].get("first_request")
        if first:
            labels += ["first request: ours", "first request: conductor-python"]
            values += [first["ours_seconds"] * 1000, first["official_seconds"] * 1000]
        colors = [OURS if k.startswith("ours") else THEIRS for k in keys] + [OURS, THEIRS][: len(values) - len(keys)]
        bars(axes[0][1], labels, values, colors, "3. Import (net) and time to first request", "ms")
    r4 = results.get("row4", {}).get("rows")
    if r4:
        labels, values, colors = [], [], []
        for key, name, color in (("ours", "ours", OURS), ("official", "conductor-python", THEIRS)):
            for kind, which in (("workflow", ""), ("workflow_real", " (real server)")):
                wf = r4.get(key, {}).get(kind, {})
                if "decode_ratio" in wf:
                    labels += [f"{name}: decode{which}", f"{name}: encode{which}"]
                    values += [wf["decode_ratio"], wf["encode_ratio"]]
                    colors += [color, color]
        bars(axes[1][0], labels, values, colors, "4. 500-task Workflow, × json.loads / json.dumps", "ratio")
        axes[1][0].axvline(1.0, color="k", lw=0.8, ls=":")
    r5 = results.get("row5", {}).get("ratios")
    if r5:
        items = [("1 worker: start → first poll", "one_worker_start"), ("10 workers: start → all polled", "ten_workers_start"),
                 ("10 workers: memory (RSS)", "ten_workers_rss"), ("CPU per task", "cpu_per_task"),
                 ("tasks/s (higher is better)", "tasks_per_second")]
        values = [r5.get(key) for _, key in items]
        worse = [((v or 0) < 1) if key == "tasks_per_second" else ((v or 0) > 1) for (_, key), v in zip(items, values)]
        colors = ["#c0392b" if w else OURS for w in worse]  # red: ours does worse than conductor-python
        bars(axes[1][1], [label for label, _ in items], values, colors,
             "5. Worker runtime: ours ÷ conductor-python", "ratio (log; < 1: ours uses less)", log=True)
        axes[1][1].axvline(1.0, color="k", lw=0.8, ls=":")
    m = results["machine"]
    fig.suptitle(f"make bench — {results['started_at']} — {m['nproc']} CPUs, {m['memory_gb']} GB, "
                 f"Python {m['python']} (blue: conductor-codegen, orange: anchors)", fontsize=10)
    fig.tight_layout()
    fig.savefig(sys.argv[2], dpi=110)


if __name__ == "__main__":
    main()
