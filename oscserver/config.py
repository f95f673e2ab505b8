"""`nsynth-server`'s configuration: what it is told, checked before anything starts."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from oscserver.protocol import OscServerError
from precompute.model.backends import BACKENDS, DEFAULT_BACKEND

#: Where the server listens and where replies go by default (PROTOCOL.md).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7770
DEFAULT_REPLY_PORT = 7771

#: Answer policies and distance metrics (see lookup.py).
ANSWERS = ("auto", "nearest", "blend")
METRICS = ("recipe", "embedding")


class ServerError(OscServerError):
    """The server cannot start with what it was given (bank, spec, checkpoint, address)."""


@dataclasses.dataclass(frozen=True)
class ServerConfig:
    """Everything `nsynth-server` is told; see `build_parser` for each option's meaning.

    Attributes:
        bank: The bank directory (must exist).
        spec: The grid spec its renders come from (None: the one the bank names, that
            `nsynth-precompute render` recorded).
        checkpoint: Checkpoint the keys (and background renders) use; None takes the
            spec's [render] checkpoint, else the one fingerprint all renders share
            (then nothing is synthesized in the background).
        use_ema: The checkpoint's EMA weights are meant (part of the fingerprint).
        backend: Framework the background worker runs the model on (`--backend`).
        temperature: Sampling temperature override, as `nsynth-precompute --temperature`.
        host: Address to listen on; a non-loopback one must be asked for.
        port: UDP port to listen on (0: any free port, logged).
        reply_port: Where replies go for clients that did not say /nsynth/hello.
        metric: Neighbour distance: "recipe" or "embedding" (lookup.py).
        answer: "auto" (nearest or blend, lookup.blend_weights), "nearest" or "blend".
        neighbours: Renders considered for a blend, >= 1.
        snap: Weight from which the nearest render is served alone, in (0, 1].
        queue_size: Most background jobs waiting or running.
        worker: Run the background worker.
        worker_nice: Niceness added to the worker process.
        worker_idle: Run the worker under SCHED_IDLE (Linux): a request preempts a render
            at once.
        max_attempts: Starts of one job before a crashing worker gives it up.
        client_rate: Messages per second one client may send (also its burst).
        watch: Watch the bank folder with watchdog (a poll runs anyway).
        poll_s: Seconds between polls of the bank index.
        blend_cache_mb: Disk the blend files may take (MB); the least recently served
            are deleted beyond it.
        gc_every_s: `main` collects garbage cycles by hand this often (collector.py);
            0 leaves it to Python (at random moments, in the receive loop too).
        knob_map: The knob map (knobs.json) `/nsynth/knobmap` answers from; None: the
            bank's knobs.json, else the one beside the spec, else none.
    """

    bank: Path
    spec: Path | None = None
    checkpoint: Path | None = None
    use_ema: bool = False
    backend: str = DEFAULT_BACKEND
    temperature: float | None = None
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    reply_port: int = DEFAULT_REPLY_PORT
    metric: str = "recipe"
    answer: str = "auto"
    neighbours: int = 4
    snap: float = 0.75
    queue_size: int = 256
    worker: bool = True
    worker_nice: int = 10
    worker_idle: bool = True
    max_attempts: int = 3
    client_rate: float = 20000.0
    watch: bool = True
    poll_s: float = 2.0
    blend_cache_mb: float = 512.0
    gc_every_s: float = 0.25
    knob_map: Path | None = None

    def __post_init__(self) -> None:
        checks = [
            (self.backend in BACKENDS, f"backend={self.backend!r}; known: {list(BACKENDS)}"),
            (self.metric in METRICS, f"metric={self.metric!r}; known: {list(METRICS)}"),
            (self.answer in ANSWERS, f"answer={self.answer!r}; known: {list(ANSWERS)}"),
            (self.neighbours >= 1, f"neighbours={self.neighbours} must be >= 1"),
            (0 < self.snap <= 1, f"snap={self.snap} must be in (0, 1]"),
            (self.queue_size >= 1, f"queue_size={self.queue_size} must be >= 1"),
            (self.max_attempts >= 1, f"max_attempts={self.max_attempts} must be >= 1"),
            (self.client_rate > 0, f"client_rate={self.client_rate} must be > 0"),
            (self.poll_s > 0, f"poll_s={self.poll_s} must be > 0"),
            (self.blend_cache_mb > 0, f"blend_cache_mb={self.blend_cache_mb} must be > 0"),
            (self.gc_every_s >= 0, f"gc_every_s={self.gc_every_s} must be >= 0"),
            (
                self.temperature is None
                or (math.isfinite(self.temperature) and self.temperature > 0),
                f"temperature={self.temperature} must be finite and > 0",
            ),
            (0 <= self.port <= 65535, f"port={self.port} must be in [0, 65535]"),
            (1 <= self.reply_port <= 65535, f"reply_port={self.reply_port} must be in [1, 65535]"),
        ]
        for ok, message in checks:
            if not ok:
                raise ServerError(message)
