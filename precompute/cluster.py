"""Rendering on a Ray cluster: workers decode, this process alone writes the bank.

`render(spec, model, bank, config, cluster)` is `precompute.render.render` with a
`WorkerPool` as its decoder. Planning, source embeddings, batching, per-point seeds,
post-processing and the bank commits are the local renderer's own; only decoding moves.
Each worker is a Ray actor (`NSynthWorker`) that builds the model once from weights this
process puts in Ray's object store (so workers need neither the checkpoint file nor a
shared folder), reserves one GPU where the cluster has them (else CPU slots), decodes
whole batches with the points' own seeds and returns the audio. This process
post-processes and commits every clip as a local render does, so a bank rendered on a
cluster holds the same keys and the same bytes as one rendered locally.

Faults. A worker that dies (SIGKILL, out of memory, a lost node) loses the batches it
held: the pool starts another worker in its place and hands each lost batch to another
worker, logging every loss and retry; a batch lost more than `batch_retries` times has its
points recorded as failed. A killed driver loses at most the batches in flight: the bank
is committed batch by batch, so running the same command again resumes. A batch's result
is committed once, when it arrives, and `Bank.add` never stores a ready key twice.

Ray is an optional dependency (the `cluster` extra) and is imported only when a cluster
is used. docs/cluster.md says why actors rather than Ray Data.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import importlib.util
import ipaddress
import logging
import math
import os
import re
import socket
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from precompute import render as rendering
from precompute.bank import Bank
from precompute.errors import PrecomputeError
from precompute.grid import GridSpec

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder
    from precompute.model.config import ModelConfig

logger = logging.getLogger(__name__)

#: The project's optional dependency that installs Ray.
EXTRA = "cluster"

#: `ClusterConfig.address` that starts a cluster of this machine alone for the run.
LOCAL = "local"

#: Decode calls a worker holds at once: one decoding and one waiting, so that a worker
#: does not idle while its last result travels to the driver and the next batch to it.
IN_FLIGHT = 2

#: How long connecting to a cluster's address may take (s).
CONNECT_TIMEOUT_S = 10.0

#: Read by Ray when it is imported: "0" makes a cluster that Ray starts listen on loopback
#: only (otherwise it binds the machine's outward address, even for a one-machine cluster).
_LOOPBACK_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"

_MISSING = (
    "rendering on a Ray cluster needs Ray, which is not installed here: "
    f"pip install -e '.[{EXTRA}]'"
)


class ClusterError(PrecomputeError):
    """Ray is missing, the cluster cannot be reached or run workers, or a bad setting."""


@dataclasses.dataclass(frozen=True)
class ClusterConfig:
    """Where and how to decode on Ray (none of it changes what a point sounds like).

    Attributes:
        address: A Ray address as `ray.init` takes it ("auto", "10.0.0.5:6379",
            "ray://head:10001"), or LOCAL: start a cluster of this machine alone,
            listening on 127.0.0.1 only, and stop it when the run ends.
        workers: Workers to start; None: as many as the cluster has room for now.
        cpus_per_worker: CPU slots each worker reserves (Ray's num_cpus), > 0.
        gpus_per_worker: GPUs each worker reserves; None: 1 when the cluster has a GPU,
            else 0 (a CPU worker).
        batch_retries: Times a batch lost with its worker is handed out again before
            its points are recorded as failed, >= 0.
        poll_s: Interval between the workers' progress reports (s), > 0.
    """

    address: str = LOCAL
    workers: int | None = None
    cpus_per_worker: float = 1.0
    gpus_per_worker: float | None = None
    batch_retries: int = 3
    poll_s: float = 1.0

    def __post_init__(self) -> None:
        def number(value: Any) -> bool:
            return isinstance(value, int | float) and not isinstance(value, bool)

        def whole(value: Any, minimum: int) -> bool:
            return isinstance(value, int) and not isinstance(value, bool) and value >= minimum

        if not isinstance(self.address, str) or not self.address.strip():
            raise ClusterError(f"address={self.address!r} must be a Ray address or {LOCAL!r}")
        if self.workers is not None and not whole(self.workers, 1):
            raise ClusterError(f"workers={self.workers!r} must be an integer >= 1 or None")
        if not (number(self.cpus_per_worker) and self.cpus_per_worker > 0):
            raise ClusterError(f"cpus_per_worker={self.cpus_per_worker!r} must be a number > 0")
        if self.gpus_per_worker is not None and not (
            number(self.gpus_per_worker) and self.gpus_per_worker >= 0
        ):
            raise ClusterError(
                f"gpus_per_worker={self.gpus_per_worker!r} must be a number >= 0 or None"
            )
        if not whole(self.batch_retries, 0):
            raise ClusterError(f"batch_retries={self.batch_retries!r} must be an integer >= 0")
        if not (number(self.poll_s) and math.isfinite(self.poll_s) and self.poll_s > 0):
            raise ClusterError(f"poll_s={self.poll_s!r} must be a finite number > 0")


@dataclasses.dataclass(frozen=True)
class Placement:
    """The workers a render starts and what each reserves.

    Attributes:
        n_workers: Workers started.
        n_fit: Workers the cluster had room for when asked.
        cpus_per_worker: CPU slots each reserves.
        gpus_per_worker: GPUs each reserves (0: a CPU worker).
    """

    n_workers: int
    n_fit: int
    cpus_per_worker: float
    gpus_per_worker: float

    def describe(self) -> str:
        """E.g. "2 workers, 1 CPU each" or "8 workers, 1 GPU and 1 CPU each"."""
        each = f"{self.cpus_per_worker:g} CPU"
        if self.gpus_per_worker:
            each = f"{self.gpus_per_worker:g} GPU and {each}"
        return f"{self.n_workers} worker{'s' * (self.n_workers != 1)}, {each} each"


def place_workers(resources: Mapping[str, float], config: ClusterConfig) -> Placement:
    """How many workers to start on a cluster with these resources, and their share.

    Args:
        resources: The cluster's resources as `ray.cluster_resources()` gives them
            ({"CPU": 16.0, "GPU": 4.0, ...}).
        config: The requested workers and their share.

    Returns:
        The placement. More workers than fit may be asked for (an autoscaling cluster
        adds nodes for them); they wait for resources, which is logged.

    Raises:
        ClusterError: Not even one worker fits and no number was asked for.
    """
    cpus, gpus = resources.get("CPU", 0.0), resources.get("GPU", 0.0)
    gpus_each = config.gpus_per_worker
    if gpus_each is None:
        gpus_each = 1.0 if gpus >= 1 else 0.0
    n_fit = int(cpus // config.cpus_per_worker)
    if gpus_each:
        n_fit = min(n_fit, int(gpus // gpus_each))
    n_workers = config.workers or n_fit
    if n_workers == 0:
        raise ClusterError(
            f"the cluster has no room for a worker ({cpus:g} CPUs, {gpus:g} GPUs; a worker "
            f"takes {config.cpus_per_worker:g} CPU and {gpus_each:g} GPU)"
        )
    if n_workers > n_fit:
        logger.warning(
            "%d workers asked for, the cluster has room for %d now: the others wait for resources",
            n_workers,
            n_fit,
        )
    return Placement(n_workers, n_fit, config.cpus_per_worker, gpus_each)


# Ray --------------------------------------------------------------------------------------


def preflight(config: ClusterConfig) -> None:
    """Fails fast, before the model loads: Ray not installed, or nothing listening at the
    cluster's address. Does not import Ray (seconds).

    Raises:
        ClusterError: One line: the extra to install, or the address that did not answer.
    """
    if importlib.util.find_spec("ray") is None:
        raise ClusterError(_MISSING)
    _probe(config.address)


def _host_port(address: str) -> tuple[str, int] | None:
    """("10.0.0.5", 6379) of "10.0.0.5:6379", "ray://[::1]:10001" ...; None for "auto"."""
    match = re.fullmatch(r"(?:ray://)?\[?([^\[\]]+?)\]?:(\d+)", address.strip())
    return (match[1], int(match[2])) if match else None


def _on_loopback(address: str) -> bool:
    """Whether address is LOCAL or on this machine's loopback (127.0.0.0/8, ::1)."""
    if address == LOCAL:
        return True
    where = _host_port(address)
    if where is None:
        return False
    try:
        return ipaddress.ip_address(where[0]).is_loopback
    except ValueError:  # a host name
        return where[0] == "localhost"


def _probe(address: str) -> None:
    """Raises ClusterError unless a TCP connection to a HOST:PORT address succeeds.

    ray.init retries an address where nothing listens for minutes.
    """
    where = _host_port(address)
    if where is None:  # LOCAL, "auto"
        return
    try:
        socket.create_connection(where, timeout=CONNECT_TIMEOUT_S).close()
    except OSError as e:
        raise ClusterError(
            f"cannot connect to the Ray cluster at {address!r}: {e.strerror or e}"
        ) from e


def _import_ray(address: str) -> ModuleType:
    if _on_loopback(address):
        # Ray would rewrite 127.0.0.1 into the machine's outward address (where a
        # loopback cluster does not listen) and bind a cluster it starts there. Read when
        # Ray is imported: it does nothing if Ray was imported before.
        os.environ.setdefault(_LOOPBACK_ENV, "0")
    try:
        import ray
    except ImportError as e:
        raise ClusterError(f"{_MISSING} ({e})") from e
    return ray


@contextlib.contextmanager
def connect(address: str) -> Iterator[ModuleType]:
    """Connects this process to a Ray cluster (or starts a LOCAL one) for the duration.

    Workers get this process's copy of the `precompute` package (Ray's py_modules), so
    every worker decodes with the same code as the driver; they still need the project's
    dependencies (TensorFlow, NumPy) installed.

    Args:
        address: A Ray address or LOCAL (see ClusterConfig.address).

    Yields:
        The `ray` module, connected. Leaving disconnects; the workers this process
        started end, and a LOCAL cluster stops.

    Raises:
        ClusterError: Ray is missing or the cluster cannot be reached.
    """
    ray = _import_ray(address)
    _probe(address)
    new_cluster = {"include_dashboard": False} if address == LOCAL else {}
    try:
        ray.init(
            address=address,
            runtime_env={"py_modules": [str(Path(__file__).resolve().parent)]},
            logging_level=logging.WARNING,
            log_to_driver=False,  # workers' logs stay in the cluster's log folder
            **new_cluster,
        )
    except (ConnectionError, RuntimeError, ValueError) as e:
        raise ClusterError(f"cannot connect to the Ray cluster at {address!r}: {_line(e)}") from e
    try:
        yield ray
    finally:
        ray.shutdown()


def _line(error: BaseException, *, limit: int = 300) -> str:
    """An error's message on one line, cut to limit characters."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _reason(error: BaseException) -> str:
    """Why a worker failed, in one line.

    A worker that failed to start: the last line of its traceback (the exception). One
    that died: Ray's message without its tab-indented details (actor id, namespace...).
    """
    lines = [line for line in str(error).splitlines() if line.strip()]
    if getattr(error, "actor_init_failed", False) and lines:
        return _line(Exception(lines[-1]), limit=200)
    kept = [line for line in lines if not line.startswith("\t")]
    return _line(Exception(" ".join(kept)), limit=200)


# Workers ----------------------------------------------------------------------------------


class NSynthWorker:
    """A Ray actor holding the model; decodes one batch at a time.

    Built once per worker process from the driver's weights (Ray hands them over from its
    object store). Decode calls take turns; `progress` answers from another thread
    meanwhile.

    Args:
        backend: The driver's model's backend (`model.backend`).
        config: The model's shape.
        weights: Variables by magenta name (`model.raw_weights()`).
        fingerprint: The checkpoint's fingerprint.
        options: The driver's model's options (`model.options()`, e.g. TensorFlow's
            `xla`), so batches compile alike.
    """

    def __init__(
        self,
        backend: str,
        config: ModelConfig,
        weights: dict[str, np.ndarray],
        fingerprint: str,
        options: dict[str, Any],
    ) -> None:
        from precompute.model.backends import build_model

        self.model = build_model(backend, config, weights, fingerprint, **options)
        self._lock = threading.Lock()
        self._state = (-1, 0)  # (batch index, samples per stream decoded)

    def describe(self) -> str:
        """Where the worker runs: "pid 1234 on 10.0.0.5, GPU 0" or "... , CPU"."""
        import ray

        gpus = ray.get_gpu_ids()
        device = f"GPU {','.join(map(str, gpus))}" if gpus else "CPU"
        return f"pid {os.getpid()} on {ray.util.get_node_ip_address()}, {device}"

    def decode(
        self, index: int, z: np.ndarray, seeds: Sequence[int], temperature: float
    ) -> tuple[np.ndarray, float]:
        """Decodes one batch as the local renderer does.

        Args:
            index: The batch's index (reported by `progress`).
            z: Embeddings, shape [b, n_frames, n_z] float32.
            seeds: One sampler seed per stream (`render.point_seed`).
            temperature: Sampling temperature.

        Returns:
            (audio [b, n_frames * hop_length] float32, seconds spent decoding).
        """
        with self._lock:
            self._state = (index, 0)

            def advance(samples_done: int, samples_total: int) -> None:
                self._state = (index, samples_done)

            start = time.perf_counter()
            audio = self.model.decode(
                z, seeds=list(seeds), temperature=temperature, progress=advance
            )
            return audio, time.perf_counter() - start

    def progress(self) -> tuple[int, int]:
        """(batch index, samples per stream decoded) of the batch decoding or last done."""
        return self._state


@dataclasses.dataclass
class _Handle:
    """The driver's record of one worker."""

    index: int
    actor: Any  # ray.actor.ActorHandle of an NSynthWorker
    where: str = "starting"
    in_flight: int = 0
    polling: bool = False


class _Workers:
    """The NSynthWorkers of one run: started (asynchronously: each builds the model) from
    the driver's weights, put once in Ray's object store, and replaced when lost.

    Ray does not restart them itself (the pool knows which batches a lost worker held and
    hands them to others), so a lost worker is replaced by the pool, from the same
    weights.
    """

    def __init__(self, ray: ModuleType, model: Autoencoder, placement: Placement) -> None:
        self.ray = ray
        weights = ray.put(model.raw_weights())
        self.args = (model.backend, model.config, weights, model.fingerprint, model.options())
        self.actor_class = ray.remote(NSynthWorker).options(
            num_cpus=placement.cpus_per_worker,
            num_gpus=placement.gpus_per_worker,
            max_restarts=0,
            max_task_retries=0,
            max_concurrency=IN_FLIGHT + 2,  # decode calls, a progress poll, describe
        )
        self.handles = [
            _Handle(i, self.actor_class.remote(*self.args)) for i in range(placement.n_workers)
        ]

    def replace(self, worker: _Handle, actor: Any) -> bool:
        """Starts a new worker in place of `actor` unless that was done already.

        Returns:
            Whether a new worker was started (False: `actor` is no longer the worker's).
        """
        if worker.actor is not actor:
            return False
        self.ray.kill(actor)  # in case it is alive but unreachable
        worker.actor = self.actor_class.remote(*self.args)
        worker.where = "starting"
        return True


def _lost_errors(ray: ModuleType) -> tuple[type[BaseException], ...]:
    """What ray.get raises when a worker, its node or its result is gone."""
    e = ray.exceptions
    return (
        e.RayActorError,
        e.ObjectLostError,
        e.NodeDiedError,
        e.WorkerCrashedError,
        e.OutOfMemoryError,
    )


class WorkerPool:
    """Decodes a render's batches on Ray workers: the `render.Decoder` of a cluster render.

    Connects when it has batches (so a finished bank resumes without a cluster), starts
    the workers, hands out batches in order, at most IN_FLIGHT per worker, and hands each
    result to the renderer as it arrives; disconnects when all are done or on an error.

    Args:
        model: The driver's loaded model (its weights go to the workers).
        config: Where and how to decode.
    """

    max_pending_writes = 4

    def __init__(self, model: Autoencoder, config: ClusterConfig) -> None:
        self.model = model
        self.config = config

    def run(self, batches: Sequence[rendering.Batch], renderer: rendering.Renderer) -> None:
        with connect(self.config.address) as ray:
            resources = ray.cluster_resources()
            placement = place_workers(resources, self.config)
            logger.info(
                "Ray cluster at %s: %g CPUs, %g GPUs; %s",
                self.config.address,
                resources.get("CPU", 0.0),
                resources.get("GPU", 0.0),
                placement.describe(),
            )
            _Dispatch(_Workers(ray, self.model, placement), batches, renderer, self.config).run()


class _Dispatch:
    """One run of the pool: hands out batches, collects results, polls progress."""

    def __init__(
        self,
        workers: _Workers,
        batches: Sequence[rendering.Batch],
        renderer: rendering.Renderer,
        config: ClusterConfig,
    ) -> None:
        self.ray = workers.ray
        self.workers = workers
        self.n_batches = len(batches)
        self.renderer = renderer
        self.config = config
        self.lost = _lost_errors(self.ray)
        self.queue: collections.deque[rendering.Batch] = collections.deque(batches)
        self.losses: dict[int, set[int]] = collections.defaultdict(set)  # batch -> workers
        # ObjectRef of a call -> what it was for; the actor, since a lost worker's calls
        # may end after a new worker took its place.
        self.decoding: dict[Any, tuple[rendering.Batch, _Handle, Any]] = {}
        self.polls: dict[Any, _Handle] = {}
        self.describing: dict[Any, tuple[_Handle, Any]] = {}
        self.counted: dict[int, int] = {}  # batch index -> samples per stream counted
        for worker in workers.handles:
            self._describe(worker)

    def run(self) -> None:
        next_poll = time.monotonic() + self.config.poll_s
        while self.queue or self.decoding:
            self._hand_out()
            refs = [*self.decoding, *self.polls, *self.describing]
            timeout = max(0.0, next_poll - time.monotonic())
            ready, _ = self.ray.wait(refs, num_returns=1, timeout=timeout)
            if ready:  # and whatever else is done by now
                ready, _ = self.ray.wait(refs, num_returns=len(refs), timeout=0)
            for ref in ready:
                if ref in self.decoding:
                    self._decoded(ref)
                elif ref in self.polls:
                    self._polled(ref)
                else:
                    self._described(ref)
            if time.monotonic() >= next_poll:
                self._poll()
                next_poll = time.monotonic() + self.config.poll_s

    def _hand_out(self) -> None:
        """Gives queued batches to workers with a free slot, in queue order.

        A batch lost before goes to a worker it was not lost with, while there is one.
        """
        handles = self.workers.handles
        for batch in list(self.queue):
            free = [w for w in handles if w.in_flight < IN_FLIGHT]
            if not free:
                return
            untried = [w for w in handles if w.index not in self.losses[batch.index]]
            eligible = [w for w in free if w in untried] if untried else free
            if not eligible:
                continue
            worker = min(eligible, key=lambda w: (w.in_flight, w.index))
            ref = worker.actor.decode.remote(
                batch.index, batch.embeddings(), batch.seeds(), batch.temperature
            )
            self.queue.remove(batch)
            self.decoding[ref] = (batch, worker, worker.actor)
            self.counted[batch.index] = 0
            worker.in_flight += 1

    def _decoded(self, ref: Any) -> None:
        batch, worker, actor = self.decoding.pop(ref)
        worker.in_flight -= 1
        try:
            audio, model_s = self.ray.get(ref)
        except self.lost as e:
            self._lost(batch, worker, actor, e)
            return
        except self.ray.exceptions.RayTaskError as e:
            if not isinstance(e.cause, PrecomputeError):
                raise  # a bug, not a bad batch: as a local render, stop
            self._count_rest(batch)
            self.renderer.decode_failed(batch, str(e.cause), model_s=0.0)
            return
        self._count_rest(batch)
        self.renderer.decoded(batch, audio, model_s=model_s)
        logger.debug(
            "batch %d/%d decoded by worker %d (%d renders)",
            batch.index + 1,
            self.n_batches,
            worker.index,
            len(batch),
        )

    def _lost(
        self, batch: rendering.Batch, worker: _Handle, actor: Any, error: BaseException
    ) -> None:
        """A batch's worker died: replaces the worker, hands the batch out again (or fails
        it past the retries)."""
        reason = _reason(error)
        if getattr(error, "actor_init_failed", False):
            raise ClusterError(f"worker {worker.index} could not start: {reason}")
        where = worker.where
        if self.workers.replace(worker, actor):
            logger.warning(
                "worker %d (%s) was lost: %s; starting another", worker.index, where, reason
            )
            self._describe(worker)
        self.losses[batch.index].add(worker.index)
        n_lost = len(self.losses[batch.index])
        counted = self.counted.pop(batch.index) * len(batch)
        what = f"batch {batch.index + 1}/{self.n_batches} ({len(batch)} points)"
        if n_lost > self.config.batch_retries:
            logger.warning("%s was lost %d times: its points fail", what, n_lost)
            self.renderer.progress.skip(len(batch) * batch.n_samples - counted)
            self.renderer.decode_failed(
                batch, f"lost with its worker {n_lost} times: {reason}", model_s=0.0
            )
            return
        logger.warning("%s was lost with worker %d: decoding it again", what, worker.index)
        self.renderer.retry(batch, n_counted=counted)
        self.queue.appendleft(batch)

    def _count_rest(self, batch: rendering.Batch) -> None:
        """Counts the part of a finished batch the progress polls had not seen."""
        done = self.counted.pop(batch.index)
        self.renderer.progress.advance(len(batch) * (batch.n_samples - done))

    def _poll(self) -> None:
        for worker in self.workers.handles:
            if worker.in_flight and not worker.polling:
                self.polls[worker.actor.progress.remote()] = worker
                worker.polling = True

    def _polled(self, ref: Any) -> None:
        worker = self.polls.pop(ref)
        worker.polling = False
        try:
            index, done = self.ray.get(ref)
        except self.lost:
            return  # the batch's own call reports the loss
        in_flight = {b.index: b for b, _, _ in self.decoding.values()}
        if index in in_flight and done > self.counted[index]:
            self.renderer.progress.advance(len(in_flight[index]) * (done - self.counted[index]))
            self.counted[index] = done

    def _describe(self, worker: _Handle) -> None:
        self.describing[worker.actor.describe.remote()] = (worker, worker.actor)

    def _described(self, ref: Any) -> None:
        worker, actor = self.describing.pop(ref)
        try:
            where = self.ray.get(ref)
        except self.lost as e:
            if getattr(e, "actor_init_failed", False):
                raise ClusterError(f"worker {worker.index} could not start: {_reason(e)}") from e
            return  # lost while starting: its batches say so, and it is replaced
        if worker.actor is actor:
            worker.where = where
            logger.info("worker %d ready: %s", worker.index, where)


# Render and estimate ---------------------------------------------------------------------


def render(
    spec: GridSpec,
    model: Autoencoder,
    bank: Bank | None,
    config: rendering.RenderConfig,
    cluster: ClusterConfig,
) -> rendering.RenderReport:
    """`render.render` with the decoding on a Ray cluster (see the module docstring).

    Args:
        spec: A spec loaded with the model's config.
        model: The loaded model: it encodes audio sources here, and its weights go to
            the workers.
        bank: The bank to fill; only this process writes it.
        config: Batching, sharding, limit, dry run (a dry run never connects).
        cluster: Where and how to decode.

    Returns:
        The report; `retried` names the points decoded again after a worker was lost.

    Raises:
        ClusterError: Ray is missing, the cluster cannot be reached, or a worker could
            not start.
        render.RenderError: As `render.render`.
    """
    return rendering.render(spec, model, bank, config, decoder=WorkerPool(model, cluster))


def estimate(
    spec: GridSpec,
    model: Autoencoder,
    cluster: ClusterConfig,
    *,
    calibration_steps: int = 512,
    bank: Bank | None = None,
    config: rendering.RenderConfig | None = None,
) -> tuple[rendering.Estimate, Placement]:
    """`render.estimate` for a render on the cluster.

    The calibration decodes on one worker of the cluster (its device, its speed), and
    the batches are shared between as many workers as the render would start.

    Returns:
        (the estimate, the workers it assumes).

    Raises:
        ClusterError: As `render`.
        render.RenderError: As `render.estimate`.
    """
    with connect(cluster.address) as ray:
        placement = place_workers(ray.cluster_resources(), cluster)
        one = dataclasses.replace(placement, n_workers=1)
        [worker] = _Workers(ray, model, one).handles
        lost = _lost_errors(ray)

        def decode(z: np.ndarray, *, seeds: Sequence[int], temperature: float) -> np.ndarray:
            try:
                audio, _ = ray.get(worker.actor.decode.remote(-1, z, list(seeds), temperature))
            except lost as e:
                raise ClusterError(f"the calibration's worker failed: {_reason(e)}") from e
            return audio

        est = rendering.estimate(
            spec,
            model,
            calibration_steps=calibration_steps,
            bank=bank,
            config=config,
            decode=decode,
            n_workers=placement.n_workers,
        )
    return est, placement
