"""Every name the IR's naming rules give the committed server lines and the Orkes-flavoured document, as JSON.

Run as `PYTHON names_everywhere.py REPO` by test_gen_naming.py under each interpreter of 3.10-3.13 on the machine
and compared with specs/names-golden.json, so that every Python the project claims decides the same names. It uses
only generator.ir's naming modules (standard library only), so it runs on an interpreter without the project's
dependencies. Regenerate the golden file (after a deliberate naming change) with
`.venv/bin/python tests/generator/names_everywhere.py . > tests/generator/specs/names-golden.json`.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from typing import Any

root = sys.argv[1]
sys.path[:0] = [root, root + "/tests/generator"]

from generator.ir import method_names, naming  # noqa: E402 (found through the path set above)
from generator.ir.lock import NO_LOCK  # noqa: E402
from orkes_flavour import orkes_flavoured  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")


def names(document: dict[str, Any]) -> dict[str, Any]:
    """Groups, group classes, methods and parameters of every operation; the fields of every schema."""
    groups: dict[str, list[method_names.Draft]] = defaultdict(list)
    params: dict[str, list[str]] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            tag = (op.get("tags") or ["default"])[0]
            draft = method_names.Draft(method.upper(), path, tag, op.get("operationId") or "")
            groups[method_names.group_attribute(tag)].append(draft)
            params[draft.key] = sorted(naming.parameter_name(p["name"]) for p in op.get("parameters", []) if "name" in p)
    calls: dict[str, list[Any]] = {}
    for group, drafts in groups.items():
        for key, (name, _) in method_names.name_methods(group, drafts, {}, NO_LOCK).items():
            calls[key] = [group, method_names.group_class_base(group), name, params[key]]
    schemas = document.get("components", {}).get("schemas", {})
    models = {naming.class_name(s): sorted(naming.field_name(f) for f in (body.get("properties") or {}))
              for s, body in schemas.items() if isinstance(body, dict)}
    return {"operations": dict(sorted(calls.items())), "models": dict(sorted(models.items()))}


spec_32 = json.load(open(root + "/tests/specs/conductor-3.32.3.json"))
spec_21 = json.load(open(root + "/tests/specs/conductor-3.21.14.json"))
print(json.dumps({"3.21.14": names(spec_21), "3.32.3": names(spec_32), "orkes": names(orkes_flavoured(spec_32))},
                 indent=1, sort_keys=True))
