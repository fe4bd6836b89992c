"""Stage 4: black, in process, with a content-hash cache so that unchanged files cost nothing."""
