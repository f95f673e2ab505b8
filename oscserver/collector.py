"""Garbage collection at the server's pace instead of the allocator's.

CPython collects garbage cycles whenever allocations outrun deallocations by a threshold,
in whichever thread allocated last, holding the GIL throughout. In `nsynth-server` that
means a datagram waits behind a collection at random: 0.2-9 ms for the young
generations, 7-62 ms for a full one, which walks the ~30,000 objects of the imports and
the bank (measured with `gc.callbacks` over `bench/osc_latency.py` runs).

`Collector` replaces that for the life of the process: it freezes the heap as it stands
once the server is set up (`gc.freeze`: those objects are never walked again), turns
automatic collection off, and every `every_s` collects what was allocated since its last
turn and freezes the survivors. A turn walks only one period's new objects, so the
pauses are short and few, and they come at a known pace.
With `every_s` 0 it leaves collection to Python. Either way it times every collection
and logs their count, the longest and the total when the server stops.

The price: a cycle that runs through an object frozen earlier is never freed. Serving
makes none (no cyclic garbage was found in a whole bench run, startup aside), and
everything acyclic is still freed by reference counting the moment it is dropped.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

logger = logging.getLogger(__name__)


class Collector:
    """The server process's garbage collection (module doc), timed.

    A process-wide policy: use it, as a context manager around the serving, in a process
    that is a server and nothing else. On exit it restores Python's collection as it
    found it and logs how long collections held the process: their count, the longest
    and the total.

    Args:
        every_s: Collect every this many seconds from a thread of its own; 0 leaves
            collection to Python (and only times it).
    """

    def __init__(self, every_s: float) -> None:
        if not every_s >= 0:
            raise ValueError(f"every_s={every_s} must be >= 0")
        self.every_s = every_s
        self.collections = 0
        self.longest_s = 0.0
        self.total_s = 0.0
        self._started = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._was_enabled = gc.isenabled()

    def __enter__(self) -> Collector:
        if self.every_s:
            self._was_enabled = gc.isenabled()
            gc.disable()
            gc.collect()  # the start-up heap: not counted (nothing is served yet)
            gc.freeze()
            logger.debug("heap frozen: %d objects", gc.get_freeze_count())
        gc.callbacks.append(self._timed)
        if self.every_s:
            self._thread = threading.Thread(target=self._loop, name="nsynth-gc", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            gc.unfreeze()
            if self._was_enabled:
                gc.enable()
        gc.callbacks.remove(self._timed)
        logger.info(
            "garbage collection (%s): %d collections, longest %.1f ms, %.0f ms in all",
            f"every {self.every_s:g} s" if self.every_s else "Python's own",
            self.collections,
            1e3 * self.longest_s,
            1e3 * self.total_s,
        )

    def turn(self) -> int:
        """Collects what the last period left and freezes the survivors; returns the
        number of unreachable objects found."""
        found = gc.collect()
        gc.freeze()
        return found

    def _timed(self, phase: str, info: dict[str, int]) -> None:
        # gc.callbacks: called in the collecting thread, under the GIL, around each
        # collection, Python's and ours alike.
        if phase == "start":
            self._started = time.perf_counter()
            return
        seconds = time.perf_counter() - self._started
        self.collections += 1
        self.total_s += seconds
        self.longest_s = max(self.longest_s, seconds)

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            found = self.turn()
            if found:
                logger.debug("gc: %d unreachable objects freed", found)
