"""Stage 2: the intermediate representation. Every Python name and type of the output is decided here."""
