"""A hand-written stand-in for the generated package: what the runtime tests render the templates into."""

__version__ = "1.2.3"


def __getattr__(name: str) -> object:
    if name in ("ConductorClient", "AsyncConductorClient"):
        from . import client

        return getattr(client, name)
    raise AttributeError(name)
