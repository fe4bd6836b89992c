"""Row 1: full regeneration from the committed spec, wall time and peak memory, ours vs the anchors.

- ours, cold: `conductor-codegen generate --force` with an empty format cache (a config of its own under
  benchmarks/.work/regen/, so the cache it uses is benchmarks/.work/regen/conf/.cache, cleared before each run);
- ours, warm: the same with the format cache kept from the previous run;
- ours, unchanged spec: the same command without --force (expected: "up to date");
- ours, cold, without the docs: the cold run with CONDUCTOR_CODEGEN_NO_DOCS=1, so that what the API reference
  (docs/, generator/render/docs.py) adds to a regeneration is measured in the same run;
- ours, team templates: `generate --force` with a team folder overriding two templates (every API module's
  docstring and every method's docstring, so every API module goes through black), its format cache kept from
  the previous run as a team's is; and the same with that cache cleared (what black costs on first sight);
- openapi-python-client: `generate --path SPEC --output-path DIR --overwrite` (its default ruff post-hooks run:
  ruff is installed in its virtualenv and on PATH, as its documentation asks);
- datamodel-code-generator: models only, pydantic v2, one module.

Each command runs once as a warm-up, then `runs` times; the medians are reported. The outputs stay in
benchmarks/.work/regen/ for row 2.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

from common import REPO, SPEC, VENV, WORK, child_env, ensure_venv, log, median, ratio, run_measured, venv_bin

REGEN = WORK / "regen"
OURS_OUT = REGEN / "ours"
OPC_OUT = REGEN / "opc"
DCG_OUT = REGEN / "dcg"
CONF = REGEN / "conf"
TEAM = REGEN / "team-templates"
CONF_TEAM = REGEN / "conf-team"
# What a team overrides through blocks (templates/README.md): two templates, every API module touched.
TEAM_TEMPLATES = {
    "package/api/group.py.jinja": (
        '{% extends "default/package/api/group.py.jinja" %}\n'
        "{% block module_docstring %}\n"
        '{{ ("Payments team client for " ~ group.tag ~ ".") | docstring(0) }}\n'
        "{% endblock %}\n"
    ),
    "parts/api/method.py.jinja": (
        '{% extends "default/parts/api/method.py.jinja" %}\n'
        "{% block method_docstring %}\n"
        '        {{ ((op.summary or op.key) ~ "\\n\\nOwned by the payments team.") | docstring(8) }}\n'
        "{% endblock %}\n"
    ),
}


def _ours_config() -> None:
    CONF.mkdir(parents=True, exist_ok=True)
    (CONF / "pyproject.toml").write_text(
        "[tool.conductor-codegen]\n"
        f'spec = "{SPEC}"\n'
        'output = "../ours"\n'
        'package-name = "conductor_client"\n'
    )


def _team_config() -> None:
    for name, text in TEAM_TEMPLATES.items():
        (TEAM / name).parent.mkdir(parents=True, exist_ok=True)
        (TEAM / name).write_text(text)
    CONF_TEAM.mkdir(parents=True, exist_ok=True)
    (CONF_TEAM / "pyproject.toml").write_text(
        "[tool.conductor-codegen]\n"
        f'spec = "{SPEC}"\n'
        'output = "../ours-team"\n'
        'package-name = "conductor_client"\n'
        'templates = "../team-templates"\n'
    )


def _measure(label: str, cmd: list[str], runs: int, *, cwd: Any = None, env: dict[str, str] | None = None,
             before: Any = None, expect: str | None = None) -> dict[str, Any]:
    samples = []
    for i in range(runs + 1):  # the first is the warm-up
        if before:
            before()
        run = run_measured(cmd, cwd=cwd, env=env)
        if run.returncode != 0:
            raise RuntimeError(f"{label}: exit {run.returncode}\n{run.stderr[-2000:]}")
        if expect and expect not in run.stdout + run.stderr:
            log(f"{label}: expected {expect!r} in the output, got: {(run.stdout + run.stderr)[-300:]!r}")
        if i:
            samples.append(run)
    result = {
        "label": label,
        "command": " ".join(str(c) for c in cmd).replace(str(REPO) + "/", ""),
        "seconds": median([r.seconds for r in samples]),
        "cpu_seconds": median([r.cpu_seconds for r in samples]),
        "peak_rss_mb": median([r.peak_rss_mb for r in samples]),
        "peak_tree_mb": median([r.peak_tree_mb for r in samples]),
        "samples_seconds": [round(r.seconds, 3) for r in samples],
        "last_output": (samples[-1].stdout.strip().splitlines() or [""])[-1][:300],
    }
    log(f"row 1 {label}: {result['seconds']:.2f} s, {result['peak_tree_mb']:.0f} MB")
    return result


def run(runs: int) -> dict[str, Any]:
    ensure_venv("opc")
    ensure_venv("dcg")
    _ours_config()
    ours_cli = str(VENV / "bin" / "conductor-codegen")
    ours_cmd = [ours_cli, "generate", "--force"]

    def clear_cache() -> None:
        shutil.rmtree(CONF / ".cache", ignore_errors=True)

    rows: dict[str, dict[str, Any]] = {}
    rows["ours_cold"] = _measure("conductor-codegen, cold cache", ours_cmd, runs, cwd=CONF, before=clear_cache)
    rows["ours_cold_no_docs"] = _measure("conductor-codegen, cold cache, without the docs", ours_cmd, runs, cwd=CONF,
                                         before=clear_cache, env=child_env(CONDUCTOR_CODEGEN_NO_DOCS="1"))
    rows["ours_warm"] = _measure("conductor-codegen, warm cache", ours_cmd, runs, cwd=CONF)
    rows["ours_unchanged"] = _measure("conductor-codegen, unchanged spec", [ours_cli, "generate"], runs, cwd=CONF,
                                      expect="up to date")
    _team_config()
    rows["ours_team"] = _measure("conductor-codegen, team templates (2 overridden)", ours_cmd, runs, cwd=CONF_TEAM)
    rows["ours_team_cold"] = _measure("conductor-codegen, team templates, cold cache", ours_cmd, runs, cwd=CONF_TEAM,
                                      before=lambda: shutil.rmtree(CONF_TEAM / ".cache", ignore_errors=True))
    opc_env = child_env(PATH=f"{venv_bin('opc', '')}{os.pathsep}{os.environ.get('PATH', '')}")
    rows["opc"] = _measure(
        "openapi-python-client",
        [str(venv_bin("opc", "openapi-python-client")), "generate", "--path", str(SPEC), "--output-path",
         str(OPC_OUT), "--overwrite"],
        runs, env=opc_env,
    )
    DCG_OUT.mkdir(parents=True, exist_ok=True)
    rows["dcg"] = _measure(
        "datamodel-code-generator (models only)",
        [str(venv_bin("dcg", "datamodel-codegen")), "--input", str(SPEC), "--input-file-type", "openapi",
         "--output-model-type", "pydantic_v2.BaseModel", "--output", str(DCG_OUT / "models.py")],
        runs,
    )
    ours = rows["ours_cold"]
    for row in rows.values():
        row["time_ratio_to_ours_cold"] = ratio(row["seconds"], ours["seconds"])
        row["memory_ratio_to_ours_cold"] = ratio(row["peak_tree_mb"], ours["peak_tree_mb"])
    return {
        "rows": rows,
        "targets": {
            "cold faster than openapi-python-client": ours["seconds"] < rows["opc"]["seconds"],
            "unchanged spec under 0.3 s": rows["ours_unchanged"]["seconds"] < 0.3,
            "the docs add at most 15% to a cold regeneration":
                ours["seconds"] <= 1.15 * rows["ours_cold_no_docs"]["seconds"],
            "team templates (2 overridden) at most 1.3x the bundled regeneration":
                rows["ours_team"]["seconds"] <= 1.3 * ours["seconds"],
        },
    }
