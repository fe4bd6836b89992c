"""Stage 5: putting the rendered tree in place, all at once or not at all."""
