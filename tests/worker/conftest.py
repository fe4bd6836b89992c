"""Fixtures and helpers of tests/worker live in worker_support.py, under a name no other folder uses:
`from conftest import ...` would find whichever conftest pytest imported last."""

from worker_support import *  # noqa: F403 - the fixtures
