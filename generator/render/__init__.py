"""Stage 3: the IR → source text, through Jinja templates and datamodel-code-generator."""
