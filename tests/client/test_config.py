"""Configuration: arguments, environment, URL normalization, timeouts and retry policy values."""

from __future__ import annotations

import pytest
from client_support import make_jwt


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://localhost:8080/api", "http://localhost:8080"),
        ("http://localhost:8080/api/", "http://localhost:8080"),
        ("  HTTPS://conductor.example.com/api  ", "https://conductor.example.com"),
        ("https://gw.example.com/conductor/api/", "https://gw.example.com/conductor"),
        ("https://gw.example.com/apis", "https://gw.example.com/apis"),
        ("http://h/api/api", "http://h/api"),  # only one trailing /api is removed
    ],
)
def test_server_url_normalization(pkg, given, expected):
    assert pkg.urls.normalize_server_url(given) == expected


@pytest.mark.parametrize("bad", ["localhost:8080", "ftp://h", "http://", "http:///", "http://h/api?x=1", ""])
def test_invalid_server_urls(pkg, bad):
    with pytest.raises(ValueError):
        pkg.urls.normalize_server_url(bad)


def test_defaults_and_environment(pkg, monkeypatch):
    Settings = pkg.config.Settings
    settings = Settings()
    assert settings.server_url == "http://localhost:8080"
    assert settings.auth_key is None and not settings.auth_enabled

    monkeypatch.setenv("CONDUCTOR_SERVER_URL", "http://conductor:8080/api")
    monkeypatch.setenv("CONDUCTOR_AUTH_KEY", "k")
    monkeypatch.setenv("CONDUCTOR_AUTH_SECRET", "s")
    settings = Settings()
    assert settings.server_url == "http://conductor:8080"
    assert settings.auth_key == "k" and settings.auth_secret == "s"

    # Arguments win over the environment.
    settings = Settings("http://other:1", auth_key="k2", auth_secret="s2")
    assert settings.server_url == "http://other:1"
    assert (settings.auth_key, settings.auth_secret) == ("k2", "s2")


def test_blank_environment_values_are_unset(pkg, monkeypatch):
    monkeypatch.setenv("CONDUCTOR_SERVER_URL", "  ")
    monkeypatch.setenv("CONDUCTOR_AUTH_KEY", "")
    monkeypatch.setenv("CONDUCTOR_AUTH_SECRET", "")
    settings = pkg.config.Settings()
    assert settings.server_url == "http://localhost:8080"
    assert not settings.auth_enabled


def test_key_without_secret_is_an_error(pkg, monkeypatch):
    with pytest.raises(pkg.errors.ConfigurationError, match="secret is missing") as caught:
        pkg.config.Settings(auth_key="k")
    assert caught.value.setting == "auth_secret"
    monkeypatch.setenv("CONDUCTOR_AUTH_SECRET", "s")
    with pytest.raises(pkg.errors.ConfigurationError, match="key is missing") as caught:
        pkg.config.Settings()
    assert caught.value.setting == "auth_key"


@pytest.mark.parametrize("ttl", [0, -5, True])
def test_a_token_ttl_that_is_no_positive_number_is_a_configuration_error(pkg, ttl):
    with pytest.raises(pkg.errors.ConfigurationError, match="token_ttl must be a positive") as caught:
        pkg.config.Settings(token_ttl=ttl)
    assert caught.value.setting == "token_ttl"


def test_client_constructor_reads_settings(pkg, monkeypatch):
    monkeypatch.setenv("CONDUCTOR_SERVER_URL", "http://env-host:9/api/")
    client = pkg.client.ConductorClient()
    assert client.server_url == "http://env-host:9"
    assert pkg.client.AsyncConductorClient("http://arg:1/api").server_url == "http://arg:1"


def test_timeout(pkg):
    Timeout = pkg.timeouts.Timeout
    default = Timeout()
    assert default.as_tuple() == (5.0, 60.0, 30.0, 10.0)
    assert Timeout(2).as_tuple() == (2.0, 2.0, 2.0, 2.0)
    assert Timeout(2, connect=1).as_tuple() == (1.0, 2.0, 2.0, 2.0)
    assert Timeout(read=300).as_tuple() == (5.0, 300.0, 30.0, 10.0)
    assert Timeout(None).as_tuple() == (None, None, None, None)
    assert Timeout(3) == Timeout(3.0) and hash(Timeout(3)) == hash(Timeout(3.0))
    assert repr(Timeout(1)) == "Timeout(connect=1.0, read=1.0, write=1.0, pool=1.0, total=1.0)"
    with pytest.raises(ValueError):
        Timeout(-1)
    with pytest.raises(TypeError):
        Timeout("5")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        default.read = 1  # type: ignore[misc]
    coerce = pkg.timeouts.coerce_timeout
    assert coerce(None, default) is default
    assert coerce(7, default) == Timeout(7)
    with pytest.raises(TypeError):
        coerce(True, default)


def test_retry_policy(pkg):
    RetryPolicy = pkg.retry.RetryPolicy
    policy = RetryPolicy()
    assert policy.max_attempts == 4 and policy.enabled
    assert policy.retry_statuses == frozenset({429, 502, 503, 504})
    assert not RetryPolicy.off().enabled
    assert RetryPolicy.off() == RetryPolicy(max_attempts=1)
    # Full jitter: a draw in [0, 1) scales the capped exponential ceiling.
    assert policy.backoff(1, 0.999) <= 0.5
    assert policy.backoff(3, 1.0) == 2.0
    assert policy.backoff(10, 1.0) == 8.0
    assert policy.backoff(10_000, 1.0) == 8.0  # no overflow
    assert policy.backoff(2, 0.0) == 0.0
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError):
            RetryPolicy(max_attempts=bad)
    with pytest.raises(ValueError):
        RetryPolicy(backoff_base=-1)
    coerce = pkg.retry.coerce_retry
    assert coerce(None) == RetryPolicy() == coerce(True)
    assert coerce(False) == RetryPolicy.off()
    with pytest.raises(TypeError):
        coerce(3)  # type: ignore[arg-type]
    assert "max_attempts=4" in repr(policy)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pw@host:1/api/x", "http://***@host:1/api/x"),
        ("http://host/api/x?token=abc&q=1", "http://host/api/x?token=***&q=1"),
        ("http://host/api/x?keySecret=abc&X-Authorization=t", "http://host/api/x?keySecret=***&X-Authorization=***"),
        ("http://host/a@b", "http://host/a@b"),
    ],
)
def test_display_url(pkg, url, shown):
    assert pkg.urls.display_url(url) == shown


def test_jwt_lifetime(pkg):
    lifetime = pkg.auth.jwt_lifetime
    assert lifetime(make_jwt(1000.0), now=400.0) == 600.0
    assert lifetime(make_jwt(None), now=0) is None
    assert lifetime("opaque-token") is None
    assert lifetime("a.!!!.c") is None
    assert lifetime(make_jwt(None, {"exp": "soon"})) is None


def test_runtime_package_exports(pkg):
    import importlib

    runtime = importlib.import_module(f"{pkg.name}._runtime")
    assert runtime.Operation is pkg.operation.Operation
    assert runtime.SyncClientCore is pkg.sync_core.SyncClientCore
    assert runtime.AsyncClientCore is pkg.async_core.AsyncClientCore
    assert runtime.Timeout is pkg.timeouts.Timeout
    with pytest.raises(AttributeError):
        runtime.nothing  # noqa: B018


def test_an_unknown_setting_is_a_type_error_before_anything_else(pkg, monkeypatch):
    """The settings are keyword arguments collected as ``**settings``: a misspelt one is refused by name (with the
    setting it was meant to be), before the auth check could blame a missing secret on the environment."""
    monkeypatch.delenv("CONDUCTOR_AUTH_SECRET", raising=False)
    with pytest.raises(TypeError, match=r"'auth_secert'; did you mean 'auth_secret'\?"):
        pkg.sync_core.SyncClientCore("http://x", auth_key="k", auth_secert="s")
    with pytest.raises(TypeError, match="'colour'; the settings are auth_key, auth_secret, headers"):
        pkg.async_core.AsyncClientCore(colour="blue")
