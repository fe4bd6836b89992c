"""Hostile documents through the whole pipeline: `generator.pipeline.generate` with datamodel-code-generator and
black, into a temporary folder; then the package is imported and checked, models included.

About one second per document (datamodel-code-generator dominates): run longer with HOSTILE_FULL_EXAMPLES=300.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from generator.config import Config
from generator.ir.build import build_ir
from generator.pipeline import prepare
from hostile_oracle import check_models, check_package, models_sources
from hostile_render import generate_full, write_document
from hostile_run import examples
from hostile_specs import Avoid, openapi_documents
from hostile_text import canary_tripped

# Hypothesis warns when a failing example (10k strings) is long to print; that is expected here.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

PACKAGE = "hostile_full_pkg"
FULL_EXAMPLES = examples("full", 100)


@pytest.mark.timeout(max(300, FULL_EXAMPLES * 2))
def test_hostile_documents_whole_pipeline(count_case, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "cache"  # shared: black's results for the files no spec changes are reused
    avoid = Avoid()

    # No shrinking: at a second per document it would take minutes; the problems listed say what went wrong.
    @settings(max_examples=FULL_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=(Phase.explicit, Phase.generate))
    @given(doc=openapi_documents(with_models=True, avoid=avoid))
    def run(doc: dict) -> None:
        spec = write_document(doc, tmp_path / "spec")
        files = generate_full(spec, tmp_path / "out", PACKAGE, cache)
        document, diags, _ = prepare(str(spec), strict=False)
        ir = build_ir(document, Config(package_name=PACKAGE), diags)

        def models_too(problems, modules) -> None:  # noqa: ANN001
            import importlib

            try:
                models = importlib.import_module(f"{PACKAGE}.models")  # classes load lazily, by name
            except Exception as exc:  # noqa: BLE001
                problems.append(f"importing the models module failed: {type(exc).__name__}: {exc}")
                return
            assert not canary_tripped(tmp_path), "a payload ran when the models module was imported"
            check_models(problems, doc, ir, models, docstrings=not avoid.model_docstrings,
                         source=models_sources(files, PACKAGE))

        problems, _ = check_package(files, PACKAGE, doc, also=models_too)
        problems.raise_if_any(doc)
        assert not canary_tripped(tmp_path)
        count_case()

    run()
    print(f"\nwhole pipeline: {count_case.count} hostile documents generated, imported and checked")
