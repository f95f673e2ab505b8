"""The batch renderer: a grid spec -> renders in a sample bank.

`render` expands a spec into points (`grid.expand`), keeps one shard, skips the points
already ready in the bank (so a re-run resumes), encodes the audio sources with the model,
builds every point's embedding (`grid.recipe_embedding`), decodes points of equal length in
batches, post-processes each clip (`audio_post`: fades, then peak normalisation) and stores
it in the bank as soon as its batch ends, on a writer thread while the next batch decodes.
Bank writes are atomic, so Ctrl-C loses at most the batch being decoded (the write under
way is finished first) and SIGKILL at most that and the unwritten rest of one batch.

Each point is decoded with its own seed (`point_seed`, from the recipe's seed and the key),
and the model draws each stream's noise from its own seed, so a point sounds the same
whatever batch, shard or machine renders it. A point that fails (an unreadable source, a
bad edit, a write error) is recorded in the bank as failed, logged in one line, and the
run goes on; a re-run tries it again.

Decoding is the one step a `Decoder` may take elsewhere: `render` decodes in this process
(`LocalDecoder`) unless given another (`precompute.cluster.WorkerPool` decodes on a Ray
cluster). Planning, embeddings, batching, seeds, post-processing and bank commits stay
here, so a point renders to the same bytes whichever decoder decoded it.

`estimate` predicts what a render will cost: points, audio seconds, disk bytes, and time
from a short calibration decode at the chosen batch size.
"""

from __future__ import annotations

import collections
import concurrent.futures
import dataclasses
import hashlib
import heapq
import logging
import math
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import numpy as np
from tqdm import tqdm

from precompute import audio_io, audio_post, grid
from precompute.bank import SAMPLE_FORMATS, Bank
from precompute.errors import PrecomputeError
from precompute.grid import GridSpec, Point

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder
    from precompute.model.config import ModelConfig

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


class RenderError(PrecomputeError):
    """A render setting is invalid, or the spec, model and bank do not fit together."""


@dataclasses.dataclass(frozen=True)
class RenderConfig:
    """How to run a render (none of it changes what a point sounds like).

    Attributes:
        batch_size: Renders decoded together; None takes the spec's [render] batch_size.
        shard_index: Which shard this run renders, in [0, shard_count).
        shard_count: Machines (or runs) the grid is split between (`grid.shard`).
        limit: Render at most this many points (after sharding and resuming); None: all.
        dry_run: Plan only: decode nothing and write nothing.
        repair: Before rendering, remove what a killed run left in the bank (stale temp
            files, orphan WAVs; `Bank.verify(repair=True)`). Turn it off while another
            host writes the same bank directory.
        progress: Show a progress bar on stderr (only when stderr is a terminal).
    """

    batch_size: int | None = None
    shard_index: int = 0
    shard_count: int = 1
    limit: int | None = None
    dry_run: bool = False
    repair: bool = True
    progress: bool = True

    def __post_init__(self) -> None:
        def whole(value: Any) -> bool:
            return isinstance(value, int) and not isinstance(value, bool)

        if self.batch_size is not None and not (whole(self.batch_size) and self.batch_size >= 1):
            raise RenderError(f"batch_size={self.batch_size!r} must be an integer >= 1")
        if not (whole(self.shard_count) and self.shard_count >= 1):
            raise RenderError(f"shard_count={self.shard_count!r} must be an integer >= 1")
        if not (whole(self.shard_index) and 0 <= self.shard_index < self.shard_count):
            raise RenderError(
                f"shard_index={self.shard_index!r} must be an integer in [0, {self.shard_count})"
            )
        if self.limit is not None and not (whole(self.limit) and self.limit >= 0):
            raise RenderError(f"limit={self.limit!r} must be an integer >= 0")


@dataclasses.dataclass(frozen=True)
class Plan:
    """What a render will do.

    Attributes:
        n_points: Distinct points of the grid.
        n_in_shard: Points of this run's shard.
        n_ready: Points of the shard already ready in the bank (skipped).
        points: Points to render, in grid order (after `limit`).
        batch_size: Renders decoded together.
    """

    n_points: int
    n_in_shard: int
    n_ready: int
    points: tuple[Point, ...]
    batch_size: int


@dataclasses.dataclass(frozen=True)
class RenderReport:
    """What a render did.

    Attributes:
        plan: The plan it carried out.
        rendered: Keys stored in the bank, in order.
        failed: Keys recorded as failed.
        n_samples: Audio samples decoded, summed over every stream (16 kHz samples).
        model_s: Time spent inside the model's encode and decode (s); on a cluster, the
            workers' decoding summed over workers.
        elapsed_s: Wall time of the whole render (s).
        retried: Keys of points decoded again because the worker decoding them was lost
            (a cluster render; each key once however often it was retried).
    """

    plan: Plan
    rendered: tuple[str, ...]
    failed: tuple[str, ...]
    n_samples: int
    model_s: float
    elapsed_s: float
    retried: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Estimate:
    """Predicted cost of a render.

    Attributes:
        plan: The plan the estimate is for.
        audio_s: Audio to render, summed over points (s).
        disk_bytes: WAV files plus their embeddings in the index (bytes).
        n_batches: Decode batches.
        step_s: Measured time of one decode step of a whole batch (s per sample).
        time_s: Predicted decode time (s): each batch takes its samples per render *
            step_s, and n_workers decode batches side by side (`schedule_s`); 0 when
            there is nothing to render.
        n_workers: Decoders the time is predicted for (1: this process).
    """

    plan: Plan
    audio_s: float
    disk_bytes: int
    n_batches: int
    step_s: float
    time_s: float
    n_workers: int = 1


@dataclasses.dataclass(frozen=True)
class _Job:
    """A point ready to decode: its recipe's render settings and its embedding."""

    point: Point
    settings: dict[str, Any]  # recipe["render"]
    embedding: np.ndarray  # [n_frames, n_z]


@dataclasses.dataclass(frozen=True)
class Batch:
    """Renders decoded in one model call: all of one length and temperature.

    Attributes:
        index: Position in the render's order of batches (0-based).
        jobs: The points, each with its render settings and embedding.
        n_samples: Audio samples per render (16 kHz samples).
    """

    index: int
    jobs: tuple[_Job, ...]
    n_samples: int

    def __len__(self) -> int:
        return len(self.jobs)

    @property
    def keys(self) -> tuple[str, ...]:
        """The points' keys, in batch order."""
        return tuple(job.point.key for job in self.jobs)

    @property
    def temperature(self) -> float:
        """Sampling temperature shared by every point (`_decode_group`)."""
        return _decode_group(self.jobs[0].settings)[1]

    def embeddings(self) -> np.ndarray:
        """The points' embeddings, shape [b, n_frames, n_z] float32."""
        return np.stack([job.embedding for job in self.jobs])

    def seeds(self) -> list[int]:
        """Each point's sampler seed (`point_seed`), in batch order."""
        return [point_seed(job.point.key, seed=job.settings["seed"]) for job in self.jobs]


# Seeds and settings ----------------------------------------------------------------------


def point_seed(key: str, *, seed: int) -> int:
    """The sampler seed of one render: the first 8 bytes of sha256("<seed>:<key>").

    Derived from the spec's seed and the point's key alone, so a point's noise does not
    depend on which batch, shard or machine decodes it.

    Returns:
        An integer in [0, 2**64).
    """
    return int.from_bytes(hashlib.sha256(f"{seed}:{key}".encode()).digest()[:8], "little")


def with_temperature(spec: GridSpec, *, temperature: float) -> GridSpec:
    """The spec with another sampling temperature.

    The temperature is part of every recipe, so the points get new keys (a render at one
    temperature never stands in for another).

    Raises:
        RenderError: temperature is not a finite number > 0.
    """
    if isinstance(temperature, bool) or not isinstance(temperature, int | float):
        raise RenderError(f"temperature={temperature!r} must be a number")
    if not (math.isfinite(temperature) and temperature > 0):
        raise RenderError(f"temperature={temperature} must be finite and > 0")
    settings = dataclasses.replace(spec.render, temperature=float(temperature))
    return dataclasses.replace(spec, render=settings)


# Planning ---------------------------------------------------------------------------------


def plan_render(
    spec: GridSpec, *, fingerprint: str, bank: Bank | None, config: RenderConfig
) -> Plan:
    """The points a render would decode: the shard's points not yet ready, up to `limit`.

    Args:
        spec: A loaded spec.
        fingerprint: The checkpoint's fingerprint (part of every key).
        bank: The bank to resume into; None counts as an empty bank.
        config: Shard, limit and batch size.

    Returns:
        The plan.
    """
    points = grid.expand(spec, fingerprint=fingerprint)
    mine = grid.shard(points, index=config.shard_index, count=config.shard_count)
    ready = set(bank.keys()) if bank is not None else set()
    todo = [p for p in mine if p.key not in ready]
    n_ready = len(mine) - len(todo)
    if config.limit is not None:
        todo = todo[: config.limit]
    return Plan(
        n_points=len(points),
        n_in_shard=len(mine),
        n_ready=n_ready,
        points=tuple(todo),
        batch_size=config.batch_size or spec.render.batch_size,
    )


def _batches(
    items: Iterable[_T], *, batch_size: int, group: Callable[[_T], Hashable]
) -> list[list[_T]]:
    """Items with equal group(item) in batches of at most batch_size, in first-seen order."""
    groups: dict[Hashable, list[_T]] = collections.defaultdict(list)
    for item in items:
        groups[group(item)].append(item)
    return [g[i : i + batch_size] for g in groups.values() for i in range(0, len(g), batch_size)]


def _decode_group(settings: Mapping[str, Any]) -> tuple[int, float]:
    """What every stream of one decode call must share: (n_frames, temperature)."""
    return settings["n_frames"], settings["temperature"]


def make_batches(jobs: Iterable[_Job], *, batch_size: int, config: ModelConfig) -> list[Batch]:
    """Jobs of one length and temperature in batches of at most batch_size, in job order."""
    groups = _batches(jobs, batch_size=batch_size, group=lambda j: _decode_group(j.settings))
    return [
        Batch(i, tuple(g), config.frames_to_samples(g[0].settings["n_frames"]))
        for i, g in enumerate(groups)
    ]


def schedule_s(durations: Iterable[float], *, n_workers: int) -> float:
    """When the last of a list of jobs ends if n_workers take them in order.

    Each job goes to the worker that is free first (how a cluster render hands out
    batches), so with one worker this is the sum.

    Args:
        durations: Each job's time (s), in the order they are handed out.
        n_workers: Workers, >= 1.

    Returns:
        The makespan (s); 0 for no jobs.
    """
    free_at = [0.0] * n_workers  # a heap of the times each worker is next free
    for duration in durations:
        heapq.heappush(free_at, heapq.heappop(free_at) + duration)
    return max(free_at)


# Sources ----------------------------------------------------------------------------------


def source_embeddings(
    spec: GridSpec, model: Autoencoder, *, refs: Iterable[str], batch_size: int
) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """The embeddings of source files: `.npy` files as stored, audio files encoded.

    Audio clips of equal length are encoded together (at most batch_size per pass); clips
    are never padded to a common length, since padding would change the embedding of
    their last frames.

    Args:
        spec: The spec the refs come from.
        model: Encodes the audio sources.
        refs: Source refs (`SourceNote.ref`, e.g. "brass@60").
        batch_size: Clips per encoder pass.

    Returns:
        (embeddings, errors): ref -> [n_frames, n_z] float32 for each source that loaded,
        ref -> message for each that did not.

    Raises:
        RenderError: A ref the spec does not have.
    """
    notes = spec.notes()
    config = model.config
    embeddings: dict[str, np.ndarray] = {}
    errors: dict[str, str] = {}
    clips: dict[str, np.ndarray] = {}
    for ref in sorted(set(refs)):
        if ref not in notes:
            raise RenderError(f"source {ref!r} is not in {spec.path}; known: {sorted(notes)}")
        path = notes[ref].path
        try:
            if path.suffix == grid.EMBEDDING_SUFFIX:
                embeddings[ref] = grid.load_embedding(path)
            else:
                clips[ref] = audio_io.load_audio(
                    path, sample_rate_hz=config.sample_rate_hz, min_samples=config.hop_length
                )
        except PrecomputeError as e:
            errors[ref] = str(e)
    same_length: dict[int, list[str]] = collections.defaultdict(list)
    for ref, clip in clips.items():
        same_length[clip.size].append(ref)
    for group in same_length.values():
        try:
            z = model.encode(np.stack([clips[r] for r in group]), max_batch=batch_size)
        except PrecomputeError as e:
            errors.update({r: f"{notes[r].path}: {e}" for r in group})
            continue
        embeddings.update(zip(group, z, strict=True))  # z: [len(group), n_frames, n_z]
    return embeddings, errors


# Rendering --------------------------------------------------------------------------------


class Progress:
    """The tqdm bar: stream-samples decoded (its rate and ETA), renders stored in the postfix.

    Decoders advance the samples (a local render per frame, a cluster as its workers
    report), the bank writer counts the renders. Safe to call from several threads.
    """

    def __init__(self, *, n_renders: int, n_samples: int, enabled: bool) -> None:
        self.n_renders = n_renders
        self.done = 0
        self.n_retried = 0  # batches decoded again after their worker was lost
        self.streams = 0  # of the batch being decoded (start_batch)
        self.decoded = 0  # samples per stream of the batch being decoded (start_batch)
        self.lock = threading.Lock()
        self.bar = tqdm(
            total=n_samples,
            unit="sample",
            unit_scale=True,
            desc="render",
            dynamic_ncols=True,
            disable=None if enabled else True,  # None: shown only on a terminal
        )
        self.count(0)

    def start_batch(self, n_streams: int) -> Callable[[int, int], None]:
        """Returns the `decode(progress=...)` callback of a batch of n_streams."""
        self.streams, self.decoded = n_streams, 0

        def advance(samples_done: int, samples_total: int) -> None:
            self.advance(self.streams * (samples_done - self.decoded))
            self.decoded = samples_done

        return advance

    def end_batch(self, n_samples: int) -> None:
        """The batch being decoded, of n_samples per stream, is done (or abandoned)."""
        self.advance(self.streams * (n_samples - self.decoded))
        self.streams = self.decoded = 0

    def advance(self, n_samples: int) -> None:
        """n_samples more stream-samples are decoded (summed over streams)."""
        with self.lock:
            self.bar.update(n_samples)

    def skip(self, n_samples: int) -> None:
        """Samples that will never be decoded (a render failed before decoding)."""
        self.advance(n_samples)

    def redo(self, n_samples: int) -> None:
        """A batch is decoded again (its worker was lost) after n_samples of it counted.

        What was counted stays counted and the total grows by as much, so the rate stays
        the rate of work done and the ETA includes the repeat.
        """
        with self.lock:
            self.bar.total += n_samples
            self.n_retried += 1
        self.count(0)

    def count(self, n_renders: int) -> None:
        """n_renders more are finished (stored or failed)."""
        with self.lock:
            self.done += n_renders
            retried = f", retried {self.n_retried}" if self.n_retried else ""
            self.bar.set_postfix_str(
                f"renders {self.done}/{self.n_renders}{retried}", refresh=False
            )
            self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


class Renderer:
    """One render run's bank side: stores decoded batches, records failures, counts.

    A `Decoder` hands it each batch it decoded (`decoded`) or could not decode
    (`decode_failed`); stores run on one bank writer thread, so a batch is written while
    the next ones decode. Use it as a context manager: leaving it (also on Ctrl-C) waits
    for the writes under way.

    Args:
        model: The loaded model (its config and fingerprint go into every row).
        bank: The bank to fill.
        progress: The run's progress bar.
        max_pending_writes: Decoded batches that may wait for the writer before
            `decoded` blocks (bounds the audio held in memory).
    """

    def __init__(
        self, model: Autoencoder, bank: Bank, progress: Progress, *, max_pending_writes: int
    ) -> None:
        self.model = model
        self.bank = bank
        self.progress = progress
        self.max_pending_writes = max_pending_writes
        self.rendered: list[str] = []
        self.failed: list[str] = []
        self.retried: dict[str, None] = {}  # ordered set of keys
        self.n_samples = 0
        self.model_s = 0.0
        self._writer = concurrent.futures.ThreadPoolExecutor(1, "bank-writer")
        self._pending: collections.deque[concurrent.futures.Future] = collections.deque()

    def __enter__(self) -> Renderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._writer.shutdown(wait=True)

    def fail(self, point: Point, message: str) -> None:
        """Records one failed point in the bank and logs it in one line."""
        logger.warning("%s failed: %s", point.key, message)
        self.bank.record_failure(
            point.key,
            recipe=point.recipe,
            sources=point.sources,
            fingerprint=self.model.fingerprint,
            message=message,
        )
        self.failed.append(point.key)

    def decoded(self, batch: Batch, audio: np.ndarray, *, model_s: float) -> None:
        """Queues a decoded batch (audio [b, n_samples]) for the bank writer.

        Blocks while more than max_pending_writes batches wait; raises what an earlier
        store raised.
        """
        self.model_s += model_s
        self.n_samples += len(batch) * batch.n_samples
        self._pending.append(self._writer.submit(self._store, batch, audio))
        while len(self._pending) > self.max_pending_writes or (
            self._pending and self._pending[0].done()
        ):
            self._pending.popleft().result()

    def decode_failed(self, batch: Batch, message: str, *, model_s: float) -> None:
        """Records every point of a batch that could not be decoded as failed."""
        self.model_s += model_s
        for job in batch.jobs:
            self.fail(job.point, f"decoding failed: {message}")
        self.progress.count(len(batch))

    def retry(self, batch: Batch, *, n_counted: int) -> None:
        """Notes that a batch is decoded again (its worker was lost).

        Args:
            batch: The batch.
            n_counted: Stream-samples of it the progress bar had counted (they are
                decoded again, so the bar's total grows by as much).
        """
        self.retried.update(dict.fromkeys(batch.keys))
        self.progress.redo(n_counted)

    def flush(self) -> None:
        """Waits for every queued store; raises what a store raised."""
        while self._pending:
            self._pending.popleft().result()

    def _store(self, batch: Batch, audio: np.ndarray) -> None:
        """Post-processes and stores each clip of a decoded batch (audio [b, n_samples])."""
        sample_rate_hz = self.model.config.sample_rate_hz
        for job, clip in zip(batch.jobs, audio, strict=True):
            point = job.point
            try:
                self.bank.add(
                    point.key,
                    post_process(clip, job.settings, sample_rate_hz=sample_rate_hz),
                    recipe=point.recipe,
                    sources=point.sources,
                    embedding=job.embedding,
                    fingerprint=self.model.fingerprint,
                    pitch=point.pitch,
                    sample_format=job.settings["sample_format"],
                )
            except PrecomputeError as e:
                self.fail(point, str(e))
            else:
                self.rendered.append(point.key)
        self.progress.count(len(batch))


class Decoder(Protocol):
    """What decodes a render's batches (`render(..., decoder=...)`).

    Attributes:
        max_pending_writes: Decoded batches that may wait for the bank writer.
    """

    max_pending_writes: int

    def run(self, batches: Sequence[Batch], renderer: Renderer) -> None:
        """Decodes every batch and hands each to renderer.decoded or .decode_failed.

        Each batch is decoded as `model.decode(batch.embeddings(), seeds=batch.seeds(),
        temperature=batch.temperature)` with the render's model, and advances
        renderer.progress by len(batch) * batch.n_samples in all.
        """
        ...


class LocalDecoder:
    """Decodes batches one after another with the model in this process.

    One batch is written while the next decodes, so Ctrl-C loses at most the batch being
    decoded and SIGKILL at most that and the unwritten rest of the one before it.
    """

    max_pending_writes = 1

    def __init__(self, model: Autoencoder) -> None:
        self.model = model

    def run(self, batches: Sequence[Batch], renderer: Renderer) -> None:
        for batch in batches:
            callback = renderer.progress.start_batch(len(batch))
            start = time.perf_counter()
            try:
                audio = self.model.decode(
                    batch.embeddings(),
                    seeds=batch.seeds(),
                    temperature=batch.temperature,
                    progress=callback,
                )
            except PrecomputeError as e:
                renderer.decode_failed(batch, str(e), model_s=time.perf_counter() - start)
                continue
            finally:
                renderer.progress.end_batch(batch.n_samples)
            renderer.decoded(batch, audio, model_s=time.perf_counter() - start)
            logger.debug(
                "batch %d/%d decoded (%d renders)", batch.index + 1, len(batches), len(batch)
            )


def post_process(
    audio: np.ndarray, settings: Mapping[str, Any], *, sample_rate_hz: int
) -> np.ndarray:
    """What the renderer does to each decoded clip: fades, then peak normalisation.

    Args:
        audio: One decoded clip, shape [n_samples].
        settings: A recipe's "render" table (its fade_ms and peak_db are used).
        sample_rate_hz: The model's sample rate (Hz).

    Returns:
        Shape [n_samples], float32.

    Raises:
        audio_post.AudioPostError: Invalid audio or settings.
    """
    out = audio_post.fade(audio, fade_ms=settings["fade_ms"], sample_rate_hz=sample_rate_hz)
    if settings["peak_db"] is not None:
        out = audio_post.normalize_peak(out, target_db=settings["peak_db"])
    return out


def _check_fit(spec: GridSpec, model: Autoencoder, bank: Bank | None) -> None:
    if spec.config != model.config:
        raise RenderError(
            f"{spec.path} was loaded for model {spec.config}, but the checkpoint is "
            f"{model.config}: load the spec with the model's config"
        )
    if bank is not None and bank.config != model.config:
        raise RenderError(
            f"bank {bank.root} holds renders of model {bank.config}, the checkpoint is "
            f"{model.config}"
        )


def render(
    spec: GridSpec,
    model: Autoencoder,
    bank: Bank | None,
    config: RenderConfig,
    *,
    decoder: Decoder | None = None,
) -> RenderReport:
    """Renders the spec's points that the bank does not have yet.

    Args:
        spec: A spec loaded with the model's config (`grid.load_spec(path,
            config=model.config)`).
        model: The loaded autoencoder (load it once per process).
        bank: The bank to fill (opened with the model's config). None only for a dry run,
            which then plans as if the bank were empty.
        config: Batching, sharding, limit, dry run.
        decoder: What decodes the batches; None: `LocalDecoder(model)`, this process.
            The model still encodes audio sources here, and this process alone writes
            the bank.

    Returns:
        What was rendered and what failed. A dry run returns the plan and renders nothing.

    Raises:
        RenderError: The spec, model and bank do not fit together, or no bank for a
            real run.
        bank.BankError: The bank cannot record a failure (it is unusable).
    """
    started = time.perf_counter()
    _check_fit(spec, model, bank)
    if bank is None and not config.dry_run:
        raise RenderError("a render needs a bank (only a dry run may go without one)")
    if bank is not None and config.repair and not config.dry_run:
        bank.verify(repair=True)
    plan = plan_render(spec, fingerprint=model.fingerprint, bank=bank, config=config)
    logger.info(
        "%d points in the grid, %d in shard %d/%d, %d already in the bank; %s %d in batches of %d",
        plan.n_points,
        plan.n_in_shard,
        config.shard_index,
        config.shard_count,
        plan.n_ready,
        "would render" if config.dry_run else "rendering",
        len(plan.points),
        plan.batch_size,
    )
    if bank is None or config.dry_run or not plan.points:  # bank is None only in a dry run
        return RenderReport(plan, (), (), 0, 0.0, time.perf_counter() - started)

    recipes = {p.key: p.recipe for p in plan.points}
    refs = {ref for recipe in recipes.values() for ref in recipe["sources"]}
    n_samples = sum(
        model.config.frames_to_samples(r["render"]["n_frames"]) for r in recipes.values()
    )
    progress = Progress(n_renders=len(plan.points), n_samples=n_samples, enabled=config.progress)
    decoder = decoder or LocalDecoder(model)
    renderer = Renderer(model, bank, progress, max_pending_writes=decoder.max_pending_writes)
    try:
        with renderer:  # leaving it (also on Ctrl-C) waits for the writes under way
            start = time.perf_counter()
            sources, source_errors = source_embeddings(
                spec, model, refs=refs, batch_size=plan.batch_size
            )
            renderer.model_s += time.perf_counter() - start
            jobs = []
            for point in plan.points:
                recipe = recipes[point.key]
                broken = [source_errors[r] for r in recipe["sources"] if r in source_errors]
                try:
                    if broken:
                        raise RenderError(f"source failed: {broken[0]}")
                    z = grid.recipe_embedding(recipe, sources, config=model.config)
                except PrecomputeError as e:
                    renderer.fail(point, str(e))
                    progress.skip(model.config.frames_to_samples(recipe["render"]["n_frames"]))
                    progress.count(1)
                    continue
                jobs.append(_Job(point, recipe["render"], z))
            batches = make_batches(jobs, batch_size=plan.batch_size, config=model.config)
            if batches:
                decoder.run(batches, renderer)
            renderer.flush()
    finally:
        progress.close()
        elapsed_s = time.perf_counter() - started
        logger.info(
            "stored %d renders, %d failed, in %.1f s (%.0f samples/s decoded)",
            len(renderer.rendered),
            len(renderer.failed),
            elapsed_s,
            renderer.n_samples / renderer.model_s if renderer.model_s else 0.0,
        )
    return RenderReport(
        plan=plan,
        rendered=tuple(renderer.rendered),
        failed=tuple(renderer.failed),
        n_samples=renderer.n_samples,
        model_s=renderer.model_s,
        elapsed_s=elapsed_s,
        retried=tuple(renderer.retried),
    )


# Estimating -------------------------------------------------------------------------------


def wav_bytes(n_samples: int, *, sample_format: str, sample_rate_hz: int) -> int:
    """Size of a mono WAV of n_samples as the bank writes it (header included), in bytes.

    Raises:
        RenderError: An unknown sample format.
    """
    if sample_format not in SAMPLE_FORMATS:
        raise RenderError(f"sample_format={sample_format!r}; known: {sorted(SAMPLE_FORMATS)}")
    silence = np.zeros(n_samples, dtype=np.float32)
    subtype = SAMPLE_FORMATS[sample_format]
    return len(audio_io.encode_wav(silence, sample_rate_hz=sample_rate_hz, subtype=subtype))


def estimate(
    spec: GridSpec,
    model: Autoencoder,
    *,
    calibration_steps: int = 512,
    bank: Bank | None = None,
    config: RenderConfig | None = None,
    decode: Callable[..., np.ndarray] | None = None,
    n_workers: int = 1,
) -> Estimate:
    """Predicts points, audio, disk use and time of `render(spec, model, bank, config)`.

    Time comes from a calibration decode at the plan's batch size: one frame first (it
    compiles the decoder), then calibration_steps samples rounded up to whole frames,
    timed; the prediction assumes every batch runs at that speed, on each of n_workers
    decoders taking batches in turn (`schedule_s`).

    Args:
        spec: A spec loaded with the model's config.
        model: The loaded autoencoder.
        calibration_steps: Decode steps to time (samples per stream), >= 1.
        bank: Points ready in it are left out; None: nothing is rendered yet.
        config: Shard, limit and batch size (default: the spec's, whole grid).
        decode: What the calibration runs, called as `model.decode(z, seeds=...,
            temperature=...)`; None: model.decode in this process. A cluster passes
            one worker's decode, so the speed measured is its workers'.
        n_workers: Decoders that share the batches, >= 1.

    Returns:
        The estimate. Encoding audio sources is not included in time_s.

    Raises:
        RenderError: calibration_steps or n_workers < 1, or spec, model and bank do not
            fit together.
    """
    for name, value in (("calibration_steps", calibration_steps), ("n_workers", n_workers)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RenderError(f"{name}={value!r} must be an integer >= 1")
        if value < 1:
            raise RenderError(f"{name}={value} must be >= 1")
    decode = decode or model.decode
    _check_fit(spec, model, bank)
    cfg = model.config
    plan = plan_render(
        spec, fingerprint=model.fingerprint, bank=bank, config=config or RenderConfig()
    )
    settings = [p.recipe["render"] for p in plan.points]
    audio_s = 0.0
    disk_bytes = 0
    sizes: dict[tuple[int, str], int] = {}
    for point, s in zip(plan.points, settings, strict=True):
        n_samples = cfg.frames_to_samples(s["n_frames"])
        form = (n_samples, s["sample_format"])
        if form not in sizes:
            sizes[form] = wav_bytes(
                n_samples, sample_format=s["sample_format"], sample_rate_hz=cfg.sample_rate_hz
            )
        audio_s += cfg.samples_to_seconds(n_samples)
        embedding_bytes = 4 * s["n_frames"] * cfg.n_z  # float32 blob in the index
        disk_bytes += sizes[form] + embedding_bytes + len(point.recipe_json)
    batches = _batches(settings, batch_size=plan.batch_size, group=_decode_group)
    if not batches:
        return Estimate(plan, 0.0, 0, 0, 0.0, 0.0, n_workers)
    n_streams = len(batches[0])
    temperature = settings[0]["temperature"]
    z = np.zeros((n_streams, 1, cfg.n_z), dtype=np.float32)
    decode(z, seeds=range(n_streams), temperature=temperature)  # compiles
    n_frames = math.ceil(calibration_steps / cfg.hop_length)
    z = np.zeros((n_streams, n_frames, cfg.n_z), dtype=np.float32)
    start = time.perf_counter()
    decode(z, seeds=range(n_streams), temperature=temperature)
    step_s = (time.perf_counter() - start) / cfg.frames_to_samples(n_frames)
    time_s = schedule_s(
        (cfg.frames_to_samples(b[0]["n_frames"]) * step_s for b in batches), n_workers=n_workers
    )
    logger.info(
        "calibration: %d streams x %d steps, %.3g ms per step",
        n_streams,
        cfg.frames_to_samples(n_frames),
        1e3 * step_s,
    )
    return Estimate(
        plan=plan,
        audio_s=audio_s,
        disk_bytes=disk_bytes,
        n_batches=len(batches),
        step_s=step_s,
        time_s=time_s,
        n_workers=n_workers,
    )
