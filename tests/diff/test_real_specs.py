"""The diff on specs pulled from two real server lines: 3.21.14 (older) and 3.32.3 (pinned)."""

from __future__ import annotations

from generator.diff.compare import compare
from generator.diff.report import text_report

from typing import Any


def test_operations_only_in_the_newer_line_are_added_and_not_breaking(real_old: Any, real_new: Any) -> None:
    changes = compare(real_old.surface, real_new.surface)
    only_new = set(real_new.surface["operations"]) - set(real_old.surface["operations"])
    assert len(only_new) > 50  # the agent, a2a, scheduler... APIs came after 3.21
    added = {c.endpoint: c for c in changes if c.kind == "operation-added"}
    assert set(added) == only_new
    assert not any(c.breaking for c in added.values())
    assert added["GET /api/agent/list"].location == "client.agent.list_agents(...)"
    assert not [c for c in changes if c.kind == "operation-removed"]  # 3.32.3 kept every 3.21.14 operation


def test_real_parameter_and_model_differences(real_old: Any, real_new: Any) -> None:
    changes = compare(real_old.surface, real_new.surface)
    found = {(c.kind, c.location): c.breaking for c in changes}
    # Real differences between the two lines, each with its verdict.
    assert found[("parameter-added", "client.workflow.search(classifier=...)")] is False
    assert found[("parameter-added", "client.metadata.register_workflow_def(overwrite=...)")] is False
    assert found[("field-added", "Workflow.aggregate_token_usage")] is False
    assert found[("enum-value-added", "TaskResultStatusEnum.CANCELED")] is False
    assert found[("model-added", "SignalResponse")] is False
    assert found[("field-retyped", "TaskModel.input_data")] is True
    assert found[("field-removed", "FileDescriptor.syntax")] is True
    assert found[("model-removed", "FileDescriptorSyntaxEnum")] is True


def test_no_operation_present_in_both_is_renamed(real_old: Any, real_new: Any) -> None:
    """springdoc renumbered operationIds (registerTaskDef and registerTaskDef_1 swapped endpoints between
    3.21.14 and 3.32.3): the Python names come from what the operation is, so none of them moved."""
    old_ops, new_ops = real_old.surface["operations"], real_new.surface["operations"]
    renumbered = [k for k in set(old_ops) & set(new_ops) if old_ops[k]["operation_id"] != new_ops[k]["operation_id"]]
    assert "POST /api/metadata/taskdefs" in renumbered and "PUT /api/metadata/taskdefs" in renumbered
    assert old_ops["POST /api/metadata/taskdefs"]["operation_id"] == "registerTaskDef_1"
    assert new_ops["POST /api/metadata/taskdefs"]["operation_id"] == "registerTaskDef"
    for key in set(old_ops) & set(new_ops):
        assert old_ops[key]["call"] == new_ops[key]["call"], key
    changes = compare(real_old.surface, real_new.surface)
    assert [c for c in changes if c.kind == "method-renamed"] == []
    assert {c.endpoint for c in changes if c.endpoint in renumbered and c.kind.startswith("operation")} == set()


def test_the_text_report_puts_breaking_changes_first(real_old: Any, real_new: Any) -> None:
    changes = compare(real_old.surface, real_new.surface)
    text = text_report(changes, real_old.surface, real_new.surface)
    first = text.splitlines()[0]
    assert first.startswith("API changes conductor 3.21.14 → conductor 3.32.3: ")
    assert text.index("BREAKING (") < text.index("Not breaking (")
    assert "    + client.agent.list_agents(...): new operation GET /api/agent/list" in text
    assert "    ! TaskModel.input_data: " in text


def test_the_same_spec_has_no_changes(real_new: Any) -> None:
    assert compare(real_new.surface, real_new.surface) == []
