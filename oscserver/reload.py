"""The bank as the server sees it: its servable renders, read from the index as they land."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)

from oscserver import lookup
from oscserver.config import ServerError
from precompute.bank import INDEX_NAME

if TYPE_CHECKING:
    from oscserver.server import Server


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """The servable renders; replaced whole (never mutated) when renders arrive.

    Attributes:
        generation: Increases with every replacement (invalidates remembered answers).
        paths: Key -> its WAV path as an OSC string (`protocol.encode_string`).
        pitches: Key -> rendered pitch (None: unpitched).
        neighbours: The same renders as search arrays.
    """

    generation: int
    paths: Mapping[str, bytes]
    pitches: Mapping[str, int | None]
    neighbours: lookup.Neighbours


# Reading the bank index -----------------------------------------------------------------------


class BankRows:
    """Read-only access to the bank index's ready rows, in insertion (rowid) order.

    `Bank` reads one entry at a time or every embedding without recipes; the server
    needs recipes, pitches and embeddings of the rows added since it last looked, so it
    reads the `renders` table (schema v1, docs/bank.md) itself, through a read-only
    connection.
    """

    def __init__(self, index: Path) -> None:
        try:
            self._conn = sqlite3.connect(
                index.as_uri() + "?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as e:
            raise ServerError(f"{index}: cannot read the bank index: {e}") from e
        self._index = index

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as e:
            raise ServerError(f"{self._index}: {e}") from e

    def count(self) -> int:
        return self._query("SELECT COUNT(*) FROM renders WHERE status = 'ready'")[0][0]

    def fingerprints(self) -> list[str]:
        rows = self._query("SELECT DISTINCT fingerprint FROM renders WHERE status = 'ready'")
        return sorted(fp for (fp,) in rows)

    def after(self, rowid: int) -> list[tuple[Any, ...]]:
        """(rowid, key, recipe JSON, pitch, fingerprint, n_frames, embedding blob) rows."""
        return self._query(
            "SELECT rowid, key, recipe, pitch, fingerprint, n_frames, embedding FROM renders "
            "WHERE status = 'ready' AND rowid > ? ORDER BY rowid",
            (rowid,),
        )


class BankEvents(FileSystemEventHandler):
    """watchdog handler: a WAV or the index changed in the bank folder."""

    #: The events asked of inotify: changes only. Files opened or closed unwritten (the
    #: server reading clips to mix) and the folder's own "modified" would wake watchdog's
    #: three threads for nothing: about half of all events while a worker renders.
    KINDS = (FileCreatedEvent, FileMovedEvent, FileDeletedEvent, FileModifiedEvent,
             FileClosedEvent)  # fmt: skip

    def __init__(self, server: Server) -> None:
        self._server = server

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            name = os.path.basename(os.fsdecode(raw))
            if name.endswith(".wav") or name.startswith(INDEX_NAME):
                self._server._bank_changed(name)
