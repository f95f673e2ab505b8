"""The answers the server remembers, and which of them new renders changed.

Written by the answer thread (answers it finds) and the thread that absorbs new renders
(`landed`, `invalidate`); read by the receive loop without a lock (`get`, `current`).
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Generic, TypeVar

import numpy as np

from oscserver import lookup

#: What is remembered: the answers module's `Answer`.
A = TypeVar("A")


@dataclasses.dataclass(frozen=True)
class Probe:
    """How a stand-in answer was found, to tell whether new renders change it.

    Attributes:
        query: The search vector (recipe space or embedding summary).
        group: The pitch group searched.
        radius: Distance of the farthest neighbour found (inf: fewer than asked for).
    """

    query: np.ndarray
    group: int
    radius: float


MemoKey = tuple[str, int | None]  # (recipe key, requested pitch)


class AnswerMemo(Generic[A]):
    """Answers remembered per (recipe key, requested pitch), and which are still current.

    An answer is current from the snapshot it was found in until a render lands that
    changes it. A landing checks every current stand-in at once, as one array search
    over their probes, and marks only the changed ones stale, so its Python cost grows
    with what changed, not with how many answers are remembered (the receive loop waits
    for the GIL while it runs). Stale answers are still returned by `get` (their files
    exist) so that a caller can serve one while the answer thread finds the new one.

    Entries are (stamp, answer, probe, row): stamp is the generation the answer was
    found in (STALE once a landing changed it); row is its probe's row (-1: none).
    `get` takes no lock (a dict lookup); the writers hold `_lock`.
    """

    STALE = -1

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._lock = threading.Lock()
        self._entries: dict[MemoKey, tuple[int, A, Probe | None, int]] = {}
        self._floor = 0  # stamps below it are stale (raised when every answer is)
        self._checked = 0  # the last generation whose landing was applied
        self._reset_rows()

    def _reset_rows(self) -> None:
        self._row_keys: list[MemoKey] = []
        self._alive = bytearray()
        self._queries = np.zeros((0, 0), dtype=np.float64)  # consolidated rows
        self._groups = np.zeros(0, dtype=np.int64)
        self._radii = np.zeros(0, dtype=np.float64)
        self._pending: list[Probe] = []  # rows added since the last landing

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: MemoKey) -> tuple[int, A, Probe | None, int] | None:
        return self._entries.get(key)

    def current(self, entry: tuple[int, A, Probe | None, int]) -> bool:
        return entry[0] >= self._floor

    def put(self, key: MemoKey, generation: int, answer: A, probe: Probe | None) -> None:
        """Remembers `answer`, found in snapshot `generation`; stale at once if a render
        has landed since (the landing could not check it)."""
        with self._lock:
            if len(self._entries) >= self._capacity:
                self._entries.clear()
                self._reset_rows()
            old = self._entries.get(key)
            if old is not None and old[3] >= 0 and old[0] >= self._floor:
                self._alive[old[3]] = 0
            if generation < max(self._checked, self._floor):
                self._entries[key] = (self.STALE, answer, probe, -1)
                return
            row = -1
            if probe is not None:
                row = len(self._row_keys)
                self._row_keys.append(key)
                self._alive.append(1)
                self._pending.append(probe)
            self._entries[key] = (generation, answer, probe, row)

    def landed(
        self, neighbours: lookup.Neighbours, *, since: int, generation: int, embedding: bool
    ) -> None:
        """Renders from row `since` of `neighbours` landed (snapshot `generation`): marks
        the stand-ins they change as stale (one of them is now nearer than the
        neighbours a stand-in was made of; a stand-in for a recipe now rendered is
        caught by `answers.Answerer.answer`)."""
        with self._lock:
            self._checked = generation
            if self._pending:
                added = self._pending
                queries = np.stack([p.query for p in added])
                if len(self._queries):
                    queries = np.concatenate([self._queries, queries])
                self._queries = queries
                self._groups = np.concatenate([self._groups, [p.group for p in added]])
                self._radii = np.concatenate([self._radii, [p.radius for p in added]])
                self._pending = []
            rows = np.flatnonzero(np.frombuffer(self._alive, dtype=np.uint8))
            if not len(rows) or len(neighbours) == since:
                return
            moved = neighbours.moved_closer(
                self._queries[rows],
                groups=self._groups[rows],
                radii=self._radii[rows],
                since=since,
                embedding=embedding,
            )
            for row in rows[moved].tolist():
                key = self._row_keys[row]
                _, answer, probe, _ = self._entries[key]
                self._entries[key] = (self.STALE, answer, probe, -1)
                self._alive[row] = 0
            if len(self._row_keys) > 4 * max(len(rows) - int(moved.sum()), 1024):
                self._compact()

    def _compact(self) -> None:
        """Drops dead rows (answers replaced or made stale since they were added)."""
        keep = np.flatnonzero(np.frombuffer(self._alive, dtype=np.uint8))
        keys = [self._row_keys[i] for i in keep.tolist()]
        queries, groups, radii = self._queries[keep], self._groups[keep], self._radii[keep]
        self._reset_rows()
        self._queries, self._groups, self._radii = queries, groups, radii
        self._row_keys = keys
        self._alive = bytearray(b"\1" * len(keys))
        for row, key in enumerate(keys):
            stamp, answer, probe, _ = self._entries[key]
            self._entries[key] = (stamp, answer, probe, row)

    def invalidate(self, generation: int, *, forget: bool = False) -> None:
        """Makes every answer stale (a new pitch group may change any choice of pitch);
        `forget` also drops them (renders were removed: no answer may name one)."""
        with self._lock:
            self._floor = self._checked = generation
            if forget:
                self._entries.clear()
            self._reset_rows()
