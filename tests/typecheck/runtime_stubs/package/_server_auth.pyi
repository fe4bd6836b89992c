# What the runtime imports from the generated `_server_auth.py` (package/_server_auth.py.jinja), for checking the
# runtime where it lives (`make typecheck`): the header Conductor's token travels in, decided from the spec.
AUTH_HEADER: str
