"""Fixtures of the analysis tests: a planted renderer's sources, series, and one run."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute import render
from precompute.analysis import pipeline
from precompute.analysis.experiments import AnalysisConfig
from precompute.perturb import N_Z

from .planted import BASE_LEVEL, PlantedModel, pitch_to_value

#: A smaller experiment set than the default (the same experiments, fewer values and
#: shorter renders), so the end-to-end run stays around a minute.
SMALL = AnalysisConfig(
    length_s=0.25,
    vibrato_length_s=1.0,
    seeds=3,
    gains=(2.0,),
    pitch_steps=(-3, 4),
    vibrato_rates_hz=(5.5,),
    vibrato_depths_frames=(2.0,),
    pitch_vibrato_rates_hz=(5.5,),
    pitch_vibrato_depths_cents=(100.0,),
)

#: (component 0, component 1) of the planted sources: pitch 2-4 semitones above C4 and
#: levels 2-5 dB above the base level; the edits move pitch by at most 8 semitones, so no
#: edit lands near an octave.
PLANTED_SOURCES = {"alto": (0.5, 0.4), "brass": (0.7, 0.8), "cello": (0.85, 0.3)}


def planted_embedding(rng: np.random.Generator, c0: float, c1: float, n_frames: int = 31):
    """Components 2-15 random and changing over time; 0 and 1 held at the given values."""
    z = rng.normal(size=(n_frames, N_Z)).cumsum(axis=0) * 0.3
    z[:, 0], z[:, 1] = c0, c1
    return z.astype(np.float32)


#: The audio source: a harmonic tone at E4, 3 dB above the planted base level.
AUDIO_PITCH = 64


def write_planted_inputs(folder: Path) -> tuple[list[Path], list[Path]]:
    """Three planted .npy sources and one audio note (E4), and two instruments' series at
    nine pitches as .npy files."""
    rng = np.random.default_rng(17)
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for name, (c0, c1) in PLANTED_SOURCES.items():
        path = folder / f"{name}.npy"
        np.save(path, planted_embedding(rng, c0, c1))
        sources.append(path)
    rate = PlantedModel().config.sample_rate_hz
    t = np.arange(rate) / rate
    f0 = 440.0 * 2 ** ((AUDIO_PITCH - 69) / 12)
    note = sum(np.sin(2 * np.pi * k * f0 * t) / k for k in (1, 2, 3))
    note *= BASE_LEVEL * 1.4 / np.sqrt(np.mean(note**2))
    sf.write(folder / "flute_E4.wav", note, rate, subtype="FLOAT")
    sources.append(folder / "flute_E4.wav")
    series = []
    for instrument in ("reed", "bell"):
        base = rng.normal(size=N_Z)
        for p in range(48, 73, 3):
            z = np.tile(base, (31, 1)) + 0.05 * rng.normal(size=(31, N_Z))
            z[:, 0], z[:, 1] = pitch_to_value(p), -0.5
            path = folder / "series" / f"{instrument}_p{p:03d}_v090.npy"
            path.parent.mkdir(exist_ok=True)
            np.save(path, z.astype(np.float32))
            series.append(path)
    return sources, series


@dataclasses.dataclass(frozen=True)
class PlantedRun:
    inputs: Path
    folder: Path
    sources: list[Path]
    series: list[Path]
    result: pipeline.RunResult


def run_planted(folder: Path, sources, series, *, config: AnalysisConfig = SMALL):
    return pipeline.run(
        folder,
        sources=sources,
        series=series,
        model=PlantedModel(),
        config=config,
        run_config=pipeline.RunConfig(
            render=render.RenderConfig(progress=False), jobs=2, progress=False
        ),
    )


@pytest.fixture(scope="session")
def planted(tmp_path_factory) -> PlantedRun:
    """One full analysis with the planted renderer (shared: tests copy it to change it)."""
    root = tmp_path_factory.mktemp("planted")
    sources, series = write_planted_inputs(root / "inputs")
    result = run_planted(root / "analysis", sources, series)
    return PlantedRun(root / "inputs", root / "analysis", sources, series, result)
