"""The bank as the server serves it: its renders, read from the index as they land.

The reload thread (`Reloader.start`) owns this. It wakes when watchdog sees a WAV or the
index change in the bank folder, and every `poll_s` anyway, reads the index rows added
since it last looked (`BankRows`: read-only SQLite, no lock on the bank) and publishes a
new `Snapshot` of what can be served. A snapshot is never mutated: the receive loop and
the answer thread read `Reloader.snapshot` without a lock and keep whichever one they
read for the whole of an answer. The jobs thread also absorbs, when its worker says a
render is done, so that the answer to a waiting client does not wait for a poll.

Whoever remembers answers hears of each new snapshot before it is published (`Landing`):
a stand-in found in an older snapshot is then known to be stale. Whoever waits for
renders hears of the new keys after it (`rendered`).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)

from oscserver import lookup, protocol
from oscserver.config import ServerError
from oscserver.protocol import OscServerError
from precompute.bank import INDEX_NAME
from precompute.errors import PrecomputeError
from precompute.grid import GridSpec

logger = logging.getLogger(__name__)

#: After a WAV appears, how often and how long to look for its index row (s).
RELOAD_RETRY_S = 0.05
RELOAD_RETRY_FOR_S = 2.0

#: What a landing did to the pitch groups (see `Landing`).
ADDED, NEW_PITCH, REMOVED = "added", "new pitch", "removed"


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


# Reading the bank index ----------------------------------------------------------------------


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

    def __init__(self, reloader: Reloader) -> None:
        self._reloader = reloader

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            name = os.path.basename(os.fsdecode(raw))
            if name.endswith(".wav") or name.startswith(INDEX_NAME):
                self._reloader.changed(name)


@dataclasses.dataclass(frozen=True)
class Landing:
    """What one look at the index changed, told before the new snapshot is published.

    Attributes:
        generation: The new snapshot's generation.
        neighbours: Its search arrays.
        since: Rows of `neighbours` that were there before (the rest landed).
        kind: ADDED (renders joined known pitch groups), NEW_PITCH (a pitch group
            appeared: any choice of pitch may change) or REMOVED (renders were removed
            and the bank was read anew: no remembered answer may name one).
    """

    generation: int
    neighbours: lookup.Neighbours
    since: int
    kind: str


# The reload thread ----------------------------------------------------------------------------


class Reloader:
    """Keeps `snapshot` current with the bank: watchdog, a slow poll, and `absorb`.

    Args:
        root: The bank folder.
        reader: Its index, read-only.
        spec: The grid spec the served renders are points of.
        space: Its recipe space (coordinates of each render).
        fingerprint: The checkpoint renders must come from to be served.
        n_z: Embedding channels of the bank's model.
        poll_s: Seconds between polls of the index.
    """

    def __init__(
        self,
        *,
        root: Path,
        reader: BankRows,
        spec: GridSpec,
        space: lookup.RecipeSpace,
        fingerprint: str,
        n_z: int,
        poll_s: float,
    ) -> None:
        self.root = root
        self._reader = reader
        self._spec = spec
        self._space = space
        self._fingerprint = fingerprint
        self._n_z = n_z
        self._poll_s = poll_s
        self.snapshot = Snapshot(
            0,
            {},
            {},
            lookup.Neighbours.empty(
                categorical=space.categorical, summary_width=lookup.SUMMARY_SEGMENTS * n_z
            ),
        )
        self._absorb_lock = threading.Lock()
        self._last_rowid = 0
        self._rows_seen = 0
        self._pending_lock = threading.Lock()
        self._pending_wavs: set[str] = set()
        self._reload = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._observer: Any = None
        self._on_landing: Callable[[Landing], None] = lambda landing: None
        self._on_rendered: Callable[[Sequence[str]], None] = lambda keys: None

    def listen(
        self,
        *,
        landing: Callable[[Landing], None],
        rendered: Callable[[Sequence[str]], None],
    ) -> None:
        """Who hears of changes: `landing` before each new snapshot is published (under
        the absorb lock), `rendered` with the new keys after it."""
        self._on_landing = landing
        self._on_rendered = rendered

    def path(self, key: str) -> Path:
        """The WAV of render `key`."""
        return self.root / f"{key}.wav"

    # Reading the index --------------------------------------------------------------------

    def absorb(self) -> None:
        """Makes renders added to the index since the last look servable (any thread)."""
        with self._absorb_lock:
            snapshot = self.snapshot
            if self._reader.count() < self._rows_seen:  # rows were deleted (verify --repair)
                logger.info("renders were removed from the bank; reloading it")
                self._last_rowid = self._rows_seen = 0
                snapshot = Snapshot(
                    snapshot.generation,
                    {},
                    {},
                    lookup.Neighbours.empty(
                        categorical=self._space.categorical,
                        summary_width=snapshot.neighbours.summaries.shape[1],
                    ),
                )
            rows = self._reader.after(self._last_rowid)
            if not rows and snapshot is self.snapshot:
                return
            paths = dict(snapshot.paths)
            pitches = dict(snapshot.pitches)
            keys, row_pitches, points, summaries = [], [], [], []
            for rowid, key, recipe_text, pitch, fp, n_frames, blob in rows:
                self._last_rowid = max(self._last_rowid, rowid)
                self._rows_seen += 1
                if fp != self._fingerprint or key in paths:
                    continue
                coords = lookup.recipe_coords(self._spec, json.loads(recipe_text))
                if coords is None:
                    continue
                z = np.frombuffer(blob, dtype="<f4").reshape(n_frames, self._n_z)
                keys.append(key)
                row_pitches.append(lookup.NO_PITCH if pitch is None else pitch)
                points.append(self._space.vector(coords))
                summaries.append(lookup.summarize(z))
                paths[key] = protocol.encode_string(str(self.path(key)))
                pitches[key] = pitch
            neighbours = snapshot.neighbours
            if keys:
                neighbours = neighbours.extend(
                    keys,
                    row_pitches,
                    np.stack(points).reshape(len(keys), self._space.width),
                    np.stack(summaries),
                )
            generation = self.snapshot.generation + 1
            before = snapshot.neighbours
            if snapshot is not self.snapshot:
                kind = REMOVED
            elif set(neighbours.groups) <= set(before.groups):
                kind = ADDED
            else:
                kind = NEW_PITCH
            self._on_landing(Landing(generation, neighbours, len(before), kind))
            self.snapshot = Snapshot(generation, paths, pitches, neighbours)
        if keys:
            logger.info("%d new renders servable (%d in all)", len(keys), len(paths))
            self._on_rendered(keys)

    def changed(self, name: str) -> None:
        """watchdog: `name` changed in the bank folder (watchdog's thread)."""
        stem = name.removesuffix(".wav")
        if stem != name and stem not in self.snapshot.paths:
            with self._pending_lock:
                self._pending_wavs.add(stem)
        self._reload.set()

    # The thread ---------------------------------------------------------------------------

    def start(self, *, watch: bool) -> None:
        """Starts the reload thread, and watchdog's observer when `watch`."""
        self._thread = threading.Thread(target=self._loop, name="nsynth-reload", daemon=True)
        self._thread.start()
        if not watch:
            return
        from watchdog.observers import Observer

        observer = Observer()
        observer.schedule(
            BankEvents(self), str(self.root), recursive=False,
            event_filter=list(BankEvents.KINDS),
        )  # fmt: skip
        observer.daemon = True
        try:
            observer.start()
            self._observer = observer
        except OSError as e:  # e.g. inotify limits: the poll still finds new renders
            logger.warning("cannot watch %s (%s); polling every %g s", self.root, e,
                           self._poll_s)  # fmt: skip

    def stop(self) -> None:
        """Makes the reload thread end soon (any thread)."""
        self._stop.set()
        self._reload.set()

    def join(self, timeout_s: Callable[[], float]) -> None:
        """Stops the observer and waits for both threads, each at most `timeout_s()`."""
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout_s())
        if self._thread is not None:
            self._thread.join(timeout_s())

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._reload.wait(self._poll_s)
            self._reload.clear()
            deadline = time.monotonic() + RELOAD_RETRY_FOR_S
            while not self._stop.is_set():
                try:
                    self.absorb()
                except (ServerError, OscServerError, PrecomputeError) as e:
                    logger.error("reading new renders failed: %s", e)
                with self._pending_lock:
                    self._pending_wavs.difference_update(self.snapshot.paths)
                    if time.monotonic() > deadline:
                        self._pending_wavs.clear()
                    if not self._pending_wavs:
                        break
                # A WAV is renamed into place before its row commits: look again shortly.
                self._stop.wait(RELOAD_RETRY_S)
