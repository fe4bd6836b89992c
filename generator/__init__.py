"""conductor-codegen: a typed Python client and worker runtime from a Conductor server's OpenAPI document.

The pipeline flows one way, one package per stage:
spec (load, check refs, normalize, validate) → ir (typed dataclasses, every Python name) → render (Jinja and
datamodel-code-generator) → format (black) → write (atomic swap of the output folder).
"""

__version__ = "0.1.0"
