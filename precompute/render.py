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

`estimate` predicts what a render will cost: points, audio seconds, disk bytes, and time
from a short calibration decode at the chosen batch size.
"""

from __future__ import annotations

import collections
import concurrent.futures
import dataclasses
import hashlib
import io
import logging
import math
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import soundfile as sf
from tqdm import tqdm

from precompute import audio_io, audio_post, grid
from precompute.bank import SAMPLE_FORMATS, Bank
from precompute.errors import PrecomputeError
from precompute.grid import GridSpec, Point

if TYPE_CHECKING:
    from precompute.model.autoencoder import Autoencoder

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
        model_s: Time spent inside the model's encode and decode (s).
        elapsed_s: Wall time of the whole render (s).
    """

    plan: Plan
    rendered: tuple[str, ...]
    failed: tuple[str, ...]
    n_samples: int
    model_s: float
    elapsed_s: float


@dataclasses.dataclass(frozen=True)
class Estimate:
    """Predicted cost of a render.

    Attributes:
        plan: The plan the estimate is for.
        audio_s: Audio to render, summed over points (s).
        disk_bytes: WAV files plus their embeddings in the index (bytes).
        n_batches: Decode batches.
        step_s: Measured time of one decode step of a whole batch (s per sample).
        time_s: Predicted decode time: n_batches * samples per render * step_s (s);
            0 when there is nothing to render.
    """

    plan: Plan
    audio_s: float
    disk_bytes: int
    n_batches: int
    step_s: float
    time_s: float


@dataclasses.dataclass(frozen=True)
class _Job:
    """A point ready to decode: its recipe's render settings and its embedding."""

    point: Point
    settings: dict[str, Any]  # recipe["render"]
    embedding: np.ndarray  # [n_frames, n_z]


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


class _Progress:
    """The tqdm bar: stream-samples decoded (its rate and ETA), renders stored in the postfix.

    The decoding thread advances the samples, the bank writer counts the renders.
    """

    def __init__(self, *, n_renders: int, n_samples: int, enabled: bool) -> None:
        self.n_renders = n_renders
        self.done = 0
        self.streams = 0  # of the batch being decoded
        self.decoded = 0  # samples per stream of the batch being decoded
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
            with self.lock:
                self.bar.update(self.streams * (samples_done - self.decoded))
            self.decoded = samples_done

        return advance

    def end_batch(self, n_samples: int) -> None:
        """The batch being decoded, of n_samples per stream, is done (or abandoned)."""
        with self.lock:
            self.bar.update(self.streams * (n_samples - self.decoded))
        self.streams = self.decoded = 0

    def skip(self, n_samples: int) -> None:
        """Samples that will never be decoded (a render failed before decoding)."""
        with self.lock:
            self.bar.update(n_samples)

    def count(self, n_renders: int) -> None:
        """n_renders more are finished (stored or failed)."""
        with self.lock:
            self.done += n_renders
            self.bar.set_postfix_str(f"renders {self.done}/{self.n_renders}", refresh=False)
            self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


class _Renderer:
    """One render run's state: the model, bank, counters and failure records.

    `decode` runs on the calling thread; `store` runs on the bank writer thread, so a
    batch is written while the next one decodes.
    """

    def __init__(self, model: Autoencoder, bank: Bank, progress: _Progress) -> None:
        self.model = model
        self.bank = bank
        self.progress = progress
        self.rendered: list[str] = []
        self.failed: list[str] = []
        self.n_samples = 0
        self.model_s = 0.0

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

    def decode(self, batch: Sequence[_Job]) -> np.ndarray | None:
        """Decodes one batch: [b, n_samples] audio, or None when decoding failed (recorded)."""
        n_frames, temperature = _decode_group(batch[0].settings)
        n_samples = self.model.config.frames_to_samples(n_frames)
        z = np.stack([job.embedding for job in batch])  # [b, n_frames, n_z]
        seeds = [point_seed(job.point.key, seed=job.settings["seed"]) for job in batch]
        callback = self.progress.start_batch(len(batch))
        start = time.perf_counter()
        try:
            audio = self.model.decode(z, seeds=seeds, temperature=temperature, progress=callback)
        except PrecomputeError as e:
            for job in batch:
                self.fail(job.point, f"decoding failed: {e}")
            self.progress.count(len(batch))
            return None
        finally:
            self.model_s += time.perf_counter() - start
            self.progress.end_batch(n_samples)
        self.n_samples += len(batch) * n_samples
        return audio

    def store(self, batch: Sequence[_Job], audio: np.ndarray) -> None:
        """Post-processes and stores each clip of a decoded batch (audio [b, n_samples])."""
        sample_rate_hz = self.model.config.sample_rate_hz
        for job, clip in zip(batch, audio, strict=True):
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
    spec: GridSpec, model: Autoencoder, bank: Bank | None, config: RenderConfig
) -> RenderReport:
    """Renders the spec's points that the bank does not have yet.

    Args:
        spec: A spec loaded with the model's config (`grid.load_spec(path,
            config=model.config)`).
        model: The loaded autoencoder (load it once per process).
        bank: The bank to fill (opened with the model's config). None only for a dry run,
            which then plans as if the bank were empty.
        config: Batching, sharding, limit, dry run.

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
    progress = _Progress(n_renders=len(plan.points), n_samples=n_samples, enabled=config.progress)
    renderer = _Renderer(model, bank, progress)
    try:
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
        batches = _batches(
            jobs, batch_size=plan.batch_size, group=lambda j: _decode_group(j.settings)
        )
        # One writer thread stores batch i while batch i + 1 decodes. Leaving the `with`
        # (also on Ctrl-C) waits for the write under way, so at most the batch being
        # decoded is lost (and, after SIGKILL, the unfinished part of one write).
        with concurrent.futures.ThreadPoolExecutor(1, "bank-writer") as writer:
            stored: concurrent.futures.Future | None = None
            for i, batch in enumerate(batches):
                audio = renderer.decode(batch)
                if stored is not None:
                    stored.result()  # raises what the writer raised
                if audio is not None:
                    stored = writer.submit(renderer.store, batch, audio)
                logger.debug("batch %d/%d decoded (%d renders)", i + 1, len(batches), len(batch))
            if stored is not None:
                stored.result()
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
    )


# Estimating -------------------------------------------------------------------------------


def wav_bytes(n_samples: int, *, sample_format: str, sample_rate_hz: int) -> int:
    """Size of a mono WAV of n_samples as the bank writes it (header included), in bytes.

    Raises:
        RenderError: An unknown sample format.
    """
    if sample_format not in SAMPLE_FORMATS:
        raise RenderError(f"sample_format={sample_format!r}; known: {sorted(SAMPLE_FORMATS)}")
    buffer = io.BytesIO()
    sf.write(
        buffer,
        np.zeros(n_samples, dtype=np.float32),
        sample_rate_hz,
        subtype=SAMPLE_FORMATS[sample_format],
        format="WAV",
    )
    return buffer.tell()


def estimate(
    spec: GridSpec,
    model: Autoencoder,
    *,
    calibration_steps: int = 512,
    bank: Bank | None = None,
    config: RenderConfig | None = None,
) -> Estimate:
    """Predicts points, audio, disk use and time of `render(spec, model, bank, config)`.

    Time comes from a calibration decode at the plan's batch size: one frame first (it
    compiles the decoder), then calibration_steps samples rounded up to whole frames,
    timed; the prediction assumes every batch runs at that speed.

    Args:
        spec: A spec loaded with the model's config.
        model: The loaded autoencoder.
        calibration_steps: Decode steps to time (samples per stream), >= 1.
        bank: Points ready in it are left out; None: nothing is rendered yet.
        config: Shard, limit and batch size (default: the spec's, whole grid).

    Returns:
        The estimate. Encoding audio sources is not included in time_s.

    Raises:
        RenderError: calibration_steps < 1, or spec, model and bank do not fit together.
    """
    if isinstance(calibration_steps, bool) or not isinstance(calibration_steps, int):
        raise RenderError(f"calibration_steps={calibration_steps!r} must be an integer >= 1")
    if calibration_steps < 1:
        raise RenderError(f"calibration_steps={calibration_steps} must be >= 1")
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
        return Estimate(plan, 0.0, 0, 0, 0.0, 0.0)
    n_streams = len(batches[0])
    temperature = settings[0]["temperature"]
    z = np.zeros((n_streams, 1, cfg.n_z), dtype=np.float32)
    model.decode(z, seeds=range(n_streams), temperature=temperature)  # compiles
    n_frames = math.ceil(calibration_steps / cfg.hop_length)
    z = np.zeros((n_streams, n_frames, cfg.n_z), dtype=np.float32)
    start = time.perf_counter()
    model.decode(z, seeds=range(n_streams), temperature=temperature)
    step_s = (time.perf_counter() - start) / cfg.frames_to_samples(n_frames)
    time_s = sum(cfg.frames_to_samples(b[0]["n_frames"]) * step_s for b in batches)
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
    )
