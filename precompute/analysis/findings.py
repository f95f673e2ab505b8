"""The numbers of each experiment, from measured renders: what the report shows.

The knob map (zero, gain, sign) is `knobmap`'s; this module adds the reconstruction, the
embeddings themselves, the causal pitch, additive and vibrato experiments. Changes are
measured as the knob map measures them (from each source's unedited renders, octave
jumps apart, in noise-floor units where a unit is needed). Spectral distances come from
a function passed in (it reads audio); everything else is computed from descriptors.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from precompute.analysis.descriptors import (
    QUANTITIES,
    QUANTITY,
    DescriptorConfig,
    Descriptors,
    Modulation,
    describe,
    fold_octaves,
    modulation,
)
from precompute.analysis.knobmap import KnobMap, NoiseFloor, folded_change
from precompute.analysis.measure import Render
from precompute.analysis.pitch import PitchFit

#: Depth of the synthetic vibrato that measures the f0 tracker's response (cents).
PROBE_DEPTH_CENTS = 50.0

#: Pitch of that synthetic vibrato (MIDI; C4).
PROBE_PITCH = 60

Distance = Callable[[Path, Path], float]


# Reconstruction --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Reconstruction:
    """One audio source against its unedited renders.

    Attributes:
        source: The source.
        original: Its note.
        renders: Its unedited renders, one per seed (seed order).
        distances: Spectral distance of each render to the note (`evaluate`'s).
        seed_distance: Mean spectral distance between two renders of different seeds:
            how far apart the sampler alone puts them.
        original_f0_hz: The note's f0 (NaN when unpitched).
        render_f0_hz: Each render's f0.
        octaves: Octave jumps of each render against the note.
        pitch_error_st: Each render's pitch against the note, octave jumps removed (st).
    """

    source: str
    original: Path
    renders: tuple[Path, ...]
    distances: tuple[float, ...]
    seed_distance: float
    original_f0_hz: float
    render_f0_hz: tuple[float, ...]
    octaves: tuple[int, ...]
    pitch_error_st: tuple[float, ...]


def _baselines(renders: Sequence[Render]) -> dict[str, list[Render]]:
    out: dict[str, list[Render]] = {}
    for r in sorted(renders, key=lambda r: r.params.get("seed", 0)):
        if r.experiment == "baseline" and r.path is not None:
            out.setdefault(r.source, []).append(r)
    return out


def reconstructions(
    renders: Sequence[Render],
    originals: Mapping[str, tuple[Path, Descriptors]],
    *,
    distance: Distance,
    tolerance_st: float,
) -> tuple[Reconstruction, ...]:
    """Every audio source against its unedited renders."""
    out = []
    for source, seeds in _baselines(renders).items():
        if source not in originals:
            continue
        path, original = originals[source]
        pairs = list(itertools.combinations([r.path for r in seeds], 2))
        folded = [
            fold_octaves(
                QUANTITY["pitch"].delta(r.descriptors.f0_hz, original.f0_hz),
                tolerance_st=tolerance_st,
            )
            for r in seeds
        ]
        out.append(
            Reconstruction(
                source=source,
                original=path,
                renders=tuple(r.path for r in seeds),
                distances=tuple(distance(path, r.path) for r in seeds),
                seed_distance=float(np.mean([distance(a, b) for a, b in pairs]))
                if pairs
                else math.nan,
                original_f0_hz=original.f0_hz,
                render_f0_hz=tuple(r.descriptors.f0_hz for r in seeds),
                octaves=tuple(k for k, _ in folded),
                pitch_error_st=tuple(e for _, e in folded),
            )
        )
    return tuple(out)


# Embeddings ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class EmbeddingStats:
    """The sources' embeddings, component by component.

    Attributes:
        embeddings: Source -> embedding, [n_frames, N_Z].
        means: Source -> mean over frames, [N_Z].
        mean: Mean over sources of those means, [N_Z].
        spread: Standard deviation over sources of those means, [N_Z].
        within: Mean over sources of each component's standard deviation over frames.
    """

    embeddings: dict[str, np.ndarray]
    means: dict[str, np.ndarray]
    mean: np.ndarray
    spread: np.ndarray
    within: np.ndarray


def embedding_stats(embeddings: Mapping[str, np.ndarray]) -> EmbeddingStats:
    """Mean and spread of each component across sources (and over time within them)."""
    means = {name: z.mean(axis=0) for name, z in embeddings.items()}
    stacked = np.stack(list(means.values()))  # [n_sources, N_Z]
    return EmbeddingStats(
        embeddings=dict(embeddings),
        means=means,
        mean=stacked.mean(axis=0),
        spread=stacked.std(axis=0),
        within=np.mean([z.std(axis=0) for z in embeddings.values()], axis=0),
    )


# Causal pitch ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class PitchStep:
    """One render of the causal pitch experiment.

    Attributes:
        source: Its source.
        asked_st: Semitones asked for.
        measured_st: Pitch change against the source's unedited renders (st), octave
            jumps included.
        octaves: Octave jumps in it.
        path: Its WAV.
    """

    source: str
    asked_st: int
    measured_st: float
    octaves: int
    path: Path


@dataclasses.dataclass(frozen=True)
class CausalPitch:
    """Moving the pitch-following components by their slope.

    Attributes:
        steps: Every render.
        slope: Least-squares slope of measured on asked semitones (1 = as asked).
        within_semitone: Share of the pitched renders within a semitone of the asked change.
        jumped: Share of the pitched renders with an octave jump.
        components: The components moved.
    """

    steps: tuple[PitchStep, ...]
    slope: float
    within_semitone: float
    jumped: float
    components: tuple[int, ...]


def causal_pitch(
    renders: Sequence[Render], floor: NoiseFloor, fit: PitchFit | None
) -> CausalPitch | None:
    """The causal pitch experiment, or None when it was not rendered."""
    steps = []
    for r in renders:
        if r.experiment != "pitch" or r.descriptors is None or r.source not in floor.references:
            continue
        change, octaves = floor.change(r.source, r.descriptors)
        (asked,) = r.coords["semitones"]
        steps.append(
            PitchStep(r.source, int(asked), change["pitch"] + 12 * octaves, octaves, r.path)
        )
    if not steps:
        return None
    pitched = [s for s in steps if not math.isnan(s.measured_st)]
    asked = np.array([s.asked_st for s in pitched], dtype=np.float64)
    measured = np.array([s.measured_st for s in pitched])
    slope = float(np.polyfit(asked, measured, 1)[0]) if len(set(asked)) >= 2 else math.nan
    return CausalPitch(
        steps=tuple(steps),
        slope=slope,
        within_semitone=float(np.mean(np.abs(measured - asked) < 1.0)) if pitched else math.nan,
        jumped=float(np.mean([s.octaves != 0 for s in pitched])) if pitched else math.nan,
        components=fit.following if fit is not None else (),
    )


# Additive --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AdditivePair:
    """z_a + z_b and (z_a + z_b) / 2 against a, b and each other.

    Attributes:
        a: The first source (by name).
        b: The second.
        sum_path: The render of z_a + z_b (None when missing).
        mean_path: The render of (z_a + z_b) / 2.
        spectral: (render, reference) -> spectral distance, render in ("sum", "mean"),
            reference in ("a", "b", "mean"); to a source, the mean over its seeds.
        descriptor: The same pairs -> root mean square of the descriptor changes in
            noise-floor units (pitch with octave jumps removed).
        seed_distance: Spectral distance between seeds of a and of b (the floor).
    """

    a: str
    b: str
    sum_path: Path | None
    mean_path: Path | None
    spectral: dict[tuple[str, str], float]
    descriptor: dict[tuple[str, str], float]
    seed_distance: float

    def nearest(self, render: str, *, by: str = "spectral") -> str:
        """The reference `render` ("sum" or "mean") is nearest to, by "spectral" or
        "descriptor" distance; "" when nothing was measured."""
        table = self.spectral if by == "spectral" else self.descriptor
        options = {ref: d for (r, ref), d in table.items() if r == render and not math.isnan(d)}
        return min(options, key=options.get) if options else ""


def _rms_z(changes: Mapping[str, float], floor: NoiseFloor) -> float:
    z = [changes[q.name] / floor.sigma[q.name] for q in QUANTITIES]
    finite = [v for v in z if not math.isnan(v)]
    return float(math.sqrt(np.mean(np.square(finite)))) if finite else math.nan


def _between(one: Descriptors, other: Descriptors, floor: NoiseFloor) -> dict[str, float]:
    """Change from render `other` to render `one` per quantity (pitch octave-folded)."""
    return {
        q.name: folded_change(
            q, q.value(one), q.value(other), tolerance_st=floor.octave_tolerance_st
        )
        for q in QUANTITIES
    }


def additive(
    renders: Sequence[Render], floor: NoiseFloor, *, distance: Distance
) -> tuple[AdditivePair, ...]:
    """Every pair of the additive experiment."""
    baselines = _baselines(renders)
    by_pair: dict[tuple[str, str], dict[str, Render]] = {}
    for r in renders:
        if r.experiment == "additive" and r.path is not None:
            (other,) = r.coords["with"]
            mix = "sum" if r.coords["mix"] == 1 else "mean"
            by_pair.setdefault((r.source, other), {})[mix] = r
    out = []
    for (a, b), mixes in sorted(by_pair.items()):
        refs = {"a": baselines.get(a, []), "b": baselines.get(b, [])}
        spectral: dict[tuple[str, str], float] = {}
        descriptor: dict[tuple[str, str], float] = {}
        for name, r in mixes.items():
            for ref, seeds in refs.items():
                if seeds:
                    spectral[name, ref] = float(np.mean([distance(r.path, s.path) for s in seeds]))
                    source = a if ref == "a" else b
                    descriptor[name, ref] = _rms_z(floor.change(source, r.descriptors)[0], floor)
        if "sum" in mixes and "mean" in mixes:
            spectral["sum", "mean"] = distance(mixes["sum"].path, mixes["mean"].path)
            descriptor["sum", "mean"] = _rms_z(
                _between(mixes["sum"].descriptors, mixes["mean"].descriptors, floor), floor
            )
        seed_pairs = [
            (x.path, y.path) for seeds in refs.values() for x, y in itertools.combinations(seeds, 2)
        ]
        out.append(
            AdditivePair(
                a=a,
                b=b,
                sum_path=mixes["sum"].path if "sum" in mixes else None,
                mean_path=mixes["mean"].path if "mean" in mixes else None,
                spectral=spectral,
                descriptor=descriptor,
                seed_distance=float(np.mean([distance(x, y) for x, y in seed_pairs]))
                if seed_pairs
                else math.nan,
            )
        )
    return tuple(out)


# Vibrato ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class VibratoRender:
    """One render of the vibrato experiments.

    Attributes:
        source: Its source.
        kind: "vibrato" (the vibrato edit; depth in frames) or "pitch-vibrato" (a
            sinusoid along the pitch direction; depth in cents).
        rate_hz: Rate asked for.
        depth: Depth asked for (frames for "vibrato", cents for "pitch-vibrato").
        measured: The f0 modulation found (strongest rate, its depth, depth at the
            asked rate), in cents.
        null_cents: Depth at the asked rate in the source's unedited renders of the
            same length (vibrato depth 0): what the measurement finds with no vibrato.
        f0_track_hz: The render's f0 per analysis frame.
        path: Its WAV.
    """

    source: str
    kind: str
    rate_hz: float
    depth: float
    measured: Modulation
    null_cents: float
    f0_track_hz: tuple[float, ...]
    path: Path


def tracker_response(
    rate_hz: float, *, sample_rate_hz: int, config: DescriptorConfig, length_s: float
) -> float:
    """The share of a vibrato's depth the f0 measurement finds at this rate, measured on
    a synthetic harmonic tone (C4, PROBE_DEPTH_CENTS): the analysis window averages fast
    vibrato, so the depth found shrinks as the rate rises."""
    t = np.arange(int(length_s * sample_rate_hz)) / sample_rate_hz
    f0 = 440.0 * 2 ** (
        (PROBE_PITCH - 69) / 12 + PROBE_DEPTH_CENTS / 1200 * np.sin(2 * np.pi * rate_hz * t)
    )
    phase = 2 * np.pi * np.cumsum(f0) / sample_rate_hz
    tone = 0.3 * np.sin(phase) + 0.15 * np.sin(2 * phase) + 0.08 * np.sin(3 * phase)
    found = describe(tone, sample_rate_hz=sample_rate_hz, config=config)
    result = modulation(
        found.f0_track_hz, frame_rate_hz=config.frame_rate_hz(sample_rate_hz), at_rate_hz=rate_hz
    )
    return result.depth_at_cents / PROBE_DEPTH_CENTS


def vibratos(renders: Sequence[Render], *, frame_rate_hz: float) -> tuple[VibratoRender, ...]:
    """Every render of the vibrato experiments, with its measured modulation.

    Args:
        renders: The analysis's renders.
        frame_rate_hz: Analysis frames per second of the f0 tracks.
    """
    nulls: dict[str, list[tuple[float, ...]]] = {}
    for r in renders:
        if r.experiment == "vibrato" and r.coords["depth"] == 0 and r.descriptors is not None:
            nulls.setdefault(r.source, []).append(r.descriptors.f0_track_hz)
    out = []
    for r in renders:
        if r.experiment not in ("vibrato", "pitch-vibrato") or r.descriptors is None:
            continue
        rate = float(r.params["rate_hz"])
        depth = r.coords["depth"]
        depth = float(depth) if r.experiment == "vibrato" else 100.0 * depth[0]
        null = [
            modulation(track, frame_rate_hz=frame_rate_hz, at_rate_hz=rate).depth_at_cents
            for track in nulls.get(r.source, [])
        ]
        out.append(
            VibratoRender(
                source=r.source,
                kind=r.experiment,
                rate_hz=rate,
                depth=depth,
                measured=modulation(
                    r.descriptors.f0_track_hz, frame_rate_hz=frame_rate_hz, at_rate_hz=rate
                ),
                null_cents=float(np.nanmean(null)) if null else math.nan,
                f0_track_hz=r.descriptors.f0_track_hz,
                path=r.path,
            )
        )
    return tuple(out)


# All of it -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Findings:
    """Everything the report shows.

    Attributes:
        renders: The measured renders.
        knob_map: The knob map (zero, gain and sign).
        reconstructions: Audio sources against their unedited renders.
        embeddings: The sources' embeddings.
        fit: The derived pitch fit (None without a pitch series).
        causal: The causal pitch experiment (None when not rendered).
        additive: The additive pairs.
        vibratos: The vibrato renders.
        tracker_response: Rate (Hz) -> share of a vibrato's depth the f0 measurement finds.
        frame_rate_hz: Analysis frames per second of the f0 tracks.
    """

    renders: tuple[Render, ...]
    knob_map: KnobMap
    reconstructions: tuple[Reconstruction, ...]
    embeddings: EmbeddingStats
    fit: PitchFit | None
    causal: CausalPitch | None
    additive: tuple[AdditivePair, ...]
    vibratos: tuple[VibratoRender, ...]
    tracker_response: dict[float, float]
    frame_rate_hz: float

    @property
    def missing(self) -> int:
        """Renders of the specs the bank does not hold."""
        return sum(r.path is None for r in self.renders)


def analyse(
    renders: Sequence[Render],
    *,
    knob_map: KnobMap,
    originals: Mapping[str, tuple[Path, Descriptors]],
    embeddings: Mapping[str, np.ndarray],
    fit: PitchFit | None,
    distance: Distance,
    descriptor_config: DescriptorConfig,
    sample_rate_hz: int,
    vibrato_length_s: float,
) -> Findings:
    """Every experiment's numbers.

    Args:
        renders: The measured renders.
        knob_map: Their knob map.
        originals: Audio source -> (its note, its descriptors).
        embeddings: Source -> its embedding from the encoder.
        fit: The derived pitch fit, or None.
        distance: Spectral distance between two audio files.
        descriptor_config: The descriptor settings used.
        sample_rate_hz: The model's rate.
        vibrato_length_s: Length of the vibrato renders (s), for the tracker's response.
    """
    frame_rate_hz = descriptor_config.frame_rate_hz(sample_rate_hz)
    found = vibratos(renders, frame_rate_hz=frame_rate_hz)
    return Findings(
        renders=tuple(renders),
        knob_map=knob_map,
        reconstructions=reconstructions(
            renders,
            originals,
            distance=distance,
            tolerance_st=descriptor_config.octave_tolerance_st,
        ),
        embeddings=embedding_stats(embeddings),
        fit=fit,
        causal=causal_pitch(renders, knob_map.floor, fit),
        additive=additive(renders, knob_map.floor, distance=distance),
        vibratos=found,
        tracker_response={
            rate: tracker_response(
                rate,
                sample_rate_hz=sample_rate_hz,
                config=descriptor_config,
                length_s=vibrato_length_s,
            )
            for rate in sorted({v.rate_hz for v in found})
        },
        frame_rate_hz=frame_rate_hz,
    )
