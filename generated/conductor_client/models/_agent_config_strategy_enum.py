from conductor_client.models._base import OpenEnum


class AgentConfigStrategyEnum(OpenEnum):
    """Inline enum of AgentConfig.strategy."""

    handoff = "handoff"
    sequential = "sequential"
    parallel = "parallel"
    router = "router"
    round_robin = "round_robin"
    random = "random"
    swarm = "swarm"
    manual = "manual"
    plan_execute = "plan_execute"
