"""The measuring pass: every render of an analysis's specs -> its descriptors.

It reads only the bank's WAVs (no model), in parallel worker processes, and keeps what
it measured in a cache keyed by render key (a content hash, so an entry never goes
stale) together with the descriptor settings; measuring again costs only the renders
that are new. Original notes are measured too, keyed by a hash of their bytes.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import hashlib
import json
import logging
import multiprocessing
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf
from tqdm import tqdm

from precompute import audio_io, evaluate, grid
from precompute.analysis.descriptors import DescriptorConfig, Descriptors, describe
from precompute.analysis.manifest import Manifest, SpecEntry, write_text_atomic
from precompute.bank import Bank
from precompute.errors import PrecomputeError

logger = logging.getLogger(__name__)

#: Bump when descriptors change meaning: older caches are then measured again.
CACHE_VERSION = 1

#: Measurements between two saves of the cache (a killed pass loses at most these).
SAVE_EVERY = 32


class MeasureError(PrecomputeError):
    """A render or note cannot be measured; the message names the file."""


@dataclasses.dataclass(frozen=True)
class Render:
    """One point of an experiment and what it measured.

    Attributes:
        key: Its bank key.
        experiment: The experiment of its spec (`experiments.ExperimentSpec.experiment`).
        params: What its spec fixes (seed, gain factor, rate).
        coords: Its grid coordinates (axis name -> value; `source` is the base source).
        path: Its WAV, None when the bank does not hold it ready.
        descriptors: Its descriptors, None when it has no WAV.
        component_means: Mean over frames of each component of the embedding it was
            decoded from (the bank's record), shape [N_Z]; None when it has no WAV.
    """

    key: str
    experiment: str
    params: Mapping[str, Any]
    coords: Mapping[str, Any]
    path: Path | None
    descriptors: Descriptors | None
    component_means: tuple[float, ...] | None = None

    @property
    def source(self) -> str:
        """The base source's name (a pitched ref's "@pitch" removed)."""
        return str(self.coords["source"]).split("@")[0]


def file_key(path: Path) -> str:
    """Cache key of a file measured outside the bank: "file:" + its content's sha256."""
    return "file:" + hashlib.sha256(path.read_bytes()).hexdigest()[: grid.KEY_LENGTH]


def expand_specs(folder: Path, manifest: Manifest) -> list[tuple[SpecEntry, grid.Point]]:
    """Every point of every spec of the manifest, with its spec entry.

    Raises:
        grid.GridSpecError: A spec or one of its sources is missing or invalid.
    """
    out = []
    for entry in manifest.specs:
        spec = grid.load_spec(folder / entry.file, config=manifest.model_config)
        out += [(entry, p) for p in grid.expand(spec, fingerprint=manifest.fingerprint)]
    return out


class Cache:
    """Descriptors by key, in one JSON file, valid for one DescriptorConfig and rate."""

    def __init__(self, path: Path, *, config: DescriptorConfig, sample_rate_hz: int) -> None:
        self.path = path
        self.identity = {
            "version": CACHE_VERSION,
            "descriptors": dataclasses.asdict(config),
            "sample_rate_hz": sample_rate_hz,
        }
        self.entries: dict[str, dict[str, Any]] = {}
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                logger.warning("%s: unreadable, measuring again (%s)", path, e)
            else:
                if data.get("identity") == self.identity:
                    self.entries = data["entries"]
                else:
                    logger.info("%s: other descriptor settings, measuring again", path)

    def get(self, key: str) -> Descriptors | None:
        entry = self.entries.get(key)
        return None if entry is None else Descriptors.from_dict(entry)

    def put(self, key: str, descriptors: Descriptors) -> None:
        self.entries[key] = descriptors.to_dict()

    def save(self) -> None:
        text = json.dumps({"identity": self.identity, "entries": self.entries})
        write_text_atomic(self.path, text)


def read_clip(path: Path, *, sample_rate_hz: int) -> np.ndarray:
    """A render or note as mono float32 at the model's rate (channels mixed by their mean).

    A file at the model's rate is read as it is, silence included (an edit may silence a
    render); one at another rate is resampled by `audio_io.load_audio`.

    Raises:
        MeasureError: The file is unreadable (or, at another rate, unusable).
    """
    try:
        if sf.info(str(path)).samplerate != sample_rate_hz:
            return audio_io.load_audio(path, sample_rate_hz=sample_rate_hz)
        data, _ = sf.read(str(path), dtype="float32", always_2d=True)  # [n, channels]
    except audio_io.AudioError as e:
        raise MeasureError(str(e)) from e
    except (sf.LibsndfileError, RuntimeError) as e:
        raise MeasureError(f"{path}: not readable audio: {e}") from e
    return data.mean(axis=1)


def _describe_file(path: str, sample_rate_hz: int, config: DescriptorConfig) -> dict[str, Any]:
    """Worker: one file's descriptors as a dict (picklable both ways)."""
    clip = read_clip(Path(path), sample_rate_hz=sample_rate_hz)
    return describe(clip, sample_rate_hz=sample_rate_hz, config=config).to_dict()


def measure(
    files: Mapping[str, Path],
    *,
    cache: Cache,
    config: DescriptorConfig,
    sample_rate_hz: int,
    jobs: int,
    progress: bool,
) -> dict[str, Descriptors]:
    """Descriptors of every file, from the cache or measured in `jobs` processes.

    Args:
        files: Key -> audio file.
        cache: Read first; what is measured is added and saved every SAVE_EVERY files.
        config: Descriptor settings.
        sample_rate_hz: The model's rate.
        jobs: Worker processes (1 measures in this process).
        progress: Show a progress bar on stderr when it is a terminal.

    Returns:
        Key -> descriptors, for every key of `files`.

    Raises:
        MeasureError: A file cannot be measured (the message names it).
    """
    out = {key: d for key in files if (d := cache.get(key)) is not None}
    todo = {key: path for key, path in files.items() if key not in out}
    if not todo:
        return out
    logger.info("measuring %d renders (%d cached) in %d processes", len(todo), len(out), jobs)
    bar = tqdm(total=len(todo), unit="render", desc="measure", disable=None if progress else True)
    done = 0

    def record(key: str, result: dict[str, Any]) -> None:
        nonlocal done
        out[key] = Descriptors.from_dict(result)
        cache.put(key, out[key])
        done += 1
        bar.update(1)
        if done % SAVE_EVERY == 0:
            cache.save()

    try:
        if jobs <= 1:
            for key, path in todo.items():
                record(key, _describe_file(str(path), sample_rate_hz, config))
        else:
            # Workers are spawned, not forked: the parent may hold TensorFlow's threads.
            context = multiprocessing.get_context("spawn")
            with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
                futures = {
                    pool.submit(_describe_file, str(path), sample_rate_hz, config): key
                    for key, path in todo.items()
                }
                for future in concurrent.futures.as_completed(futures):
                    record(futures[future], future.result())
    finally:
        bar.close()
        cache.save()
    return out


def collect(
    points: Iterable[tuple[SpecEntry, grid.Point]],
    bank: Bank,
    *,
    measured: Mapping[str, Descriptors],
) -> list[Render]:
    """The experiments' renders with their bank files and descriptors."""
    renders = []
    for entry, point in points:
        row = bank.get(point.key)
        ready = row is not None and row.status == "ready"
        renders.append(
            Render(
                key=point.key,
                experiment=entry.experiment,
                params=entry.params,
                coords=dict(point.coords),
                path=row.path if ready else None,
                descriptors=measured.get(point.key) if ready else None,
                component_means=tuple(map(float, row.embedding.mean(axis=0))) if ready else None,
            )
        )
    return renders


def ready_files(points: Sequence[tuple[SpecEntry, grid.Point]], bank: Bank) -> dict[str, Path]:
    """Key -> WAV of every point the bank holds ready."""
    out = {}
    for _, point in points:
        row = bank.get(point.key)
        if row is not None and row.status == "ready" and row.path is not None:
            out[point.key] = row.path
    return out


class Distances:
    """Multi-resolution spectral distance between files (`evaluate.spectral_distance`),
    each file read once."""

    def __init__(self, *, sample_rate_hz: int) -> None:
        self.sample_rate_hz = sample_rate_hz

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one instance per report
    def clip(self, path: Path) -> np.ndarray:
        return read_clip(path, sample_rate_hz=self.sample_rate_hz)

    def __call__(self, a: Path, b: Path) -> float:
        return evaluate.spectral_distance(self.clip(a), self.clip(b))


def default_jobs() -> int:
    """Worker processes for measuring: one per CPU this process may use."""
    return max(1, len(os.sched_getaffinity(0)))
