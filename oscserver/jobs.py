"""Background synthesis: the persistent job queue, and the lock that keeps a bank to one server.

A job is one recipe the bank does not hold, asked for by one or more clients (its
waiters). `JobQueue` keeps the jobs in memory for the server's receive thread (submitting
never touches the disk) and mirrors them into `<bank>/cache/jobs.sqlite` when the jobs
thread (`synthesis.py`) calls `flush`. The queue is

- deduplicated: one job per bank key; a second request for it adds a waiter;
- ordered newest first: a job's priority is the time of its latest request, and
  `next_job` takes the highest;
- bounded: at most `max_queued` jobs wait (queued or running); a request for a new key
  beyond that is refused (`FULL`), a request for a known key is never refused;
- persistent: a restarted server loads the queue; jobs that were running are run again.

Nothing here starts a thread or a process: the jobs thread drives `JobQueue.flush` and
hands jobs to the worker process (`worker.py`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from oscserver.protocol import NO_REQ_ID, OscServerError

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)

#: File of the job queue, inside the bank's cache folder.
JOBS_NAME = "jobs.sqlite"

#: Waiters kept per job (the oldest are dropped beyond this).
MAX_WAITERS = 64

#: How submit() went.
SUBMITTED, JOINED, FULL = "submitted", "joined", "full"

#: Job states. A job given up is deleted; FAILED rows are left by earlier versions only.
QUEUED, RUNNING, FAILED = "queued", "running", "failed"

#: `Waiter.note` of a /nsynth/request waiter (a /nsynth/note waiter holds its pitch).
NO_NOTE = -1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    key      TEXT PRIMARY KEY,
    recipe   TEXT NOT NULL,
    priority REAL NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('queued', 'running', 'failed')),
    attempts INTEGER NOT NULL,
    message  TEXT
);
CREATE TABLE IF NOT EXISTS waiters (
    key    TEXT NOT NULL,
    host   TEXT NOT NULL,
    port   INTEGER NOT NULL,
    req_id INTEGER NOT NULL,
    note   INTEGER NOT NULL,
    PRIMARY KEY (key, host, port, req_id, note)
);
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class JobError(OscServerError):
    """The job store cannot be used, or a job cannot be rendered as asked."""


class Waiter(NamedTuple):
    """A client waiting for a job's sound (a tuple: hashed and compared in C, as the
    receive thread adds one per non-exact answer).

    Attributes:
        host: Client host.
        port: Client's reply port.
        req_id: The /nsynth/request id (NO_REQ_ID for a note).
        note: The /nsynth/note pitch (NO_NOTE for a request).
    """

    host: str
    port: int
    req_id: int = NO_REQ_ID
    note: int = NO_NOTE


@dataclasses.dataclass(frozen=True)
class Job:
    """A job handed to the worker.

    Attributes:
        key: Bank key of the recipe.
        recipe_json: The canonical recipe (canonical JSON).
        attempts: Times it was started before (a killed worker's job is run again).
    """

    key: str
    recipe_json: str
    attempts: int


@dataclasses.dataclass
class _State:
    recipe_json: str
    priority: float
    status: str
    attempts: int
    waiters: dict[Waiter, None]
    message: str | None = None


# The persistent store ------------------------------------------------------------------------


class JobStore:
    """`<bank>/cache/jobs.sqlite`: the queue on disk. Used from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise JobError(f"{path}: cannot open the job queue: {e}") from e

    def close(self) -> None:
        self._conn.close()

    def load(self) -> tuple[dict[str, _State], int]:
        """Every job (running ones back to queued) and the count of jobs done."""
        try:
            rows = self._conn.execute(
                "SELECT key, recipe, priority, status, attempts, message FROM jobs "
                "WHERE status != ?",
                (FAILED,),
            ).fetchall()
            jobs = {
                key: _State(recipe, priority, QUEUED if status == RUNNING else status, attempts,
                            {}, message)
                for key, recipe, priority, status, attempts, message in rows
            }  # fmt: skip
            for key, host, port, req_id, note in self._conn.execute(
                "SELECT key, host, port, req_id, note FROM waiters ORDER BY rowid"
            ):
                if key in jobs:
                    jobs[key].waiters[Waiter(host, port, req_id, note)] = None
            row = self._conn.execute("SELECT value FROM meta WHERE name = 'done'").fetchone()
        except sqlite3.Error as e:
            raise JobError(f"{self.path}: cannot read the job queue: {e}") from e
        return jobs, int(row[0]) if row else 0

    def write(self, changes: _Changes) -> None:
        """Applies one flush's changes in one transaction.

        Raises:
            JobError: The store cannot be written (nothing of this flush is stored).
        """
        try:
            with self._transaction() as conn:
                if changes.everything:
                    conn.execute("DELETE FROM waiters")
                    conn.execute("DELETE FROM jobs")
                gone = [(k,) for k in changes.deleted]
                conn.executemany("DELETE FROM jobs WHERE key = ?", gone)
                conn.executemany("DELETE FROM waiters WHERE key = ?", gone)
                conn.executemany(
                    "DELETE FROM waiters WHERE key = ? AND host = ? AND port = ? AND req_id = ? "
                    "AND note = ?",
                    changes.dropped,
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO jobs (key, recipe, priority, status, attempts, "
                    "message) VALUES (?, ?, ?, ?, ?, ?)",
                    changes.jobs,
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO waiters (key, host, port, req_id, note) "
                    "VALUES (?, ?, ?, ?, ?)",
                    changes.added,
                )
                conn.execute(
                    "INSERT OR REPLACE INTO meta (name, value) VALUES ('done', ?)",
                    (str(changes.done),),
                )
        except sqlite3.Error as e:
            raise JobError(f"{self.path}: cannot write the job queue: {e}") from e

    @contextlib.contextmanager
    def _transaction(self) -> Any:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise


# The queue -----------------------------------------------------------------------------------


@dataclasses.dataclass
class _Changes:
    """What a flush writes: rows as the store's statements take them.

    Attributes:
        everything: Replace the whole store with `jobs` and `added`.
        deleted: Jobs gone (with their waiters).
        dropped: Single waiters gone (key, host, port, req_id, note).
        jobs: Jobs to store (key, recipe, priority, status, attempts, message).
        added: Waiters to store (key, host, port, req_id, note).
        done: Jobs done in all.
    """

    everything: bool = False
    deleted: set[str] = dataclasses.field(default_factory=set)
    dropped: list[tuple[Any, ...]] = dataclasses.field(default_factory=list)
    jobs: list[tuple[Any, ...]] = dataclasses.field(default_factory=list)
    added: list[tuple[Any, ...]] = dataclasses.field(default_factory=list)
    done: int = 0


class JobQueue:
    """The job queue in memory, mirrored to a JobStore by `flush`. Thread-safe.

    Changes are recorded as they happen and `flush` writes only them (a changed job's
    row, waiters added or dropped), so a burst of requests costs the store no more than
    the rows it changes.

    Args:
        store: Where the queue persists; its jobs are loaded now.
        max_queued: Most jobs waiting or running at once, >= 1.
        max_attempts: Times a job is started before a crashing worker gives it up.
    """

    def __init__(self, store: JobStore, *, max_queued: int, max_attempts: int = 3) -> None:
        if max_queued < 1 or max_attempts < 1:
            raise JobError(f"max_queued={max_queued} and max_attempts={max_attempts} must be >= 1")
        self._store = store
        self.max_queued = max_queued
        self.max_attempts = max_attempts
        self._lock = threading.Lock()
        self._jobs, self._done = store.load()
        self._active = len(self._jobs)
        self._running = 0
        self._rewrite = True  # running -> queued must reach the disk
        self._deleted: set[str] = set()
        self._changed: set[str] = set()
        self._added: dict[str, dict[Waiter, None]] = {}  # ordered sets
        self._dropped: dict[str, list[Waiter]] = {}
        self._stored_done = self._done

    def submit(self, key: str, recipe_json: str, waiter: Waiter, *, now_s: float) -> str:
        """Asks for `key` on behalf of `waiter` (memory only; cheap, never blocks on I/O).

        Args:
            key: Bank key of the recipe.
            recipe_json: Its canonical recipe.
            waiter: Who to tell when it is ready.
            now_s: The request's time (Unix s): the job's priority becomes at least this.

        Returns:
            SUBMITTED (a new job), JOINED (the job existed; waiter added, priority raised)
            or FULL (a new job, but max_queued jobs are active; nothing recorded).
        """
        with self._lock:
            state = self._jobs.get(key)
            if state is None:
                if self._active >= self.max_queued:
                    return FULL
                state = _State(recipe_json, now_s, QUEUED, 0, {})
                self._jobs[key] = state
                self._active += 1
                outcome = SUBMITTED
            elif state.priority < now_s:
                state.priority = now_s
                outcome = JOINED
            else:
                outcome = JOINED
            self._changed.add(key)
            if waiter not in state.waiters:
                state.waiters[waiter] = None
                self._added.setdefault(key, {})[waiter] = None
                if len(state.waiters) > MAX_WAITERS:
                    oldest = next(iter(state.waiters))
                    del state.waiters[oldest]
                    added = self._added[key]
                    if oldest in added:
                        del added[oldest]
                    else:
                        self._dropped.setdefault(key, []).append(oldest)
            return outcome

    def next_job(self) -> Job | None:
        """The newest queued job, now marked running; None when none is queued."""
        with self._lock:
            if self._active == self._running:
                return None
            key, state = max(
                ((k, s) for k, s in self._jobs.items() if s.status == QUEUED),
                key=lambda item: item[1].priority,
            )
            state.status = RUNNING
            self._running += 1
            self._changed.add(key)
            return Job(key, state.recipe_json, state.attempts)

    def _forget_changes(self, key: str) -> None:
        self._changed.discard(key)
        self._added.pop(key, None)
        self._dropped.pop(key, None)

    def finished(self, key: str) -> list[Waiter]:
        """`key` is in the bank: drops its job (if any) and returns its waiters."""
        with self._lock:
            state = self._jobs.pop(key, None)
            if state is None:
                return []
            self._active -= 1
            self._done += 1
            self._running -= state.status == RUNNING
            self._forget_changes(key)
            self._deleted.add(key)
            return list(state.waiters)

    def failed(self, key: str, message: str, *, retry: bool) -> list[Waiter]:
        """A run of `key` failed.

        Args:
            key: The job.
            message: Why.
            retry: Queue it again unless it was started max_attempts times (a crashed
                worker); False gives it up at once (the recipe itself failed).

        Returns:
            The waiters when the job is given up (to be told), else [].
        """
        with self._lock:
            state = self._jobs.get(key)
            if state is None:
                return []
            self._running -= state.status == RUNNING
            state.attempts += 1
            state.message = message
            self._changed.add(key)
            if retry and state.attempts < self.max_attempts:
                state.status = QUEUED
                return []
            del self._jobs[key]  # the log and the waiters' errors say why; asking again retries
            self._active -= 1
            self._forget_changes(key)
            self._deleted.add(key)
            return list(state.waiters)

    def keys(self) -> list[str]:
        """Keys of the jobs waiting or running."""
        with self._lock:
            return list(self._jobs)

    def counts(self) -> tuple[int, int, int]:
        """(queued, running, done since the queue was created)."""
        with self._lock:
            return self._active - self._running, self._running, self._done

    def flush(self) -> None:
        """Writes what changed since the last flush to the store.

        Raises:
            JobError: The store cannot be written; the next flush rewrites everything.
        """

        def row(key: str, s: _State) -> tuple[Any, ...]:
            return (key, s.recipe_json, s.priority, s.status, s.attempts, s.message)

        with self._lock:
            changes = _Changes(everything=self._rewrite, done=self._done)
            if self._rewrite:
                changes.jobs = [row(k, s) for k, s in self._jobs.items()]
                changes.added = [
                    (k, w.host, w.port, w.req_id, w.note)
                    for k, s in self._jobs.items()
                    for w in s.waiters
                ]
            elif not (self._changed or self._deleted or self._done != self._stored_done):
                return
            else:
                changes.deleted = set(self._deleted)
                changes.dropped = [
                    (k, w.host, w.port, w.req_id, w.note)
                    for k, ws in self._dropped.items()
                    for w in ws
                ]
                changes.jobs = [row(k, self._jobs[k]) for k in self._changed]
                changes.added = [
                    (k, w.host, w.port, w.req_id, w.note)
                    for k, ws in self._added.items()
                    for w in ws
                ]
            self._rewrite = False
            self._deleted, self._changed = set(), set()
            self._added, self._dropped = {}, {}
        try:
            self._store.write(changes)
        except JobError:
            with self._lock:
                self._rewrite = True
            raise
        self._stored_done = changes.done


def lock_bank_cache(cache: Path) -> IO[str]:
    """Takes the cache folder's lock (one server per bank); keep the file open to hold it.

    Raises:
        JobError: Another process holds it (its pid is in the message).
    """
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / "server.lock"
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held for the server's life)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise JobError(f"another nsynth-server (pid {holder}) serves this bank ({path})") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle
