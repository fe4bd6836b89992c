# conductor-codegen — every target bootstraps what it needs; see README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The pinned server line lives in one file; `make regenerate CONDUCTOR_VERSION=X` overrides it.
CONDUCTOR_VERSION ?= $(shell cat scripts/conductor-version)
export CONDUCTOR_VERSION

.PHONY: regenerate test bench server server-stop spec lint typecheck clean-cache help

help:
	@echo "make regenerate  regenerate generated/ from spec/ (CONDUCTOR_VERSION=X: fetch that server first)"
	@echo "make test        install what is needed, start the real server, run every test"
	@echo "make bench       benchmarks against the anchors (results in benchmarks/results/)"
	@echo "make server | server-stop | spec   the real Conductor server and its OpenAPI document"

$(STAMP): pyproject.toml generated/pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -e '.[dev]' -e ./generated
	@touch $@

# With CONDUCTOR_VERSION given on the command line, go the whole way: fetch that server, pull its
# spec, report what changed against the committed one, regenerate. Otherwise: regenerate only.
regenerate: $(STAMP)
ifeq ($(origin CONDUCTOR_VERSION),command line)
	@scripts/upgrade-server "$(CONDUCTOR_VERSION)"
else
	@$(VENV)/bin/conductor-codegen generate
endif

test: $(STAMP)
	@$(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	@$(PY) benchmarks/run.py $(BENCH_ARGS)

# scripts/conductor-server is stdlib-only: these three need no virtualenv, just python3.
server:
	@$(PYTHON) scripts/conductor-server start

server-stop:
	@$(PYTHON) scripts/conductor-server stop

spec:
	@$(PYTHON) scripts/conductor-server pull-spec

typecheck: $(STAMP)
	@$(VENV)/bin/mypy --strict generated/conductor_client
	@# the runtime where it lives (real Python under templates/package/), with a stub for the one generated module it imports
	@cd templates && MYPYPATH=.:../tests/typecheck/runtime_stubs ../$(VENV)/bin/mypy --strict --explicit-package-bases \
		--namespace-packages -p package._runtime -p package.worker -m package.errors -m package.models._base
	@$(VENV)/bin/mypy generator

clean-cache:
	rm -rf .cache
