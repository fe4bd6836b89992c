"""The journal: results still undelivered when the runner stops are written to a file (one JSON TaskResult a
line, replaced atomically), and sent at the next start.  Without a journal they are logged in full, and the
exit status says something was lost.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from ._delivery import Delivery
from ._lifecycle import Lifecycle
from ._log_capture import PACKAGE_LOGGER

__all__ = ["Journal", "read_journal", "write_journal"]

_log = logging.getLogger(PACKAGE_LOGGER)

LOGGED_RESULT_LIMIT = 100000  # characters of an undelivered result written to the log


class Journal:
    """The journal file of one runner (``path`` None: no journal) and the replay of what it held."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.replay_left: list[dict[str, Any]] = []  # journaled results not yet delivered again

    def replay(self, lifecycle: Lifecycle, delivery: Delivery) -> None:
        """Send what the last run left undelivered (each result in a task of its own)."""
        if self.path is None:
            return
        try:
            entries = read_journal(self.path)
        except OSError as exc:
            _log.error("cannot read the journal %s: %s", self.path, exc)
            return
        if not entries:
            return
        _log.info("sending %d result(s) left undelivered by the last run (journal %s)", len(entries), self.path)
        self.replay_left = list(entries)
        for body in entries:
            lifecycle.spawn(self._replay_one(delivery, body), name=f"replay:{body.get('taskId')}")

    async def _replay_one(self, delivery: Delivery, body: dict[str, Any]) -> None:
        await delivery.deliver_journaled(body)
        self.replay_left = [b for b in self.replay_left if b is not body]

    def keep(self, undelivered: list[dict[str, Any]]) -> bool:
        """At the end of a run: write what was not delivered (or clear the journal); False when results are lost
        (no journal, or it cannot be written: then they are logged in full)."""
        lost = False
        if undelivered:
            if self.path:
                try:
                    write_journal(self.path, undelivered)
                    _log.warning(
                        "%d result(s) not delivered: written to the journal %s, sent at the next start",
                        len(undelivered),
                        self.path,
                    )
                except OSError as exc:
                    lost = True
                    _log.error("cannot write the journal %s: %s", self.path, exc)
            else:
                lost = True
            if lost:
                for body in undelivered:
                    text = json.dumps(body, default=str)[:LOGGED_RESULT_LIMIT]
                    _log.error("result NOT delivered (no journal): %s", text)
        elif self.path:
            write_journal(self.path, [])
        return not lost


def read_journal(path: str) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return []
    entries = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            _log.error("journal %s: unreadable line skipped: %s", path, line[:200])
            continue
        if isinstance(entry, dict) and entry.get("taskId"):
            entries.append(entry)
    return entries


def write_journal(path: str, entries: list[dict[str, Any]]) -> None:
    """Replace the journal with ``entries`` (none: remove it); written to a temporary file first, then renamed."""
    if not entries:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        return
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, default=str) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
