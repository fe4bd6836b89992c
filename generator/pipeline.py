"""The whole run, stage after stage: spec → IR → render → format → write."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import Config
from .diagnostics import Diagnostic, Diagnostics
from .diff.changelog import spec_change_files
from .diff.model_shapes import model_module_trees, read_shapes
from .format.black_format import format_files
from .forked import ForkedError, Stages
from .ir.build import build_ir
from .ir.lock import NO_LOCK, NameLock, read_lock
from .ir.model import Ir
from .json_fields import dict_at
from .render.environment import bundled_templates
from .render.package import render_tree, start_models
from .spec.load import load_spec
from .spec.normalize import normalize
from .spec.refs import check_refs
from .spec.structure import check_structure
from .spec.validate import BackgroundValidation, check_shape, validate
from .write.atomic import read_state, sha256_text, tree_matches, write_state, write_tree

_GENERATOR_ROOT = Path(__file__).resolve().parent


@dataclass
class Summary:
    operations: int = 0
    models: int = 0
    groups: int = 0
    files: int = 0
    seconds: float = 0.0
    up_to_date: bool = False
    warnings: list[Diagnostic] = field(default_factory=list)
    api_changes: str = ""  # the report of what changed in the Python API, when the spec changed


def prepare(source: str, *, strict: bool) -> tuple[dict[str, object], Diagnostics, str]:
    """Load, check and repair the document. Raises SpecError with every error found."""
    spec = load_spec(source)
    diags = Diagnostics(file=source)
    check_shape(spec.document, diags)
    diags.raise_if_errors()
    check_structure(spec.document, diags)
    check_refs(spec.document, diags)
    diags.raise_if_errors()
    document = normalize(spec.document, diags, strict=strict)
    diags.raise_if_errors()
    return document, diags, spec.sha256


def build(source: str, config: Config, lock: NameLock = NO_LOCK) -> tuple[Ir, Diagnostics, str]:
    """Everything up to the IR, the document validated: what `validate`, `diff` and `generate` share. `lock`: the
    names of an existing package, kept (see ir/lock.py)."""
    document, diags, digest = prepare(source, strict=config.strict)
    validate(document, diags)
    diags.raise_if_errors()
    ir = build_ir(document, config, diags, lock)
    diags.raise_if_errors()  # under --strict the IR reports what it would otherwise type loosely
    return ir, diags, digest


def generate(config: Config, *, force: bool = False, cache_dir: Path | None = None) -> Summary:
    started = time.perf_counter()
    source = config.spec if config.spec.startswith(("http://", "https://")) else str(config.path(config.spec))
    output = config.path(config.output)
    team_dir = config.path(config.templates) if config.templates else None
    key = _run_key(source, config, team_dir)
    cache_root = cache_dir if cache_dir is not None else config.path(".cache")
    state_file = cache_root / "runs" / (hashlib.sha256(str(output).encode()).hexdigest()[:16] + ".json")
    state = read_state(state_file)
    if not force and key and state and state.get("key") == key:
        files = state.get("files")
        if isinstance(files, dict) and tree_matches(output, files):
            counts = dict_at(state, "counts")
            return Summary(
                operations=int(counts.get("operations") or 0),
                models=int(counts.get("models") or 0),
                groups=int(counts.get("groups") or 0),
                files=len(files),
                seconds=time.perf_counter() - started,
                up_to_date=True,
            )

    # The two slowest stages run in forked processes (generator/forked.py) while this one renders the templates:
    # the models (started now, so that importing datamodel-code-generator overlaps loading the spec; it gets the
    # IR once built) and validation, as soon as the document is ready.
    # The package being regenerated keeps its names (its api-surface.json), unless told to rename them once.
    lock = NO_LOCK if config.rename_methods else read_lock(output)
    stage_pool = Stages()  # one pool of processes for both, forked before this run starts any thread
    models = start_models(team_dir, source)
    validation = None
    try:
        document, diags, spec_sha256 = prepare(source, strict=config.strict)
        validation = BackgroundValidation(document, source)
        try:
            ir = build_ir(document, config, diags, lock)
            models.send(ir)
            rendered = render_tree(ir, team_dir, diags, models=models, strict=config.strict)
            # Formatting starts before validation is known to pass: on a valid document (the usual case) the
            # wait for it overlaps the formatting; on an invalid one the formatted files are simply dropped.
            formatted = format_files(rendered.files, cache_root / "format", rendered.preformatted)
        except Exception as failure:
            # An invalid document can break rendering; then the validation errors are the ones to show. (Unless the
            # validation could not finish either: a worker that died takes the pool's other job down with it.)
            try:
                validation_items = validation.diagnostics()
            except ForkedError:
                validation_items = []
            diags.items.extend(validation_items)
            diags.raise_if_errors()
            raise failure
        diags.items.extend(validation.diagnostics())
        diags.raise_if_errors()
    finally:  # nothing left running when this run fails (a no-op for the results already collected)
        models.close()
        if validation is not None:
            validation.close()
        stage_pool.close()
    # The last guard: nothing is written that Python cannot read. The model modules are parsed once, for the guard
    # and for the API surface, which records their classes as generated (what user code sees of the models).
    model_trees = model_module_trees(formatted, ir.package_name)
    for path, text in formatted.items():
        if path.endswith(".py"):
            module = path.rsplit("/", 1)[-1][: -len(".py")]
            tree = model_trees.get(module) if path.startswith(f"{ir.package_name}/models/") else None
            compile(tree if tree is not None else text, path, "exec")
    # The API surface and changelog sit beside the package; a changed spec also prints what changed.
    spec_change = spec_change_files(output, ir, spec_source=source, spec_sha256=spec_sha256,
                                    shapes=read_shapes(model_trees))
    formatted.update(spec_change.files)
    counts = {"operations": len(ir.operations), "models": len(ir.models), "groups": len(ir.groups)}
    write_tree(output, formatted)
    write_state(
        state_file,
        {
            "generator": __version__,
            "key": key,
            "counts": counts,
            "files": {path: sha256_text(text) for path, text in formatted.items()},
        },
    )
    return Summary(
        operations=counts["operations"],
        models=counts["models"],
        groups=counts["groups"],
        files=len(formatted),
        seconds=time.perf_counter() - started,
        warnings=diags.warnings,
        api_changes=spec_change.report,
    )


def _run_key(source: str, config: Config, team_dir: Path | None) -> str:
    """What the output depends on: the spec's bytes, the generator's code, the templates and the settings.

    Empty for a URL source, which is always fetched and generated.
    """
    if source.startswith(("http://", "https://")):
        return ""
    digest = hashlib.sha256()
    try:
        digest.update(Path(source).read_bytes())
    except OSError:
        return ""
    for record in (Path(source).with_name("SOURCE.json"), Path(source).with_suffix(".SOURCE.json")):
        if record.is_file():  # the server version it names goes into api-surface.json
            digest.update(record.read_bytes())
    roots = [_GENERATOR_ROOT, bundled_templates()] + ([team_dir] if team_dir else [])
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    from importlib.metadata import version

    tools = tuple(version(name) for name in ("black", "datamodel-code-generator", "jinja2"))
    settings = (tools, config.package_name, config.include_tags, config.exclude_tags, sorted(config.method_names.items()),
                config.strict, sorted(config.required_fields.items()))
    digest.update(repr(settings).encode())
    digest.update(b"rename-methods" if config.rename_methods else b"")  # a renaming run is never skipped
    return digest.hexdigest()
