"""The analysis from sources to report, and the report alone from a finished folder.

`run` copies the sources into the analysis folder, encodes them and the pitch series,
fits the derived pitch experiment (which gives the causal pitch experiments their
direction), writes every experiment as a grid spec, renders the specs into the folder's
bank with the ordinary renderer, then calls `report_only`. `report_only` needs no model:
it measures the bank's WAVs (cached) and writes the report.

The model is passed in: anything with the autoencoder's surface (`Autoencoder`) renders,
so a test can plant a known answer by passing a renderer of its own.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import soundfile as sf

from precompute import grid, render
from precompute.analysis import experiments, findings, knobmap, manifest, measure, pitch
from precompute.analysis.descriptors import DescriptorConfig
from precompute.analysis.experiments import AnalysisConfig, ExperimentSpec
from precompute.analysis.knobs_file import KNOBS_NAME, read_knobs
from precompute.analysis.manifest import Manifest, SourceFile, SpecEntry
from precompute.bank import Bank
from precompute.errors import PrecomputeError
from precompute.model.config import ModelConfig

logger = logging.getLogger(__name__)

#: The checkout's samples folder (the demo's notes, pitch series and model).
SAMPLES = Path(__file__).resolve().parents[2] / "samples"

#: The demo's sources: one note (C4) of each of its four instruments.
DEMO_SOURCES = tuple(
    SAMPLES / "demo" / "notes" / f"{name}_C4.wav"
    for name in ("organ", "strings", "flute", "trumpet")
)

#: The demo's pitch series: the same instruments at nine pitches, 0.5 s each.
DEMO_SERIES = SAMPLES / "demo" / "pitch-series"

#: The demo model.
DEMO_CHECKPOINT = SAMPLES / "models" / "demo"

#: Input files a folder argument expands to: audio notes and embeddings.
INPUT_SUFFIXES = frozenset({".wav", ".flac", ".aiff", ".aif", ".ogg", grid.EMBEDDING_SUFFIX})

#: Pitches of one instrument below which the derived pitch fit is warned about.
RECOMMENDED_PITCHES = 8

#: Where the copies of the pitch series go, inside the sources folder.
SERIES_DIR = "series"

#: Prefix of the pitch series' grid source names (they never clash with a source's).
SERIES_PREFIX = "series-"

_SERIES_NAME = re.compile(
    r"(?P<instrument>.+?)(?:_(?P<note>[A-Ga-g][#b]?-?\d+)|_p(?P<midi>\d{1,3})(?:_v\d{1,3})?"
    r"|-(?P<nsynth>\d{3})-\d{3})$"
)


class AnalysisError(PrecomputeError):
    """The analysis cannot run: bad sources, a bank of another model, missing renders."""


class Autoencoder(Protocol):
    """What the analysis needs of a model: part of `model.autoencoder.Autoencoder`'s surface,
    as a protocol so that a planted renderer (the tests') needs no backend."""

    config: ModelConfig
    fingerprint: str

    def encode(self, audio: np.ndarray, *, max_batch: int = 8) -> np.ndarray:
        """[b, n_samples] audio -> [b, n_frames, n_z] embeddings."""

    def decode(
        self,
        z: np.ndarray,
        *,
        seeds: Sequence[int] | None = None,
        temperature: float = 1.0,
        progress: Callable[[int, int], None] | None = None,
    ) -> np.ndarray:
        """[b, n_frames, n_z] embeddings -> [b, n_frames * hop_length] audio."""


@dataclasses.dataclass(frozen=True)
class RunConfig:
    """How to run (none of it changes a render or a measurement).

    Attributes:
        render: Batching, shard, limit, repair and progress of the renders.
        jobs: Processes that measure the renders.
        progress: Progress bars on stderr (when it is a terminal).
        estimate_only: Write the specs and estimate their cost; render nothing.
    """

    render: render.RenderConfig = render.RenderConfig()
    jobs: int = 1
    progress: bool = True
    estimate_only: bool = False


@dataclasses.dataclass(frozen=True)
class EstimateRow:
    """The cost of one spec: points, points to render, audio (s), predicted time (s)."""

    file: str
    n_points: int
    n_todo: int
    audio_s: float
    time_s: float


@dataclasses.dataclass(frozen=True)
class RunResult:
    """What a run did.

    Attributes:
        estimate: Per spec, what it was to cost.
        rendered: Renders made by this run.
        failed: Renders that failed.
        render_s: Wall time of the renders (s).
        report: The report's index.html, None when none was written (an estimate, a
            shard, or renders still missing).
    """

    estimate: tuple[EstimateRow, ...]
    rendered: int
    failed: int
    render_s: float
    report: Path | None


# Inputs ----------------------------------------------------------------------------------


def series_note(path: Path) -> tuple[str, int]:
    """(instrument, MIDI pitch) of a pitch-series file, from its name: `organ_C4`,
    `organ_p060_v090` (as `nsynth-precompute notes` writes) or NSynth's `organ-060-100`.

    Raises:
        AnalysisError: The name carries no pitch.
    """
    match = _SERIES_NAME.fullmatch(path.stem)
    if match is None:
        raise AnalysisError(
            f"{path}: no pitch at the end of the name (organ_C4, organ_p060_v090 or organ-060-100)"
        )
    if match["note"]:
        try:
            pitch_ = grid.note_to_pitch(match["note"])
        except grid.GridError as e:
            raise AnalysisError(f"{path}: {e}") from e
    else:
        pitch_ = int(match["midi"] or match["nsynth"])
    return experiments.source_name(match["instrument"]), pitch_


def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Files and folders -> files: a folder stands for its audio and `.npy` files (sorted
    by name, not recursive).

    Raises:
        AnalysisError: A path that does not exist, or a folder with no such file.
    """
    out = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in INPUT_SUFFIXES)
            if not found:
                raise AnalysisError(f"{path}: no audio or .npy files in this folder")
            out += found
        elif path.exists():
            out.append(path)
        else:
            raise AnalysisError(f"{path}: no such file or folder")
    return out


def _copy(source: Path, target: Path) -> None:
    """Copies a file unless the target already holds the same bytes."""
    if target.is_file() and target.read_bytes() == source.read_bytes():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, temp)
    temp.replace(target)


def _check_file(path: Path) -> bool:
    """True for an audio file, False for an embedding; AnalysisError when unusable."""
    if not path.is_file():
        raise AnalysisError(f"{path}: no such file")
    if path.suffix == grid.EMBEDDING_SUFFIX:
        try:
            grid.load_embedding(path)
        except grid.GridSpecError as e:
            raise AnalysisError(str(e)) from e
        return False
    try:
        sf.info(str(path))
    except (sf.LibsndfileError, RuntimeError) as e:
        raise AnalysisError(f"{path}: not readable audio: {e}") from e
    return True


def _plan_inputs(
    sources: Sequence[Path], series: Sequence[Path]
) -> tuple[list[tuple[Path, SourceFile]], list[tuple[Path, str, int, str]]]:
    """Checks the inputs; returns (file, source) pairs and (file, instrument, pitch, copy)
    of the series, copies relative to the analysis folder."""
    if not sources:
        raise AnalysisError("no sources given")
    names: dict[str, Path] = {}
    planned = []
    for path in sources:
        audio = _check_file(path)
        name = experiments.source_name(path.stem)
        if name in names:
            raise AnalysisError(f"{path} and {names[name]} would both be source {name!r}")
        names[name] = path
        relative = f"{manifest.SOURCES_DIR}/{name}{path.suffix.lower()}"
        planned.append((path, SourceFile(name, relative, str(path), audio)))
    notes = []
    seen: dict[tuple[str, int], Path] = {}
    for path in series:
        _check_file(path)
        instrument, pitch_ = series_note(path)
        if (instrument, pitch_) in seen:
            raise AnalysisError(
                f"{path} and {seen[instrument, pitch_]} are both {instrument} at {pitch_}"
            )
        seen[instrument, pitch_] = path
        name = f"{instrument}_p{pitch_:03d}{path.suffix.lower()}"
        notes.append((path, instrument, pitch_, f"{manifest.SOURCES_DIR}/{SERIES_DIR}/{name}"))
    counts: dict[str, int] = {}
    for _, instrument, _, _ in notes:
        counts[instrument] = counts.get(instrument, 0) + 1
    if counts and max(counts.values()) < pitch.MIN_PITCHES:
        raise AnalysisError(
            f"a pitch series needs an instrument with >= {pitch.MIN_PITCHES} pitches, got {counts}"
        )
    if counts and max(counts.values()) < RECOMMENDED_PITCHES:
        logger.warning(
            "the pitch series has at most %d pitches of an instrument; %d or more make the "
            "derived pitch fit trustworthy",
            max(counts.values()),
            RECOMMENDED_PITCHES,
        )
    return planned, notes


def check_inputs(sources: Sequence[Path], series: Sequence[Path]) -> None:
    """Raises AnalysisError for what `prepare_inputs` would refuse; touches no file."""
    _plan_inputs(sources, series)


def prepare_inputs(
    folder: Path, sources: Sequence[Path], series: Sequence[Path]
) -> tuple[tuple[SourceFile, ...], dict[str, dict[int, str]]]:
    """Checks the inputs and copies them into `folder/sources/`.

    Args:
        folder: The analysis folder.
        sources: Audio notes or `.npy` embeddings, one source each (named by its stem).
        series: Notes of one or more instruments at several pitches (named as
            `series_note` reads), audio or `.npy`.

    Returns:
        (sources, series): the sources in order; instrument -> pitch -> copy (relative to
        the folder).

    Raises:
        AnalysisError: A missing or unreadable file, two sources with one name, a
            series file without a pitch, or two series files for one note.
    """
    planned, notes = _plan_inputs(sources, series)
    for path, source in planned:
        _copy(path, folder / source.file)
    by_instrument: dict[str, dict[int, str]] = {}
    for path, instrument, pitch_, relative in notes:
        _copy(path, folder / relative)
        by_instrument.setdefault(instrument, {})[pitch_] = relative
    return tuple(source for _, source in planned), by_instrument


def encode_inputs(
    folder: Path,
    sources: Sequence[SourceFile],
    series: Mapping[str, Mapping[int, str]],
    model: Autoencoder,
    *,
    batch_size: int,
) -> dict[str, np.ndarray]:
    """Embeddings of every source and series note, saved in `folder/embeddings.npz`.

    Returns:
        "source/<name>" and "series/<instrument>/<pitch>" -> [n_frames, n_z] float32.

    Raises:
        AnalysisError: A file cannot be encoded.
    """
    path = folder / manifest.INPUTS_NAME
    manifest.write_text_atomic(
        path,
        experiments.inputs_spec(
            {s.name: s.file for s in sources},
            {f"{SERIES_PREFIX}{name}": notes for name, notes in series.items()},
        ),
    )
    spec = grid.load_spec(path, config=model.config)
    embeddings, errors = render.source_embeddings(
        spec, model, refs=spec.notes(), batch_size=batch_size
    )
    if errors:
        raise AnalysisError(f"cannot encode: {next(iter(errors.values()))}")
    out = {}
    for ref, z in embeddings.items():
        name, _, note = ref.partition("@")
        if name.startswith(SERIES_PREFIX):
            out[f"series/{name.removeprefix(SERIES_PREFIX)}/{note}"] = z
        else:
            out[f"source/{name}"] = z
    temp = folder / f".{manifest.EMBEDDINGS_NAME}.tmp.npz"
    np.savez(temp, **out)
    temp.replace(folder / manifest.EMBEDDINGS_NAME)
    return out


def series_embeddings(embeddings: Mapping[str, np.ndarray]) -> dict[str, dict[int, np.ndarray]]:
    """Instrument -> pitch -> embedding, from `encode_inputs`'s keys."""
    out: dict[str, dict[int, np.ndarray]] = {}
    for key, z in embeddings.items():
        kind, _, rest = key.partition("/")
        if kind == "series":
            instrument, _, note = rest.rpartition("/")
            out.setdefault(instrument, {})[int(note)] = z
    return out


def load_embeddings(folder: Path) -> dict[str, np.ndarray]:
    """The embeddings `encode_inputs` saved."""
    path = folder / manifest.EMBEDDINGS_NAME
    if not path.is_file():
        raise AnalysisError(f"{folder}: no {manifest.EMBEDDINGS_NAME}; run the analysis there")
    with np.load(path) as data:
        return {key: data[key] for key in data.files}


def _n_frames(config: AnalysisConfig, model_config: ModelConfig) -> int:
    """Embedding frames of the analysis's renders."""
    return model_config.samples_to_frames(model_config.seconds_to_samples(config.length_s))


# Specs -----------------------------------------------------------------------------------


def _pitch_sources(
    folder: Path, fit: pitch.PitchFit | None, config: AnalysisConfig, model_config: ModelConfig
) -> tuple[str | None, dict[float, str]]:
    """Writes the pitch direction and its sinusoids; returns their paths for the specs."""
    if fit is None or not fit.following:
        return None, {}
    direction = fit.direction()
    sources_dir = folder / manifest.SOURCES_DIR
    sources_dir.mkdir(parents=True, exist_ok=True)
    _save_npy(sources_dir / "analysis-pitch-direction.npy", direction[None, :])
    n_frames = model_config.samples_to_frames(
        model_config.seconds_to_samples(config.vibrato_length_s)
    )
    sinusoids = {}
    for rate in config.pitch_vibrato_rates_hz:
        name = f"analysis-pitch-sinusoid-{experiments.format_number(rate)}hz.npy"
        wave = pitch.pitch_sinusoid(
            direction, rate_hz=rate, n_frames=n_frames, frame_rate_hz=model_config.frame_rate_hz
        )
        _save_npy(sources_dir / name, wave)
        sinusoids[rate] = f"../{manifest.SOURCES_DIR}/{name}"
    return f"../{manifest.SOURCES_DIR}/analysis-pitch-direction.npy", sinusoids


def _save_npy(path: Path, array: np.ndarray) -> None:
    """np.save, unless the file holds the same array already (keeps its digest and keys)."""
    if path.is_file():
        try:
            if np.array_equal(np.load(path), array):
                return
        except (OSError, ValueError):
            pass
    temp = path.with_name(f".{path.stem}.tmp.npy")
    np.save(temp, array.astype(np.float32))
    temp.replace(path)


def write_specs(folder: Path, specs: Sequence[ExperimentSpec]) -> tuple[SpecEntry, ...]:
    """Writes the specs into `folder/specs/` (removing specs of earlier runs that this
    one no longer has) and returns their manifest entries."""
    specs_dir = folder / manifest.SPECS_DIR
    specs_dir.mkdir(parents=True, exist_ok=True)
    wanted = {s.file for s in specs}
    for stale in specs_dir.glob("*.toml"):
        if stale.name not in wanted:
            logger.info("removing %s: no longer part of the analysis", stale)
            stale.unlink()
    for spec in specs:
        manifest.write_text_atomic(specs_dir / spec.file, spec.text)
    return tuple(SpecEntry(f"{manifest.SPECS_DIR}/{s.file}", s.experiment, s.params) for s in specs)


# Running ---------------------------------------------------------------------------------


def _open_bank(folder: Path, config: ModelConfig, *, create: bool) -> Bank:
    bank_dir = folder / manifest.BANK_DIR
    try:
        return Bank.open(bank_dir, config=config, create=create, read_only=not create)
    except PrecomputeError as e:
        raise AnalysisError(f"{bank_dir}: {e}") from e


def _estimate(
    folder: Path,
    entries: Sequence[SpecEntry],
    model: Autoencoder,
    bank: Bank,
    config: render.RenderConfig,
) -> tuple[EstimateRow, ...]:
    rows = []
    for entry in entries:
        spec = grid.load_spec(folder / entry.file, config=model.config)
        est = render.estimate(spec, model, bank=bank, config=config)
        rows.append(
            EstimateRow(
                entry.file, est.plan.n_in_shard, len(est.plan.points), est.audio_s, est.time_s
            )
        )
    return tuple(rows)


def run(
    folder: Path,
    *,
    sources: Sequence[Path],
    series: Sequence[Path],
    model: Autoencoder,
    config: AnalysisConfig,
    run_config: RunConfig,
    checkpoint: str | None = None,
    min_r: float = 0.7,
    descriptor_config: DescriptorConfig | None = None,
    knob_config: knobmap.KnobMapConfig | None = None,
) -> RunResult:
    """The whole analysis: inputs, specs, renders, then the report.

    Args:
        folder: The analysis folder (created if absent).
        sources: Audio notes or `.npy` embeddings, one source each.
        series: One or more instruments' notes at several pitches (may be empty: then
            no derived or causal pitch experiment).
        model: The autoencoder (or any renderer with its surface).
        config: What to render.
        run_config: How to run it.
        checkpoint: The checkpoint path, recorded in the specs and the manifest.
        min_r: |r| a component needs to count as following pitch.
        descriptor_config: Descriptor settings (default: `DescriptorConfig()`).
        knob_config: Knob map thresholds (default: `KnobMapConfig()`).

    Returns:
        What the run did.

    Raises:
        AnalysisError: Bad inputs, or a bank in `folder` of another model.
    """
    folder.mkdir(parents=True, exist_ok=True)
    source_files, series_files = prepare_inputs(folder, sources, series)
    embeddings = encode_inputs(
        folder, source_files, series_files, model, batch_size=max(8, config.batch_size)
    )
    fit = None
    if series_files:
        fit = pitch.fit_pitch(
            series_embeddings(embeddings), min_r=min_r, n_frames=_n_frames(config, model.config)
        )
        logger.info(
            "components following pitch (|r| >= %g): %s", min_r, list(fit.following) or "none"
        )
    direction, sinusoids = _pitch_sources(folder, fit, config, model.config)
    specs = experiments.build_specs(
        {s.name: f"../{s.file}" for s in source_files},
        config,
        pitch_direction=direction,
        pitch_vibratos=sinusoids or None,
        checkpoint=checkpoint,
    )
    entries = write_specs(folder, specs)
    manifest.save(
        folder,
        Manifest(
            config=config,
            model_config=model.config,
            fingerprint=model.fingerprint,
            checkpoint=checkpoint,
            sources=source_files,
            series=series_files,
            min_r=min_r,
            specs=entries,
        ),
    )
    rc = run_config.render
    with _open_bank(folder, model.config, create=True) as bank:
        # The whole analysis's cost; --limit counts over all specs, not per spec.
        estimate = _estimate(folder, entries, model, bank, dataclasses.replace(rc, limit=None))
        logger.info("what the analysis costs:\n%s", estimate_table(estimate))
        if run_config.estimate_only:
            return RunResult(estimate, 0, 0, 0.0, None)
        started = time.perf_counter()
        rendered = failed = 0
        for i, entry in enumerate(entries):
            left = None if rc.limit is None else rc.limit - rendered - failed
            if left == 0:
                break
            spec = grid.load_spec(folder / entry.file, config=model.config)
            logger.info("spec %d/%d: %s", i + 1, len(entries), entry.file)
            config_i = dataclasses.replace(rc, limit=left, repair=rc.repair and i == 0)
            report = render.render(spec, model, bank, config_i)
            rendered += len(report.rendered)
            failed += len(report.failed)
        render_s = time.perf_counter() - started
    if rc.shard_count > 1 or rc.limit is not None:
        logger.info(
            "rendered part of the analysis (shard %d/%d, limit %s): once every part is "
            "rendered, write the report with --report-only",
            rc.shard_index, rc.shard_count, rc.limit,
        )  # fmt: skip
        return RunResult(estimate, rendered, failed, render_s, None)
    index = report_only(
        folder,
        jobs=run_config.jobs,
        progress=run_config.progress,
        descriptor_config=descriptor_config,
        knob_config=knob_config,
    )
    return RunResult(estimate, rendered, failed, render_s, index)


def findings_of(
    folder: Path,
    *,
    jobs: int = 1,
    progress: bool = True,
    descriptor_config: DescriptorConfig | None = None,
    knob_config: knobmap.KnobMapConfig | None = None,
) -> tuple[Manifest, findings.Findings]:
    """Measures an analysis folder's renders (cached) and computes every experiment's
    numbers; no model needed.

    Args:
        folder: A folder `run` has written.
        jobs: Processes that measure.
        progress: Progress bar on stderr (when it is a terminal).
        descriptor_config: Descriptor settings (default: `DescriptorConfig()`).
        knob_config: Knob map thresholds (default: `KnobMapConfig()` with the
            descriptors' octave tolerance).

    Returns:
        (the folder's manifest, the findings).

    Raises:
        AnalysisError: No analysis or no bank in the folder.
    """
    descriptor_config = descriptor_config or DescriptorConfig()
    knob_config = knob_config or knobmap.KnobMapConfig(
        octave_tolerance_st=descriptor_config.octave_tolerance_st
    )
    info = manifest.load(folder)
    rate = info.model_config.sample_rate_hz
    embeddings = load_embeddings(folder)
    with _open_bank(folder, info.model_config, create=False) as bank:
        points = measure.expand_specs(folder, info)
        files = measure.ready_files(points, bank)
        originals = {s.name: folder / s.file for s in info.sources if s.audio}
        original_keys = {name: measure.file_key(path) for name, path in originals.items()}
        files.update({original_keys[name]: path for name, path in originals.items()})
        cache = measure.Cache(
            folder / manifest.MEASUREMENTS_NAME, config=descriptor_config, sample_rate_hz=rate
        )
        measured = measure.measure(
            files,
            cache=cache,
            config=descriptor_config,
            sample_rate_hz=rate,
            jobs=jobs,
            progress=progress,
        )
        renders = measure.collect(points, bank, measured=measured)
    missing = sum(r.path is None for r in renders)
    if missing:
        logger.warning(
            "%d of %d renders are not in the bank (a shard or a failure): the report "
            "leaves them out",
            missing,
            len(renders),
        )
    series = series_embeddings(embeddings)
    n_frames = _n_frames(info.config, info.model_config)
    fit = pitch.fit_pitch(series, min_r=info.min_r, n_frames=n_frames) if series else None
    kmap = knobmap.knob_map(renders, gains=info.config.gains, config=knob_config)
    found = findings.analyse(
        renders,
        knob_map=kmap,
        originals={name: (path, measured[original_keys[name]]) for name, path in originals.items()},
        embeddings={
            key.removeprefix("source/"): z
            for key, z in embeddings.items()
            if key.startswith("source/")
        },
        fit=fit,
        distance=measure.Distances(sample_rate_hz=rate),
        descriptor_config=descriptor_config,
        sample_rate_hz=rate,
        vibrato_length_s=info.config.vibrato_length_s,
    )
    return info, found


def report_only(
    folder: Path,
    *,
    jobs: int = 1,
    progress: bool = True,
    descriptor_config: DescriptorConfig | None = None,
    knob_config: knobmap.KnobMapConfig | None = None,
) -> Path:
    """Measures an analysis folder's renders and writes its report (no model needed).

    Takes the arguments of `findings_of`.

    Returns:
        The report's index.html.
    """
    from precompute.analysis import report

    info, found = findings_of(
        folder,
        jobs=jobs,
        progress=progress,
        descriptor_config=descriptor_config,
        knob_config=knob_config,
    )
    return report.write_report(folder / manifest.REPORT_DIR, info, found)


def estimate_table(rows: Sequence[EstimateRow]) -> str:
    """The estimate as a text table: one line per spec and a total."""
    lines = [f"{'spec':<34} {'points':>6} {'to render':>9} {'audio s':>8} {'time s':>8}"]
    for r in rows:
        lines.append(
            f"{r.file:<34} {r.n_points:>6} {r.n_todo:>9} {r.audio_s:>8.1f} {r.time_s:>8.1f}"
        )
    lines.append(
        f"{'total':<34} {sum(r.n_points for r in rows):>6} {sum(r.n_todo for r in rows):>9} "
        f"{sum(r.audio_s for r in rows):>8.1f} {sum(r.time_s for r in rows):>8.1f}"
    )
    return "\n".join(lines)


def knob_lines(index: Path) -> list[str]:
    """One line per component from a report's knobs.json: "c0  pitch up  12.3 sigma"."""
    knobs = read_knobs(index.parent / KNOBS_NAME).knobs
    return [f"c{k.component:<3} {k.label:<32} {k.strength:>7.1f} sigma" for k in knobs]
