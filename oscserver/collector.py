"""Garbage collection at the server's pace instead of the allocator's.

CPython collects garbage cycles whenever allocations outrun deallocations by a threshold,
in whichever thread allocated last, holding the GIL throughout. In `nsynth-server` that
means a datagram waits behind a collection at random: 0.2-2 ms for the young
generations, 7-25 ms for a full one, which walks the ~30,000 objects of the imports and
the bank (measured with `gc.callbacks` over `bench/osc_latency.py`, 5 s per phase).

`Collector` replaces that for the life of the process: it freezes the heap as it stands
once the server is set up (`gc.freeze`: those objects are never walked again), turns
automatic collection off, and every `every_s` collects what was allocated since its last
turn and freezes the survivors. A turn walks only one period's new objects, so the
pauses are short and few, and they come at a known pace.

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
    """Collects garbage cycles every `every_s` seconds from its own thread (module doc).

    A process-wide policy: use it in a process that is a server and nothing else, as a
    context manager around the serving. On exit it unfreezes the heap and restores
    automatic collection as it found it.
    """

    def __init__(self, every_s: float) -> None:
        if not every_s > 0:
            raise ValueError(f"every_s={every_s} must be > 0")
        self.every_s = every_s
        self.turns = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._was_enabled = gc.isenabled()

    def __enter__(self) -> Collector:
        self._was_enabled = gc.isenabled()
        gc.disable()
        gc.collect()
        gc.freeze()
        logger.debug("heap frozen: %d objects", gc.get_freeze_count())
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

    def turn(self) -> tuple[int, float]:
        """Collects what the last period left and freezes the survivors.

        Returns:
            (objects found unreachable, seconds the collection took).
        """
        start = time.perf_counter()
        found = gc.collect()
        gc.freeze()
        self.turns += 1
        return found, time.perf_counter() - start

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            found, seconds = self.turn()
            if found:
                logger.debug("gc: %d unreachable objects freed in %.2f ms", found, 1e3 * seconds)
