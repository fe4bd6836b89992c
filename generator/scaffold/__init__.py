"""`conductor-codegen scaffold`: typed worker stubs from task definitions."""
