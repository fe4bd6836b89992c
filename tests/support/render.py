"""Rendering (or, for the runtime's plain Python, copying) a few package files into a throw-away folder, the way the generator renders them.

The client and worker tests test the current runtime templates without regenerating `generated/`; they use
the generator's own Jinja environment, so a setting or filter the generator relies on applies here too.
"""

from __future__ import annotations

from pathlib import Path

from generator.ir.auth import DEFAULT_AUTH_HEADER
from generator.ir.model import Auth
from generator.render.environment import make_environment

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


#: The runtime's one generated module, `_server_auth.py` (the header the token is sent in): render it too.
SERVER_AUTH = TEMPLATES / "package" / "_server_auth.py.jinja"


def render_templates(templates: list[Path], target: Path, package_name: str = "conductor_client") -> None:
    """Render each of `templates` (paths under templates/package/) to the same relative path under `target`, with
    the context of a spec that declares no security scheme."""
    env = make_environment(None)
    context = {"package_name": package_name, "auth": Auth(DEFAULT_AUTH_HEADER)}
    for template in templates:
        name = template.resolve().relative_to(TEMPLATES).as_posix()
        out = target / name.removeprefix("package/").removesuffix(".jinja")
        out.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".jinja"):
            out.write_text(env.get_template(name).render(context))
        else:  # the runtime: real Python, copied as it is (generator/render/package.py: list_static_files)
            out.write_text(template.read_text("utf-8"))
    (target / "py.typed").write_text("")
