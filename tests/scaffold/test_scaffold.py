"""`conductor-codegen scaffold`: typed worker stubs from task definitions, never overwriting a person's edits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

TASK_DEFS = [
    {
        "name": "charge_card",
        "description": "Charge a card.\nSecond line with \"\"\" quotes.",
        "inputSchema": {
            "data": {
                "type": "object",
                "properties": {"amount": {"type": "integer"}, "currency": {"type": "string"}, "from": {"type": "string"}},
                "required": ["amount"],
            }
        },
        "outputSchema": {"data": {"type": "object", "properties": {"receiptId": {"type": "string"}}}},
    },
    {"name": "send-email", "inputKeys": ["to", "subject"], "outputKeys": ["messageId"]},
]


@pytest.fixture()
def scaffolded(tmp_path: Path) -> Path:
    source = tmp_path / "taskdefs.json"
    source.write_text(json.dumps(TASK_DEFS))
    out = tmp_path / "my_workers"
    assert main(["scaffold", str(source), "--out", str(out)]) == 0
    return out


def _import(out: Path, module: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(out.parent))
    try:
        import importlib

        return importlib.import_module(f"{out.name}.{module}")
    finally:
        sys.path.remove(str(out.parent))


def test_stub_has_typed_models_and_a_declared_worker(scaffolded: Path) -> None:
    module = _import(scaffolded, "charge_card")
    fields = module.ChargeCardInput.model_fields
    assert set(fields) == {"amount", "currency", "from_"}
    assert fields["amount"].is_required() and fields["amount"].annotation is int
    assert fields["from_"].alias == "from"
    assert module.ChargeCardInput.model_validate({"amount": "5", "from": "bank"}).from_ == "bank"
    assert module.ChargeCardOutput(receipt_id="r1").model_dump(by_alias=True) == {"receiptId": "r1"}
    assert module.charge_card.__conductor_worker__.task_name == "charge_card"
    assert 'Second line with """ quotes.' in module.__doc__
    email = _import(scaffolded, "send_email")
    assert set(email.SendEmailInput.model_fields) == {"to", "subject"}
    assert email.send_email.__conductor_worker__.task_name == "send-email"


def test_generated_tests_pass_as_written(scaffolded: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(scaffolded / "tests")],
        cwd=scaffolded.parent, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(scaffolded.parent), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout


def test_rerun_keeps_edited_files_and_leaves_untouched_ones_alone(scaffolded: Path, tmp_path: Path, capsys) -> None:
    edited = scaffolded / "charge_card.py"
    edited.write_text(edited.read_text().replace("raise NotImplementedError", "return None  # mine\n    raise NotImplementedError"))
    before = edited.read_text()
    untouched = (scaffolded / "send_email.py").read_text()
    capsys.readouterr()
    assert main(["scaffold", str(tmp_path / "taskdefs.json"), "--out", str(scaffolded)]) == 0
    printed = capsys.readouterr().out
    assert edited.read_text() == before
    assert "kept" in printed and "charge_card.py" in printed
    assert (scaffolded / "send_email.py").read_text() == untouched
    assert "unchanged" in printed


def test_bad_task_definitions_are_a_clear_error(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps([{"nope": 1}]))
    assert main(["scaffold", str(source), "--out", str(tmp_path / "w")]) == 2
    assert "bad.json" in capsys.readouterr().err
    assert not (tmp_path / "w").exists()


def test_scaffold_ends_with_the_command_that_runs_what_it_wrote(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "taskdefs.json"
    source.write_text(json.dumps(TASK_DEFS))
    monkeypatch.delenv("CONDUCTOR_SERVER_URL", raising=False)
    out = tmp_path / "two words" / "workers"
    assert main(["scaffold", str(source), "--out", str(out)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == f"run them: CONDUCTOR_SERVER_URL=http://localhost:8080 conductor-worker run '{out}'"
    monkeypatch.setenv("CONDUCTOR_SERVER_URL", "http://conductor:8080")  # already set: not repeated
    monkeypatch.chdir(tmp_path)
    assert main(["scaffold", str(source), "--out", "workers"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "run them: conductor-worker run workers"
