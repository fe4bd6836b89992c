"""The diff checked against the packages themselves: whatever user code can see differ, the diff must report.

Both sides of each pair are generated as real packages (into a temporary folder, under distinct names), imported
in a subprocess and introspected (introspect_package.py: the classes `models` exports with their bases, fields,
annotations, enum members; each API group class's method signatures; each client attribute). Every difference
between the two views must be covered by a change the diff reports at that place (a model by a change located
at it, a method by a change at its call, a group class by an export change). The pairs:

- the two real server lines, 3.21.14 → 3.32.3;
- an Orkes-flavoured 3.21.14 (orkes_flavour.py) → the same with `additionalProperties: {}` on 40 schemas, the
  case the issue found the diff blind to;
- MUTATIONS seeded random edits of 3.21.14 (spec_mutations.py), each against the unmutated package.

Generation takes the fast path (no validation, no formatting: both change no name or type) and makes the surface
from the very files written, as `generate` does.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.diff.compare import Change, compare
from generator.diff.model_shapes import model_module_trees, read_shapes
from generator.diff.surface import Surface, build_surface
from generator.ir.build import build_ir
from generator.pipeline import prepare
from generator.render.package import render_tree
from spec_mutations import mutate, with_open_schemas

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_3_21 = ROOT / "tests" / "specs" / "conductor-3.21.14.json"
SPEC_3_32 = ROOT / "tests" / "specs" / "conductor-3.32.3.json"
MUTATIONS = int(os.environ.get("ORACLE_MUTATIONS", "20"))
SEED = int(os.environ.get("ORACLE_SEED", "19"))


def _orkes_flavoured(document: dict[str, Any]) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("orkes_flavour", ROOT / "tests" / "generator" / "orkes_flavour.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.orkes_flavoured(document)  # type: ignore[no-any-return]


@dataclass
class Side:
    package: str
    surface: Surface


@dataclass
class Pair:
    name: str
    old: str  # package names
    new: str
    edits: list[str]


def generate_side(document: dict[str, Any], folder: Path, package: str) -> Side:
    spec = folder / f"{package}.json"
    spec.write_text(json.dumps(document), "utf-8")
    config = Config(package_name=package)
    doc, diags, digest = prepare(str(spec), strict=False)
    ir = build_ir(doc, config, diags)
    files = render_tree(ir, None, Diagnostics(file=str(spec))).files
    for path, text in files.items():
        if path.startswith(f"{package}/"):
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
    shapes = read_shapes(model_module_trees(files, package))
    return Side(package, build_surface(ir, shapes=shapes, spec_sha256=digest))


@dataclass
class World:
    sides: dict[str, Side]
    views: dict[str, Any]
    pairs: list[Pair]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("oracle")
    base_321 = json.loads(SPEC_3_21.read_text("utf-8"))
    orkes = _orkes_flavoured(base_321)
    orkes_open, opened = with_open_schemas(orkes, 40)
    documents: dict[str, dict[str, Any]] = {
        "oracle_321": base_321,
        "oracle_332": json.loads(SPEC_3_32.read_text("utf-8")),
        "oracle_orkes": orkes,
        "oracle_orkes_open": orkes_open,
    }
    pairs = [Pair("3.21.14 -> 3.32.3", "oracle_321", "oracle_332", []),
             Pair("Orkes-flavoured -> additionalProperties: {} on 40 schemas", "oracle_orkes", "oracle_orkes_open",
                  opened)]
    rng = random.Random(SEED)
    for index in range(MUTATIONS):
        document, edits = mutate(base_321, rng)
        package = f"oracle_m{index:02d}"
        documents[package] = document
        pairs.append(Pair(f"mutation {index} (seed {SEED})", "oracle_321", package, edits))
    sides = {package: generate_side(doc, folder, package) for package, doc in documents.items()}
    done = subprocess.run([sys.executable, str(HERE / "introspect_package.py"), str(folder), *sides],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    yield World(sides, json.loads(done.stdout), pairs)


# ------------------------------------------------------------------------------------------------------------
# what differs, and whether a change covers it


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, ...]]:
    """Each place user code sees a difference: ("model", Name), ("method", attribute, method), ("group",
    attribute), ("export", "api.module.Class")."""
    found: list[tuple[str, ...]] = []
    for name in sorted(set(old["models"]) | set(new["models"])):
        if old["models"].get(name) != new["models"].get(name):
            found.append(("model", name))
    attribute_of = {}  # API group class → the client attribute that gives it
    for view in (old, new):
        for key, cls in view["client"].items():
            attribute_of[cls] = key.split(".", 1)[1]
    for key in sorted(set(old["client"]) | set(new["client"])):
        if old["client"].get(key) != new["client"].get(key):
            found.append(("group", key.split(".", 1)[1]))
    for key in sorted(set(old["api"]) | set(new["api"])):
        module, cls = key.split(".", 1)
        old_methods, new_methods = old["api"].get(key), new["api"].get(key)
        if old_methods is None or new_methods is None:
            found.append(("export", f"api.{module}.{cls}"))
        attribute = attribute_of.get(cls, module)
        for method in sorted(set(old_methods or {}) | set(new_methods or {})):
            if (old_methods or {}).get(method) != (new_methods or {}).get(method):
                found.append(("method", attribute, method))
    return sorted(set(found))


def covered(place: tuple[str, ...], changes: list[Change]) -> bool:
    kind = place[0]
    for change in changes:
        spots = [change.location] + ([change.new] if isinstance(change.new, str) else [])
        if kind == "model" and any(s == place[1] or s.startswith((place[1] + ".", place[1] + "(")) for s in spots):
            return True
        if kind == "method" and any(s.startswith(f"client.{place[1]}.{place[2]}(") for s in spots):
            return True
        if kind == "group" and any(s.startswith(f"client.{place[1]}.") for s in spots):
            return True
        if kind == "export" and change.location == place[1]:
            return True
    return False


def misses(world: World, pair: Pair) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    changes = compare(world.sides[pair.old].surface, world.sides[pair.new].surface)
    places = differences(world.views[pair.old], world.views[pair.new])
    return places, [place for place in places if not covered(place, changes)]


def _explain(world: World, pair: Pair, missed: list[tuple[str, ...]]) -> str:
    lines = [f"{pair.name}: {len(missed)} difference(s) user code sees, not reported by the diff"]
    lines += [f"  edit: {edit}" for edit in pair.edits]
    old, new = world.views[pair.old], world.views[pair.new]
    for place in missed[:10]:
        if place[0] == "model":
            lines.append(f"  {place}: {old['models'].get(place[1])} -> {new['models'].get(place[1])}")
        else:
            lines.append(f"  {place}")
    return "\n".join(lines)


def test_the_diff_misses_nothing_between_the_real_server_lines(world: World) -> None:
    pair = world.pairs[0]
    places, missed = misses(world, pair)
    assert len(places) > 100  # the two lines differ a lot: the oracle has something to check
    assert not missed, _explain(world, pair, missed)


def test_the_diff_sees_open_schemas_of_an_orkes_document(world: World) -> None:
    pair = world.pairs[1]
    places, missed = misses(world, pair)
    assert not missed, _explain(world, pair, missed)
    # The case: the token answer became a root model, and the diff calls it breaking.
    assert world.views[pair.new]["models"]["Response"]["bases"] == ["RootModel[dict[str, Any]]"]
    changes = compare(world.sides[pair.old].surface, world.sides[pair.new].surface)
    reshaped = [c for c in changes if c.kind == "model-reshaped"]
    assert "Response" in {c.location for c in reshaped} and all(c.breaking for c in reshaped)
    assert len(reshaped) >= 10


def test_the_diff_misses_nothing_over_random_mutations(world: World) -> None:
    failures = []
    differing = 0
    for pair in world.pairs[2:]:
        places, missed = misses(world, pair)
        differing += bool(places)
        if missed:
            failures.append(_explain(world, pair, missed))
    assert differing >= MUTATIONS // 2  # most mutations change what user code sees
    assert not failures, "\n".join(failures)


def test_the_oracle_catches_a_diff_that_reports_nothing(world: World) -> None:
    """The oracle itself can fail: with the diff's report emptied, every differing pair is a miss."""
    pair = world.pairs[1]
    places = differences(world.views[pair.old], world.views[pair.new])
    assert places and not any(covered(place, []) for place in places)
