"""Rendering a few package templates into a throw-away folder, the way the generator renders them.

The client and worker tests test the current runtime templates without regenerating `generated/`; they use
the generator's own Jinja environment, so a setting or filter the generator relies on applies here too.
"""

from __future__ import annotations

from pathlib import Path

from generator.render.environment import make_environment

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def render_templates(templates: list[Path], target: Path, package_name: str = "conductor_client") -> None:
    """Render each of `templates` (paths under templates/package/) to the same relative path under `target`."""
    env = make_environment(None)
    for template in templates:
        name = template.resolve().relative_to(TEMPLATES).as_posix()
        out = target / name.removeprefix("package/").removesuffix(".jinja")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(env.get_template(name).render(package_name=package_name))
    (target / "py.typed").write_text("")
