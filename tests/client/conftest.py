"""Fixtures and helpers of tests/client live in client_support.py, under a name no other folder uses:
`from conftest import ...` would find whichever conftest pytest imported last."""

from client_support import *  # noqa: F403 - the fixtures
from client_support import _clean_env  # noqa: F401 - an autouse fixture (a star import skips _names)
