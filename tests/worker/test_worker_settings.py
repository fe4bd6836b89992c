"""Worker settings from the environment in the official SDK's forms, their order, and what is warned about."""

from __future__ import annotations

from importlib import import_module
from typing import Any

import pytest
from worker_support import FakeConductor, run_until


@pytest.fixture()
def config(wpkg: Any) -> Any:
    return import_module(f"{wpkg.name}.worker._config")


def _definition(wpkg: Any, task: str = "charge-card", **options: Any) -> Any:
    @wpkg.worker.worker(task, **options)
    def fn() -> None: ...

    return fn.__conductor_worker__


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        # one task type: dotted (task name exactly), and underscore forms in any case
        ("conductor.worker.charge-card.poll_interval", "250", "poll_interval", 0.25),
        ("conductor.worker.charge-card.polling_interval", "2s", "poll_interval", 2.0),
        ("CONDUCTOR_WORKER_CHARGE_CARD_POLL_INTERVAL", "300", "poll_interval", 0.3),
        ("CONDUCTOR_WORKER_CHARGE_CARD_POLLING_INTERVAL", "400", "poll_interval", 0.4),
        ("conductor_worker_charge_card_thread_count", "6", "concurrency", 6),
        ("CONDUCTOR_WORKER_charge-card_DOMAIN", "mixed", "domain", "mixed"),
        ("conductor.worker.charge-card.worker_id", "w-7", "worker_id", "w-7"),
        ("conductor.worker.charge-card.lease_extend_enabled", "false", "lease_extension", False),
        ("conductor.worker.charge-card.paused", "true", "paused", True),
        ("CONDUCTOR_WORKER_CHARGE_CARD_PAUSED", "1", "paused", True),
        ("conductor.worker.charge-card.poll_timeout", "500", "poll_timeout", 0.5),
        # every worker: dotted, ALL, and without ALL
        ("conductor.worker.all.domain", "a", "domain", "a"),
        ("CONDUCTOR_WORKER_ALL_THREAD_COUNT", "3", "concurrency", 3),
        ("CONDUCTOR_WORKER_POLL_INTERVAL", "700", "poll_interval", 0.7),
        ("CONDUCTOR_WORKER_PAUSED", "yes", "paused", True),
        ("conductor_worker_worker_id", "low", "worker_id", "low"),
        ("CONDUCTOR_WORKER_LEASE_EXTEND_ENABLED", "off", "lease_extension", False),
    ],
)
def test_each_form_of_the_official_sdk_sets_its_property(
    wpkg: Any, config: Any, variable: str, value: str, field: str, expected: Any
) -> None:
    settings = config.resolve_settings(_definition(wpkg), None, {variable: value}, hostname="h")
    assert getattr(settings, field) == expected
    assert settings.sources[field] == variable


def test_dotted_form_names_the_task_exactly(wpkg: Any, config: Any) -> None:
    settings = config.resolve_settings(_definition(wpkg), None, {"conductor.worker.CHARGE-CARD.domain": "x"})
    assert settings.domain is None
    warnings = config.environment_warnings(["charge-card"], {"conductor.worker.CHARGE-CARD.domain": "x"})
    assert warnings == [
        "conductor.worker.CHARGE-CARD.domain names task 'CHARGE-CARD', which no worker here has "
        "(workers: charge-card); ignored"
    ]


def test_order_task_then_runner_then_all_then_code_then_default(wpkg: Any, config: Any) -> None:
    definition = _definition(wpkg, poll_interval=1.0, concurrency=2, domain="code", worker_id="code-id")
    env = {
        "conductor.worker.charge-card.domain": "dotted-task",
        "CONDUCTOR_WORKER_CHARGE_CARD_DOMAIN": "underscore-task",
        "conductor.worker.all.domain": "dotted-all",
        "conductor.worker.all.thread_count": "7",
        "CONDUCTOR_WORKER_ALL_POLL_INTERVAL": "500",
        "CONDUCTOR_WORKER_POLL_INTERVAL": "900",  # without ALL: less specific than ALL
    }
    overrides = wpkg.worker.Overrides(concurrency=5, domain="runner")
    s = config.resolve_settings(definition, overrides, env, hostname="h")
    assert s.domain == "dotted-task"  # a task's variable beats the runner; dotted beats underscore
    assert s.concurrency == 5  # the runner beats every worker's variable
    assert s.poll_interval == 0.5  # every worker's variable beats code; ALL beats the form without it
    assert s.worker_id == "code-id"  # code beats the default
    assert s.poll_timeout == config.DEFAULT_POLL_TIMEOUT and s.paused is False
    assert s.sources == {
        "domain": "conductor.worker.charge-card.domain",
        "concurrency": "runner",
        "poll_interval": "CONDUCTOR_WORKER_ALL_POLL_INTERVAL",
        "worker_id": "code",
        "poll_timeout": "default",
        "lease_extension": "default",
        "paused": "default",
    }
    s = config.resolve_settings(definition, None, {}, hostname="h")
    assert (s.poll_interval, s.concurrency, s.domain, s.worker_id) == (1.0, 2, "code", "code-id")
    assert config.resolve_settings(_definition(wpkg), None, {}, hostname="h").worker_id == "h"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("conductor.worker.all.poll_interval", "abc", "conductor.worker.all.poll_interval: not a duration: 'abc'"),
        ("CONDUCTOR_WORKER_CHARGE_CARD_THREAD_COUNT", "0", "CONDUCTOR_WORKER_CHARGE_CARD_THREAD_COUNT: must be at"),
        ("CONDUCTOR_WORKER_PAUSED", "maybe", "CONDUCTOR_WORKER_PAUSED: not a boolean: 'maybe'"),
    ],
)
def test_a_bad_value_is_an_error_naming_the_variable(
    wpkg: Any, config: Any, variable: str, value: str, message: str
) -> None:
    # also when a more specific variable wins: a bad value is never silently ignored
    env = {variable: value, "conductor.worker.charge-card.poll_interval": "1", "CONDUCTOR_WORKER_CHARGE_CARD_PAUSED":
           "false", "conductor.worker.charge-card.thread_count": "1"}
    with pytest.raises(config.ConfigError) as caught:
        config.resolve_settings(_definition(wpkg), None, env)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_warnings_name_unknown_tasks_unread_properties_and_strays(config: Any) -> None:
    env = {
        "CONDUCTOR_WORKER_SHIP_ORDER_DOMAIN": "x",  # ship-order has no worker here
        "conductor.worker.charge-card.register_task_def": "true",  # the SDK has it; this runtime does not
        "CONDUCTOR_WORKER_POLL_INTERVALL": "5",  # a typo
        "CONDUCTOR_WORKER_CHARGE_CARD_DOMAIN": "fine",
        "conductor.worker.all.paused": "false",
        "OTHER": "1",
    }
    lines = sorted(config.environment_warnings(["charge-card", "refund"], env))
    assert len(lines) == 3, lines
    assert lines[0].startswith("CONDUCTOR_WORKER_POLL_INTERVALL is not a worker setting (settings: poll_interval,")
    assert lines[1] == ("CONDUCTOR_WORKER_SHIP_ORDER_DOMAIN names task 'SHIP_ORDER', which no worker here has "
                        "(workers: charge-card, refund); ignored")
    assert lines[2].startswith("conductor.worker.charge-card.register_task_def is ignored: ")
    assert config.environment_warnings(["charge-card"], {"CONDUCTOR_WORKER_CHARGE_CARD_DOMAIN": "x"}) == []


def test_help_lists_every_property_and_form(config: Any) -> None:
    text = config.variables_help()
    for setting in config.SETTINGS:
        for prop in setting.props:
            assert prop in text
    for form in ("conductor.worker.<task>.<prop>", "conductor.worker.all.<prop>", "CONDUCTOR_WORKER_<TASK>_<PROP>",
                 "CONDUCTOR_WORKER_ALL_<PROP>", "CONDUCTOR_WORKER_<PROP>"):
        assert form in text


def test_a_paused_worker_does_not_poll_and_the_others_do(wpkg: Any, fake_server: FakeConductor) -> None:
    w = wpkg.worker

    @w.worker("held")
    def held() -> int:
        return 1

    @w.worker("busy")
    def busy() -> int:
        return 2

    held_id = fake_server.add_task("held")
    busy_id = fake_server.add_task("busy")
    runner = w.WorkerRunner([held, busy], server_url=fake_server.url, handle_signals=False, shutdown_grace=5.0,
                            overrides=w.Overrides(poll_interval=0.02, poll_timeout=0.05),
                            env={"conductor.worker.held.paused": "true"})
    assert run_until(runner, lambda: fake_server.result_for(busy_id) is not None) == 0
    assert {p.task_type for p in fake_server.polls} == {"busy"}
    assert fake_server.result_for(held_id) is None
