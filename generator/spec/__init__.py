"""Stage 1: read the OpenAPI document, check its references, repair known springdoc faults, validate it."""
