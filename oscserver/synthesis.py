"""Background synthesis: the jobs thread, which drives the job queue and the worker.

The jobs thread (`Synthesis.start`) owns the worker process (`worker.WorkerProcess`, the
only process that loads the model) and its life cycle: it starts it, hands it the
newest queued job whenever it is idle, reads its events, restarts it after a crash with
a doubling back-off (a job it died on is retried, then given up after `max_attempts`),
mirrors the queue to `<bank>/cache/jobs.sqlite` at least every FLUSH_EVERY_S, and tells
waiting clients when their sound is ready (`/nsynth/ready`, `/nsynth/voice/ready`) or
failed. The receive loop and the answer thread submit jobs (`jobs.JobQueue.submit`,
memory only) and `wake` this thread; nothing here runs in the receive loop.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from oscserver import lookup, protocol
from oscserver.jobs import NO_NOTE, JobError, JobQueue, Waiter
from oscserver.reload import Reloader
from oscserver.replies import Outbox
from oscserver.worker import WorkerProcess

logger = logging.getLogger(__name__)

#: The jobs thread's idle wake-up, which also bounds how late the queue reaches the disk (s).
FLUSH_EVERY_S = 0.5

#: Worker restart delay after a crash: doubles from the first to the last (s).
WORKER_BACKOFF_S = (0.2, 30.0)

#: Worker states reported by /nsynth/status and /nsynth/worker.
OFF, STARTING, IDLE, RENDERING, RESTARTING = "off", "starting", "idle", "rendering", "restarting"


class Synthesis:
    """The jobs thread and the worker it runs.

    Args:
        jobs: The job queue.
        outbox: Where replies to waiting clients go.
        reloader: The bank as served: absorbed when the worker finishes a render.
        start_worker: Starts a worker process (None: no background synthesis; the
            queue is kept, and flushed, all the same).
    """

    def __init__(
        self,
        *,
        jobs: JobQueue,
        outbox: Outbox,
        reloader: Reloader,
        start_worker: Callable[[], WorkerProcess] | None,
    ) -> None:
        self._jobs = jobs
        self._outbox = outbox
        self._reloader = reloader
        self._start = start_worker
        self._worker: WorkerProcess | None = None
        self._current: str | None = None
        self.restarts = 0
        self.state = STARTING if start_worker is not None else OFF
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)

    @property
    def worker_pid(self) -> int:
        """The worker's pid; -1 when none runs."""
        worker = self._worker
        return worker.pid if worker is not None else -1

    def wake(self) -> None:
        """Makes the jobs thread look at the queue now (any thread; never blocks)."""
        with contextlib.suppress(OSError):
            self._wake_w.send(b"!")

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="nsynth-jobs", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Makes the jobs thread end soon (any thread)."""
        self._stop.set()
        self.wake()

    def close(self, timeout_s: float = 0.0) -> None:
        """Waits for the thread (at most timeout_s), stops the worker, flushes the queue
        (once: later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self._thread.join(timeout_s)
        if self._worker is not None:
            status = self._worker.stop(timeout_s=1.0)
            logger.info("worker %d stopped (status %s)", self._worker.pid, status)
            self._worker = None
        try:
            self._jobs.flush()
        except JobError as e:
            logger.error("%s", e)
        self._wake_r.close()
        self._wake_w.close()

    # Telling waiting clients --------------------------------------------------------------

    def rendered(self, keys: Sequence[str]) -> None:
        """Renders `keys` became servable: tells whoever waited for them."""
        for key in keys:
            self._notify_ready(key, self._jobs.finished(key))

    def _notify_ready(self, key: str, waiters: Sequence[Waiter]) -> None:
        path = str(self._reloader.path(key))
        pitch = self._reloader.snapshot.pitches.get(key)
        for waiter in waiters:
            if waiter.note == NO_NOTE:
                reply = protocol.ready(waiter.req_id, path)
            else:
                reply = protocol.voice_ready(
                    waiter.note, path, lookup.repitch_rate(waiter.note, pitch)
                )
            self._outbox.send(reply.encode(), (waiter.host, waiter.port))

    def _notify_failed(self, key: str, message: str, waiters: Sequence[Waiter]) -> None:
        for waiter in waiters:
            what = "" if waiter.note == NO_NOTE else f"note {waiter.note}: "
            reply = protocol.error(
                waiter.req_id, protocol.RENDER_FAILED, f"{what}synthesis of {key} failed: {message}"
            )
            self._outbox.send(reply.encode(), (waiter.host, waiter.port))
        if waiters:
            logger.warning("gave up %s: %s (%d clients told)", key, message, len(waiters))

    # The thread ---------------------------------------------------------------------------

    def _loop(self) -> None:
        backoff_s = WORKER_BACKOFF_S[0]
        restart_at = 0.0
        while not self._stop.is_set():
            try:
                restart_at, backoff_s = self._step(restart_at, backoff_s)
            except Exception as e:  # logged; the loop goes on (the bank may be back soon)
                if self._stop.is_set():  # sockets closed during shutdown
                    return
                logger.error("jobs thread: %s: %s", type(e).__name__, e,
                             exc_info=logger.isEnabledFor(logging.DEBUG))  # fmt: skip
                self._stop.wait(FLUSH_EVERY_S)

    def _step(self, restart_at: float, backoff_s: float) -> tuple[float, float]:
        """One turn of the jobs thread: (re)start the worker, hand it a job, flush the
        queue, wait for an event. Returns the next restart time and restart delay."""
        enabled = self._start is not None
        now = time.monotonic()
        if enabled and self._worker is None and now >= restart_at:
            if not self._start_worker():
                return now + backoff_s, min(2 * backoff_s, WORKER_BACKOFF_S[1])
        if self._worker is not None and self.state == IDLE:
            job = self._jobs.next_job()
            if job is not None:
                self._current = job.key
                self.state = RENDERING
                self._worker.send({"op": "render", "key": job.key, "recipe": job.recipe_json})
        try:
            self._jobs.flush()
        except JobError as e:
            logger.error("%s", e)
        timeout = FLUSH_EVERY_S
        if enabled and self._worker is None:
            timeout = max(0.0, min(timeout, restart_at - now))
        waiting: list[Any] = [self._wake_r]
        if self._worker is not None:
            waiting.append(self._worker)
        readable, _, _ = select.select(waiting, [], [], timeout)
        if self._wake_r in readable:
            with contextlib.suppress(OSError):
                self._wake_r.recv(4096)
        if self._worker is None or self._worker not in readable:
            return restart_at, backoff_s
        events = self._worker.events()
        if events is None:
            self._worker_died(backoff_s)
            return time.monotonic() + backoff_s, min(2 * backoff_s, WORKER_BACKOFF_S[1])
        for event in events:
            if self._on_worker_event(event):
                backoff_s = WORKER_BACKOFF_S[0]
        return restart_at, backoff_s

    def _start_worker(self) -> bool:
        """Starts a worker process; False (logged) when it cannot be started."""
        assert self._start is not None  # called only when enabled
        try:
            self._worker = self._start()
        except OSError as e:
            logger.error("cannot start the worker: %s", e)
            self.state = RESTARTING
            return False
        self.state = STARTING
        logger.info("worker %d starting", self._worker.pid)
        return True

    def _on_worker_event(self, event: Mapping[str, Any]) -> bool:
        """Handles one worker event; True when a render succeeded."""
        kind = event.get("event")
        if kind == "ready":
            self.state = IDLE
            logger.info("worker %d ready", self.worker_pid)
        elif kind == "done":
            key = str(event.get("key"))
            self._current = None
            self.state = IDLE
            self._reloader.absorb()
            waiters = self._jobs.finished(key)  # when the render was not new to the index
            self._notify_ready(key, waiters)
            return True
        elif kind == "failed":
            key, message = str(event.get("key")), str(event.get("message"))
            self._current = None
            self.state = IDLE
            self._notify_failed(key, message, self._jobs.failed(key, message, retry=False))
        elif kind == "fatal":
            logger.error("worker cannot start: %s", event.get("message"))
        elif kind != "started":
            logger.warning("unknown worker event %r", event)
        return False

    def _worker_died(self, backoff_s: float) -> None:
        worker = self._worker
        assert worker is not None
        status = worker.stop(timeout_s=1.0)  # reaps it and closes its pipes
        self._worker = None
        self.restarts += 1
        self.state = RESTARTING
        logger.warning(
            "worker %d exited (status %s)%s; restarting in %.1f s",
            worker.pid,
            status,
            f" while rendering {self._current}" if self._current else "",
            backoff_s,
        )
        if self._current is not None:
            key, self._current = self._current, None
            message = f"the worker exited with status {status} while rendering it"
            self._notify_failed(key, message, self._jobs.failed(key, message, retry=True))
